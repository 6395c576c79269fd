"""The office server's sessions, kept in its database so that a restart (a crash, a
``kill -9``, an update) does not log every workstation out.

A row never holds the token: its SHA-256 (the key the server already uses), the user,
his slot's reference, and his slot's private key sealed (AES-256-GCM) under a key derived
from the token itself, which only the workstation holds. So the table alone reopens
nothing, even for someone who can read the decrypted database; the workstation's next
request, with its token, lets the server unseal the key, reopen the user's own slot and
carry on. A resumed session is checked like a new one: the account must still be active
and its slot unchanged (a password reset or a deactivation ends it), its idle time counts
from its last use before the restart, and rights are read at every call as always.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from broker_desktop.core.office import SecurityParams, Session, resume_session
from broker_desktop.security.keyring_unlock import KeyringEntry
from broker_desktop.storage.database import Database
from broker_desktop.storage.schema import server_sessions, users

_SEAL_INFO = b"broker-desktop office server session v1"


def _box(token: str) -> AESGCM:
    key = HKDF(algorithm=SHA256(), length=32, salt=None, info=_SEAL_INFO).derive(
        token.encode("utf-8", "replace")
    )
    return AESGCM(key)


def seal(token: str, key: str, private_key: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + _box(token).encrypt(nonce, private_key, key.encode("ascii"))


def unseal(token: str, key: str, sealed: bytes) -> bytes | None:
    try:
        return _box(token).decrypt(sealed[:12], sealed[12:], key.encode("ascii"))
    except (InvalidTag, ValueError):
        return None


class SessionStore:
    """The ``server_sessions`` table, through the server's own connection (opened with
    the server's key slot at start)."""

    def __init__(self, db: Database, security: SecurityParams, idle_seconds: float) -> None:
        self._db = db
        self._security = security
        self.idle_seconds = idle_seconds
        # a use is written at most this often: idle expiry after a restart may be late
        # by this much, and a page request does not pay for a write
        self.touch_every = min(60.0, max(1.0, idle_seconds / 10))
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._db.path

    def save(self, key: str, token: str, core: Session, address: str) -> None:
        entry = core.credentials()
        now = time.time()
        with self._lock, self._db.write() as conn:
            conn.execute(
                sa.insert(server_sessions).values(
                    token_hash=key,
                    user_id=core.user.id,
                    slot_ref=entry.slot_ref,
                    sealed_key=seal(token, key, entry.private_key),
                    address=address[:100],
                    created_at=now,
                    last_used_at=now,
                )
            )

    def touch(self, key: str, core: Session | None = None) -> None:
        """The session was used now; with ``core``, its slot reference is refreshed too
        (a password change gives the same key pair a new slot)."""
        values: dict[str, object] = {"last_used_at": time.time()}
        if core is not None:
            values["slot_ref"] = core.credentials().slot_ref
        with self._lock, self._db.write() as conn:
            conn.execute(
                sa.update(server_sessions)
                .where(server_sessions.c.token_hash == key)
                .values(**values)
            )

    def forget(self, key: str) -> None:
        with self._lock, self._db.write() as conn:
            conn.execute(sa.delete(server_sessions).where(server_sessions.c.token_hash == key))

    def purge(self) -> int:
        """Delete the sessions idle for longer than the expiry (at start)."""
        limit = time.time() - self.idle_seconds
        with self._lock, self._db.write() as conn:
            result = conn.execute(
                sa.delete(server_sessions).where(server_sessions.c.last_used_at < limit)
            )
        return int(result.rowcount or 0)

    def resume(self, key: str, token: str) -> tuple[Session, str] | str:
        """The session of ``token`` reopened, with its address; else why not
        (``"unknown"``, ``"expired"``, ``"deactivated"``): the row is then deleted."""
        with self._lock, self._db.read() as conn:
            row = conn.execute(
                sa.select(server_sessions, users.c.active)
                .join(users, users.c.id == server_sessions.c.user_id)
                .where(server_sessions.c.token_hash == key)
            ).first()
        if row is None:
            return "unknown"
        if not row.active:
            self.forget(key)
            return "deactivated"
        if time.time() - row.last_used_at > self.idle_seconds:
            self.forget(key)
            return "expired"
        private_key = unseal(token, key, bytes(row.sealed_key))
        if private_key is None:
            return "unknown"
        from broker_desktop.core.errors import CoreError
        from broker_desktop.storage.errors import AccountDeactivated, StorageError

        try:
            core = resume_session(
                self._db.path,
                row.user_id,
                KeyringEntry(row.slot_ref, private_key),
                security=self._security,
            )
        except AccountDeactivated:
            self.forget(key)
            return "deactivated"
        except (CoreError, StorageError):
            self.forget(key)
            return "unknown"
        self.touch(key)
        return core, row.address

    def close(self) -> None:
        self._db.close()
