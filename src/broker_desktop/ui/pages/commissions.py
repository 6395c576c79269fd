"""Commissions: share lines by period, contract and agent; totals and splits with the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.changes import COMMISSION
from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.ui import formats
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.export_button import ExportButton
from broker_desktop.ui.messages import explain, line_count
from broker_desktop.ui.models.paged_table import Column, PagedTableModel
from broker_desktop.ui.page_context import Page, PageContext
from broker_desktop.ui.pages.reference_choices import ReferenceChoices, add_person
from broker_desktop.ui.pages.split_dialog import SplitDialog
from broker_desktop.ui.table_view import PagedTableView
from broker_desktop.ui.widgets import compact_combo

ALL = Scope.COMMISSION_AMOUNTS  # whole commissions: every line, every share


class CommissionsPage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session, guard = context.session, context.guard
        self.choices = ReferenceChoices(session)
        self.period_from = QLineEdit()
        self.period_from.setPlaceholderText(self.tr("from (2026 or 01.2026)"))
        self.period_to = QLineEdit()
        self.period_to.setPlaceholderText(self.tr("to (12.2026)"))
        for edit in (self.period_from, self.period_to):
            metrics = edit.fontMetrics()
            edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + 24)
            edit.setMaximumWidth(edit.minimumWidth() + 80)  # a period, not a sentence
        self.agent_combo = compact_combo(QComboBox())
        self.agent_combo.addItem(self.tr("Everyone"), None)
        self.choices.prefetch(context.runner, self._fill_agents)
        self.live_choices = self.choices.follow(self, context, self._fill_agents)
        self.agent_label = QLabel(self.tr("Beneficiary:"))
        guard.bind(self.agent_combo, see=ALL)
        guard.bind(self.agent_label, see=ALL)
        self.contract_button = QPushButton(self.tr("Only this contract"))
        self.contract_button.setCheckable(True)
        apply = QPushButton(self.tr("Apply"))
        apply.clicked.connect(self.apply_filters)
        self.period_from.returnPressed.connect(self.apply_filters)
        self.period_to.returnPressed.connect(self.apply_filters)
        self.agent_combo.currentIndexChanged.connect(self.apply_filters)
        self.contract_button.toggled.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period:")))
        filters.addWidget(self.period_from)
        filters.addWidget(self.period_to)
        filters.addWidget(apply)
        filters.addWidget(self.agent_label)
        filters.addWidget(self.agent_combo, 1)
        filters.addWidget(self.contract_button)

        self.model = PagedTableModel(
            session.commissions,
            CommissionQuery(sort="period", descending=True),
            self.columns(),
            context.runner,
            self,
            load=False,  # read when the tab is first shown
        )
        self.view = PagedTableView("commissions", self.model, context.settings)
        self.view.doubleClicked.connect(lambda _i: self.edit_split())
        self.model.modelReset.connect(self._update_total)
        self.model.failed.connect(
            lambda exc: context.dialogs.warning(self, self.tr("Commissions"), explain(exc))
        )
        self.total_label = QLabel()
        self.total_label.setObjectName("commission_total")
        self.total_label.setStyleSheet("font-weight: 600;")
        self.new_button = QPushButton(self.tr("New commission…"))
        self.new_button.setObjectName("new_commission")
        self.split_button = QPushButton(self.tr("Edit the split…"))
        self.split_button.setObjectName("edit_split")
        self.new_button.clicked.connect(self.new_commission)
        self.split_button.clicked.connect(self.edit_split)
        guard.bind(self.new_button, see=ALL, change=Right.COMMISSIONS_MANAGE)
        guard.bind(
            self.split_button,
            see=ALL,
            change=Right.COMMISSIONS_MANAGE,
            enabled_when=lambda: self._selected_item() is not None,
        )
        # "only this contract": the selected line's, or switched off again
        guard.bind(
            self.contract_button,
            enabled_when=lambda: (
                self.contract_button.isChecked() or self._selected_item() is not None
            ),
        )
        guard.follow_selection(self.view)
        self.contract_button.toggled.connect(guard.recheck)
        bar = QHBoxLayout()
        bar.addWidget(self.total_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.split_button)
        self.export_button = ExportButton(
            context, "commissions", lambda: self.model.query, lambda: self.view
        )
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.live = LiveRefresh(
            self, context.changes, guard, (COMMISSION,), self.model.refresh, self.clear
        )

    def _fill_agents(self) -> None:
        """(Re)fill the beneficiary combo, keeping the choice while it is still offered."""
        current = self.agent_combo.currentData()
        self.agent_combo.blockSignals(True)
        while self.agent_combo.count() > 1:
            self.agent_combo.removeItem(1)
        for person_id, name, active in self.choices.loaded_people():  # deactivated: marked
            add_person(self.agent_combo, person_id, name, active)
        index = self.agent_combo.findData(current) if current is not None else 0
        self.agent_combo.setCurrentIndex(max(0, index))
        self.agent_combo.blockSignals(False)
        if index < 0:  # the chosen person is gone (deactivated): everyone's, reloaded
            self.apply_filters()

    def columns(self) -> list[Column]:
        """Every column this page can show. The model keeps only those the service lists:
        without Scope.COMMISSION_AMOUNTS (commissions.view_all or .manage) that leaves out
        the commission total and the shares (CommissionService.columns)."""
        return [
            # Two million share lines: ordered by period only, which the period and
            # beneficiary indexes serve; other keys would sort the whole selection.
            Column("period", self.tr("Period"), "period"),
            Column("policy_number", self.tr("Policy"), sortable=False),
            Column("client", self.tr("Client"), sortable=False),
            Column("insurer", self.tr("Insurer"), sortable=False),
            Column("commission_cents", self.tr("Commission total"), "money", sortable=False),
            Column("beneficiary", self.tr("Beneficiary"), sortable=False),
            Column("share_bp", self.tr("Share"), "percent", sortable=False),
            Column("amount_cents", self.tr("Amount"), "money", sortable=False),
        ]

    def _selected_item(self):
        if not hasattr(self, "view"):
            return None
        row = self.view.selected_row()
        return self.model.row_at(row) if row >= 0 else None

    def apply_filters(self) -> None:
        contract_id = None
        if self.contract_button.isChecked():
            item = self._selected_item()
            contract_id = getattr(item, "contract_id", None)
            if contract_id is None:
                self.contract_button.setChecked(False)
                return
        self.model.update_query(
            period_from=formats.period_query(self.period_from.text()) or None,
            period_to=formats.period_query(self.period_to.text()) or None,
            beneficiary_id=self.agent_combo.currentData(),
            contract_id=contract_id,
        )

    def _update_total(self) -> None:
        query = self.model.query
        self.context.runner.run(
            lambda: self.context.session.commissions.sum(query),
            self._show_total,
            lambda _exc: self.total_label.clear(),
        )

    def _show_total(self, cents: int) -> None:
        if self.context.guard.can_any(ALL):
            text = self.tr("Total of the listed shares: %1 (%2)")
        else:
            text = self.tr("Your share of the listed commissions: %1 (%2)")
        self.total_label.setText(
            text.replace("%1", formats.money(cents)).replace(
                "%2", line_count(self.model.rowCount())
            )
        )

    def new_commission(self) -> None:
        row = self.view.selected_row()
        item = self.model.row_at(row) if row >= 0 else None
        dialog = SplitDialog(
            self.context, self.choices, contract_id=getattr(item, "contract_id", None), parent=self
        )
        if dialog.exec():
            self.model.refresh()

    def edit_split(self) -> None:
        if not self.context.guard.can(Right.COMMISSIONS_MANAGE):
            return
        row = self.view.selected_row()
        item = self.model.row_at(row) if row >= 0 else None
        commission_id = getattr(item, "commission_id", None)
        if commission_id is None:
            return
        session = self.context.session
        self.context.runner.run(
            lambda: session.commissions.get(commission_id),
            self._show_split,
            lambda exc: self.context.dialogs.warning(self, self.tr("Commissions"), explain(exc)),
        )

    def _show_split(self, commission) -> None:
        dialog = SplitDialog(self.context, self.choices, commission=commission, parent=self)
        if dialog.exec():
            self.model.refresh()

    def on_shown(self) -> None:
        # a rights change reloads the list through self.live: its columns come with it
        self.model.ensure_loaded()
        self.live.shown()
        self.live_choices.shown()

    def clear(self) -> None:
        self.model.clear()
        self.total_label.clear()

    def save_state(self) -> None:
        self.view.save_state()
