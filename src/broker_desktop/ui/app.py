"""Composition root: paths, logging, translations, settings, then first run or login,
then the main window. Objects are handed down through constructors."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from broker_desktop.core.office import Session
from broker_desktop.remote.session import RemoteSession
from broker_desktop.security.keyring_unlock import WorkstationUnlock
from broker_desktop.ui import today_panel
from broker_desktop.ui.autolock import InactivityLock
from broker_desktop.ui.changes import LiveChanges
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.errors import (
    enable_crash_file,
    install_excepthook,
    report_unexpected,
    route_qt_messages,
    setup_logging,
)
from broker_desktop.ui.first_run import FirstRunWizard
from broker_desktop.ui.guard import Guard
from broker_desktop.ui.i18n import Translations
from broker_desktop.ui.icon import application_icon
from broker_desktop.ui.login import LoginDialog
from broker_desktop.ui.main_window import MainWindow
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.page_context import PageContext
from broker_desktop.ui.password import ChangePasswordDialog
from broker_desktop.ui.paths import AppPaths
from broker_desktop.ui.settings import Settings
from broker_desktop.ui.settings_dialog import SettingsDialog
from broker_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Controller(QObject):
    """Walks the user from start to the main window and back (logout, lock)."""

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        dialogs: Dialogs,
        runner: TaskRunner,
        translations: Translations,
        opener: Opener,
        paths: AppPaths,
        database: Path | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.dialogs = dialogs
        self.runner = runner
        self.translations = translations
        self.opener = opener
        self.paths = paths
        self.database = database
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.current_dialog: QDialog | None = None  # login, first run, forced password
        self.window_dialog: QDialog | None = None  # settings or password, over the window
        self._resume = ("", "")  # (login, page) shown when the window was locked
        self.live: LiveChanges | None = None
        # how often the file is checked for other workstations' writes and rights changes
        self.change_check_seconds = 3.0
        self.autolock = InactivityLock(settings.auto_lock_minutes, self)
        self.autolock.timeout.connect(self.lock)
        app.installEventFilter(self.autolock)
        runner.failed.connect(lambda exc: report_unexpected(dialogs, self.active_window(), exc))
        # queued: the window closes after the refused operation's callbacks, not inside
        runner.account_closed.connect(self.account_closed, Qt.ConnectionType.QueuedConnection)

    def active_window(self) -> QWidget | None:
        return self.window or self.current_dialog

    # ----- start ----------------------------------------------------------------------------
    def start(self) -> None:
        database = self.database
        if database is None and self.settings.last_database:
            database = Path(self.settings.last_database)
        if self.settings.connection_mode == "server":
            self.show_login(database or Path())  # the login window opens on the server
        elif database is None:
            self.show_first_run()
        else:
            self.show_login(database)

    def show_first_run(self) -> None:
        wizard = FirstRunWizard(self.dialogs, self.runner, self.opener, self.paths.data)
        self.current_dialog = wizard

        def finished(result: int) -> None:
            self.current_dialog = None
            if result == QDialog.DialogCode.Accepted and wizard.session is not None:
                self.database = wizard.database
                self.settings.last_database = str(wizard.database)
                self.settings.last_login = wizard.session.user.login
                self.enter(wizard.session)
            elif self.window is None:
                self.app.quit()
            wizard.deleteLater()

        wizard.finished.connect(finished)
        wizard.show()

    def show_login(self, database: Path, *, notice: str = "", login: str = "") -> None:
        dialog = LoginDialog(
            self.settings,
            self.dialogs,
            self.runner,
            self.opener,
            database,
            notice=notice,
            login=login,
        )
        self.current_dialog = dialog

        def new_office() -> None:
            dialog.done(2)

        def finished(result: int) -> None:
            self.current_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.session is not None:
                self.database = dialog.database
                self.enter(dialog.session)
            elif result == 2:
                self.show_first_run()
            else:
                self.app.quit()

        dialog.new_office_requested.connect(new_office)
        dialog.finished.connect(finished)
        dialog.show()

    # ----- logged in ----------------------------------------------------------------------------
    def enter(self, session: Session) -> None:
        self.session = session
        (login, page), self._resume = self._resume, ("", "")
        page = page if login == session.user.login else ""  # unlocking: back where he was
        if not session.must_change_password:
            self.open_main_window(page, greet=True)
            return
        dialog = ChangePasswordDialog(session, self.runner, forced=True)
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.open_main_window(greet=True)
            else:
                self.logout()

        dialog.finished.connect(finished)
        dialog.show()

    def open_main_window(self, page: str = "", *, greet: bool = False) -> None:
        session = self.session
        if session is None:
            raise RuntimeError("no session to open a window on")
        known = getattr(session, "known_rights", None)  # a remote session has none
        guard = Guard(
            session.rights,
            self.translations.language,
            self,
            initial=known() if known is not None else None,
        )
        live = LiveChanges(session, self.runner, guard, self)
        live.account_closed.connect(self.account_closed)
        self.live = live
        context = PageContext(
            session,
            self.runner,
            self.dialogs,
            guard,
            self.settings,
            self.translations.language,
            live,
        )
        window = MainWindow(context)
        window.logout_requested.connect(self.logout)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.edit_settings)
        window.password_requested.connect(self.change_password)
        window.closed.connect(self.app.quit)
        self.window = window
        if page:
            window.show_page(page)
        if isinstance(session, RemoteSession):
            # the change feed's thread reports the link to the office server: a banner
            session.watcher.on_connection = window.connection_changed.emit
            session.watcher.on_ended = window.session_ended.emit
            window.session_ended.connect(self.session_ended)
        window.show()
        if greet and self.settings.today_panel:
            today_panel.greet(window)
        self.autolock.set_minutes(self.settings.auto_lock_minutes)
        self.autolock.start()
        live.start_watching(self.change_check_seconds)

    def _close_window(self) -> str:
        page = ""
        if self.window_dialog is not None:
            self.window_dialog.reject()
        if isinstance(self.session, RemoteSession):
            self.session.watcher.on_connection = None
            self.session.watcher.on_ended = None
        if self.window is not None:
            self.runner.forget_pending()  # results of the old window's pages go nowhere
            page = self.window.current_page_name()
            self.window.save_state()
            self.window.clear_views()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        return page

    def _close_session(self) -> None:
        self.autolock.stop()
        self.runner.forget_pending()
        if self.live is not None:
            live, self.live = self.live, None
            live.stop()
            live.deleteLater()
        if self.session is not None:
            session, self.session = self.session, None
            self.runner.run(session.close)

    def logout(self) -> None:
        self._close_window()
        self._close_session()
        self.start()  # the login window on the same database

    def _database_of(self, session: Session) -> Path:
        if isinstance(session, RemoteSession):  # on a server: the file mode's last database
            return Path(self.settings.last_database) if self.settings.last_database else Path()
        return Path(session.database_path)

    def lock(self) -> None:
        """Clear every view, forget the session (and its key), ask for the password."""
        if self.session is None:
            return
        login, database = self.session.user.login, self._database_of(self.session)
        self._resume = (login, self._close_window())
        self._close_session()
        notice = QCoreApplication.translate(
            "Controller", "The window was locked. Enter your password to go on."
        )
        self.show_login(database, notice=notice, login=login)

    def session_ended(self, _reason: str = "") -> None:
        """The office server no longer knows the session (it restarted, or the session
        expired): the window closes and the login window says why."""
        self._end_session(
            QCoreApplication.translate(
                "Controller",
                "The office server no longer knows your session (it restarted, or the session "
                "expired): this window was closed. Log in again.",
            )
        )

    def account_closed(self) -> None:
        """The user's account was deactivated (by a director, maybe on another
        workstation): the window closes at once and the login window says why."""
        self._end_session(
            QCoreApplication.translate(
                "Controller",
                "Your account was deactivated: this window was closed. "
                "Ask your director if you need access again.",
            )
        )

    def _end_session(self, notice: str) -> None:
        if self.session is None:
            return
        login, database = self.session.user.login, self._database_of(self.session)
        self._close_window()
        self._close_session()
        self.show_login(database, notice=notice, login=login)

    # ----- dialogs over the window: window-modal, never a nested event loop ------------------
    def _open_over_window(self, dialog: QDialog, accepted) -> None:
        self.window_dialog = dialog

        def finished(result: int) -> None:
            if self.window_dialog is dialog:
                self.window_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                accepted()

        dialog.finished.connect(finished)
        dialog.open()

    def edit_settings(self) -> None:
        language = self.settings.language
        self._open_over_window(
            SettingsDialog(self.settings, self.window), lambda: self.apply_settings(language)
        )

    def apply_settings(self, previous_language: str) -> None:
        self.autolock.set_minutes(self.settings.auto_lock_minutes)
        if self.settings.language != previous_language:
            self.translations.load(self.settings.language)
            page = self._close_window()
            self.open_main_window(page)

    def change_password(self) -> None:
        def changed() -> None:
            self.dialogs.information(
                self.window,
                QCoreApplication.translate("Controller", "Password changed"),
                QCoreApplication.translate("Controller", "Your password was changed."),
            )

        self._open_over_window(
            ChangePasswordDialog(self.session, self.runner, parent=self.window), changed
        )

    def shutdown(self) -> None:
        self._close_window()
        if self.live is not None:
            live, self.live = self.live, None
            live.stop()
        self.autolock.stop()
        self.app.removeEventFilter(self.autolock)
        if self.session is not None:
            session, self.session = self.session, None
            self.runner.run(session.close)
        self.runner.shutdown()


def run(db: str | None = None, qt_args: list[str] | None = None) -> int:
    app = QApplication([sys.argv[0], *(qt_args or [])])
    app.setOrganizationName("Broker Desktop")
    app.setApplicationName("Broker Desktop")
    app.setWindowIcon(application_icon())
    paths = AppPaths.default()
    setup_logging(paths.log_file)
    route_qt_messages()
    enable_crash_file(paths.crash_file)
    log.info("Broker Desktop starting")
    settings = Settings()
    translations = Translations(app)
    translations.load(settings.language)
    dialogs = Dialogs()
    runner = TaskRunner(app)
    controller = Controller(
        app,
        settings,
        dialogs,
        runner,
        translations,
        Opener(unlock=WorkstationUnlock()),
        paths,
        Path(db).absolute() if db else None,
    )
    install_excepthook(dialogs, controller.active_window)
    app.setQuitOnLastWindowClosed(False)
    controller.start()
    code = app.exec()
    controller.shutdown()
    settings.sync()
    return code
