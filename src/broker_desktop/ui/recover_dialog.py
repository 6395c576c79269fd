"""At the login window: with the office's recovery code, re-create one user's access (his
entry in the key file and his password), re-creating a missing or damaged key file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import FieldError, ValidationError
from broker_desktop.storage.errors import InvalidRecoveryCode, WrongKey
from broker_desktop.ui.messages import explain
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.pages.form_support import FieldRows
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import (
    grow_to_fit,
    message_label,
    note_label,
    submit_buttons,
)

GROUP = 4


def grouped(text: str) -> str:
    """Upper case, groups of four separated by dashes, whatever was typed or pasted."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(letters[i : i + GROUP] for i in range(0, len(letters), GROUP))


class RecoveryCodeEdit(QLineEdit):
    """Accepts the code with or without dashes or spaces, in any case, and shows it
    grouped as it is printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setPlaceholderText("ABCD-EFGH-…")
        self.textEdited.connect(self._regroup)

    def _regroup(self, text: str) -> None:
        before_cursor = sum(ch.isalnum() for ch in text[: self.cursorPosition()])
        shown = grouped(text)
        if shown == text:
            return
        self.setText(shown)
        position, seen = 0, 0
        while position < len(shown) and seen < before_cursor:
            seen += shown[position].isalnum()
            position += 1
        self.setCursorPosition(position)


class RecoverAccountDialog(QDialog):
    def __init__(
        self,
        opener: Opener,
        runner: TaskRunner,
        database: Path,
        *,
        login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._runner = runner
        self.database = Path(database)
        self.login = ""
        self.setWindowTitle(self.tr("Use the recovery code"))
        self.setMinimumWidth(600)
        heading = QLabel(self.tr("Re-create an access with the recovery code"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(
            note_label(
                self.tr(
                    "Use it when the key file (.keys) beside the database is lost or "
                    "damaged, or when every password is forgotten. The recovery code was "
                    "shown when the office was created or its key last changed. It gives "
                    "the user below a new password; give the other users new passwords "
                    "afterwards in Administration."
                )
            )
        )
        where = QLabel(str(self.database))
        where.setWordWrap(True)
        where.setStyleSheet("font-family: monospace;")
        form = QFormLayout()
        form.addRow(self.tr("Database:"), where)
        self.rows = FieldRows(form)
        self.code_edit = self.rows.add(
            "recovery_code", self.tr("Recovery code:"), RecoveryCodeEdit()
        )
        self.login_edit = self.rows.add("login", self.tr("Login:"), QLineEdit(login))
        self.password_edit = self.rows.add("new_password", self.tr("New password:"), QLineEdit())
        self.repeat_edit = self.rows.add("password_again", self.tr("Password again:"), QLineEdit())
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form)
        self.message = message_label()
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        buttons, self.ok_button = submit_buttons(self, self.tr("Re-create the access"))
        layout.addWidget(buttons)
        self.code_edit.setFocus()

    def submit(self) -> None:
        self.message.hide()
        code, login = self.code_edit.text(), self.login_edit.text().strip()
        password = self.password_edit.text()
        problems = {}
        if not code.strip():
            problems["recovery_code"] = FieldError("required", "Required.")
        if not login:
            problems["login"] = FieldError("required", "Required.")
        if password != self.repeat_edit.text():
            problems["password_again"] = FieldError("passwords_differ", "Passwords differ.")
        if problems:
            self.rows.show(problems)
            grow_to_fit(self)
            return
        self.rows.clear()
        self.ok_button.setEnabled(False)
        path, opener = self.database, self._opener
        self._runner.run(
            lambda: opener.recover(path, code, login, password),
            lambda _r: self._done(login),
            self._refused,
        )

    def _done(self, login: str) -> None:
        self.login = login
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, (InvalidRecoveryCode, WrongKey)):
            self.rows.show({})
            label = self.rows.errors["recovery_code"]
            label.show_error(explain(exc))
            self.code_edit.setFocus()
            grow_to_fit(self)
            return
        if isinstance(exc, ValidationError):
            orphans = self.rows.show(exc.errors)
            self.message.setText("\n".join(orphans))
            self.message.setVisible(bool(orphans))
            grow_to_fit(self)
            return
        self.rows.clear()
        self.message.setText(explain(exc))
        self.message.show()
        grow_to_fit(self)

    def done(self, result: int) -> None:
        """However it closes, neither the code nor a password stays in the dialog."""
        for edit in (self.code_edit, self.password_edit, self.repeat_edit):
            edit.clear()
        super().done(result)
