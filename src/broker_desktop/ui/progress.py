"""Progress and cancel for a long operation running on the TaskRunner's worker thread:
the worker reports through a signal (queued to the GUI thread), the GUI asks to stop
through a flag the operation polls."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ProgressBridge(QObject):
    progressed = Signal(int, float)  # rows read, share of the file read

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def report(self, rows: int, share: float) -> None:  # called on the worker thread
        self.progressed.emit(rows, share)

    def cancel(self) -> None:
        self._stop.set()

    def reset(self) -> None:
        self._stop.clear()

    def cancelled(self) -> bool:
        return self._stop.is_set()
