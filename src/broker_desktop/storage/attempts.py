"""Failed-login counters kept beside the database, so a lockout holds across restarts
and across workstations sharing the file.

A wrong password cannot open the database, so failures cannot be written into it: they
are kept here and folded into the audit log at the next successful login.

What a file can do against someone using the program (docs/security.md, section 6):

- **Counted before the password is checked.** Each password login first records a
  provisional failure; the verdict then confirms or withdraws it. A location where that
  record cannot be written (read-only folder or mount, full disk) refuses password
  logins, instead of letting wrong passwords go uncounted. A login killed half-way
  stays counted.
- **The clock.** A lock is timed on this computer's monotonic clock (which the system
  clock's setting does not move) whenever the lock was set on this computer; otherwise
  by the wall clock, never earlier than the latest time the file has seen. Failures are
  counted until a success, so every failure after a lock locks again, for longer.
- **No eviction by a flood of other names.** Logins that have a key slot keep their
  record while they have failures; logins without a slot (unknown names) are kept in a
  bounded table of their own and their failures are aggregated for the audit log.
- **The login tried** is kept sealed (X25519 + AES-GCM) to a public key derived from the
  database key, so that the audit entry can name it while the file does not show it.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import json
import logging
import math
import secrets
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import portalocker
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from broker_desktop.storage.clock import utc_now
from broker_desktop.storage.errors import (
    AccountLocked,
    DatabaseBusy,
    DiskFull,
    LoginsNotCounted,
    ReadOnlyLocation,
    StorageError,
)
from broker_desktop.storage.files import atomic_write, sidecar, sidecar_mutex
from broker_desktop.storage.keys import DatabaseKey

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
MAX_EVENTS_PER_LOGIN = 50
MAX_UNKNOWN_EVENTS = 200
MAX_UNKNOWN_NAMES = 500
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_LOGIN_CHARS = 200
_SEAL_INFO = b"broker-desktop/attempts-login-seal/v1"


@dataclass(frozen=True)
class LockoutPolicy:
    free_attempts: int = 5
    first_lock: timedelta = timedelta(seconds=30)
    longest_lock: timedelta = timedelta(hours=1)

    def lock_for(self, failures: int) -> timedelta | None:
        if failures < self.free_attempts:
            return None
        doublings = min(failures - self.free_attempts, 20)
        return min(self.first_lock * (1 << doublings), self.longest_lock)


def monotonic() -> float:
    return time.monotonic()


def this_computer() -> str:
    """Which monotonic clock a lock was timed on: this computer, since this boot where
    the system says (elsewhere a later boot with more uptime only makes a lock longer)."""
    boot = ""
    with contextlib.suppress(OSError):
        boot = Path("/proc/sys/kernel/random/boot_id").read_text("ascii").strip()
    return hashlib.sha256(f"{socket.gethostname()}\x1f{boot}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class FailedAttempt:
    lookup_tag: str
    at: datetime
    login: str | None = None  # the login tried, when it could be unsealed
    known: bool = True  # the login had a key slot when it was tried
    interrupted: bool = False  # the attempt never reached a verdict (program stopped)


@dataclass(frozen=True)
class Unrecorded:
    """Failures counted but not itemised (the event lists are bounded)."""

    known: int
    unknown: int


# ----- the login tried, sealed ------------------------------------------------------------
def seal_keys(key: DatabaseKey) -> tuple[X25519PrivateKey, str]:
    """The key pair that seals logins tried, derived from the database key."""
    raw = HKDF(algorithm=SHA256(), length=32, salt=None, info=_SEAL_INFO).derive(key.raw)
    private = X25519PrivateKey.from_private_bytes(raw)
    public = base64.b64encode(private.public_key().public_bytes_raw()).decode()
    return private, public


def _box_key(shared: bytes, ephemeral: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=ephemeral, info=_SEAL_INFO).derive(shared)


def seal_login(public_b64: str, login: str) -> str | None:
    try:
        public = X25519PublicKey.from_public_bytes(base64.b64decode(public_b64, validate=True))
    except (ValueError, TypeError):
        return None
    ephemeral = X25519PrivateKey.generate()
    eph_raw = ephemeral.public_key().public_bytes_raw()
    nonce = secrets.token_bytes(12)
    box = AESGCM(_box_key(ephemeral.exchange(public), eph_raw))
    sealed = box.encrypt(nonce, login[:MAX_LOGIN_CHARS].encode("utf-8"), _SEAL_INFO)
    return base64.b64encode(eph_raw + nonce + sealed).decode()


def open_login(private: X25519PrivateKey, blob: object) -> str | None:
    if not isinstance(blob, str) or len(blob) > 4 * MAX_LOGIN_CHARS + 200:
        return None
    try:
        raw = base64.b64decode(blob, validate=True)
        eph_raw, nonce, sealed = raw[:32], raw[32:44], raw[44:]
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        return AESGCM(_box_key(shared, eph_raw)).decrypt(nonce, sealed, _SEAL_INFO).decode()
    except (ValueError, TypeError, InvalidTag, UnicodeDecodeError):
        return None


# ----- reading a file that anyone with folder access may have damaged --------------------
def _when(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return 0
    return min(value, 10**6)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value) if abs(value) < 1e300 else math.inf
    return number if math.isfinite(number) and number >= 0 else None


def _events(value: object, limit: int) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    kept = []
    for item in value[-limit:]:
        if isinstance(item, dict) and _when(item.get("at")) is not None:
            event: dict[str, Any] = {"at": item["at"]}
            if isinstance(item.get("login"), str):
                event["login"] = item["login"]
            if item.get("pending") is True:
                event["pending"] = True
            kept.append(event)
    return kept


def _record(value: object, policy: LockoutPolicy, limit: int) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    record: dict[str, Any] = {
        "failures": _count(value.get("failures")),
        "events": _events(value.get("events"), limit),
        "dropped": _count(value.get("dropped")),
    }
    last = _when(value.get("last"))
    if last is not None:
        record["last"] = last.isoformat()
    locked_at = _when(value.get("locked_at"))
    seconds = _number(value.get("lock_seconds"))
    if locked_at is not None and seconds is not None:
        record["locked_at"] = locked_at.isoformat()
        record["lock_seconds"] = min(seconds, policy.longest_lock.total_seconds())
        mono = _number(value.get("mono"))
        if mono is not None and isinstance(value.get("computer"), str):
            record["mono"] = mono
            record["computer"] = value["computer"][:64]
    if not record["failures"] and not record["events"] and not record["dropped"]:
        return None
    return record


def _parse(data: object, policy: LockoutPolicy) -> dict[str, Any]:
    """The file's content, each record checked on its own: a damaged record is dropped,
    the others (and their locks) are kept."""
    clean: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "logins": {},
        "unknown": {},
        "unknown_events": [],
        "unknown_dropped": 0,
    }
    if not isinstance(data, dict):
        return clean
    if "version" not in data:  # version 1: tag -> record, known and unknown mixed
        data = {"logins": data}
    seen = _when(data.get("seen"))
    if seen is not None:
        clean["seen"] = seen.isoformat()
    if isinstance(data.get("seal"), str) and len(data["seal"]) < 100:
        clean["seal"] = data["seal"]
    for table, limit in (("logins", MAX_EVENTS_PER_LOGIN), ("unknown", 1)):
        records = data.get(table)
        if not isinstance(records, dict):
            continue
        for tag, value in list(records.items())[: MAX_UNKNOWN_NAMES * 4]:
            record = _record(value, policy, limit)
            if isinstance(tag, str) and len(tag) <= 128 and record is not None:
                clean[table][tag] = record
    pooled = data.get("unknown_events")
    clean["unknown_events"] = _events(pooled, MAX_UNKNOWN_EVENTS)
    clean["unknown_dropped"] = _count(data.get("unknown_dropped"))
    return clean


class AttemptStore:
    def __init__(
        self,
        database: Path,
        policy: LockoutPolicy | None = None,
        clock: Callable[[], datetime] | None = None,
        monotonic_clock: Callable[[], float] | None = None,
        computer: str | None = None,
    ) -> None:
        self.database = Path(database)
        self.path = sidecar(self.database, ".attempts")
        self.policy = policy or LockoutPolicy()
        self._clock = clock
        self._monotonic = monotonic_clock
        self._computer = computer

    # ----- time ------------------------------------------------------------------------------
    def _wall(self) -> datetime:
        return (self._clock or utc_now)()

    def _mono(self) -> float:
        return (self._monotonic or monotonic)()

    def _here(self) -> str:
        return self._computer or this_computer()

    def _now(self, data: dict[str, Any]) -> datetime:
        """The wall clock, but never earlier than the latest time the file has seen."""
        now = self._wall()
        seen = _when(data.get("seen"))
        return max(now, seen) if seen is not None else now

    def _lock_end(self, record: dict[str, Any], data: dict[str, Any]) -> datetime | None:
        """When the record's lock ends, as far as this computer can tell; None if over."""
        if "locked_at" not in record:
            return None
        length = timedelta(seconds=record["lock_seconds"])
        now = self._now(data)
        elapsed = now - datetime.fromisoformat(record["locked_at"])
        if record.get("computer") == self._here():
            since = self._mono() - record["mono"]
            if since >= 0:  # the same boot, or a later one with more uptime: the later wins
                elapsed = timedelta(seconds=min(since, length.total_seconds() + 1))
        if elapsed >= length:
            return None
        return now + (length - max(elapsed, timedelta(0)))

    # ----- the file ----------------------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return _parse({}, self.policy)
        except OSError as exc:
            raise _unwritable(exc, self.path) from None
        if len(raw) > MAX_FILE_BYTES:
            log.warning("The failed-login counter file is too large; its content is ignored.")
            return _parse({}, self.policy)
        try:
            return _parse(json.loads(raw.decode("utf-8")), self.policy)
        except (ValueError, UnicodeDecodeError, RecursionError):
            # A damaged counter file must not lock everybody out forever; it is rebuilt.
            log.warning("The failed-login counter file is damaged; it is rebuilt.")
            return _parse({}, self.policy)

    def _write(self, data: dict[str, Any]) -> None:
        try:
            atomic_write(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))
        except OSError as exc:
            raise _unwritable(exc, self.path) from None

    def _table(self, data: dict[str, Any], known: bool) -> dict[str, Any]:
        table: dict[str, Any] = data["logins"] if known else data["unknown"]
        return table

    def _find(self, data: dict[str, Any], tag: str) -> dict[str, Any] | None:
        record: dict[str, Any] | None = data["logins"].get(tag)
        if record is None:
            record = data["unknown"].get(tag)
        return record

    # ----- questions ---------------------------------------------------------------------------
    def locked_until(self, tag: str) -> datetime | None:
        try:
            data = self._read()
        except StorageError:
            return None
        record = self._find(data, tag)
        return None if record is None else self._lock_end(record, data)

    # ----- one password login ------------------------------------------------------------------
    def begin(self, tag: str, *, known: bool = True, login: str = "") -> PendingAttempt:
        """Before the password is checked: refuse a locked login, and count the attempt
        as failed until its verdict is known. Raises AccountLocked, or LoginsNotCounted
        when the location cannot record it."""
        with self._mutex():
            data = self._read()
            record = self._find(data, tag)
            if record is not None:
                until = self._lock_end(record, data)
                if until is not None:
                    raise AccountLocked(until)
            now = self._now(data)
            table = self._table(data, known)
            record = table.setdefault(tag, {"failures": 0, "events": [], "dropped": 0})
            record["failures"] += 1
            record["last"] = now.isoformat()
            event: dict[str, Any] = {"at": now.isoformat(), "pending": True}
            sealed = seal_login(data["seal"], login) if login and "seal" in data else None
            if sealed:
                event["login"] = sealed
            if known:
                record["events"].append(event)
                _trim(record, MAX_EVENTS_PER_LOGIN)
            else:
                data["unknown_events"].append(event)
                _trim_pool(data)
                _bound_unknown(data, tag)
            data["seen"] = now.isoformat()
            self._write(data)
        return PendingAttempt(self, tag, event["at"], known)

    def _settle(self, tag: str, at: str, known: bool, failed: bool) -> datetime | None:
        with self._mutex():
            data = self._read()
            record = self._find(data, tag)
            events = (record or {}).get("events", []) if known else data["unknown_events"]
            event = next((e for e in events if e.get("at") == at and e.get("pending")), None)
            if failed:
                if event is not None:
                    del event["pending"]
                until = None
                if record is not None:
                    lock = self.policy.lock_for(record["failures"])
                    now = self._now(data)
                    record.pop("locked_at", None)
                    if lock:
                        record.update(
                            locked_at=now.isoformat(),
                            lock_seconds=lock.total_seconds(),
                            mono=self._mono(),
                            computer=self._here(),
                        )
                        until = now + lock
                    data["seen"] = now.isoformat()
            else:
                if event is not None:
                    events.remove(event)
                if record is not None:
                    record["failures"] = max(0, record["failures"] - 1)
                    if not (record["failures"] or record["events"] or record["dropped"]):
                        self._table(data, known).pop(tag, None)
                until = None
                if _empty(data):  # as if the attempt had never been counted
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    return None
            self._write(data)
            return until

    def record_failure(self, tag: str, *, known: bool = True, login: str = "") -> datetime | None:
        """Count one failure at once (no provisional step); returns the lock's end."""
        return self.begin(tag, known=known, login=login).failed()

    def record_success(self, tag: str) -> None:
        with self._mutex():
            data = self._read()
            changed = False
            for table in (data["logins"], data["unknown"]):
                record = table.get(tag)
                if record is None:
                    continue
                changed = True
                record["failures"] = 0
                record.pop("locked_at", None)
                record["events"] = [e for e in record["events"] if not e.get("pending")]
                if not record["events"] and not record["dropped"]:
                    del table[tag]
            if not changed:
                return
            if _empty(data):
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                return
            data["seen"] = self._now(data).isoformat()
            self._write(data)

    def remember_seal(self, key: DatabaseKey) -> None:
        """After a successful login: the public key that later failures seal logins to."""
        _private, public = seal_keys(key)
        with contextlib.suppress(StorageError), self._mutex():
            data = self._read()
            if data.get("seal") != public:
                data["seal"] = public
                self._write(data)

    # ----- the audit log -----------------------------------------------------------------------
    def take_events(self, key: DatabaseKey | None = None) -> tuple[list[FailedAttempt], Unrecorded]:
        """Remove and return every recorded failure, for the audit log. Attempts still
        pending are returned (as interrupted) only once they are a minute old: another
        workstation may be checking a password right now."""
        if not self.path.exists():
            return [], Unrecorded(0, 0)
        private = seal_keys(key)[0] if key is not None else None
        with self._mutex():
            data = self._read()
            horizon = self._now(data) - timedelta(minutes=1)
            out: list[FailedAttempt] = []

            def take(events: list[dict[str, Any]], tag: str, known: bool) -> list[dict[str, Any]]:
                left = []
                for event in events:
                    at = _when(event["at"])
                    if at is None:
                        continue
                    if event.get("pending") and at > horizon:
                        left.append(event)
                        continue
                    login = open_login(private, event.get("login")) if private else None
                    out.append(FailedAttempt(tag, at, login, known, bool(event.get("pending"))))
                return left

            dropped = Unrecorded(
                sum(r["dropped"] for r in data["logins"].values()), data["unknown_dropped"]
            )
            for tag, record in list(data["logins"].items()):
                record["events"] = take(record["events"], tag, True)
                record["dropped"] = 0
                if not record["failures"] and not record["events"]:
                    del data["logins"][tag]
            data["unknown_events"] = take(data["unknown_events"], "", False)
            data["unknown_dropped"] = 0
            if out or dropped.known or dropped.unknown:
                self._write(data)
            return sorted(out, key=lambda e: e.at), dropped

    def unlock(self, tag: str) -> None:
        """An administrator lifts a lock."""
        with self._mutex():
            data = self._read()
            record = self._find(data, tag)
            if record is not None:
                record["failures"] = 0
                record.pop("locked_at", None)
                self._write(data)

    @contextlib.contextmanager
    def _mutex(self) -> Iterator[None]:
        try:
            with sidecar_mutex(self.database):
                yield
        except OSError as exc:
            raise _unwritable(exc, self.path) from None
        except portalocker.exceptions.LockException:
            # Another workstation holds the key-file lock for longer than the wait: the
            # attempt is not counted, so it is not answered either.
            raise DatabaseBusy() from None


@dataclass
class PendingAttempt:
    """A password login counted as failed until its verdict is given."""

    store: AttemptStore
    tag: str
    at: str
    known: bool
    settled: bool = False

    def failed(self) -> datetime | None:
        """Wrong password: the failure stays; returns the end of the lock it triggers."""
        return self._settle(True)

    def succeeded(self) -> None:
        """Right password: the provisional failure is withdrawn and the counter reset."""
        if not self.settled:
            self.settled = True
            try:
                self.store.record_success(self.tag)
            except StorageError:  # the folder became unwritable or busy since: stays counted
                log.warning("Could not record a successful login beside the database.")

    def cancel(self) -> None:
        """The password was right but the login failed for another reason (damaged
        database, deactivated account): the provisional failure is withdrawn."""
        with contextlib.suppress(StorageError):
            self._settle(False)

    def _settle(self, failed: bool) -> datetime | None:
        if self.settled:
            return None
        self.settled = True
        return self.store._settle(self.tag, self.at, self.known, failed)


def _empty(data: dict[str, Any]) -> bool:
    return not (
        data["logins"]
        or data["unknown"]
        or data["unknown_events"]
        or data["unknown_dropped"]
        or "seal" in data
    )


def _trim(record: dict[str, Any], limit: int) -> None:
    extra = len(record["events"]) - limit
    if extra > 0:
        record["dropped"] += extra
        del record["events"][:extra]


def _trim_pool(data: dict[str, Any]) -> None:
    extra = len(data["unknown_events"]) - MAX_UNKNOWN_EVENTS
    if extra > 0:
        data["unknown_dropped"] += extra
        del data["unknown_events"][:extra]


def _bound_unknown(data: dict[str, Any], keep: str) -> None:
    """Unknown names only ever push out other unknown names, oldest first."""
    unknown = data["unknown"]
    while len(unknown) > MAX_UNKNOWN_NAMES:
        oldest = min((t for t in unknown if t != keep), key=lambda t: unknown[t].get("last", ""))
        del unknown[oldest]


def _unwritable(exc: OSError, path: Path) -> LoginsNotCounted:
    full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    cause = DiskFull() if full else ReadOnlyLocation(path.parent)
    return LoginsNotCounted(path.parent, disk_full=full, cause=cause)
