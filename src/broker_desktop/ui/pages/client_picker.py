"""Pick one of the clients the user may see, by name (the scope filters in SQL, off the
GUI thread); a handful of matches, never the portfolio."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from broker_desktop.core.clients import ClientQuery
from broker_desktop.ui.pages.picker_keys import PickerKeys

MATCHES = 12


def client_text(row) -> str:
    place = " ".join(p for p in (row.postcode, row.city) if p)
    return f"{row.name} — {place}" if place else row.name


class ClientPicker(QWidget):
    changed = Signal()

    def __init__(self, session, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._client_id: int | None = None
        self._generation = 0
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("client_search")
        self.search_edit.setPlaceholderText(self.tr("Client name…"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("client_results")
        self.results.hide()
        self.chosen = QLabel()
        self.chosen.setObjectName("client_chosen")
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
        self._show_choice(None)

    def client_id(self) -> int | None:
        return self._client_id

    def set_client(self, client_id: int | None, text: str = "") -> None:
        self._client_id = client_id
        self._show_choice(text or (f"#{client_id}" if client_id is not None else None))
        self.changed.emit()

    def _show_choice(self, text: str | None) -> None:
        if text is None:
            self.chosen.setText(self.tr("No client chosen."))
            self.chosen.setStyleSheet("color: #555555;")
        else:
            self.chosen.setText(self.tr("Client: %1").replace("%1", text))
            self.chosen.setStyleSheet("font-weight: 600;")

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip()
        self._generation += 1
        generation, session = self._generation, self._session
        if not text:
            self._show_results(generation, [])
            return
        self._runner.run(
            lambda: session.clients.page(ClientQuery(search=text), limit=MATCHES),
            lambda rows: self._show_results(generation, rows),
            lambda _exc: self._show_results(generation, []),
        )

    def _show_results(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            item = QListWidgetItem(client_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.search_edit.text().strip() and not rows:
            item = QListWidgetItem(self.tr("No client matches."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        shown = min(self.results.count(), 6)
        if shown:
            frame = 2 * self.results.frameWidth()
            self.results.setFixedHeight(self.results.sizeHintForRow(0) * shown + frame)
        self.results.setVisible(shown > 0)

    def _choose(self, item: QListWidgetItem) -> None:
        client_id = item.data(Qt.ItemDataRole.UserRole)
        if client_id is None:
            return
        self.set_client(client_id, item.text())
        self.results.hide()
