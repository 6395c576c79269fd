"""Pick one of the contracts the user may see, by policy number or by its client's name,
phone, e-mail, postcode or city.

Results come from the core's listing services (the permission scope filters them in
SQL), off the GUI thread; the list shows a handful of matches, never the portfolio.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from broker_desktop.core.contracts import ContractQuery
from broker_desktop.ui.pages.search_picker import SearchPicker

MATCHES = 12


def contract_text(row) -> str:
    return f"{row.policy_number} — {row.client} — {row.insurer}"


def find_contracts(session, text: str) -> list:
    """At most MATCHES contracts whose policy number starts with ``text`` (separators
    ignored) or whose client matches it (core/search_sqlite.py), by policy number."""
    text = text.strip()
    if not text:
        return []
    query = ContractQuery(search=text, sort="policy_number")
    return list(session.contracts.page(query, limit=MATCHES))


class ContractPicker(SearchPicker):
    def __init__(self, session, runner, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, "contract", parent)
        self.search_edit.setPlaceholderText(
            self.tr("Name, policy number, phone, e-mail, postcode, city")
        )
        self._contract_id: int | None = None
        self._show_choice(None)

    # ----- value ------------------------------------------------------------------------
    def contract_id(self) -> int | None:
        return self._contract_id

    def set_contract(self, contract_id: int | None) -> None:
        """Preselect a contract; its description is read through the services (a
        contract the user may not see in the portfolio keeps its bare number)."""
        self._set(contract_id, f"#{contract_id}")
        if contract_id is None:
            return
        session = self._session

        def load():
            contract = session.contracts.get(contract_id)
            rows = session.contracts.page(
                ContractQuery(client_id=contract.client_id, policy_number=contract.policy_number)
            )
            return next((r for r in rows if r.id == contract_id), None)

        def show(row) -> None:
            if row is not None and self._contract_id == row.id:
                self._show_choice(contract_text(row))

        self._runner.run(load, show, lambda _exc: None)

    def _set(self, contract_id: int | None, text: str) -> None:
        self._contract_id = contract_id
        self._show_choice(text if contract_id is not None else None)
        self.changed.emit()

    def _show_choice(self, text: str | None) -> None:
        if text is None:
            self.chosen.setText(self.tr("No contract chosen yet."))
            self.chosen.setStyleSheet("color: #555555;")
        else:
            self.chosen.setText(self.tr("Contract: %1").replace("%1", text))
            self.chosen.setStyleSheet("font-weight: 600;")

    # ----- searching --------------------------------------------------------------------
    def matches(self, session, text: str) -> list:
        return find_contracts(session, text)

    def row_text(self, row) -> str:
        return contract_text(row)

    def no_match_text(self) -> str:
        return self.tr("No contract matches.")

    def pick(self, record_id: int, text: str) -> None:
        self._set(record_id, text)

    def fix_choice(self) -> None:
        """The contract can no longer change (an existing commission): no search."""
        self.search_edit.hide()
        self.results.hide()
