"""At the login window: replace a damaged database by a backup of the same office.

Whoever restores proves that he may manage users in the *current* office: with his login
and password there, or with the office's recovery code when the database cannot be
opened. Replacing the office by another office's file needs an explicit choice and the
recovery code of the office replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import FieldError, PermissionDenied
from broker_desktop.storage.errors import (
    AccountLocked,
    BackupOfAnotherOffice,
    InvalidCredentials,
    InvalidRecoveryCode,
    WrongKey,
)
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.messages import explain, key_file_of
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.pages.form_support import FieldRows
from broker_desktop.ui.recover_dialog import RecoveryCodeEdit
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import (
    grow_to_fit,
    message_label,
    note_label,
    submit_buttons,
)


class RestoreDialog(QDialog):
    def __init__(
        self,
        opener: Opener,
        runner: TaskRunner,
        dialogs: Dialogs,
        database: Path,
        *,
        login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._runner = runner
        self._dialogs = dialogs
        self.database = Path(database)
        self.login = ""
        self.moved: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(620)
        heading = QLabel(self.tr("Restore the office database from a backup"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(
            note_label(
                self.tr(
                    "The backup replaces the database below. The current file is moved "
                    "aside, never deleted. Everything entered since the backup is not in "
                    "it. Every workstation must have closed Broker Desktop."
                )
            )
        )
        layout.addWidget(
            note_label(
                self.tr(
                    "Only someone who may manage users in this office may restore it: enter "
                    "your login and your current password. When the database cannot be "
                    "opened any more, enter the office's recovery code instead."
                )
            )
        )
        where = QLabel(str(self.database))
        where.setWordWrap(True)
        where.setStyleSheet("font-family: monospace;")
        form = QFormLayout()
        form.addRow(self.tr("Database:"), where)
        self.rows = FieldRows(form)
        self.backup_edit = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_backup)
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_edit, 1)
        row.addWidget(choose)
        self.rows.add("backup", self.tr("Backup file:"), picker)
        self.rows.widgets["backup"] = self.backup_edit
        self.login_edit = self.rows.add("login", self.tr("Login:"), QLineEdit(login))
        self.password_edit = self.rows.add("password", self.tr("Password:"), QLineEdit())
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = self.rows.add(
            "recovery_code", self.tr("Recovery code:"), RecoveryCodeEdit()
        )
        self.another_office = QCheckBox(self.tr("Replace this office by another office"))
        self.another_office.setObjectName("another_office")
        form.addRow("", self.another_office)
        form.addRow(
            "",
            note_label(
                self.tr(
                    "Only when the backup is of another office: this needs the recovery "
                    "code of this office, and the login and password of an account of the "
                    "backup."
                )
            ),
        )
        layout.addLayout(form)
        self.message = message_label()
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        buttons, self.ok_button = submit_buttons(self, self.tr("Restore"))
        layout.addWidget(buttons)

    def _choose_backup(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Choose the backup"),
            str(self.database.parent),
            self.tr("Office databases (*.db);;All files (*)"),
        )
        if path:
            self.backup_edit.setText(path)

    def submit(self) -> None:
        self.message.hide()
        backup = Path(self.backup_edit.text().strip()) if self.backup_edit.text().strip() else None
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        code = self.code_edit.text().strip() or None
        another = self.another_office.isChecked()
        problems = {}
        if backup is None:
            problems["backup"] = FieldError("required", "Required.")
        elif not backup.is_file():
            problems["backup"] = FieldError("missing", self.tr("There is no file at this place."))
        elif not key_file_of(backup).is_file():
            problems["backup"] = FieldError(
                "no_key_file",
                self.tr("Its key file (%1) is not beside it: copy both files together.").replace(
                    "%1", key_file_of(backup).name
                ),
            )
        elif backup.absolute() == self.database.absolute():
            problems["backup"] = FieldError(
                "same_file", self.tr("This is the database itself. Choose the backup.")
            )
        needs_password = code is None or another
        if needs_password and not login:
            problems["login"] = FieldError("required", "Required.")
        if needs_password and not password:
            problems["password"] = FieldError("required", "Required.")
        if another and code is None:
            problems["recovery_code"] = FieldError(
                "required", self.tr("The recovery code of the office being replaced.")
            )
        if problems or backup is None:
            self.rows.show(problems)
            grow_to_fit(self)
            return
        self.rows.clear()
        self.ok_button.setEnabled(False)
        database, opener = self.database, self._opener
        self._runner.run(
            lambda: opener.restore(
                database, backup, login, password, recovery_code=code, another_office=another
            ),
            lambda moved: self._done(login, moved),
            self._refused,
        )

    def _done(self, login: str, moved) -> None:
        self.login, self.moved = login, moved
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.password_edit.clear()
        self.rows.clear()
        if isinstance(exc, InvalidCredentials):
            text = self.tr("Wrong login or password.")
        elif isinstance(exc, AccountLocked):
            text = self.tr("Too many failed attempts: this account is locked for a while.")
        elif isinstance(exc, PermissionDenied):
            text = self.tr(
                "This account may not manage users in this office: it cannot restore it."
            )
        elif isinstance(exc, BackupOfAnotherOffice):
            text = self.tr(
                "This backup is of another office. It was not restored. To replace this "
                "office by it, tick the box and enter this office's recovery code."
            )
        elif isinstance(exc, (WrongKey, InvalidRecoveryCode)):
            text = self.tr(
                "The recovery code does not fit, or the backup cannot be opened with it. "
                "Check the code (and, for a backup taken before a key change, your login "
                "and password as they were then)."
            )
        else:
            text = explain(exc)
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)

    def done(self, result: int) -> None:
        self.password_edit.clear()
        self.code_edit.clear()
        super().done(result)
