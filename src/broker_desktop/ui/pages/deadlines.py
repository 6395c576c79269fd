"""Deadlines: mine or everyone's, a date range, overdue in red, mark done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.changes import DEADLINE
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.rights import Right
from broker_desktop.ui import formats, labels
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.export_button import ExportButton
from broker_desktop.ui.messages import explain
from broker_desktop.ui.models.paged_table import Column, PagedTableModel
from broker_desktop.ui.table_view import PagedTableView

OVERDUE = QColor("#b00020")


def overdue_style(row) -> QColor | None:
    due, done = getattr(row, "due_date", None), getattr(row, "done", False)
    if due is not None and not done and due < dt.date.today():
        return OVERDUE
    return None


class DeadlinesPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session, guard = context.session, context.guard
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("deadline_scope")
        self.scope_combo.addItem(self.tr("My deadlines"), "mine")
        self.scope_combo.addItem(self.tr("Everyone's deadlines"), "all")
        guard.bind(self.scope_combo, see=(Right.DEADLINES_VIEW_ALL,))
        if guard.can(Right.DEADLINES_VIEW_ALL):
            self.scope_combo.setCurrentIndex(1)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        today = QDate.currentDate()
        for edit, value in (
            (self.from_edit, today.addMonths(-1)),
            (self.to_edit, today.addMonths(6)),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.DATE_FORMAT)
            edit.setDate(value)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setChecked(True)
        filters = QHBoxLayout()
        filters.addWidget(self.scope_combo)
        filters.addWidget(QLabel(self.tr("Due from")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("mark_done")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.done_button.clicked.connect(lambda: self._set_done(True))
        self.reopen_button.clicked.connect(lambda: self._set_done(False))
        guard.bind(self.done_button, change=Right.DEADLINES_MANAGE)
        guard.bind(self.reopen_button, change=Right.DEADLINES_MANAGE)
        filters.addWidget(self.done_button)
        filters.addWidget(self.reopen_button)
        self.export_button = ExportButton(context, "deadlines", lambda: self.model.query)
        filters.addWidget(self.export_button)

        self.model = PagedTableModel(
            session.deadlines,
            self._query(),
            self.columns(),
            context.runner,
            self,
            row_style=overdue_style,
        )
        self.model.failed.connect(
            lambda exc: context.dialogs.warning(self, self.tr("Deadlines"), explain(exc))
        )
        self.view = PagedTableView("deadlines", self.model, context.settings)
        self.legend = QLabel(self.tr("Overdue deadlines are shown in red."))
        self.legend.setStyleSheet("color: #b00020;")
        for signal in (
            self.scope_combo.currentIndexChanged,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.open_only.toggled,
        ):
            signal.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        # after a rights change the query is rebuilt: without the view-all right the
        # list is the user's own, whatever the (now hidden) combo still says
        self.live = LiveRefresh(
            self, context.changes, guard, (DEADLINE,), self.apply_filters, self.model.clear
        )

    def columns(self) -> list[Column]:
        return [
            # Two million deadlines filtered by a date range: only the due date, whose
            # index serves the range, can order them without sorting the whole range.
            Column("due_date", self.tr("Due"), "date"),
            Column("kind", self.tr("Kind"), sortable=False, label=labels.deadline_kind),
            Column("title", self.tr("Title"), sortable=False),
            Column("client", self.tr("Client"), sortable=False),
            Column("policy_number", self.tr("Policy"), sortable=False),
            Column("owner", self.tr("Owner"), sortable=False),
            Column("done", self.tr("Done"), "bool", sortable=False),
        ]

    def _query(self) -> DeadlineQuery:
        mine = self.scope_combo.currentData() != "all" or not self.context.guard.can(
            Right.DEADLINES_VIEW_ALL
        )
        return DeadlineQuery(
            owner_id=self.context.session.user.id if mine else None,
            done=False if self.open_only.isChecked() else None,
            due_from=formats.from_qdate(self.from_edit.date()),
            due_to=formats.from_qdate(self.to_edit.date()),
            sort="due_date",
        )

    def apply_filters(self, *_args) -> None:
        query = self._query()
        current = self.model.query
        self.model.set_query(
            DeadlineQuery(
                **{**query.__dict__, "sort": current.sort, "descending": current.descending}
            )
        )

    def _set_done(self, done: bool) -> None:
        deadline_id = self.view.selected_id()
        if deadline_id is None:
            return
        service = self.context.session.deadlines

        def work():
            return service.set_done(deadline_id, done, service.get(deadline_id).version)

        self.context.runner.run(
            work,
            lambda _r: self.model.refresh(),
            lambda exc: self.context.dialogs.warning(self, self.tr("Deadlines"), explain(exc)),
        )

    def on_shown(self) -> None:
        self.live.shown()

    def clear(self) -> None:
        self.model.clear()

    def save_state(self) -> None:
        self.view.save_state()
