"""Create a user, or give one a new temporary password (reset, reactivation), with the
core's field errors (login taken, password policy) shown next to each field, all at once:
two passwords that differ are said together with what the policy finds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import ConfirmationRequired, FieldError, ValidationError
from broker_desktop.core.validation import require_password_policy
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.form_support import FieldRows, show_with_core
from broker_desktop.ui.widgets import grow_to_fit, message_label, note_label, set_default_button

CREATE, RESET, REACTIVATE = "create", "reset", "reactivate"


class UserDialog(QDialog):
    def __init__(
        self,
        session,
        runner,
        *,
        mode: str = CREATE,
        user=None,
        roles=(),
        confirm_admin: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._mode = mode
        self._user = user
        self._confirm_admin = confirm_admin
        titles = {
            CREATE: self.tr("New user"),
            RESET: self.tr("Reset the password"),
            REACTIVATE: self.tr("Reactivate the account"),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.rows = FieldRows(form)
        self.login_edit = QLineEdit()
        self.name_edit = QLineEdit()
        if mode == CREATE:
            self.rows.add("login", self.tr("Login:"), self.login_edit)
            self.rows.add("display_name", self.tr("Full name:"), self.name_edit)
        else:
            who = QLabel(f"{user.display_name} ({user.login})")
            who.setStyleSheet("font-weight: 600;")
            form.addRow(self.tr("User:"), who)
        self.password_edit = self.rows.add("password", self.tr("Temporary password:"), QLineEdit())
        self.repeat_edit = self.rows.add("password_again", self.tr("Password again:"), QLineEdit())
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        # "the two passwords differ" is about both fields: fixing either one clears it
        self.password_edit.textChanged.connect(self.rows.errors["password_again"].clear_error)
        layout.addLayout(form)
        layout.addWidget(
            note_label(
                self.tr(
                    "The user chooses his own password at his first login. Give him this "
                    "one in person, not by e-mail."
                )
            )
        )
        self.role_list = QListWidget()
        self.role_list.setObjectName("user_roles")
        if mode == CREATE:
            heading = QLabel(self.tr("Roles:"))
            heading.setStyleSheet("font-weight: 600;")
            layout.addWidget(heading)
            for role in roles:
                item = QListWidgetItem(role.name)
                item.setData(Qt.ItemDataRole.UserRole, role.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
                self.role_list.addItem(item)
            self.role_list.setMaximumHeight(140)
            layout.addWidget(self.role_list)
        self.message = message_label()
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            {
                CREATE: self.tr("Create the user"),
                RESET: self.tr("Reset"),
                REACTIVATE: self.tr("Reactivate"),
            }[mode]
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        set_default_button(self, self.ok_button)
        (self.login_edit if mode == CREATE else self.password_edit).setFocus()

    def role_ids(self) -> tuple[int, ...]:
        return tuple(
            self.role_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.role_list.count())
            if self.role_list.item(i).checkState() == Qt.CheckState.Checked
        )

    def submit(self, confirm: bool = False) -> None:
        password = self.password_edit.text()
        admin = self._session.admin
        if password != self.repeat_edit.text():
            local = {"password_again": FieldError("passwords_differ", "The two passwords differ.")}
            if self._mode == CREATE:
                login, name = self.login_edit.text(), self.name_edit.text()
                check = lambda: admin.check_user(login, name, password)  # noqa: E731
            else:  # the policy for this user's login, as reset and reactivate apply it
                login = self._user.login
                check = lambda: require_password_policy(password, login)  # noqa: E731
            show_with_core(self.rows, self._runner, check, local, self._say)
            grow_to_fit(self)
            return
        self.message.hide()
        if self._mode == CREATE:
            login, name, roles = self.login_edit.text(), self.name_edit.text(), self.role_ids()

            def operation():
                return admin.create_user(login, name, password, roles=roles, confirm=confirm)
        elif self._mode == RESET:
            user_id = self._user.id

            def operation():
                return admin.reset_password(user_id, password)
        else:
            user_id = self._user.id

            def operation():
                return admin.reactivate_user(user_id, password, confirm=confirm)

        self.ok_button.setEnabled(False)
        self._runner.run(operation, self._done, self._refused)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)  # a wrapped error line must not squeeze the fields

    def _done(self, _result) -> None:
        self.accept()

    def done(self, result: int) -> None:
        """However it closes (saved, cancelled, the window locked), no password stays."""
        for edit in (self.password_edit, self.repeat_edit):
            edit.clear()
        super().done(result)

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ConfirmationRequired):
            if self._confirm_admin():
                self.submit(confirm=True)
            return
        if isinstance(exc, ValidationError):
            self._say("\n".join(self.rows.show(exc.errors)))
            return
        self.rows.clear()
        self._say(explain(exc))
