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

import contextlib
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from broker_desktop.core.office import SecurityParams, Session, resume_session
from broker_desktop.security.keyring_unlock import KeyringEntry
from broker_desktop.storage.database import Database
from broker_desktop.storage.schema import server_sessions

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


@dataclass(frozen=True)
class _Pending:
    user_id: int
    slot_ref: str
    sealed_key: bytes
    address: str
    last_used_at: float


class SessionStore:
    """The ``server_sessions`` table. It holds no connection of its own (a key change
    needs the database closed everywhere else): rows are written through the session's
    own connection, and the sessions of before a restart are read once, at the start,
    through the server's connection of that moment (``load``)."""

    def __init__(self, security: SecurityParams, idle_seconds: float) -> None:
        self._security = security
        self.idle_seconds = idle_seconds
        # a use is written at most this often: idle expiry after a restart may be late
        # by this much, and a page request does not pay for a write
        self.touch_every = min(60.0, max(1.0, idle_seconds / 10))
        self._lock = threading.Lock()
        self._pending: dict[str, _Pending] = {}
        self._path: Path | None = None

    def load(self, db: Database) -> tuple[int, int]:
        """At the start: delete the sessions idle for too long, keep the others to be
        resumed. Returns (deleted, kept)."""
        limit = time.time() - self.idle_seconds
        with db.write() as conn:
            deleted = conn.execute(
                sa.delete(server_sessions).where(server_sessions.c.last_used_at < limit)
            ).rowcount
            rows = conn.execute(sa.select(server_sessions)).all()
        with self._lock:
            self._path = db.path
            self._pending = {
                r.token_hash: _Pending(
                    r.user_id, r.slot_ref, bytes(r.sealed_key), r.address, r.last_used_at
                )
                for r in rows
            }
        return int(deleted or 0), len(rows)

    def save(self, key: str, token: str, core: Session, address: str) -> None:
        entry = core.credentials()
        now = time.time()
        with core.database.write() as conn:
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

    def touch(self, key: str, core: Session) -> None:
        """The session was used now (a password change since keeps the key pair: the
        slot of the same pair is found when resuming)."""
        with core.database.write() as conn:
            conn.execute(
                sa.update(server_sessions)
                .where(server_sessions.c.token_hash == key)
                .values(last_used_at=time.time())
            )

    def forget(self, key: str, core: Session) -> None:
        with self._lock:
            self._pending.pop(key, None)
        with core.database.write() as conn:
            conn.execute(sa.delete(server_sessions).where(server_sessions.c.token_hash == key))

    def resume(self, key: str, token: str) -> tuple[Session, str] | str:
        """The session of ``token`` from before the restart, reopened; else why not
        (``"unknown"``, ``"expired"``, ``"deactivated"``). Only keys read at the start
        are tried: a forged token costs nothing."""
        with self._lock:
            pending = self._pending.pop(key, None)
            path = self._path
        if pending is None or path is None:
            return "unknown"
        if time.time() - pending.last_used_at > self.idle_seconds:
            return "expired"
        private_key = unseal(token, key, pending.sealed_key)
        if private_key is None:
            return "unknown"
        from broker_desktop.core.errors import CoreError
        from broker_desktop.storage.errors import AccountDeactivated, StorageError

        try:
            core = resume_session(
                path,
                pending.user_id,
                KeyringEntry(pending.slot_ref, private_key),
                security=self._security,
            )
        except AccountDeactivated:
            return "deactivated"
        except (CoreError, StorageError):
            return "unknown"
        with contextlib.suppress(StorageError):
            self.touch(key, core)
        return core, pending.address
