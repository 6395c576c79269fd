"""The GUI end of the one change-notification path (``core/changes.py``).

``LiveChanges`` subscribes to the session's change hub and re-emits every change set as
a Qt signal on the GUI thread, whatever thread published it (a save on the worker
thread, the watcher's poll, the office server's push). On a rights change it reads the
user's rights on the worker thread and hands them to the guard, which re-evaluates every
binding; when the user's account was closed it says so (``account_closed``).

``LiveRefresh`` is what a page uses: a visible page reloads at once, a hidden one
forgets its rows and reloads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from broker_desktop.core.changes import ChangeSet
from broker_desktop.ui.guard import Guard
from broker_desktop.ui.tasks import TaskRunner


class LiveChanges(QObject):
    changed = Signal(object)  # ChangeSet, on the GUI thread
    account_closed = Signal()
    _arrived = Signal(object)

    def __init__(self, session, runner: TaskRunner, guard: Guard, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._guard = guard
        self._closed = False
        # always queued: a change set published inside a transaction (or on the worker
        # thread) is handled after it, on the GUI thread
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = session.changes.subscribe(self._arrived.emit)

    def start_watching(self, interval: float | None = None) -> None:
        """Poll the file for other workstations' writes every few seconds."""
        watcher = self._session.watcher
        if interval is not None:
            watcher.interval = interval
        watcher.start()

    def stop(self) -> None:
        self._unsubscribe()
        self._session.watcher.stop()

    @Slot(object)
    def _deliver(self, changes: ChangeSet) -> None:
        if self._closed:
            return
        if changes.account_closed:
            self._closed = True
            self.account_closed.emit()
            return
        if changes.rights_changed:
            self._runner.run(self._session.rights, self._guard.apply, lambda _exc: None)
        self.changed.emit(changes)

    def account_was_closed(self) -> None:
        """A call was refused because the account is closed (noticed before the poll)."""
        if not self._closed:
            self._closed = True
            self.account_closed.emit()


class LiveRefresh(QObject):
    """Keeps one page's lists current: ``reload`` when a change touches ``entities`` or
    the user's rights change and the page is visible; otherwise ``forget`` its rows at
    once (a hidden list must not keep rows the user may no longer see) and reload when
    ``shown`` is called. Bursts of changes are folded into one reload."""

    def __init__(
        self,
        page: QWidget,
        live: LiveChanges | None,
        guard: Guard,
        entities: Iterable[str],
        reload: Callable[[], None],
        forget: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._entities = frozenset(entities)
        self._reload = reload
        self._forget = forget
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._reload_now)
        if live is not None:
            live.changed.connect(self._changed)
        guard.rights_changed.connect(self._rights_changed)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.everything or self._entities & changes.entities:
            self._stale(forget=False)

    def _rights_changed(self, _rights) -> None:
        self._stale(forget=True)

    def _stale(self, *, forget: bool) -> None:
        if self._page.isVisible():
            self._timer.start()
            return
        self.stale = True
        if forget and self._forget is not None:
            self._forget()

    def _reload_now(self) -> None:
        self.stale = False
        if self._page.isVisible():
            self._reload()
        else:
            self.stale = True

    def shown(self) -> None:
        """The page became visible: reload if something changed while it was hidden."""
        if self.stale:
            self.stale = False
            self._timer.stop()
            self._reload()
