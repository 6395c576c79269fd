"""Shown after logging in: the user's open deadlines due today or overdue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.permissions import Scope
from broker_desktop.ui import formats, labels

SHOWN = 200
SEE = Scope.DEADLINES_VISIBLE
OVERDUE = QColor("#b00020")


def due_today_or_overdue(session, today: dt.date) -> tuple[int, list]:
    """(how many, the first SHOWN) of the user's own open deadlines due by ``today``."""
    query = DeadlineQuery(owner_id=session.user.id, done=False, due_to=today, sort="due_date")
    return session.deadlines.count(query), list(session.deadlines.page(query, limit=SHOWN))


class TodayPanel(QDialog):
    open_deadlines = Signal()

    def __init__(
        self, count: int, rows: list, today: dt.date, settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("today_panel")
        self.setWindowTitle(self.tr("Today and overdue"))
        self.resize(720, 360)
        overdue = sum(1 for r in rows if r.due_date < today)
        heading = QLabel(
            self.tr("%1 — due today: %2, overdue: %3")
            .replace("%1", formats.date(today))
            .replace("%2", str(sum(1 for r in rows if r.due_date == today)))
            .replace("%3", str(overdue) if count <= len(rows) else f"{overdue}+")
        )
        heading.setObjectName("today_heading")
        heading.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget(len(rows), 4)
        self.table.setObjectName("today_rows")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Kind"), self.tr("Title"), self.tr("Client")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, item in enumerate(rows):
            cells = (
                formats.date(item.due_date),
                labels.deadline_kind(item.kind),
                item.title,
                item.client or item.policy_number or "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.due_date < today:
                    cell.setForeground(OVERDUE)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        more = QLabel(
            self.tr("The first %1 of %2 are listed.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(count))
        )
        more.setVisible(count > len(rows))
        self.at_login = QCheckBox(self.tr("Show this list when I log in"))
        self.at_login.setChecked(settings.today_panel)
        self.at_login.toggled.connect(lambda on: setattr(settings, "today_panel", on))
        buttons = QDialogButtonBox()
        show = buttons.addButton(
            self.tr("Open the deadlines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        show.setObjectName("open_deadlines")
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        show.clicked.connect(self.open_deadlines)
        show.clicked.connect(self.accept)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(more)
        layout.addWidget(self.at_login)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def greet(window, today: dt.date | None = None) -> None:
    """Read the user's deadlines off the GUI thread; show the panel when there are any."""
    context = window.context
    if not context.guard.can_any(SEE):
        return
    day = today or dt.date.today()
    session = context.session

    def show(result: tuple[int, list]) -> None:
        count, rows = result
        if not count:
            return
        panel = TodayPanel(count, rows, day, context.settings, window)
        panel.open_deadlines.connect(lambda: _open_overdue(window))
        window.today_panel = panel
        panel.show()

    context.runner.run(lambda: due_today_or_overdue(session, day), show, lambda _exc: None)


def _open_overdue(window) -> None:
    if window.show_page("deadlines"):
        page = window.pages["deadlines"]
        page.scope_combo.setCurrentIndex(page.scope_combo.findData("mine"))
        page.set_preset("due")
