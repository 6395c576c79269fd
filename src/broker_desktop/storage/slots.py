"""Per-user key slots: the file beside the database that lets each user open it.

Each user has an X25519 key pair. The private key is encrypted (AES-256-GCM) under a key
derived from the user's password with scrypt; the database key is sealed to the public
key. So a director can add users, reset passwords and change the database key without
knowing anyone's password, and a user unlocks with his own password alone.

Logins are not stored: a slot is found by an HMAC of the login under a per-file salt.

Everything read from the file is checked for type, size and range before use, so a
damaged or edited file gives ``SlotFileDamaged`` and nothing else. A slot's scrypt
parameters below ``KDF_FLOOR`` are refused when read and never written, and are part of
the authenticated data of the slot's private key.

A change that must commit together with the database (a new password, a reset, a new
user, a deactivation) is *staged*: the new slot version is written beside the old one
and listed under ``changes``; the database transaction then points the user at the new
version (``users.slot_ref``), and once it has committed the old version is dropped. A
change left behind by a crash is settled by what the database says was committed
(``settle_changes``), so the two files never disagree for long and never lock anyone out.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import hmac
import json
import secrets
import unicodedata
from collections.abc import Collection
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
from broker_desktop.storage.files import atomic_write, file_errors, read_limited
from broker_desktop.storage.keys import DatabaseKey

# A JSON object of the key file, as json.loads gives it.
JsonObject = dict[str, Any]

FORMAT = "broker-desktop-keyslots"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 16 * 1024 * 1024  # about 20,000 slots; anything larger is not ours
_MAX_KDF_MEMORY = 2**30  # bytes scrypt may use (128 * n * r); production uses 128 MiB
_MAX_KDF_P = 16
_MAX_GENERATION = 2**31
ACTIVE, DEACTIVATED = "active", "deactivated"


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

    def as_dict(self) -> dict[str, Any]:
        return {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p}

    def below(self, floor: KdfParams) -> bool:
        return self.n < floor.n or self.r < floor.r or self.p < floor.p

    def aad(self) -> str:
        return f"scrypt:{self.n}:{self.r}:{self.p}"

    @classmethod
    def parse(cls, value: object) -> KdfParams:
        """Parameters as read from a file; ValueError unless they are a usable scrypt cost."""
        if not isinstance(value, dict) or value.get("name") != "scrypt":
            raise ValueError("unknown key derivation")
        n, r, p = (_int(value.get(k)) for k in ("n", "r", "p"))
        if n < 2 or n & (n - 1) or r < 1 or not 1 <= p <= _MAX_KDF_P:
            raise ValueError("impossible key derivation parameters")
        if 128 * n * r > _MAX_KDF_MEMORY:
            raise ValueError("key derivation parameters beyond any this program writes")
        return cls(n, r, p)


# The production floor: slots derived more cheaply are refused (read) and never written.
PRODUCTION_KDF_FLOOR = KdfParams()
_floor = PRODUCTION_KDF_FLOOR


def kdf_floor() -> KdfParams:
    return _floor


def allow_weak_kdf(params: KdfParams) -> None:
    """Tests, benchmarks and screenshot scripts only: this process accepts and writes
    ``params`` although they are below the production floor. The application never calls
    it, so an office written this way is refused by it as damaged."""
    global _floor
    _floor = KdfParams(min(_floor.n, params.n), min(_floor.r, params.r), min(_floor.p, params.p))


def normalize_login(login: str) -> str:
    return unicodedata.normalize("NFKC", login).strip().casefold()


def _int(value: object) -> int:
    if type(value) is not int:  # bool and float are not counts
        raise ValueError("not an integer")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, size: int | None = None) -> bytes:
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def _ref(value: object) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 64 or not value.isascii():
        raise ValueError("not a slot reference")
    return value


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _check_box(box: object, ciphertext_bytes: int, *, ephemeral: bool) -> None:
    if not isinstance(box, dict):
        raise ValueError("not a sealed box")
    _unb64(box.get("nonce"), 12)
    _unb64(box.get("ciphertext"), ciphertext_bytes)
    if ephemeral:
        _unb64(box.get("ephemeral"), 32)


def _check_slot(slot: object) -> None:
    if not isinstance(slot, dict):
        raise ValueError("not a slot")
    _ref(slot.get("ref"))
    _unb64(slot.get("lookup"), 32)
    _unb64(slot.get("salt"), 16)
    _unb64(slot.get("verifier"), 32)
    _unb64(slot.get("public_key"), 32)
    if slot.get("state") not in (ACTIVE, DEACTIVATED):
        raise ValueError("unknown slot state")
    if "kdf" in slot and not isinstance(slot["kdf"], dict):
        raise ValueError("kdf")  # its values are judged when the slot is read
    sealed = slot.get("sealed", {})
    if not isinstance(sealed, dict):
        raise ValueError("sealed")
    for generation, box in sealed.items():
        if not generation.isdigit() or len(generation) > 10:
            raise ValueError("generation")
        _check_box(box, 32 + 16, ephemeral=True)
    if slot["state"] == ACTIVE:
        _check_box(slot.get("private_key"), 32 + 16, ephemeral=False)


def _check_change(change: object) -> None:
    if not isinstance(change, dict):
        raise ValueError("not a change")
    _ref(change.get("id"))
    for field in ("add", "drop"):
        refs = change.get(field)
        if not isinstance(refs, list):
            raise ValueError(field)
        for ref in refs:
            _ref(ref)


def _check(data: object) -> dict[str, Any]:
    """The whole file's structure; ValueError on the first thing out of place."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a Broker Desktop key file")
    if data.get("version") != FORMAT_VERSION or type(data.get("version")) is not int:
        raise ValueError("unknown version")
    database_id = data.get("database_id")
    if not isinstance(database_id, str) or not 1 <= len(database_id) <= 64:
        raise ValueError("database id")
    _unb64(data.get("lookup_salt"), 32)
    _unb64(data.get("database_salt"), 16)
    if not isinstance(data.get("kdf"), dict):
        raise ValueError("kdf")
    generation = _int(data.get("generation"))
    pending = data.get("pending_generation")
    if not 1 <= generation < _MAX_GENERATION:
        raise ValueError("generation")
    if pending is not None:
        if _int(pending) != generation + 1:
            raise ValueError("pending generation")
        _unb64(data.get("pending_database_salt"), 16)
    slots = data.get("slots")
    if not isinstance(slots, list):
        raise ValueError("slots")
    refs = set()
    for slot in slots:
        _check_slot(slot)
        if slot["ref"] in refs:
            raise ValueError("two slots with one reference")
        refs.add(slot["ref"])
    changes = data.setdefault("changes", [])
    if not isinstance(changes, list):
        raise ValueError("changes")
    for change in changes:
        _check_change(change)
    return data


@dataclass(frozen=True)
class Unlocked:
    """What a successful unlock yields: candidate database keys and the user's slot."""

    slot_ref: str
    keys: tuple[DatabaseKey, ...]  # current generation first, then a pending rekey's
    # the slot's X25519 private key, for a keyring entry; never in a repr
    private_key: bytes = dataclasses.field(repr=False)


@dataclass(frozen=True)
class Deactivated:
    """The password matched a deactivated slot."""

    slot_ref: str


class SlotFile:
    """In-memory view of a key slot file; ``save`` writes it atomically."""

    def __init__(self, path: Path, data: dict[str, Any]) -> None:
        self.path = Path(path)
        self._data = data

    # ----- file -----------------------------------------------------------------
    @classmethod
    def new(cls, path: Path, database_id: str, db_salt: bytes, kdf: KdfParams) -> SlotFile:
        if kdf.below(kdf_floor()):
            raise ValueError("key derivation parameters below the floor")
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
                "changes": [],
            },
        )

    @classmethod
    def load(cls, path: Path) -> SlotFile:
        path = Path(path)
        raw = read_limited(path, MAX_FILE_BYTES, missing=SlotFileMissing(path))
        if raw is None:
            raise SlotFileDamaged(path, "far too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise SlotFileDamaged(path, "not readable") from None
        try:
            return cls(path, _check(data))
        except ValueError as exc:
            raise SlotFileDamaged(path, str(exc)) from None

    def save(self) -> None:
        with file_errors(self.path):
            atomic_write(
                self.path, json.dumps(self._data, indent=1, sort_keys=True).encode("utf-8")
            )

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
        pending = self._data.get("pending_generation")
        return None if pending is None else int(pending)

    @property
    def kdf(self) -> KdfParams:
        """The cost new slots are written with; refused below the floor."""
        try:
            kdf = KdfParams.parse(self._data["kdf"])
        except ValueError as exc:
            raise SlotFileDamaged(self.path, f"key derivation: {exc}") from None
        if kdf.below(kdf_floor()):
            raise SlotFileDamaged(self.path, "key derivation parameters below the minimum")
        return kdf

    def _slot_kdf(self, slot: dict[str, Any]) -> KdfParams:
        """A slot's own parameters (older slots share the file's), checked against the floor."""
        try:
            kdf = KdfParams.parse(slot.get("kdf", self._data["kdf"]))
        except ValueError as exc:
            raise SlotFileDamaged(self.path, f"a user's key slot: {exc}") from None
        if kdf.below(kdf_floor()):
            raise SlotFileDamaged(
                self.path, "a user's key slot has key derivation parameters below the minimum"
            )
        return kdf

    def slot_refs(self, *, active_only: bool = False) -> list[str]:
        return [s["ref"] for s in self._data["slots"] if not active_only or s["state"] == ACTIVE]

    def lookup_tag(self, login: str) -> str:
        salt = _unb64(self._data["lookup_salt"])
        return _b64(hmac.new(salt, normalize_login(login).encode("utf-8"), hashlib.sha256).digest())

    # ----- slots -----------------------------------------------------------------------
    def _find(self, ref: str) -> dict[str, Any] | None:
        for slot in self._data["slots"]:
            if slot["ref"] == ref:
                return slot  # type: ignore[no-any-return]
        return None

    def _candidates(self, tag: str) -> list[dict[str, Any]]:
        """Every slot of a login: one, or two while a change of it is staged."""
        return [s for s in self._data["slots"] if hmac.compare_digest(s["lookup"], tag)]

    def has_login(self, login: str) -> bool:
        return bool(self._candidates(self.lookup_tag(login)))

    def _aad(self, ref: str, purpose: str, suffix: int | str | None = None) -> bytes:
        parts = [FORMAT, self.database_id, ref, purpose]
        if suffix is not None:
            parts.append(str(suffix))
        return "\x1f".join(parts).encode("utf-8")

    def _private_aad(self, slot: dict[str, Any], kdf: KdfParams) -> bytes:
        # Slots written since the KDF floor bind their parameters; older ones did not.
        return self._aad(slot["ref"], "private", kdf.aad() if "kdf" in slot else None)

    @staticmethod
    def _password_keys(kdf: KdfParams, password: str, salt: bytes) -> tuple[bytes, bytes]:
        derived = kdf.derive(password, salt)
        wrap_key = derived[:32]
        verifier = hashlib.sha256(b"verifier" + derived[32:]).digest()
        return wrap_key, verifier

    def _seal(
        self, key: DatabaseKey, public: X25519PublicKey, ref: str, generation: int
    ) -> dict[str, str]:
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

    def _unseal(
        self, slot: dict[str, Any], private: X25519PrivateKey, generation: int
    ) -> DatabaseKey:
        box = slot["sealed"][str(generation)]
        shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(box["ephemeral"])))
        aad = self._aad(slot["ref"], "seal", generation)
        wrap = HKDF(SHA256(), 32, salt=None, info=aad).derive(shared)
        raw = AESGCM(wrap).decrypt(_unb64(box["nonce"]), _unb64(box["ciphertext"]), aad)
        return DatabaseKey(raw)

    def _write_private(self, slot: dict[str, Any], private_raw: bytes, password: str) -> None:
        kdf = self.kdf  # the file's cost, never below the floor
        salt = secrets.token_bytes(16)
        slot["kdf"] = kdf.as_dict()
        wrap_key, verifier = self._password_keys(kdf, password, salt)
        nonce = secrets.token_bytes(12)
        slot["salt"] = _b64(salt)
        slot["verifier"] = _b64(verifier)
        slot["private_key"] = {
            "nonce": _b64(nonce),
            "ciphertext": _b64(
                AESGCM(wrap_key).encrypt(nonce, private_raw, self._private_aad(slot, kdf))
            ),
        }

    def _new_slot(
        self, key: DatabaseKey, tag: str, private_raw: bytes | None, password: str
    ) -> dict[str, Any]:
        """A slot sealing ``key`` (the current generation's) for a new or given key pair."""
        if private_raw is None:
            private_raw = _raw_private(X25519PrivateKey.generate())
        ref = secrets.token_hex(16)
        private = X25519PrivateKey.from_private_bytes(private_raw)
        slot: dict[str, Any] = {"ref": ref, "lookup": tag, "state": ACTIVE, "sealed": {}}
        slot["public_key"] = _b64(_raw_public(private.public_key()))
        self._write_private(slot, private_raw, password)
        slot["sealed"][str(self.generation)] = self._seal(
            key, private.public_key(), ref, self.generation
        )
        self._data["slots"].append(slot)
        return slot

    def add_slot(self, key: DatabaseKey, login: str, password: str) -> str:
        """A new slot (a new key pair) for ``login``; returns its reference.

        Slots of the same login are left alone: a replacement drops the old one only
        once the database has committed (``stage`` and ``settle_changes``).
        """
        return str(self._new_slot(key, self.lookup_tag(login), None, password)["ref"])

    def _live_generations(self) -> list[int]:
        generations = [self.generation]
        if self.pending_generation is not None:
            generations.append(self.pending_generation)
        return generations

    def unlock_all(self, login: str, password: str) -> list[Unlocked | Deactivated]:
        """Every slot of ``login`` that ``password`` opens (two at most, while a change of
        the account is staged). An unknown login costs the same KDF as a wrong password
        and gets the same error."""
        candidates = self._candidates(self.lookup_tag(login))
        if not candidates:
            try:
                cost = self.kdf
            except SlotFileDamaged:
                cost = kdf_floor()
            self._password_keys(cost, password, secrets.token_bytes(16))
            raise InvalidCredentials()
        opened: list[Unlocked | Deactivated] = []
        for slot in candidates:
            kdf = self._slot_kdf(slot)
            wrap_key, verifier = self._password_keys(kdf, password, _unb64(slot["salt"]))
            if not hmac.compare_digest(verifier, _unb64(slot["verifier"])):
                continue
            if slot["state"] != ACTIVE:
                opened.append(Deactivated(slot["ref"]))
                continue
            box = slot["private_key"]
            try:
                private_raw = AESGCM(wrap_key).decrypt(
                    _unb64(box["nonce"]), _unb64(box["ciphertext"]), self._private_aad(slot, kdf)
                )
            except InvalidTag:
                raise SlotFileDamaged(self.path, "a user's slot does not decrypt") from None
            opened.append(self._unlocked(slot, private_raw))
        if not opened:
            raise InvalidCredentials()
        return opened

    def unlock(self, login: str, password: str) -> Unlocked:
        """Open the user's slot with his password (the first active one)."""
        for found in self.unlock_all(login, password):
            if isinstance(found, Unlocked):
                return found
        raise AccountDeactivated()

    def unlock_with_private_key(self, slot_ref: str, private_raw: bytes) -> Unlocked:
        """A keyring entry names its slot; after a password change the slot has a new
        reference but the same key pair, so an active slot with that public key is used."""
        try:
            private = X25519PrivateKey.from_private_bytes(private_raw)
        except ValueError:
            raise InvalidCredentials() from None
        public = _raw_public(private.public_key())
        slot = self._find(slot_ref)
        if slot is None or slot["state"] != ACTIVE:
            same_pair = [
                s
                for s in self._data["slots"]
                if hmac.compare_digest(_unb64(s["public_key"]), public)
            ]
            if slot is None and not same_pair:
                raise InvalidCredentials()
            active = [s for s in same_pair if s["state"] == ACTIVE]
            if not active:
                raise AccountDeactivated()
            slot = active[0]
        if not hmac.compare_digest(public, _unb64(slot["public_key"])):
            raise InvalidCredentials()
        return self._unlocked(slot, private_raw)

    def _unlocked(self, slot: dict[str, Any], private_raw: bytes) -> Unlocked:
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

    def remove(self, slot_ref: str) -> None:
        self._data["slots"].remove(self._require(slot_ref))

    def _require(self, slot_ref: str) -> dict[str, Any]:
        slot = self._find(slot_ref)
        if slot is None:
            raise KeyError(f"no key slot {slot_ref}")
        return slot

    # ----- changes that commit with the database ---------------------------------------
    def stage(self) -> SlotChange:
        """Start a change of slots that the caller's database transaction will commit."""
        change = {"id": secrets.token_hex(8), "add": [], "drop": []}
        self._data["changes"].append(change)
        return SlotChange(self, change)

    def changes(self) -> list[dict[str, Any]]:
        return list(self._data["changes"])

    def settle(self, change_id: str, committed: bool) -> bool:
        """Drop the old versions of a committed change, or the new ones of a change that
        did not commit. Returns False when the change was already settled."""
        for change in self._data["changes"]:
            if change["id"] == change_id:
                break
        else:
            return False
        for ref in change["drop"] if committed else change["add"]:
            slot = self._find(ref)
            if slot is not None:
                self._data["slots"].remove(slot)
        self._data["changes"].remove(change)
        return True

    def settle_changes(
        self, referenced: Collection[str], logins: Collection[str], keep: Collection[str] = ()
    ) -> bool:
        """With the slot references the committed database holds (``users.slot_ref``) and
        its users' logins, settle every change left behind and drop stale versions of
        users' slots (a slot of a user's login that the user does not point at). Slots of
        no user's login (the office server's own) are left alone. Call it only while
        holding the database's write lock, so no change but the caller's own (``keep``)
        is in flight. Returns whether anything changed."""
        touched = False
        kept = [c for c in self._data["changes"] if c["id"] in keep]
        in_flight = {ref for c in kept for ref in c["add"]}
        for change in list(self._data["changes"]):
            if change["id"] in keep:  # the caller's own transaction: not decided yet
                continue
            committed = any(ref in referenced for ref in change["add"]) or (
                bool(change["drop"]) and not any(ref in referenced for ref in change["drop"])
            )
            touched |= self.settle(change["id"], committed)
        for ref in self.stale_refs(referenced, logins):
            if ref not in in_flight:
                self.remove(ref)
                touched = True
        return touched

    def stale_refs(self, referenced: Collection[str], logins: Collection[str]) -> list[str]:
        tags = {self.lookup_tag(login) for login in logins}
        return [
            s["ref"]
            for s in self._data["slots"]
            if s["ref"] not in referenced and s["lookup"] in tags
        ]

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
            if slot["state"] != ACTIVE:
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


class SlotChange:
    """Slot edits of one staged change: new versions are added, old ones listed to drop.

    Nothing here removes a slot: until the database commits, the old version keeps
    opening the file with the old password.
    """

    def __init__(self, slots: SlotFile, change: dict[str, Any]) -> None:
        self.slots = slots
        self.id: str = change["id"]
        self._change = change

    def _drop(self, old_ref: str | None) -> None:
        if old_ref is not None and self.slots._find(old_ref) is not None:
            self._change["drop"].append(old_ref)

    def _added(self, slot: dict[str, Any]) -> str:
        self._change["add"].append(slot["ref"])
        return str(slot["ref"])

    def add(self, key: DatabaseKey, login: str, password: str) -> str:
        """A slot for a new user."""
        return self._added(self.slots._new_slot(key, self.slots.lookup_tag(login), None, password))

    def replace(
        self, key: DatabaseKey, old_ref: str | None, login: str, password: str, *, active: bool
    ) -> str:
        """A new key pair for a password set by someone else (reset, reactivation, the
        recovery code); the old slot, if any, is dropped at commit."""
        ref = self.add(key, login, password)
        self._drop(old_ref)
        if not active:
            self.deactivate(ref)
        return ref

    def change_password(
        self, key: DatabaseKey, old_ref: str, private_raw: bytes, password: str
    ) -> str:
        """The user's own key pair under his new password: his keyring entries keep working."""
        slot = self.slots._require(old_ref)
        public = _raw_public(X25519PrivateKey.from_private_bytes(private_raw).public_key())
        if not hmac.compare_digest(public, _unb64(slot["public_key"])):
            raise InvalidCredentials()
        ref = self._added(self.slots._new_slot(key, slot["lookup"], private_raw, password))
        self._drop(old_ref)
        return ref

    def deactivate(self, old_ref: str) -> str:
        """A copy that keeps only the password verifier (so the user learns his account is
        deactivated) and opens nothing."""
        old = self.slots._require(old_ref)
        copy = {k: v for k, v in old.items() if k not in ("private_key", "sealed", "ref")}
        copy.update(ref=secrets.token_hex(16), state=DEACTIVATED, sealed={})
        if old_ref in self._change["add"]:  # a slot made by this change: replaced in place
            self._change["add"].remove(old_ref)
            self.slots.remove(old_ref)
        else:
            self._drop(old_ref)
        self.slots._data["slots"].append(copy)
        return self._added(copy)
