"""Keyboard habits shared by the search pickers: Down (or Enter) in the search field goes
to the first match, Enter picks it, Up from the first match goes back to typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget


class PickerKeys(QObject):
    def __init__(self, search: QLineEdit, results: QListWidget, search_now) -> None:
        super().__init__(search)
        self._search = search
        self._results = results
        self._search_now = search_now
        search.installEventFilter(self)
        results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self._search and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if not self._results.isVisible() or self._results.count() == 0:
                if key == Qt.Key.Key_Down or self._search.text().strip():
                    self._search_now()  # the results were not fetched yet: now
            if self._results.isVisible() and self._results.count():
                if key == Qt.Key.Key_Down:
                    self._results.setFocus()
                    self._results.setCurrentRow(0)
                    return True
                if self._results.count() == 1 or self._results.currentRow() >= 0:
                    row = max(self._results.currentRow(), 0)
                    self._results.itemActivated.emit(self._results.item(row))
                    return True
            return key != Qt.Key.Key_Down and bool(self._search.text().strip())
        if watched is self._results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self._results.currentItem()
            if item is not None:
                self._results.itemActivated.emit(item)
            return True  # Enter picks; it does not also press the dialog's Save
        if watched is self._results and key == Qt.Key.Key_Up and self._results.currentRow() <= 0:
            self._search.setFocus()
            return True
        return False
