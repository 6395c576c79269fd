"""The main window: one tab per page, user and roles in the status bar, the office menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from broker_desktop.core.changes import ROLE, USER
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.ui.audit_check import AuditCheckActions
from broker_desktop.ui.maintenance import MaintenanceActions
from broker_desktop.ui.page_context import Page, PageContext
from broker_desktop.ui.tab_style import keep_accents


class MainWindow(QMainWindow):
    logout_requested = Signal()
    lock_requested = Signal()
    settings_requested = Signal()
    password_requested = Signal()
    closed = Signal()
    # emitted by the office server's change-feed thread: queued to the GUI thread
    connection_changed = Signal(bool)
    session_ended = Signal(str)

    def show_connection(self, connected: bool) -> None:
        self.connection_bar.setVisible(not connected)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        guard = context.guard
        self.setWindowTitle(self.tr("Broker Desktop"))
        self.resize(1280, 800)
        geometry = context.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)

        from broker_desktop.ui.pages import admin, audit, commissions, deadlines, portfolio
        from broker_desktop.ui.pages.import_page import ImportPage
        from broker_desktop.ui.pages.reconciliation import ReconciliationPage

        self.tabs = QTabWidget()
        self.tabs.setObjectName("navigation")
        self.tabs.setDocumentMode(True)
        keep_accents(self.tabs)
        self.pages: dict[str, Page] = {}
        specs = [
            (
                "portfolio",
                portfolio.PortfolioPage,
                self.tr("Portfolio"),
                Scope.PORTFOLIO_VISIBLE,
            ),
            (
                "commissions",
                commissions.CommissionsPage,
                self.tr("Commissions"),
                Scope.COMMISSION_LINES_VISIBLE,
            ),
            (
                "deadlines",
                deadlines.DeadlinesPage,
                self.tr("Deadlines"),
                Scope.DEADLINES_VISIBLE,
            ),
            (
                "admin",
                admin.AdminPage,
                self.tr("Administration"),
                (Right.USERS_MANAGE, Right.ROLES_MANAGE),
            ),
            ("audit", audit.AuditPage, self.tr("Audit log"), (Right.AUDIT_VIEW,)),
            ("import", ImportPage, self.tr("Import"), (Right.IMPORT_RUN,)),
            (
                "reconciliation",
                ReconciliationPage,
                self.tr("Statements"),
                Scope.COMMISSION_LINES_VISIBLE,
            ),
        ]
        for name, factory, title, see in specs:
            page = factory(context)
            page.setObjectName(f"page_{name}")
            self.pages[name] = page
            self.tabs.addTab(page, title)
            guard.bind_tab(self.tabs, page, see=see)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._page_shown)
        # shown while the office server cannot be reached; the window and what is typed
        # in it stay as they are, and the banner goes when the server answers again
        self.connection_banner = QLabel(
            self.tr(
                "The connection to the office server is lost. Retrying… Your input is kept; "
                "save again once the server is back."
            )
        )
        self.connection_banner.setObjectName("connection_banner")
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setStyleSheet(
            "background: #fde68a; color: #78350f; padding: 6px; font-weight: 600;"
        )
        self.connection_bar = QToolBar()
        self.connection_bar.setObjectName("connection_bar")
        self.connection_bar.setMovable(False)
        self.connection_bar.addWidget(self.connection_banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.connection_bar)
        self.connection_bar.hide()
        self.connection_changed.connect(self.show_connection)

        menu = self.menuBar().addMenu(self.tr("&Office"))
        self.password_action = QAction(self.tr("Change my password…"), self)
        self.password_action.triggered.connect(self.password_requested)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.logout_action = QAction(self.tr("Log out"), self)
        self.logout_action.triggered.connect(self.logout_requested)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.password_action, self.settings_action):
            menu.addAction(action)
        self.reference_action = QAction(self.tr("Insurers and lines of business…"), self)
        self.reference_action.triggered.connect(self.open_reference_data)
        guard.bind(self.reference_action, see=(Right.REFERENCE_MANAGE,))
        menu.addAction(self.reference_action)
        self.transfer_action = QAction(self.tr("Transfer a book…"), self)
        self.transfer_action.setObjectName("transfer_action")
        self.transfer_action.triggered.connect(self.open_transfers)
        guard.bind(self.transfer_action, see=(Right.PORTFOLIO_TRANSFER,))
        menu.addAction(self.transfer_action)
        menu.addSeparator()
        self.maintenance = MaintenanceActions(context, self)
        for action in self.maintenance.actions():
            menu.addAction(action)
        self.audit_check = AuditCheckActions(context, self)
        for action in self.audit_check.actions():
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.lock_action, self.logout_action, self.quit_action):
            menu.addAction(action)

        from broker_desktop.ui.help import HelpActions

        self.help = HelpActions(context, self)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        for action in self.help.actions():
            help_menu.addAction(action)

        self.user_label = QLabel()
        self.user_label.setObjectName("user")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.statusBar().addWidget(self.user_label, 1)
        self.statusBar().addPermanentWidget(self.busy_bar)
        context.runner.busy_changed.connect(self.busy_bar.setVisible)
        guard.rights_changed.connect(lambda _rights: self.refresh_user())
        if context.changes is not None:
            context.changes.changed.connect(self._changed)
        self.refresh_user()
        self._select_first_visible()

    # ----- status -------------------------------------------------------------------------
    def _changed(self, changes) -> None:
        if changes.touches(USER, ROLE):
            self.refresh_user()

    def refresh_user(self) -> None:
        """The status line: name, login and roles (read on the worker thread)."""
        session = self.context.session
        self.context.runner.run(session.role_names, self._show_user, lambda _exc: None)

    def _show_user(self, names: list[str]) -> None:
        session = self.context.session
        roles = ", ".join(names) or self.tr("no role")
        self.user_label.setText(
            self.tr("%1 (%2) — roles: %3")
            .replace("%1", session.user.display_name)
            .replace("%2", session.user.login)
            .replace("%3", roles)
        )

    def _select_first_visible(self) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.isTabVisible(index):
                self.tabs.setCurrentIndex(index)
                self._page_shown(index)
                return

    def show_page(self, name: str) -> bool:
        index = self.tabs.indexOf(self.pages[name])
        if not self.tabs.isTabVisible(index):
            return False
        self.tabs.setCurrentIndex(index)
        return True

    def current_page_name(self) -> str:
        current = self.tabs.currentWidget()
        return next((n for n, p in self.pages.items() if p is current), "")

    def _page_shown(self, index: int) -> None:
        context = self.context
        context.runner.run(context.session.rights, context.guard.apply, lambda _exc: None)
        page = self.tabs.widget(index)
        if isinstance(page, Page):
            page.on_shown()

    def open_reference_data(self) -> QDialog:
        from broker_desktop.ui.pages.reference_data import ReferenceDataDialog

        dialog = ReferenceDataDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_transfers(self) -> QDialog:
        from broker_desktop.ui.pages.transfer_page import TransferDialog

        dialog = TransferDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- closing, locking ------------------------------------------------------------------
    def clear_views(self) -> None:
        """Locking: every open form closes (unsaved input is dropped with the session),
        every model forgets its rows."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        for page in self.pages.values():
            page.clear()

    def save_state(self) -> None:
        self.context.settings.set_geometry("main", self.saveGeometry())
        for page in self.pages.values():
            page.save_state()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()
