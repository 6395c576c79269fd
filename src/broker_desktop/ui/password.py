"""Change one's own password (also forced at first login), with every field error shown
next to its field at once, as the administrator's reset dialog does: two new passwords
that differ are said together with what the password policy finds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import FieldError, ValidationError
from broker_desktop.core.validation import require_password_policy
from broker_desktop.storage.errors import InvalidCredentials
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.form_support import FieldRows, show_with_core
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import (
    grow_to_fit,
    message_label,
    note_label,
    set_default_button,
)


class ChangePasswordDialog(QDialog):
    def __init__(
        self, session, runner: TaskRunner, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                note_label(
                    self.tr(
                        "This is your first login (or your password was reset): choose your "
                        "own password before going on."
                    )
                )
            )
        form = QFormLayout()
        # the field names are the core's (Session.change_password): its errors land there
        self.rows = FieldRows(form)
        self.old_edit = self.rows.add("old_password", self.tr("Current password:"), QLineEdit())
        self.new_edit = self.rows.add("new_password", self.tr("New password:"), QLineEdit())
        self.repeat_edit = self.rows.add(
            "new_password_again", self.tr("New password again:"), QLineEdit()
        )
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        # "the two passwords differ" is about both fields: fixing either one clears it
        self.new_edit.textChanged.connect(self.rows.errors["new_password_again"].clear_error)
        layout.addLayout(form)
        self.message = message_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        set_default_button(self, self.ok_button)

    def submit(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            local = {
                "new_password_again": FieldError("passwords_differ", "The two passwords differ.")
            }
            login = self._session.user.login
            check = lambda: require_password_policy(new, login, "new_password")  # noqa: E731
            show_with_core(self.rows, self._runner, check, local, self._say)
            grow_to_fit(self)
            return
        old = self.old_edit.text()
        self._say("")
        self.ok_button.setEnabled(False)
        session = self._session
        self._runner.run(lambda: session.change_password(old, new), self._done, self._refused)

    def _done(self, _result) -> None:
        self.accept()

    def done(self, result: int) -> None:
        """However it closes (changed, cancelled, the window locked), no password stays."""
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        super().done(result)

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, InvalidCredentials):
            wrong = FieldError("wrong_password", "The current password is wrong.")
            self._say("\n".join(self.rows.show({"old_password": wrong})))
        elif isinstance(exc, ValidationError):
            self._say("\n".join(self.rows.show(exc.errors)))
        else:
            self.rows.clear()
            self._say(explain(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)  # a wrapped error line must not squeeze the fields
