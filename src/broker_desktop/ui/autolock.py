"""Automatic lock after inactivity: an app-wide event filter restarts one timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class InactivityLock(QObject):
    timeout = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """0 disables the lock."""
        self._minutes = max(0, int(minutes))
        self._timer.setInterval(self._minutes * 60_000)
        if self._watching:
            self._restart()

    @property
    def minutes(self) -> int:
        return self._minutes

    def start(self) -> None:
        self._watching = True
        self._restart()

    def stop(self) -> None:
        self._watching = False
        self._timer.stop()

    def _restart(self) -> None:
        if self._watching and self._minutes:
            self._timer.start()
        else:
            self._timer.stop()

    def _expired(self) -> None:
        if self._watching:
            self._watching = False
            self.timeout.emit()

    def trigger(self) -> None:
        """Lock now (menu action, and what tests call instead of waiting)."""
        self._timer.stop()
        self._expired()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._watching and event.type() in _ACTIVITY:
            self._timer.start()
        return False
