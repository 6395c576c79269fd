"""Failed-login counters kept beside the database, so a lockout holds across restarts
and across workstations sharing the file.

A wrong password cannot open the database, so failures cannot be written into it: they
are kept here and folded into the audit log at the next successful login.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from broker_desktop.storage.files import atomic_write, sidecar, sidecar_mutex

log = logging.getLogger(__name__)

MAX_EVENTS_PER_TAG = 50
MAX_TAGS = 2000


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


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class FailedAttempt:
    lookup_tag: str
    at: datetime


class AttemptStore:
    def __init__(
        self,
        database: Path,
        policy: LockoutPolicy | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.database = Path(database)
        self.path = sidecar(self.database, ".attempts")
        self.policy = policy or LockoutPolicy()
        self.clock = clock

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError):
            # A damaged counter file must not lock everybody out forever; it is rebuilt.
            return {}

    def _write(self, data: dict[str, Any]) -> None:
        atomic_write(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))

    def locked_until(self, tag: str) -> datetime | None:
        entry = self._read().get(tag)
        if not entry or not entry.get("locked_until"):
            return None
        until = datetime.fromisoformat(entry["locked_until"])
        return until if until > self.clock() else None

    def record_failure(self, tag: str) -> datetime | None:
        """Count one failure; returns the end of the lock it triggers, if any.

        In a read-only location nothing can be counted; the caller still reports the
        wrong password (whoever can only read the file can attack a copy anyway).
        """
        try:
            return self._record_failure(tag)
        except OSError as exc:
            log.warning("Could not record a failed login: %s", type(exc).__name__)
            return None

    def _record_failure(self, tag: str) -> datetime | None:
        with sidecar_mutex(self.database):
            data = self._read()
            if tag not in data and len(data) >= MAX_TAGS:
                oldest = min(data, key=lambda t: data[t].get("last", ""))
                del data[oldest]
            entry = data.setdefault(tag, {"failures": 0, "events": []})
            now = self.clock()
            entry["failures"] = int(entry.get("failures", 0)) + 1
            entry["last"] = now.isoformat()
            entry["events"] = (entry.get("events", []) + [now.isoformat()])[-MAX_EVENTS_PER_TAG:]
            lock = self.policy.lock_for(entry["failures"])
            until = now + lock if lock else None
            entry["locked_until"] = until.isoformat() if until else None
            self._write(data)
            return until

    def record_success(self, tag: str) -> None:
        with sidecar_mutex(self.database):
            data = self._read()
            entry = data.get(tag)
            if entry is None:
                return
            entry["failures"] = 0
            entry["locked_until"] = None
            if not entry.get("events"):
                del data[tag]
            self._write(data)

    def take_events(self) -> list[FailedAttempt]:
        """Remove and return every recorded failure, for the audit log."""
        if not self.path.exists():
            return []
        with sidecar_mutex(self.database):
            data = self._read()
            events = [
                FailedAttempt(tag, datetime.fromisoformat(ts))
                for tag, entry in data.items()
                for ts in entry.get("events", [])
            ]
            if not events:
                return []
            for tag in list(data):
                data[tag]["events"] = []
                if not data[tag].get("failures"):
                    del data[tag]
            self._write(data)
            return sorted(events, key=lambda e: e.at)

    def unlock(self, tag: str) -> None:
        """An administrator lifts a lock."""
        with sidecar_mutex(self.database):
            data = self._read()
            if tag in data:
                data[tag]["failures"] = 0
                data[tag]["locked_until"] = None
                self._write(data)
