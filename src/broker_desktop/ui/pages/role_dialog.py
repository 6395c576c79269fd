"""Create or rename a role, with the core's field error (a name already used) shown under
the name instead of a warning box."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import ConflictError, NotFound, ValidationError
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.form_support import FieldRows
from broker_desktop.ui.widgets import grow_to_fit, message_label, submit_buttons


class RoleDialog(QDialog):
    """``role`` None creates a role; otherwise renames it."""

    def __init__(self, session, runner, *, role=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._role = role
        self.setWindowTitle(self.tr("New role") if role is None else self.tr("Rename role"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.rows = FieldRows(form)
        self.name_edit = self.rows.add(
            "name", self.tr("Name:"), QLineEdit(role.name if role is not None else "")
        )
        self.name_edit.setObjectName("role_name")
        layout.addLayout(form)
        self.message = message_label()
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        buttons, self.ok_button = submit_buttons(
            self, self.tr("Create the role") if role is None else self.tr("Rename")
        )
        layout.addWidget(buttons)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def submit(self) -> None:
        self.message.hide()
        name, admin, role = self.name_edit.text(), self._session.admin, self._role
        if role is None:

            def operation():
                return admin.create_role(name)
        else:

            def operation():
                return admin.rename_role(role.id, name, version=role.version)

        self.ok_button.setEnabled(False)
        self._runner.run(operation, lambda _r: self.accept(), self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            orphans = self.rows.show(exc.errors)
            self.message.setText("\n".join(orphans))
            self.message.setVisible(bool(orphans))
            grow_to_fit(self)
            return
        self.rows.clear()
        if isinstance(exc, (ConflictError, NotFound)):
            text = self.tr(
                "Someone else changed or deleted this role in the meantime. Cancel, then try "
                "again on the reloaded list."
            )
        else:
            text = explain(exc)
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)
