"""The one background-operation helper.

Database work runs on a single worker thread (the database serialises statements
anyway); success and failure come back on the GUI thread through a queued signal.
``busy`` drives the window's busy indicator. ``inline=True`` runs each operation on
the calling thread, for scripts that render screens without an event loop.

Work can belong to a ``group`` (a list's reads): ``supersede(group)`` drops the group's
queued work and interrupts its running statement (SQLite's interrupt), so a filter
change never waits behind the count of the filter it replaced.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from broker_desktop.core.errors import AccountClosed

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class UnexpectedFailure(Exception):
    """An operation died of something that is not an ``Exception`` (a library's panic,
    ``SystemExit``): without this the worker thread would end, no callback would come and
    the window would stay busy forever. Its traceback goes to the log."""

    @classmethod
    def of(cls, exc: BaseException) -> UnexpectedFailure:
        log.error("Unexpected failure in a background operation", exc_info=exc)
        failure = cls(f"Unexpected error ({type(exc).__name__}).")
        failure.__cause__ = exc
        return failure


class TaskRunner(QObject):
    busy_changed = Signal(bool)
    failed = Signal(object)  # exceptions nobody handled: the app shows them
    account_closed = Signal()  # an operation was refused because the account is closed
    _done = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.inline = inline
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None]] = {}
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._groups: dict[int, object] = {}  # queued or running job -> its group
        self._dropped: set[int] = set()
        self._running: tuple[int, Callable[[int], None] | None] | None = None
        self._switch = threading.Lock()  # held while the worker moves to its next job
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        operation: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        *,
        group: object | None = None,
        interrupt: Callable[[int], None] | None = None,
    ) -> None:
        """Run ``operation`` on the worker thread. ``interrupt(worker_thread_id)`` stops
        it from another thread (it makes ``operation`` raise), through ``supersede``."""
        if self.inline:
            try:
                result = operation()
            except Exception as exc:
                self._fail(exc, on_failure)
                return
            except BaseException as exc:  # noqa: BLE001 - see _work
                if isinstance(exc, KeyboardInterrupt):
                    raise
                self._fail(UnexpectedFailure.of(exc), on_failure)
                return
            if on_success is not None:
                on_success(result)
            return
        job = next(self._ids)
        was_busy = self.busy
        self._pending[job] = (on_success, on_failure)
        if not was_busy:
            self.busy_changed.emit(True)
        if group is not None:
            self._groups[job] = group
        self._ensure_thread()
        self._queue.put((job, operation, interrupt))

    def supersede(self, group: object) -> None:
        """Forget the group's queued and running work; interrupt the running one."""
        jobs = [job for job, g in list(self._groups.items()) if g is group]
        if not jobs:
            return
        with self._switch:
            for job in jobs:
                self._dropped.add(job)
                self._groups.pop(job, None)
                self._pending.pop(job, None)
            running, thread = self._running, self._thread
            if running is not None and running[0] in jobs and running[1] is not None:
                if thread is not None and thread.ident is not None:
                    running[1](thread.ident)
        if not self._pending:
            self.busy_changed.emit(False)

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(
                target=self._work, name="broker-desktop-db", daemon=True
            )
            self._thread.start()

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            job, operation, interrupt = item
            with self._switch:
                if job in self._dropped:
                    self._dropped.discard(job)
                    continue
                self._running = (job, interrupt)
            try:
                result, ok = operation(), True
            except Exception as exc:  # delivered to the GUI thread
                result, ok = exc, False
            except BaseException as exc:  # noqa: BLE001 - e.g. a Rust panic in a library
                result, ok = UnexpectedFailure.of(exc), False
            with self._switch:
                self._running = None
                self._dropped.discard(job)
            self._done.emit(job, ok, result)

    @Slot(int, bool, object)
    def _deliver(self, job: int, ok: bool, result: object) -> None:
        self._groups.pop(job, None)
        callbacks = self._pending.pop(job, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if callbacks is None:
            return
        on_success, on_failure = callbacks
        if not (_receiver_alive(on_success) and _receiver_alive(on_failure)):
            return  # its window was closed meanwhile (language switch, logout)
        if ok:
            if on_success is not None:
                on_success(result)
        elif isinstance(result, BaseException):
            self._fail(result, on_failure)

    def _fail(self, exc: BaseException, on_failure: Failure | None) -> None:
        if isinstance(exc, AccountClosed):
            # The user was deactivated: the window closes to the login and says why; a
            # message box over it would only race with the window going away.
            self.account_closed.emit()
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            self.failed.emit(exc)

    def forget_pending(self) -> None:
        """Drop the callbacks of running operations (logout, lock): results are ignored."""
        self._groups.clear()
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=30)
        self._thread = None


def _receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """False when the callback belongs to a Qt object already deleted: a bound method of
    it, or a closure over it (``lambda exc: self.label.clear()``)."""
    if callback is None:
        return True
    owners: list[object] = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            owners.append(cell.cell_contents)
        except ValueError:  # an empty cell
            continue
    return all(shiboken6.isValid(o) for o in owners if isinstance(o, QObject))
