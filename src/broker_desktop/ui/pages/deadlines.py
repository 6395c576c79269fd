"""Deadlines: mine or everyone's, a period (presets or two dates), overdue in red; create,
edit, reassign, delete follow-ups and mark any deadline done (deadlines.manage)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.changes import DEADLINE
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.ui import formats, labels
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.date_field import DateField
from broker_desktop.ui.export_button import ExportButton
from broker_desktop.ui.messages import explain
from broker_desktop.ui.models.paged_table import Column, PagedTableModel
from broker_desktop.ui.page_context import Page, PageContext
from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog
from broker_desktop.ui.pages.reference_choices import ReferenceChoices
from broker_desktop.ui.table_view import PagedTableView

OVERDUE = QColor("#b00020")


def overdue_style(row) -> QColor | None:
    due, done = getattr(row, "due_date", None), getattr(row, "done", False)
    if due is not None and not done and due < dt.date.today():
        return OVERDUE
    return None


def preset_range(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The due dates a period preset covers (``overdue``: everything before today)."""
    if key == "week":
        monday = today - dt.timedelta(days=today.weekday())
        return monday, monday + dt.timedelta(days=6)
    if key == "30days":
        return today, today + dt.timedelta(days=30)
    if key == "3months":
        return today, formats.from_qdate(formats.to_qdate(today).addMonths(3))
    if key == "overdue":  # the start date is not used: everything before today
        return today - dt.timedelta(days=365), today - dt.timedelta(days=1)
    if key == "due":
        return today - dt.timedelta(days=365), today
    return None, None


class DeadlinesPage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        session, guard = context.session, context.guard
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("deadline_scope")
        self.scope_combo.addItem(self.tr("My deadlines"), "mine")
        self.scope_combo.addItem(self.tr("Everyone's deadlines"), "all")
        guard.bind(self.scope_combo, see=Scope.DEADLINES_ALL)
        if guard.can(Right.DEADLINES_VIEW_ALL):
            self.scope_combo.setCurrentIndex(1)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("deadline_period")
        for key, text in (
            ("week", self.tr("This week")),
            ("30days", self.tr("Next 30 days")),
            ("3months", self.tr("Next 3 months")),
            ("overdue", self.tr("Overdue")),
            ("due", self.tr("Today and overdue")),
            ("dates", self.tr("Between two dates")),
        ):
            self.preset_combo.addItem(text, key)
        today = QDate.currentDate()
        self.from_edit = DateField(formats.from_qdate(today.addMonths(-1)), preview=False)
        self.to_edit = DateField(formats.from_qdate(today.addMonths(6)), preview=False)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("dates"))
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setChecked(True)
        filters = QHBoxLayout()
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.preset_combo)
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
        self.new_button = QPushButton(self.tr("New follow-up…"))
        self.new_button.setObjectName("new_follow_up")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_follow_up")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_follow_up")
        self.new_button.clicked.connect(self.new_follow_up)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        manage = Right.DEADLINES_MANAGE
        guard.bind(self.new_button, change=manage)
        guard.bind(self.edit_button, change=manage, enabled_when=lambda: self._can("edit"))
        guard.bind(self.delete_button, change=manage, enabled_when=lambda: self._can("delete"))
        guard.bind(self.done_button, change=manage, enabled_when=lambda: self._can("done"))
        guard.bind(self.reopen_button, change=manage, enabled_when=lambda: self._can("reopen"))
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.done_button,
            self.reopen_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.export_button = ExportButton(
            context, "deadlines", lambda: self.model.query, lambda: self.view
        )
        actions.addWidget(self.export_button)
        self.choices = ReferenceChoices(session)
        # the follow-up dialog's owners: read again when users change (a deactivated
        # colleague is no longer offered)
        self.live_choices = self.choices.follow(self, context, lambda: None)

        self.model = PagedTableModel(
            session.deadlines,
            self._query(),
            self.columns(),
            context.runner,
            self,
            row_style=overdue_style,
            load=False,  # read when the tab is first shown
        )
        self.model.failed.connect(
            lambda exc: context.dialogs.warning(self, self.tr("Deadlines"), explain(exc))
        )
        self.view = PagedTableView("deadlines", self.model, context.settings, stretch="title")
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.legend = QLabel(self.tr("Overdue deadlines are shown in red."))
        self.legend.setStyleSheet("color: #b00020;")
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.settled.connect(self._dates_typed)
        for signal in (
            self.scope_combo.currentIndexChanged,
            self.open_only.toggled,
        ):
            signal.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
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
        # Without the view-all right the list is what Scope.deadlines lets him see (his own
        # and those of his contracts and clients, whoever owns them), not only the ones he
        # owns: a colleague's follow-up on his client's contract is his to see too.
        see_all = self.context.guard.can(Right.DEADLINES_VIEW_ALL)
        mine = see_all and self.scope_combo.currentData() != "all"
        overdue = self.preset_combo.currentData() in ("overdue", "due")
        return DeadlineQuery(
            owner_id=self.context.session.user.id if mine else None,
            done=False if self.open_only.isChecked() or overdue else None,
            due_from=None if overdue else self.from_edit.value(),
            due_to=self.to_edit.value(),
            sort="due_date",
        )

    def set_preset(self, key: str) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))

    def _preset_chosen(self, *_args) -> None:
        today = dt.date.today()
        first, last = preset_range(self.preset_combo.currentData(), today)
        overdue = self.preset_combo.currentData() in ("overdue", "due")
        self.from_edit.setEnabled(not overdue)
        if first is not None and last is not None:
            self._setting_dates = True
            self.from_edit.set_value(first)
            self.to_edit.set_value(last)
            self._setting_dates = False
        self.apply_filters()

    def _dates_typed(self, *_args) -> None:
        if getattr(self, "_setting_dates", False):
            return
        if self.preset_combo.currentData() != "dates":
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData("dates"))
            self.preset_combo.blockSignals(False)
            self.from_edit.setEnabled(True)
        self.apply_filters()

    # ----- follow-ups ---------------------------------------------------------------------
    def _selected(self):
        row = self.view.selected_row()
        return self.model.row_at(row) if row >= 0 else None

    def _can(self, action: str) -> bool:
        """Whether the selected row allows ``action`` (the right is the guard's)."""
        if not hasattr(self, "view"):
            return False
        item = self._selected()
        if item is None:
            return False
        if action == "delete":
            return getattr(item, "kind", "") == "follow_up"
        if action == "done":
            return not item.done
        if action == "reopen":
            return bool(item.done)
        return True

    def _selection_changed(self, *_args) -> None:
        self.context.guard.recheck()

    def new_follow_up(self) -> None:
        dialog = FollowUpDialog(self.context, self.choices, parent=self)
        if dialog.exec():
            self.model.refresh()

    def edit_selected(self) -> None:
        deadline_id = self.view.selected_id()
        if deadline_id is None or not self.context.guard.can(Right.DEADLINES_MANAGE):
            return
        service = self.context.session.deadlines
        self.context.runner.run(
            lambda: service.get(deadline_id),
            self._edit,
            lambda exc: self.context.dialogs.warning(self, self.tr("Deadlines"), explain(exc)),
        )

    def _edit(self, deadline) -> None:
        dialog = FollowUpDialog(self.context, self.choices, deadline=deadline, parent=self)
        if dialog.exec():
            self.model.refresh()

    def delete_selected(self) -> None:
        item = self._selected()
        deadline_id = self.view.selected_id()
        if item is None or deadline_id is None:
            return
        question = self.tr("Delete the follow-up “%1” due on %2?")
        question = question.replace("%1", item.title).replace("%2", formats.date(item.due_date))
        if not self.context.dialogs.confirm(self, self.tr("Delete"), question, dangerous=True):
            return
        service = self.context.session.deadlines

        def work() -> None:
            service.delete(deadline_id, service.get(deadline_id).version)

        self.context.runner.run(
            work,
            lambda _r: self.model.refresh(),
            lambda exc: self.context.dialogs.warning(self, self.tr("Deadlines"), explain(exc)),
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
        self.model.ensure_loaded()
        self.live.shown()
        self.live_choices.shown()

    def clear(self) -> None:
        self.model.clear()

    def save_state(self) -> None:
        self.view.save_state()
