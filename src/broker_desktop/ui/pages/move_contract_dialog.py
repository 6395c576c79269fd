"""Move a contract to another client: pick the client, read what moves (the core's
``move_preview``), confirm. The core checks the rights; an agent's picker offers only
his own clients."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.errors import ValidationError
from broker_desktop.core.permissions import Scope
from broker_desktop.ui.counts import Counts
from broker_desktop.ui.messages import explain, field_message
from broker_desktop.ui.pages.client_picker import MATCHES, ClientPicker
from broker_desktop.ui.widgets import grow_to_fit, message_label, note_label, submit_buttons


class OwnClientPicker(ClientPicker):
    """The clients the contract may go to: without a view of the whole portfolio, only
    those the user is responsible for (the core refuses any other)."""

    def __init__(self, session, runner, own_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(session, runner, parent)
        self._own_only = own_only

    def matches(self, session, text: str) -> list:
        agent = session.user.id if self._own_only else None
        return list(session.clients.page(ClientQuery(search=text, agent_id=agent), limit=MATCHES))


class MoveContractDialog(QDialog):
    def __init__(
        self,
        context,
        contract_id: int,
        policy_number: str,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("move_contract")
        self._session = context.session
        self._runner = context.runner
        self._contract_id = contract_id
        self.planned = None
        self.setWindowTitle(self.tr("Move a contract to another client"))
        self.setMinimumWidth(520)
        own_only = not bool(Scope.PORTFOLIO_ALL & context.guard.rights)
        self.picker = OwnClientPicker(context.session, context.runner, own_only)
        self.picker.changed.connect(self._client_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Contract:"), QLabel(policy_number))
        form.addRow(self.tr("Now under:"), QLabel(client_name))
        form.addRow(self.tr("Move to:"), self.picker)
        self.summary = note_label(
            self.tr("Search the client the contract belongs to, then choose it in the list.")
        )
        self.summary.setObjectName("move_summary")
        self.message = message_label()
        buttons, self.ok_button = submit_buttons(self, self.tr("Move the contract"))
        self.ok_button.setObjectName("move_ok")
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.picker.search_edit.setFocus()

    def _client_chosen(self) -> None:
        client_id = self.picker.client_id()
        self.planned = None
        self.ok_button.setEnabled(False)
        self.message.hide()
        if client_id is None:
            return
        contracts, contract_id = self._session.contracts, self._contract_id
        self._runner.run(
            lambda: contracts.move_preview(contract_id, client_id), self._show, self._refused
        )

    def _show(self, move) -> None:
        if move.to_client_id != self.picker.client_id():
            return  # another client was chosen meanwhile
        self.planned = move
        counts = Counts()
        self.summary.setText(
            self.tr(
                "The contract %1 moves from “%2” to “%3”, with %4 and %5; %6 stays its "
                "responsible agent."
            )
            .replace("%1", move.policy_number)
            .replace("%2", move.from_client)
            .replace("%3", move.to_client)
            .replace("%4", counts.deadlines(move.deadlines))
            .replace("%5", counts.commissions(move.commissions))
            .replace("%6", move.agent)
        )
        self.summary.setStyleSheet("font-weight: 600;")
        self.ok_button.setEnabled(True)
        grow_to_fit(self)

    def submit(self) -> None:
        move = self.planned
        if move is None:
            return
        self.ok_button.setEnabled(False)
        contracts = self._session.contracts
        self._runner.run(
            lambda: contracts.move_to_client(move.contract_id, move.to_client_id, move.version),
            lambda _version: self.accept(),
            self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(field_message(e) for e in exc.errors.values())
        else:
            text = explain(exc)
        self.message.setText(text)
        self.message.show()
        self.ok_button.setEnabled(False)
        grow_to_fit(self)
