"""The login dialog: login (remembered), password, database location, clear messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import CoreError, PermissionDenied
from broker_desktop.remote.tls import fetch_certificate, fingerprint
from broker_desktop.storage.errors import StorageError
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.errors import report_unexpected
from broker_desktop.ui.messages import DAMAGED, KEY_FILE_LOST, explain
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.recover_dialog import RecoverAccountDialog
from broker_desktop.ui.restore_dialog import RestoreDialog
from broker_desktop.ui.settings import Settings
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import grow_to_fit, message_label, note_label, set_default_button
from broker_desktop.wire.errors import RemoteError, ServerUnreachable

RETRY_SECONDS = 5


class LoginDialog(QDialog):
    """Logs in on the database file itself, or through an office server (address and
    port; its certificate pinned on first connection once the user compared its
    fingerprint). The choice is remembered on this workstation."""

    new_office_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        dialogs: Dialogs,
        runner: TaskRunner,
        opener: Opener,
        database: Path,
        *,
        notice: str = "",
        login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._dialogs = dialogs
        self._runner = runner
        self._opener = opener
        self.database = Path(database)
        self.session = None
        self.repair_dialog: QDialog | None = None  # restore or recovery, while open
        self.setWindowTitle(self.tr("Broker Desktop — Log in"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("Log in to your office"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.notice = note_label(notice)
        self.notice.setVisible(bool(notice))

        self.login_edit = QLineEdit(login or settings.last_login)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # read-only and scrollable: a long network path neither wraps nor gets clipped
        self.database_label = QLineEdit()
        self.database_label.setReadOnly(True)
        self.database_label.setFrame(False)
        self.database_label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes to Change…
        self.database_label.setStyleSheet("font-family: monospace; background: transparent;")
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self._choose_database)
        location = QHBoxLayout()
        location.addWidget(self.database_label, 1)
        location.addWidget(change)

        self.keyring_check = QCheckBox(self.tr("Unlock with my workstation account next time"))
        self.keyring_check.setVisible(opener.keyring_usable())
        self.keyring_button = QPushButton(self.tr("Unlock with my workstation account"))
        self.keyring_button.clicked.connect(self._keyring_login)

        # where the office's data is: the file itself, or an office server
        self.file_radio = QRadioButton(self.tr("Database file"))
        self.file_radio.setObjectName("mode_file")
        self.server_radio = QRadioButton(self.tr("Office server"))
        self.server_radio.setObjectName("mode_server")
        modes = QButtonGroup(self)
        modes.addButton(self.file_radio)
        modes.addButton(self.server_radio)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.file_radio)
        mode_row.addWidget(self.server_radio)
        mode_row.addStretch(1)
        self.host_edit = QLineEdit(settings.server_host)
        self.host_edit.setObjectName("server_host")
        self.host_edit.setPlaceholderText(self.tr("address or name of the office server"))
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("server_port")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(settings.server_port)
        self.server_row = QWidget()
        server_layout = QHBoxLayout(self.server_row)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addWidget(self.host_edit, 1)
        server_layout.addWidget(QLabel(self.tr("Port:")))
        server_layout.addWidget(self.port_spin)
        # an office that runs its own certificate authority: trust it instead of pinning
        self.ca_button = QPushButton()
        self.ca_button.setObjectName("office_ca")
        self.ca_button.setFlat(True)
        self.ca_button.clicked.connect(self._choose_office_ca)
        server_layout.addWidget(self.ca_button)
        self._show_office_ca()
        self.location_row = QWidget()
        self.location_row.setLayout(location)
        location.setContentsMargins(0, 0, 0, 0)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_SECONDS * 1000)
        self.retry_timer.timeout.connect(self.submit)
        for edit in (self.login_edit, self.password_edit, self.host_edit):
            edit.textEdited.connect(self.retry_timer.stop)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Data:"), mode_row)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Database:"), self.location_row)
        form.addRow(self.tr("Server:"), self.server_row)

        self.message = message_label()
        self.message.setObjectName("message")
        # offered under the message when opening failed for one of these reasons
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("offer_restore")
        self.restore_button.clicked.connect(self.restore_backup)
        self.recover_button = QPushButton(self.tr("Use the recovery code…"))
        self.recover_button.setObjectName("offer_recovery")
        self.recover_button.clicked.connect(self.recover_account)
        offers = QHBoxLayout()
        offers.addWidget(self.restore_button)
        offers.addWidget(self.recover_button)
        offers.addStretch(1)
        self._offer(restore=False, recover=False)

        self.repair_menu = QMenu(self)
        self.restore_action = self.repair_menu.addAction(self.tr("Restore from a backup…"))
        self.restore_action.triggered.connect(self.restore_backup)
        self.recover_action = self.repair_menu.addAction(
            self.tr("Forgot the key file: use the recovery code…")
        )
        self.recover_action.triggered.connect(self.recover_account)
        repair = QPushButton(self.tr("Troubleshooting"))
        repair.setObjectName("troubleshooting")
        repair.setFlat(True)
        repair.setMenu(self.repair_menu)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        new_office = QPushButton(self.tr("Create a new office…"))
        new_office.setFlat(True)
        new_office.clicked.connect(self.new_office_requested)
        self.ok_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.keyring_check)
        layout.addWidget(self.keyring_button)
        layout.addWidget(self.message)
        layout.addLayout(offers)
        bottom = QHBoxLayout()
        bottom.addWidget(new_office)
        bottom.addWidget(repair)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.new_office_button = new_office
        self.repair_button = repair

        set_default_button(self, self.ok_button)
        (self.server_radio if settings.connection_mode == "server" else self.file_radio).setChecked(
            True
        )
        self.file_radio.toggled.connect(self._show_mode)
        self._show_mode()

        self.login_edit.textChanged.connect(self._update_keyring_button)
        self._show_database()
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    # ----- database location ------------------------------------------------------------
    def _show_database(self) -> None:
        self.database_label.setText(str(self.database))
        self.database_label.setCursorPosition(0)
        self.database_label.setToolTip(str(self.database))
        self._update_keyring_button()

    def _choose_database(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Open an office database"),
            str(self.database.parent),
            self.tr("Office databases (*.db);;All files (*)"),
        )
        if path:
            self.database = Path(path)
            self._show_database()

    def _update_keyring_button(self) -> None:
        self.keyring_button.setVisible(
            not self.server_mode
            and self._opener.has_keyring_entry(self.database, self.login_edit.text().strip())
        )

    # ----- logging in -------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for widget in (self.ok_button, self.keyring_button, self.login_edit, self.password_edit):
            widget.setEnabled(not busy)
        if busy:
            self.message.hide()

    def submit(self) -> None:
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login or not password:
            self._show_message(self.tr("Enter your login and your password."))
            return
        self.retry_timer.stop()
        if self.server_mode:
            self._connect_server(login, password)
            return
        self._busy(True)
        path, opener = self.database, self._opener
        self._runner.run(lambda: opener.open(path, login, password), self._opened, self._refused)

    # ----- office server ----------------------------------------------------------------
    @property
    def server_mode(self) -> bool:
        return self.server_radio.isChecked()

    def _show_mode(self) -> None:
        server = self.server_mode
        for widget in (self.server_row, self.form.labelForField(self.server_row)):
            widget.setVisible(server)
        for widget in (self.location_row, self.form.labelForField(self.location_row)):
            widget.setVisible(not server)
        self.new_office_button.setVisible(not server)
        self.repair_button.setVisible(not server)
        self.keyring_check.setVisible(not server and self._opener.keyring_usable())
        self._update_keyring_button()
        self.message.hide()
        self._offer(restore=False, recover=False)

    def _show_office_ca(self) -> None:
        ca_file = self._settings.office_ca_file
        self.ca_button.setText(
            self.tr("Office CA: %1").replace("%1", Path(ca_file).name)
            if ca_file
            else self.tr("Office CA…")
        )
        self.ca_button.setToolTip(
            ca_file
            or self.tr(
                "Without an office CA, the server's own certificate is trusted once you "
                "compared its fingerprint."
            )
        )

    def _choose_office_ca(self) -> None:
        current = self._settings.office_ca_file
        path = self._dialogs.open_file(
            self,
            self.tr("Certificate of the office's certificate authority"),
            str(Path(current).parent) if current else "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self._settings.office_ca_file = path
        elif current and self._dialogs.confirm(
            self,
            self.tr("Office CA"),
            self.tr("Stop trusting the office CA and compare the server's fingerprint instead?"),
        ):
            self._settings.office_ca_file = ""
        self._show_office_ca()

    def _connect_server(self, login: str, password: str) -> None:
        host, port = self.host_edit.text().strip(), self.port_spin.value()
        if not host:
            self._show_message(self.tr("Enter the address of the office server."))
            return
        self._busy(True)
        opener, ca_file = self._opener, self._settings.office_ca_file
        pinned = None if ca_file else opener.known_servers().pinned(host, port)
        if ca_file or pinned:
            self._runner.run(
                lambda: opener.connect_server(
                    host, port, login, password, pinned_pem=pinned, ca_file=ca_file or None
                ),
                self._opened,
                self._refused,
            )
            return
        # first connection to this address: show its fingerprint, pin it once confirmed
        self._runner.run(
            lambda: fetch_certificate(host, port),
            lambda pem: self._confirm_certificate(host, port, pem),
            self._refused,
        )

    def _confirm_certificate(self, host: str, port: int, pem: str) -> None:
        text = self.tr(
            "This workstation has never connected to the office server %1.\n\n"
            "Its certificate fingerprint (SHA-256) is:\n%2\n\n"
            "Compare it with the fingerprint the server printed when it started (ask the "
            "office's IT person). Trust this server only if they are identical."
        )
        text = text.replace("%1", f"{host}:{port}").replace("%2", fingerprint(pem))
        if not self._dialogs.confirm(self, self.tr("New office server"), text):
            self._busy(False)
            self._show_message(self.tr("The server was not trusted: nothing was sent to it."))
            return
        self._opener.known_servers().pin(host, port, pem)
        self.submit()

    def _keyring_login(self) -> None:
        login = self.login_edit.text().strip()
        self._busy(True)
        path, opener = self.database, self._opener
        self._runner.run(lambda: opener.open_with_keyring(path, login), self._opened, self._refused)

    def _opened(self, session) -> None:
        self._busy(False)
        self.password_edit.clear()
        self.session = session
        self._settings.last_login = session.user.login
        if self.server_mode:
            self._settings.connection_mode = "server"
            self._settings.server_host = self.host_edit.text().strip()
            self._settings.server_port = self.port_spin.value()
        else:
            self._settings.connection_mode = "file"
            self._settings.last_database = str(self.database)
        if self.keyring_check.isVisible() and self.keyring_check.isChecked():
            try:
                session.enable_keyring_unlock(self._opener.unlock)
            except StorageError as exc:
                self._dialogs.warning(self, self.tr("Workstation unlock"), explain(exc))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ServerUnreachable):
            # keep what was typed and try again by itself until the server answers
            self._show_message(
                self.explain(exc)
                + "\n"
                + self.tr("Next attempt in %1 seconds.").replace("%1", str(RETRY_SECONDS))
            )
            self.retry_timer.start()
            return
        self.password_edit.clear()
        self.password_edit.setFocus()
        if not isinstance(exc, (StorageError, CoreError, OSError, RemoteError)):
            report_unexpected(self._dialogs, self, exc)
            self._show_message(self.tr("Logging in failed unexpectedly. Try again."))
            return
        self._show_message(self.explain(exc))
        self._offer(restore=isinstance(exc, DAMAGED), recover=isinstance(exc, KEY_FILE_LOST))
        grow_to_fit(self)

    def _offer(self, *, restore: bool, recover: bool) -> None:
        self.restore_button.setVisible(restore)
        self.recover_button.setVisible(recover)

    # ----- repairing ------------------------------------------------------------------------
    def _open_repair(self, dialog: QDialog, done) -> None:
        """Window-modal over the login; ``repair_dialog`` while it is open."""
        self.repair_dialog = dialog

        def finished(result: int) -> None:
            self.repair_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                done(dialog)

        dialog.finished.connect(finished)
        dialog.open()

    def restore_backup(self) -> None:
        dialog = RestoreDialog(
            self._opener,
            self._runner,
            self._dialogs,
            self.database,
            login=self.login_edit.text().strip(),
            parent=self,
        )
        self._open_repair(dialog, self._restored)

    def _restored(self, dialog: RestoreDialog) -> None:
        if dialog.moved is not None:
            text = self.tr(
                "The backup was restored. The damaged file was moved aside, not deleted:\n%1"
            ).replace("%1", str(dialog.moved))
        else:
            text = self.tr("The backup was restored.")
        text += "\n\n" + self.tr(
            "Log in with the passwords as they were when the backup was taken."
        )
        self._dialogs.information(self, self.tr("Backup restored"), text)
        self._repaired(dialog.login)

    def recover_account(self) -> None:
        dialog = RecoverAccountDialog(
            self._opener,
            self._runner,
            self.database,
            login=self.login_edit.text().strip(),
            parent=self,
        )
        self._open_repair(dialog, self._recovered)

    def _recovered(self, dialog: RecoverAccountDialog) -> None:
        self._dialogs.information(
            self,
            self.tr("Access re-created"),
            self.tr(
                "%1 can log in with the new password. If the key file was lost, give the "
                "other users new passwords in Administration."
            ).replace("%1", dialog.login),
        )
        self._repaired(dialog.login)

    def _repaired(self, login: str) -> None:
        self.message.hide()
        self._offer(restore=False, recover=False)
        self.login_edit.setText(login)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def explain(self, exc: BaseException) -> str:
        if isinstance(exc, PermissionDenied):  # here it means: no right to log in at all
            return self.tr("This account may not open the office.")
        return explain(exc)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)
