"""Logged-in users of the server: opaque tokens, idle expiry, per-address login limits.

A token is 256 random bits handed to the workstation once; the server keeps only its
SHA-256, so a dump of this table gives nobody a usable token.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from broker_desktop.core.office import Session
from broker_desktop.wire.errors import SessionEnded

log = logging.getLogger("broker_desktop.server")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


@dataclass
class ServerSession:
    core: Session
    address: str
    last_used: float
    lock: threading.RLock = field(default_factory=threading.RLock)
    stored_at: float = field(default_factory=time.monotonic)  # last use written to the store

    @property
    def user_id(self) -> int:
        return self.core.user.id


class SessionRegistry:
    """The live sessions. ``forget`` is told of every session that ends for good (logout,
    expiry, deactivation), not of those closed by the server's own shutdown: those are
    resumed after the restart (``session_store.py``)."""

    def __init__(
        self, idle_seconds: float, forget: Callable[[str, Session], None] | None = None
    ) -> None:
        self.idle_seconds = idle_seconds
        self._forget = forget
        self._lock = threading.Lock()
        self._live: dict[str, ServerSession] = {}
        self._ended: collections.OrderedDict[str, str] = collections.OrderedDict()

    def open(self, core: Session, address: str) -> tuple[str, str]:
        """A new session: its token (for the workstation only) and its key."""
        token = secrets.token_urlsafe(32)
        key = token_hash(token)
        with self._lock:
            self._live[key] = ServerSession(core, address, time.monotonic())
        return token, key

    def adopt(self, key: str, core: Session, address: str) -> ServerSession:
        """A session resumed after a restart, under its key; if another request resumed
        it meanwhile, that one is kept (and ``core`` closed)."""
        with self._lock:
            live = self._live.get(key)
            if live is None:
                live = self._live[key] = ServerSession(core, address, time.monotonic())
                return live
        self._close(ServerSession(core, address, 0.0))
        return live

    def ended(self, key: str) -> str | None:
        """Why the session of ``key`` ended while this server runs, if it did."""
        with self._lock:
            return self._ended.get(key)

    def get(self, token: str, *, touch: bool = True) -> tuple[str, ServerSession]:
        """The live session of ``token``; ``touch=False`` for the change feed, whose
        polling is no activity of the user's and must not keep his session alive."""
        return self.get_key(token_hash(token), touch=touch)

    def get_key(self, key: str, *, touch: bool = True) -> tuple[str, ServerSession]:
        """``get`` by the token's key (a call channel keeps it from its opening)."""
        with self._lock:
            session = self._live.get(key)
            if session is None:
                raise SessionEnded(self._ended.get(key, "unknown"))
            now = time.monotonic()
            if now - session.last_used > self.idle_seconds:
                expired = self._live.pop(key)
                self._remember(key, "expired")
            else:
                if touch:
                    session.last_used = now
                return key, session
        self._close(expired, key)
        raise SessionEnded("expired")

    def end(self, key: str, reason: str) -> None:
        with self._lock:
            session = self._live.pop(key, None)
            if session is not None:
                self._remember(key, reason)
        if session is not None:
            self._close(session, key)

    def _forgotten(self, key: str, session: ServerSession) -> None:
        if self._forget is not None:
            try:
                self._forget(key, session.core)
            except Exception:  # the session is over in memory; its row expires anyway
                log.warning("Could not delete an ended session's record.", exc_info=True)

    def sweep(self) -> int:
        """Close the sessions idle for too long; returns how many."""
        now = time.monotonic()
        with self._lock:
            stale = [k for k, s in self._live.items() if now - s.last_used > self.idle_seconds]
            closing = [self._live.pop(k) for k in stale]
            for key in stale:
                self._remember(key, "expired")
        for key, session in zip(stale, closing, strict=True):
            self._close(session, key)
        return len(closing)

    def close_all(self) -> None:
        with self._lock:
            closing = list(self._live.values())
            self._live.clear()
        for session in closing:
            self._close(session)

    def __len__(self) -> int:
        with self._lock:
            return len(self._live)

    def keys(self) -> set[str]:
        with self._lock:
            return set(self._live)

    def _remember(self, key: str, reason: str) -> None:
        self._ended[key] = reason
        while len(self._ended) > 10_000:
            self._ended.popitem(last=False)

    def _close(self, session: ServerSession, forget_key: str | None = None) -> None:
        """Close the session's core (after a call still running on it: its transaction
        ends first); with ``forget_key``, for good: its stored record is deleted too."""
        with session.lock:
            if forget_key is not None:
                self._forgotten(forget_key, session)
            with contextlib.suppress(Exception):
                session.core.close()


class LoginRateLimiter:
    """At most ``limit`` login attempts per address in any ``window`` seconds, on top of
    the per-account lockout (which an attacker trying many logins never reaches)."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._lock = threading.Lock()
        self._seen: dict[str, collections.deque[float]] = {}

    def retry_after(self, address: str) -> int | None:
        """None if this attempt may go ahead (and counts it), else seconds to wait."""
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen = {
                    a: q for a, q in self._seen.items() if q and now - q[-1] < self.window
                }
            attempts = self._seen.setdefault(address, collections.deque())
            while attempts and now - attempts[0] >= self.window:
                attempts.popleft()
            if len(attempts) >= self.limit:
                return max(1, int(self.window - (now - attempts[0])) + 1)
            attempts.append(now)
            return None
