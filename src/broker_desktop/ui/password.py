"""Change one's own password (also forced at first login)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import ValidationError
from broker_desktop.storage.errors import InvalidCredentials
from broker_desktop.ui.messages import field_message
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import (
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
        self.old_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
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
        form.addRow(self.tr("Current password:"), self.old_edit)
        form.addRow(self.tr("New password:"), self.new_edit)
        form.addRow(self.tr("New password again:"), self.repeat_edit)
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
            self._show(self.tr("The two new passwords differ."))
            return
        old = self.old_edit.text()
        self.ok_button.setEnabled(False)
        session = self._session
        self._runner.run(lambda: session.change_password(old, new), self._done, self._refused)

    def _done(self, _result) -> None:
        self.accept()

    def done(self, result: int) -> None:
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        super().done(result)

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, InvalidCredentials):
            self._show(self.tr("The current password is wrong."))
        elif isinstance(exc, ValidationError):
            self._show("\n".join(field_message(e) for e in exc.errors.values()))
        else:
            self._show(str(exc))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
