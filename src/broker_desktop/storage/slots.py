"""Per-user key slots: the file beside the database that lets each user open it.

Each user has an X25519 key pair. The private key is encrypted (AES-256-GCM) under a key
derived from the user's password with scrypt; the database key is sealed to the public
key. So a director can add users, reset passwords and change the database key without
knowing anyone's password, and a user unlocks with his own password alone.

Logins are not stored: a slot is found by an HMAC of the login under a per-file salt.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from broker_desktop.storage.errors import (
    AccountDeactivated,
    InvalidCredentials,
    SlotFileDamaged,
    SlotFileMissing,
)
from broker_desktop.storage.files import atomic_write
from broker_desktop.storage.keys import DatabaseKey

# A JSON object of the key file, as json.loads gives it.
JsonObject = dict[str, Any]

FORMAT = "broker-desktop-keyslots"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost. The default takes about 0.4 s and 128 MiB on a 2-core office PC."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def derive(self, password: str, salt: bytes) -> bytes:
        return Scrypt(salt=salt, length=64, n=self.n, r=self.r, p=self.p).derive(
            password.encode("utf-8")
        )

    def as_dict(self) -> JsonObject:
        return {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p}


def normalize_login(login: str) -> str:
    return unicodedata.normalize("NFKC", login).strip().casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@dataclass(frozen=True)
class Unlocked:
    """What a successful unlock yields: candidate database keys and the user's slot."""

    slot_ref: str
    keys: tuple[DatabaseKey, ...]  # current generation first, then a pending rekey's
    # the slot's X25519 private key, for a keyring entry; never in a repr
    private_key: bytes = dataclasses.field(repr=False)


class SlotFile:
    """In-memory view of a key slot file; ``save`` writes it atomically."""

    def __init__(self, path: Path, data: JsonObject) -> None:
        self.path = Path(path)
        self._data = data

    # ----- file -----------------------------------------------------------------
    @classmethod
    def new(cls, path: Path, database_id: str, db_salt: bytes, kdf: KdfParams) -> SlotFile:
        return cls(
            path,
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "database_id": database_id,
                "database_salt": _b64(db_salt),
                "lookup_salt": _b64(secrets.token_bytes(32)),
                "kdf": kdf.as_dict(),
                "generation": 1,
                "pending_generation": None,
                "slots": [],
            },
        )

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SlotFileMissing(path) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SlotFileDamaged(path, "not readable") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise SlotFileDamaged(path, "not a Broker Desktop key file")
        if data.get("version") != FORMAT_VERSION:
            raise SlotFileDamaged(path, f"unknown version {data.get('version')!r}")
        try:
            _unb64(data["lookup_salt"])
            _unb64(data["database_salt"])
            str(data["database_id"])
            int(data["generation"])
            cls._kdf_of(data)
            for slot in data["slots"]:
                for field in ("ref", "lookup", "salt", "verifier", "public_key", "state"):
                    slot[field]  # noqa: B018 - presence check
        except (KeyError, TypeError, ValueError):
            raise SlotFileDamaged(path, "incomplete") from None
        return cls(path, data)

    def save(self) -> None:
        atomic_write(self.path, json.dumps(self._data, indent=1, sort_keys=True).encode("utf-8"))

    # ----- properties ----------------------------------------------------------------
    @property
    def database_id(self) -> str:
        return str(self._data["database_id"])

    @property
    def database_salt(self) -> bytes:
        return _unb64(self._data["database_salt"])

    @property
    def generation(self) -> int:
        return int(self._data["generation"])

    @property
    def pending_generation(self) -> int | None:
        return self._data.get("pending_generation")

    @property
    def kdf(self) -> KdfParams:
        return self._kdf_of(self._data)

    @staticmethod
    def _kdf_of(data: JsonObject) -> KdfParams:
        kdf = data["kdf"]
        if kdf.get("name") != "scrypt":
            raise ValueError("unknown kdf")
        return KdfParams(n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))

    def slot_refs(self, *, active_only: bool = False) -> list[str]:
        return [s["ref"] for s in self._data["slots"] if not active_only or s["state"] == "active"]

    def lookup_tag(self, login: str) -> str:
        salt = _unb64(self._data["lookup_salt"])
        return _b64(hmac.new(salt, normalize_login(login).encode("utf-8"), hashlib.sha256).digest())

    # ----- slots -----------------------------------------------------------------------
    def _find(self, *, ref: str | None = None, tag: str | None = None) -> JsonObject | None:
        slot: JsonObject
        for slot in self._data["slots"]:
            if (ref is not None and slot["ref"] == ref) or (
                tag is not None and hmac.compare_digest(slot["lookup"], tag)
            ):
                return slot
        return None

    def has_login(self, login: str) -> bool:
        return self._find(tag=self.lookup_tag(login)) is not None

    def _aad(self, ref: str, purpose: str, generation: int | None = None) -> bytes:
        parts = [FORMAT, self.database_id, ref, purpose]
        if generation is not None:
            parts.append(str(generation))
        return "\x1f".join(parts).encode("utf-8")

    def _password_keys(self, password: str, salt: bytes) -> tuple[bytes, bytes]:
        derived = self.kdf.derive(password, salt)
        wrap_key = derived[:32]
        verifier = hashlib.sha256(b"verifier" + derived[32:]).digest()
        return wrap_key, verifier

    def _seal(
        self, key: DatabaseKey, public: X25519PublicKey, ref: str, generation: int
    ) -> JsonObject:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(public)
        wrap = HKDF(SHA256(), 32, salt=None, info=self._aad(ref, "seal", generation)).derive(shared)
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(wrap).encrypt(nonce, key.raw, self._aad(ref, "seal", generation))
        return {
            "ephemeral": _b64(_raw_public(ephemeral.public_key())),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }

    def _unseal(self, slot: JsonObject, private: X25519PrivateKey, generation: int) -> DatabaseKey:
        box = slot["sealed"][str(generation)]
        shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(box["ephemeral"])))
        aad = self._aad(slot["ref"], "seal", generation)
        wrap = HKDF(SHA256(), 32, salt=None, info=aad).derive(shared)
        raw = AESGCM(wrap).decrypt(_unb64(box["nonce"]), _unb64(box["ciphertext"]), aad)
        return DatabaseKey(raw)

    def _write_private(self, slot: JsonObject, private_raw: bytes, password: str) -> None:
        salt = secrets.token_bytes(16)
        wrap_key, verifier = self._password_keys(password, salt)
        nonce = secrets.token_bytes(12)
        slot["salt"] = _b64(salt)
        slot["verifier"] = _b64(verifier)
        slot["private_key"] = {
            "nonce": _b64(nonce),
            "ciphertext": _b64(
                AESGCM(wrap_key).encrypt(nonce, private_raw, self._aad(slot["ref"], "private"))
            ),
        }

    def add_slot(self, key: DatabaseKey, login: str, password: str) -> str:
        """Create a slot for a new user (or replace the slot of that login); returns its ref."""
        tag = self.lookup_tag(login)
        old = self._find(tag=tag)
        if old is not None:
            self._data["slots"].remove(old)
        ref = secrets.token_hex(16)
        private = X25519PrivateKey.generate()
        slot: JsonObject = {"ref": ref, "lookup": tag, "state": "active", "sealed": {}}
        slot["public_key"] = _b64(_raw_public(private.public_key()))
        self._write_private(slot, _raw_private(private), password)
        slot["sealed"][str(self.generation)] = self._seal(
            key, private.public_key(), ref, self.generation
        )
        self._data["slots"].append(slot)
        return ref

    def _live_generations(self) -> list[int]:
        generations = [self.generation]
        if self.pending_generation is not None:
            generations.append(self.pending_generation)
        return generations

    def unlock(self, login: str, password: str) -> Unlocked:
        """Derive the user's keys from his password and open his slot.

        An unknown login costs the same KDF as a wrong password and gets the same error.
        """
        slot = self._find(tag=self.lookup_tag(login))
        salt = _unb64(slot["salt"]) if slot else secrets.token_bytes(16)
        wrap_key, verifier = self._password_keys(password, salt)
        if slot is None or not hmac.compare_digest(verifier, _unb64(slot["verifier"])):
            raise InvalidCredentials()
        if slot["state"] != "active":
            raise AccountDeactivated()
        try:
            box = slot["private_key"]
            private_raw = AESGCM(wrap_key).decrypt(
                _unb64(box["nonce"]), _unb64(box["ciphertext"]), self._aad(slot["ref"], "private")
            )
        except (InvalidTag, KeyError, ValueError):
            raise SlotFileDamaged(self.path, "a user's slot does not decrypt") from None
        return self._unlocked(slot, private_raw)

    def unlock_with_private_key(self, slot_ref: str, private_raw: bytes) -> Unlocked:
        slot = self._find(ref=slot_ref)
        if slot is None:
            raise InvalidCredentials()
        if slot["state"] != "active":
            raise AccountDeactivated()
        private = X25519PrivateKey.from_private_bytes(private_raw)
        if not hmac.compare_digest(_raw_public(private.public_key()), _unb64(slot["public_key"])):
            raise InvalidCredentials()
        return self._unlocked(slot, private_raw)

    def _unlocked(self, slot: JsonObject, private_raw: bytes) -> Unlocked:
        private = X25519PrivateKey.from_private_bytes(private_raw)
        keys = []
        for generation in self._live_generations():
            try:
                keys.append(self._unseal(slot, private, generation))
            except (InvalidTag, KeyError, ValueError):
                continue
        if not keys:
            raise SlotFileDamaged(self.path, "a user's slot holds no usable key")
        return Unlocked(slot_ref=slot["ref"], keys=tuple(keys), private_key=private_raw)

    def change_password(self, slot_ref: str, private_raw: bytes, new_password: str) -> None:
        slot = self._require(slot_ref)
        self._write_private(slot, private_raw, new_password)

    def reset_password(self, key: DatabaseKey, slot_ref: str, login: str, password: str) -> str:
        """Replace a user's slot by one for a password chosen by an administrator."""
        self._require(slot_ref)
        self.remove(slot_ref)
        return self.add_slot(key, login, password)

    def deactivate(self, slot_ref: str) -> None:
        """Keep only the password verifier, so the user learns his account is deactivated."""
        slot = self._require(slot_ref)
        slot["state"] = "deactivated"
        slot.pop("private_key", None)
        slot["sealed"] = {}

    def remove(self, slot_ref: str) -> None:
        self._data["slots"].remove(self._require(slot_ref))

    def _require(self, slot_ref: str) -> JsonObject:
        slot = self._find(ref=slot_ref)
        if slot is None:
            raise KeyError(f"no key slot {slot_ref}")
        return slot

    # ----- rekey ------------------------------------------------------------------------
    @property
    def pending_database_salt(self) -> bytes | None:
        salt = self._data.get("pending_database_salt")
        return _unb64(salt) if salt else None

    def begin_rekey(self, new_key: DatabaseKey, new_db_salt: bytes) -> int:
        """Seal the new key to every active slot beside the old one (crash-safe step 1)."""
        pending = self.generation + 1
        self._data["pending_generation"] = pending
        self._data["pending_database_salt"] = _b64(new_db_salt)
        for slot in self._data["slots"]:
            if slot["state"] != "active":
                continue
            public = X25519PublicKey.from_public_bytes(_unb64(slot["public_key"]))
            slot["sealed"][str(pending)] = self._seal(new_key, public, slot["ref"], pending)
        return pending

    def finish_rekey(self) -> None:
        """Make the pending generation current and forget the old key (step 3)."""
        pending = self.pending_generation
        if pending is None:
            return
        for slot in self._data["slots"]:
            slot["sealed"] = {k: v for k, v in slot.get("sealed", {}).items() if k == str(pending)}
        self._data["generation"] = pending
        self._data["database_salt"] = self._data.pop("pending_database_salt")
        self._data["pending_generation"] = None

    def abandon_rekey(self) -> None:
        pending = self.pending_generation
        if pending is None:
            return
        for slot in self._data["slots"]:
            slot.get("sealed", {}).pop(str(pending), None)
        self._data["pending_generation"] = None
        self._data.pop("pending_database_salt", None)

    def matches_database_salt(self, salt: bytes) -> bool:
        return hmac.compare_digest(self.database_salt, salt)
