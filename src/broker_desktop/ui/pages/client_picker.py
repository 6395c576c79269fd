"""Pick one of the clients the user may see, by name, policy number, phone, e-mail,
postcode or city (the scope filters in SQL, off the GUI thread); a handful of matches,
never the portfolio."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from broker_desktop.core.clients import ClientQuery
from broker_desktop.ui.pages.search_picker import SearchPicker

MATCHES = 12


def client_text(row) -> str:
    place = " ".join(p for p in (row.postcode, row.city) if p)
    return f"{row.name} — {place}" if place else row.name


class ClientPicker(SearchPicker):
    def __init__(self, session, runner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, "client", parent)
        self.search_edit.setPlaceholderText(
            self.tr("Name, policy number, phone, e-mail, postcode, city")
        )
        self._client_id: int | None = None
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

    def matches(self, session, text: str) -> list:
        return list(session.clients.page(ClientQuery(search=text), limit=MATCHES))

    def row_text(self, row) -> str:
        return client_text(row)

    def no_match_text(self) -> str:
        return self.tr("No client matches.")

    def pick(self, record_id: int, text: str) -> None:
        self.set_client(record_id, text)
