"""Changes pushed to connected workstations by long polling.

Every server-side session publishes its committed writes to its own change hub
(``core/changes.py``); the server forwards each ``ChangeSet`` here. An event keeps only
the kinds of records that changed and whether rights changed: never an id, a name or who
did it, so a workstation learns nothing about records outside its user's scope; it
re-reads its own lists through its scope.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import threading
from collections.abc import Callable
from typing import Any

from broker_desktop.core.changes import ChangeSet


class ChangeFeed:
    def __init__(self, keep: int = 1000) -> None:
        self._lock = threading.Lock()
        self._events: collections.deque[dict[str, Any]] = collections.deque(maxlen=keep)
        self._seq = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._wake = asyncio.Event()

    @property
    def seq(self) -> int:
        with self._lock:
            return self._seq

    def publish(self, changes: ChangeSet) -> None:
        """Called on the thread that committed the write."""
        if not (changes.entities or changes.rights_changed or changes.everything):
            return
        with self._lock:
            self._seq += 1
            self._events.append(
                {
                    "seq": self._seq,
                    "entities": sorted(changes.entities),
                    "rights": changes.rights_changed,
                    "everything": changes.everything,
                }
            )
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._notify)

    def _notify(self) -> None:
        if self._wake is not None:
            self._wake.set()
            self._wake = asyncio.Event()

    def since(self, after: int) -> tuple[list[dict[str, Any]], int, bool]:
        """Events after ``after``, the last seq, and whether some were already dropped
        (the workstation then refreshes everything)."""
        with self._lock:
            events = [e for e in self._events if e["seq"] > after]
            oldest = self._events[0]["seq"] if self._events else self._seq + 1
            gap = after < self._seq and after + 1 < oldest
            return events, self._seq, gap

    async def wait(self, after: int, timeout: float, should_stop: Callable[[], bool]) -> None:
        """Until an event after ``after``, the timeout, or the server stopping."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.seq <= after and not should_stop():
            remaining = deadline - loop.time()
            if remaining <= 0 or self._wake is None:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=min(remaining, 0.5))
