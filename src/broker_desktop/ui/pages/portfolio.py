"""Portfolio: the clients the user may see, the selected client's contracts, editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.changes import CLIENT, CONTRACT
from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import DERIVED_STATUSES, ContractQuery
from broker_desktop.core.errors import ConflictError, NotFound, ValidationError
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.ui import labels
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.export_button import ExportButton
from broker_desktop.ui.messages import field_message
from broker_desktop.ui.models.paged_table import Column, PagedTableModel
from broker_desktop.ui.page_context import Page, PageContext
from broker_desktop.ui.pages.client_form import ClientDialog
from broker_desktop.ui.pages.contract_form import ContractDialog
from broker_desktop.ui.pages.reference_choices import INACTIVE, ReferenceChoices, person_label
from broker_desktop.ui.table_view import PagedTableView
from broker_desktop.ui.widgets import SEARCH_MIN_WIDTH, compact_combo

VIEW = Scope.PORTFOLIO_VISIBLE


class PortfolioPage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session, guard = context.session, context.guard
        self.choices = ReferenceChoices(session)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("client_search")
        self.search_edit.setPlaceholderText(
            self.tr("Name, policy number, phone, e-mail, postcode, city")
        )
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_client_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("agent_filter")
        self.insurer_combo = QComboBox()
        self.line_combo = QComboBox()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for code in DERIVED_STATUSES:
            self.status_combo.addItem(labels.contract_status(code), code)
        self._fill_choice_combos()
        self.choices.prefetch(context.runner, self._fill_choice_combos)
        self.live_choices = self.choices.follow(self, context, self._fill_choice_combos)
        for combo in (self.agent_combo, self.insurer_combo, self.line_combo, self.status_combo):
            compact_combo(combo, 8)
            combo.currentIndexChanged.connect(self._apply_client_filters)
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)

        filters = QHBoxLayout()  # the search field sits in the clients' title bar
        self.agent_label = QLabel(self.tr("Agent:"))
        filters.addWidget(self.agent_label)
        filters.addWidget(self.agent_combo, 1)
        filters.addWidget(QLabel(self.tr("Insurer:")))
        filters.addWidget(self.insurer_combo, 1)
        filters.addWidget(QLabel(self.tr("Line:")))
        filters.addWidget(self.line_combo, 1)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_combo, 1)
        guard.bind(self.agent_combo, see=Scope.PORTFOLIO_ALL)
        guard.bind(self.agent_label, see=Scope.PORTFOLIO_ALL)

        self.clients = PagedTableModel(
            session.clients,
            ClientQuery(),
            self.client_columns(),
            context.runner,
            self,
            load=False,  # read when the tab is first shown
        )
        self.clients_view = PagedTableView("clients", self.clients, context.settings)
        self.clients_view.selectionModel().selectionChanged.connect(self._client_selected)
        self.clients_view.doubleClicked.connect(lambda _i: self.edit_client())
        self.clients.modelReset.connect(self._update_counts)
        self.clients.loaded.connect(self._update_counts)
        self.clients.modelReset.connect(self._client_selected)  # a reset drops the selection
        self.contracts = PagedTableModel(
            session.contracts,
            ContractQuery(client_id=-1),
            self.contract_columns(),
            context.runner,
            self,
            load=False,
        )
        self.contracts_view = PagedTableView("contracts", self.contracts, context.settings)
        self.contracts_view.doubleClicked.connect(lambda _i: self.edit_contract())
        self.contracts.modelReset.connect(self._update_counts)
        self.contracts.loaded.connect(self._update_counts)
        for model in (self.clients, self.contracts):
            model.failed.connect(self._failed)

        self.new_client_button = QPushButton(self.tr("New client…"))
        self.new_client_button.setObjectName("new_client")
        self.edit_client_button = QPushButton(self.tr("Open / edit…"))
        self.edit_client_button.setObjectName("edit_client")
        self.delete_client_button = QPushButton(self.tr("Delete client"))
        self.delete_client_button.setObjectName("delete_client")
        self.new_contract_button = QPushButton(self.tr("New contract…"))
        self.new_contract_button.setObjectName("new_contract")
        self.edit_contract_button = QPushButton(self.tr("Open / edit…"))
        self.edit_contract_button.setObjectName("edit_contract")
        self.delete_contract_button = QPushButton(self.tr("Delete contract"))
        self.delete_contract_button.setObjectName("delete_contract")
        self.move_contract_button = QPushButton(self.tr("Move to client…"))
        self.move_contract_button.setObjectName("move_contract")
        self.move_contract_button.setToolTip(
            self.tr("Register the selected contract under another client")
        )
        self.split_dialog: QDialog | None = None
        self.split_button = QPushButton(self.tr("Split…"))
        self.split_button.setObjectName("usual_split")
        self.split_button.setToolTip(
            self.tr("Who shares the selected contract's commissions, and in what proportion")
        )
        self.split_button.clicked.connect(self.usual_split)
        self.new_client_button.clicked.connect(self.new_client)
        self.edit_client_button.clicked.connect(self.edit_client)
        self.delete_client_button.clicked.connect(self.delete_client)
        self.new_contract_button.clicked.connect(self.new_contract)
        self.edit_contract_button.clicked.connect(self.edit_contract)
        self.delete_contract_button.clicked.connect(self.delete_contract)
        self.move_contract_button.clicked.connect(self.move_contract)
        # an action on the selected client or contract is disabled while none is selected
        edit, delete = Right.PORTFOLIO_EDIT, Right.PORTFOLIO_DELETE
        guard.bind(self.new_client_button, see=VIEW, change=edit)
        guard.bind(self.edit_client_button, see=VIEW, enabled_when=self._has_client)
        guard.bind(
            self.delete_client_button, see=VIEW, change=delete, enabled_when=self._has_client
        )
        guard.bind(self.new_contract_button, see=VIEW, change=edit, enabled_when=self._has_client)
        guard.bind(self.edit_contract_button, see=VIEW, enabled_when=self._has_contract)
        guard.bind(
            self.delete_contract_button, see=VIEW, change=delete, enabled_when=self._has_contract
        )
        guard.bind(
            self.move_contract_button, see=VIEW, change=edit, enabled_when=self._has_contract
        )
        guard.bind(
            self.split_button,
            see=VIEW,
            change=Right.COMMISSIONS_MANAGE,
            enabled_when=self._has_contract,
        )
        guard.follow_selection(self.clients_view)
        guard.follow_selection(self.contracts_view)

        self.export_clients_button = ExportButton(
            context, "clients", lambda: self.clients.query, lambda: self.clients_view
        )
        self.export_contracts_button = ExportButton(
            context, "contracts", lambda: self.contracts.query, lambda: self.contracts_view
        )

        self.clients_title = QLabel()
        self.clients_title.setStyleSheet("font-weight: 600;")
        self.contracts_title = QLabel()
        self.contracts_title.setStyleSheet("font-weight: 600;")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_bar = QHBoxLayout()
        top_bar.addWidget(self.clients_title)
        top_bar.addWidget(self.search_edit, 1)
        for button in (
            self.new_client_button,
            self.edit_client_button,
            self.delete_client_button,
            self.export_clients_button,
        ):
            top_bar.addWidget(button)
        top_layout.addLayout(top_bar)
        top_layout.addWidget(self.clients_view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_bar = QHBoxLayout()
        bottom_bar.addWidget(self.contracts_title, 1)
        for button in (
            self.new_contract_button,
            self.edit_contract_button,
            self.move_contract_button,
            self.split_button,
            self.delete_contract_button,
            self.export_contracts_button,
        ):
            bottom_bar.addWidget(button)
        bottom_layout.addLayout(bottom_bar)
        bottom_layout.addWidget(self.contracts_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._client_selected()
        self._update_counts()
        self.live = LiveRefresh(
            self, context.changes, guard, (CLIENT, CONTRACT), self.reload, self.forget_rows
        )

    # ----- columns ----------------------------------------------------------------------------
    def client_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            # Sorting 200,000 clients needs an index per sort key (and per agent): the
            # list sorts by name, postcode and city only (docs/benchmarks.md).
            Column("kind", self.tr("Type"), sortable=False, label=labels.client_kind),
            Column("street", self.tr("Street"), sortable=False),
            Column("postcode", self.tr("Postcode")),
            Column("city", self.tr("City")),
            Column("phone", self.tr("Phone"), sortable=False),
            Column("email", self.tr("E-mail"), sortable=False),
            Column("language", self.tr("Language"), sortable=False, label=labels.language),
            Column("birth_date", self.tr("Born"), "date", sortable=False),
            Column("company_uid", self.tr("UID"), sortable=False),
            Column("agent", self.tr("Agent"), sortable=False),
        ]

    def contract_columns(self) -> list[Column]:
        return [
            Column("policy_number", self.tr("Policy")),
            Column("client", self.tr("Client")),
            Column("insurer", self.tr("Insurer")),
            Column("line", self.tr("Line")),
            Column("start_date", self.tr("Start"), "date"),
            Column("expiry_date", self.tr("Renewal"), "date"),
            Column("cancel_by", self.tr("Cancel by"), "date"),
            Column("premium_cents", self.tr("Annual premium"), "money"),
            Column("frequency", self.tr("Payment"), label=labels.frequency),
            Column("status", self.tr("Status"), label=labels.contract_status),
            Column("agent", self.tr("Agent")),
        ]

    # ----- filters -----------------------------------------------------------------------------
    def _fill_choice_combos(self) -> None:
        """(Re)fill the filter combos, keeping each choice that is still offered; a
        choice that is gone (an agent deactivated) falls back to all, and the lists
        follow."""
        lost = False
        # a deactivated agent may still hold clients (until his book is handed over):
        # he stays in the filter, marked
        people = [(i, person_label(n, a), a) for i, n, a in self.choices.loaded_people()]
        for combo, everyone, items in (
            (self.agent_combo, self.tr("All agents"), people),
            (self.insurer_combo, self.tr("All insurers"), self.choices.loaded("insurers")),
            (self.line_combo, self.tr("All lines"), self.choices.loaded("lines")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for item_id, name, *active in items:
                combo.addItem(name, item_id)
                if active and not active[0]:
                    combo.setItemData(combo.count() - 1, INACTIVE, Qt.ItemDataRole.ForegroundRole)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            lost = lost or index < 0
            combo.blockSignals(False)
        if lost:
            self._apply_client_filters()

    def _apply_client_filters(self) -> None:
        """Insurer, line and status keep the clients having at least one such contract
        (the core decides, in SQL); the selected client's list shows those contracts."""
        insurer, line = self.insurer_combo.currentData(), self.line_combo.currentData()
        status = self.status_combo.currentData()
        self.clients.update_query(
            search=self.search_edit.text().strip() or None,
            agent_id=self.agent_combo.currentData(),
            insurer_id=insurer,
            line_id=line,
            contract_status=status,
        )
        self.contracts.update_query(insurer_id=insurer, line_id=line, status=status)

    def _client_selected(self, *_args) -> None:
        client_id = self.clients_view.selected_id()
        wanted = client_id if client_id is not None else -1
        if self.contracts.query.client_id != wanted:
            self.contracts.update_query(client_id=wanted)
        self.context.guard.recheck()
        self.export_contracts_button.setEnabled(client_id is not None)

    def _has_client(self) -> bool:
        return self.clients_view.selected_id() is not None

    def _has_contract(self) -> bool:
        return self.contracts_view.selected_id() is not None

    def _update_counts(self) -> None:
        self.clients_title.setText(self.tr("Clients (%1)").replace("%1", self.clients.count_text()))
        row = self.clients_view.selected_row()
        item = self.clients.row_at(row) if row >= 0 else None
        if item is None:
            self.contracts_title.setText(self.tr("Contracts — select a client"))
        else:
            self.contracts_title.setText(
                self.tr("Contracts of %1 (%2)")
                .replace("%1", item.name)
                .replace("%2", str(self.contracts.rowCount()))
            )

    # ----- page life --------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.clients.ensure_loaded()
        self.contracts.ensure_loaded()
        self._client_selected()
        self.live.shown()
        self.live_choices.shown()

    def forget_rows(self) -> None:
        self.clients.clear()
        self.contracts.clear()

    def clear(self) -> None:
        """Locking: rows and search text go; no search fires after the session closed."""
        self.forget_rows()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()

    def save_state(self) -> None:
        self.clients_view.save_state()
        self.contracts_view.save_state()

    def reload(self) -> None:
        self.clients.refresh()
        self.contracts.refresh()

    # ----- actions -------------------------------------------------------------------------------
    def _dialog_context(self):
        c = self.context
        return c.session, c.runner, c.dialogs, self.choices

    def new_client(self) -> None:
        dialog = ClientDialog(*self._dialog_context(), parent=self)
        if dialog.exec():
            self.reload()

    def edit_client(self) -> None:
        client_id = self.clients_view.selected_id()
        if client_id is None:
            return
        self._open(lambda: self.context.session.clients.get(client_id), self._show_client)

    def _show_client(self, client) -> None:
        dialog = ClientDialog(
            *self._dialog_context(),
            client=client,
            editable=self.context.guard.can(Right.PORTFOLIO_EDIT),
            parent=self,
        )
        if dialog.exec():
            self.reload()

    def new_contract(self) -> None:
        client_id = self.clients_view.selected_id()
        if client_id is None:
            return
        dialog = ContractDialog(*self._dialog_context(), client_id=client_id, parent=self)
        if dialog.exec():
            self.contracts.refresh()

    def edit_contract(self) -> None:
        contract_id = self.contracts_view.selected_id()
        if contract_id is None:
            return
        self._open(lambda: self.context.session.contracts.get(contract_id), self._show_contract)

    def _show_contract(self, contract) -> None:
        dialog = ContractDialog(
            *self._dialog_context(),
            client_id=contract.client_id,
            contract=contract,
            editable=self.context.guard.can(Right.PORTFOLIO_EDIT),
            parent=self,
        )
        if dialog.exec():
            self.contracts.refresh()

    def move_contract(self) -> None:
        from broker_desktop.ui.pages.move_contract_dialog import MoveContractDialog

        row = self.contracts_view.selected_row()
        item = self.contracts.row_at(row) if row >= 0 else None
        if item is None:
            return
        dialog = MoveContractDialog(
            self.context, item.id, item.policy_number, item.client, parent=self
        )
        if dialog.exec():
            self.reload()

    def usual_split(self) -> None:
        from broker_desktop.ui.pages.usual_split_dialog import UsualSplitDialog

        row = self.contracts_view.selected_row()
        item = self.contracts.row_at(row) if row >= 0 else None
        if item is None:
            return
        dialog = UsualSplitDialog(
            self.context, self.choices, item.id, item.policy_number, item.client, parent=self
        )
        self.split_dialog = dialog  # while it is open (window-modal, not a nested loop)

        def finished(_result: int) -> None:
            self.split_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _open(self, load, show) -> None:
        self.context.runner.run(load, show, self._failed)

    def delete_client(self) -> None:
        client_id = self.clients_view.selected_id()
        if client_id is None:
            return
        service = self.context.session.clients
        self._open(
            lambda: (service.get(client_id), service.blocking_contracts(client_id)),
            lambda loaded: self._delete_client_checked(*loaded),
        )

    def _delete_client_checked(self, client, contracts: int) -> None:
        """A client with contracts cannot be deleted: say so, and how to go on, instead
        of asking a question whose 'yes' would be refused."""
        if contracts:
            self.context.dialogs.warning(
                self,
                self.tr("Client not deleted"),
                self.tr(
                    "%1 still has %n contract(s), and a client is only deleted once it has "
                    "none. Move its contracts to another client or delete them first (they "
                    "are listed under Contracts below), then delete the client.",
                    "",
                    contracts,
                ).replace("%1", client.display_name),
            )
            return
        service = self.context.session.clients
        self._confirm_delete(client.display_name, lambda: service.delete(client.id, client.version))

    def delete_contract(self) -> None:
        contract_id = self.contracts_view.selected_id()
        if contract_id is None:
            return
        self._open(
            lambda: self.context.session.contracts.get(contract_id),
            lambda c: self._confirm_delete(
                c.policy_number, lambda: self.context.session.contracts.delete(c.id, c.version)
            ),
        )

    def _confirm_delete(self, what: str, delete) -> None:
        dialogs = self.context.dialogs
        if not dialogs.confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete %1 for good? This cannot be undone.").replace("%1", what),
            dangerous=True,
        ):
            return
        self.context.runner.run(delete, lambda _r: self.reload(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        dialogs = self.context.dialogs
        if isinstance(exc, ValidationError):
            text = "\n".join(field_message(e) for e in exc.errors.values())
            dialogs.warning(self, self.tr("Not possible"), text)
        elif isinstance(exc, ConflictError):
            dialogs.warning(
                self,
                self.tr("Changed elsewhere"),
                self.tr(
                    "Someone else changed this record in the meantime. The list was "
                    "reloaded; check it and try again."
                ),
            )
            self.reload()
        elif isinstance(exc, NotFound):
            dialogs.warning(
                self,
                self.tr("Not found"),
                self.tr("This record no longer exists. The list was reloaded."),
            )
            self.reload()
        else:
            from broker_desktop.ui.messages import explain

            dialogs.warning(self, self.tr("Not possible"), explain(exc))
