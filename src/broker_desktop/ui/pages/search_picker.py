"""The search-as-you-type picker that the client and contract pickers share: a search
field, a short list of matches read off the GUI thread, and a line naming the choice.

Subclasses say how to find rows and how to word them; their strings stay in their own
translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from broker_desktop.ui.pages.picker_keys import PickerKeys

VISIBLE_MATCHES = 6


class SearchPicker(QWidget):
    changed = Signal()

    def __init__(self, session: Any, runner: Any, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._generation = 0
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName(f"{name}_search")
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName(f"{name}_results")
        self.results.hide()
        self.chosen = QLabel()
        self.chosen.setObjectName(f"{name}_chosen")
        self.chosen.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textEdited.connect(self._timer.start)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        self.keys = PickerKeys(self.search_edit, self.results, self.search_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)

    # ----- what a subclass says --------------------------------------------------------
    def matches(self, session: Any, text: str) -> list[Any]:
        raise NotImplementedError

    def row_text(self, row: Any) -> str:
        raise NotImplementedError

    def no_match_text(self) -> str:
        raise NotImplementedError

    def pick(self, record_id: int, text: str) -> None:
        raise NotImplementedError

    # ----- searching --------------------------------------------------------------------
    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation, session = self._generation, self._session
        if not text:
            self._show_results(generation, [])
            return
        self._runner.run(
            lambda: self.matches(session, text),
            lambda rows: self._show_results(generation, rows),
            lambda _exc: self._show_results(generation, []),
        )

    def _show_results(self, generation: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(self.row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.search_edit.text().strip() and not rows:
            item = QListWidgetItem(self.no_match_text())
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        shown = min(self.results.count(), VISIBLE_MATCHES)
        if shown:
            frame = 2 * self.results.frameWidth()
            self.results.setFixedHeight(self.results.sizeHintForRow(0) * shown + frame)
        self.results.setVisible(shown > 0)

    def _choose(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id is None:
            return
        self.pick(record_id, item.text())
        self.results.hide()
