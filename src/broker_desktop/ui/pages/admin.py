"""Administration: users, roles, members, direct rights, and why a user has each right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.changes import ROLE, USER
from broker_desktop.core.errors import ConfirmationRequired, ValidationError
from broker_desktop.core.rights import ADMIN_RIGHTS, Right, label
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.messages import explain, field_message
from broker_desktop.ui.page_context import Page, PageContext
from broker_desktop.ui.pages.reference_choices import person_item
from broker_desktop.ui.pages.role_dialog import RoleDialog
from broker_desktop.ui.pages.user_dialog import CREATE, REACTIVATE, RESET, UserDialog
from broker_desktop.ui.tab_style import keep_accents

USERS = (Right.USERS_MANAGE,)
ROLES = (Right.ROLES_MANAGE,)


def _checked(widget: QListWidget) -> set:
    return {
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    }


class AdminPage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.language
        self.users: list = []
        self.roles: list = []
        self.user_dialog: UserDialog | None = None
        self.role_dialog: RoleDialog | None = None
        self.tabs = QTabWidget()
        keep_accents(self.tabs)
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        self.tabs.addTab(self._roles_tab(), self.tr("Roles"))
        context.guard.bind_tab(self.tabs, self.users_tab, see=USERS + ROLES)
        context.guard.bind_tab(self.tabs, self.roles_tab, see=USERS + ROLES)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.live = LiveRefresh(
            self, context.changes, context.guard, (USER, ROLE), self.reload, self.clear
        )

    # ----- users ---------------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        guard = self.context.guard
        self.users_tab = QWidget()
        self.user_list = QListWidget()
        self.user_list.setObjectName("user_list")
        self.user_list.currentRowChanged.connect(self._user_selected)
        buttons = QHBoxLayout()
        self.new_user_button = QPushButton(self.tr("New user…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reactivate_button = QPushButton(self.tr("Reactivate…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.unlock_button = QPushButton(self.tr("Unlock"))

        def user_is(active: bool | None):  # the selected user, active or not (None: any)
            def check() -> bool:
                user = self._current_user()
                return user is not None and active in (None, user.active)

            return check

        for button, slot, when in (
            (self.new_user_button, self.new_user, None),
            (self.deactivate_button, self.deactivate, user_is(True)),
            (self.reactivate_button, self.reactivate, user_is(False)),
            (self.reset_button, self.reset_password, user_is(True)),
            (self.unlock_button, self.unlock, user_is(None)),
        ):
            button.clicked.connect(slot)
            guard.bind(button, change=Right.USERS_MANAGE, enabled_when=when)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.member_list = QListWidget()
        self.member_list.itemChanged.connect(self._membership_changed)
        self.direct_list = QListWidget()
        self.direct_list.itemChanged.connect(self._direct_changed)
        self.explanation = QTextBrowser()
        self.explanation.setObjectName("rights_explanation")
        detail = QWidget()
        grid = QHBoxLayout(detail)
        for title, widget in (
            (self.tr("Roles of this user"), self.member_list),
            (self.tr("Rights granted directly"), self.direct_list),
            (self.tr("Effective rights and where they come from"), self.explanation),
        ):
            box = QVBoxLayout()
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            box.addWidget(heading)
            box.addWidget(widget)
            grid.addLayout(box, 1)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Users")))
        left_layout.addWidget(self.user_list)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self.users_tab)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return self.users_tab

    def _right_items(self):
        return [(r, label(r, self.language)) for r in Right]

    def _current_user(self):
        row = self.user_list.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _user_selected(self, *_args) -> None:
        user = self._current_user()
        can_users = self.context.guard.can(Right.USERS_MANAGE)
        can_roles = self.context.guard.can(Right.ROLES_MANAGE)
        self.context.guard.recheck()
        for widget in (self.member_list, self.direct_list):
            widget.blockSignals(True)
            widget.clear()
        if user is None:
            self.explanation.clear()
            for widget in (self.member_list, self.direct_list):
                widget.blockSignals(False)
            return
        for role in self.roles:
            item = QListWidgetItem(role.name)
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if can_roles or can_users:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if user.id in role.member_ids else Qt.CheckState.Unchecked
            )
            self.member_list.addItem(item)
        for right, text in self._right_items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, right)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if can_roles or can_users:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if right in user.direct_rights else Qt.CheckState.Unchecked
            )
            self.direct_list.addItem(item)
        for widget in (self.member_list, self.direct_list):
            widget.blockSignals(False)
        self._explain(user.id)

    def _explain(self, user_id: int) -> None:
        session = self.context.session
        self.context.runner.run(
            lambda: session.admin.explain_rights(user_id), self._show_explanation, self._failed
        )

    def _show_explanation(self, explanations) -> None:
        if not explanations:
            self.explanation.setPlainText(self.tr("No right (or the account is deactivated)."))
            return
        lines = []
        for e in explanations:
            sources = [self.tr("role %1").replace("%1", r) for r in e.roles]
            if e.direct:
                sources.append(self.tr("granted directly"))
            lines.append(f"<li><b>{label(e.right, self.language)}</b> — {', '.join(sources)}</li>")
        self.explanation.setHtml("<ul>" + "".join(lines) + "</ul>")

    def _membership_changed(self, item: QListWidgetItem) -> None:
        user = self._current_user()
        role_id = item.data(Qt.ItemDataRole.UserRole)
        admin = self.context.session.admin
        if item.checkState() == Qt.CheckState.Checked:
            self._confirmed(lambda confirm: admin.add_member(role_id, user.id, confirm=confirm))
        else:
            self._change(lambda: admin.remove_member(role_id, user.id))

    def _direct_changed(self, item: QListWidgetItem) -> None:
        user = self._current_user()
        right = item.data(Qt.ItemDataRole.UserRole)
        admin = self.context.session.admin
        if item.checkState() == Qt.CheckState.Checked:
            self._confirmed(lambda confirm: admin.grant_right(user.id, right, confirm=confirm))
        else:
            self._change(lambda: admin.revoke_right(user.id, right))

    def _open_user_dialog(self, mode: str, user=None) -> None:
        """Window-modal, not a nested event loop; ``user_dialog`` while it is open."""
        dialog = UserDialog(
            self.context.session,
            self.context.runner,
            mode=mode,
            user=user,
            roles=self.roles,
            confirm_admin=self.confirm_admin_rights,
            parent=self,
        )
        self.user_dialog = dialog

        def finished(result: int) -> None:
            self.user_dialog = None
            dialog.deleteLater()
            if result == UserDialog.DialogCode.Accepted:
                self._changed()

        dialog.finished.connect(finished)
        dialog.open()

    def new_user(self) -> None:
        self._open_user_dialog(CREATE)

    def deactivate(self) -> None:
        user = self._current_user()
        if user and self.context.dialogs.confirm(
            self,
            self.tr("Deactivate"),
            self.tr("Deactivate %1? He can no longer log in.").replace("%1", user.display_name),
        ):
            admin = self.context.session.admin
            self._change(lambda: admin.deactivate_user(user.id))

    def reactivate(self) -> None:
        user = self._current_user()
        if user is not None:
            self._open_user_dialog(REACTIVATE, user)

    def reset_password(self) -> None:
        user = self._current_user()
        if user is not None:
            self._open_user_dialog(RESET, user)

    def unlock(self) -> None:
        user = self._current_user()
        if user is not None:
            admin = self.context.session.admin
            self._change(lambda: admin.unlock_user(user.id))

    # ----- roles ---------------------------------------------------------------------------
    def _roles_tab(self) -> QWidget:
        guard = self.context.guard
        self.roles_tab = QWidget()
        self.role_list = QListWidget()
        self.role_list.setObjectName("role_list")
        self.role_list.currentRowChanged.connect(self._role_selected)
        self.role_rights = QListWidget()
        self.role_members = QListWidget()
        self.role_members.setObjectName("role_members")
        buttons = QHBoxLayout()
        self.new_role_button = QPushButton(self.tr("New role…"))
        self.rename_role_button = QPushButton(self.tr("Rename…"))
        self.delete_role_button = QPushButton(self.tr("Delete role"))
        self.save_rights_button = QPushButton(self.tr("Save the rights"))

        def has_role() -> bool:
            return self._current_role() is not None

        for button, slot, when in (
            (self.new_role_button, self.new_role, None),
            (self.rename_role_button, self.rename_role, has_role),
            (self.delete_role_button, self.delete_role, has_role),
            (self.save_rights_button, self.save_role_rights, has_role),
        ):
            button.clicked.connect(slot)
            guard.bind(button, change=Right.ROLES_MANAGE, enabled_when=when)
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_box = QVBoxLayout()
        for title, widget, stretch in (
            (self.tr("Rights of this role"), self.role_rights, 3),
            (self.tr("Members of this role"), self.role_members, 1),
        ):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            right_box.addWidget(heading)
            right_box.addWidget(widget, stretch)
        body = QHBoxLayout()
        body.addWidget(self.role_list, 1)
        body.addLayout(right_box, 2)
        layout = QVBoxLayout(self.roles_tab)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)
        return self.roles_tab

    def _current_role(self):
        row = self.role_list.currentRow()
        return self.roles[row] if 0 <= row < len(self.roles) else None

    def _role_selected(self, *_args) -> None:
        role = self._current_role()
        self.context.guard.recheck()
        self.role_rights.clear()
        self.role_members.clear()
        if role is None:
            return
        enabled = self.context.guard.can(Right.ROLES_MANAGE)
        for right, text in self._right_items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, right)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if enabled:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if right in role.rights else Qt.CheckState.Unchecked
            )
            self.role_rights.addItem(item)
        members = [u for u in self.users if u.id in role.member_ids]
        for user in members:
            item = person_item(user.display_name, user.active)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read here, changed in the Users tab
            self.role_members.addItem(item)
        if not members:
            item = QListWidgetItem(self.tr("Nobody has this role."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.role_members.addItem(item)

    def _open_role_dialog(self, role=None) -> None:
        """Window-modal, like the user dialog; ``role_dialog`` while it is open."""
        dialog = RoleDialog(self.context.session, self.context.runner, role=role, parent=self)
        self.role_dialog = dialog

        def finished(result: int) -> None:
            self.role_dialog = None
            dialog.deleteLater()
            if result == RoleDialog.DialogCode.Accepted:
                self._changed()
            elif role is not None:
                self.reload()  # a conflict: show the current name and version

        dialog.finished.connect(finished)
        dialog.open()

    def new_role(self) -> None:
        self._open_role_dialog()

    def rename_role(self) -> None:
        role = self._current_role()
        if role is not None:
            self._open_role_dialog(role)

    def delete_role(self) -> None:
        role = self._current_role()
        if role and self.context.dialogs.confirm(
            self,
            self.tr("Delete role"),
            self.tr("Delete the role %1? Its members lose its rights.").replace("%1", role.name),
            dangerous=True,
        ):
            admin = self.context.session.admin
            self._change(lambda: admin.delete_role(role.id))

    def save_role_rights(self) -> None:
        role = self._current_role()
        if role is None:
            return
        rights = _checked(self.role_rights)
        admin = self.context.session.admin
        self._confirmed(lambda c: admin.set_role_rights(role.id, rights, confirm=c))

    # ----- running changes -------------------------------------------------------------------
    def _confirmed(self, change) -> None:
        """Try without confirmation; on ConfirmationRequired, warn and ask."""

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConfirmationRequired):
                if self.confirm_admin_rights():
                    self._change(lambda: change(True))
                    return
                self.reload()
                return
            self._failed(exc)

        self.context.runner.run(lambda: change(False), lambda _r: self._changed(), failed)

    def confirm_admin_rights(self) -> bool:
        names = ", ".join(label(r, self.language) for r in sorted(ADMIN_RIGHTS))
        return self.context.dialogs.confirm(
            self,
            self.tr("Administration rights"),
            self.tr(
                "Warning: this gives administration rights (%1). Whoever holds "
                "them can change every account, role and right of the office, "
                "including his own. Go on?"
            ).replace("%1", names),
            dangerous=True,
        )

    def _change(self, operation) -> None:
        self.context.runner.run(operation, lambda _r: self._changed(), self._failed)

    def _changed(self) -> None:
        self.context.guard.refresh()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(field_message(e) for e in exc.errors.values())
        else:
            text = explain(exc)
        self.context.dialogs.warning(self, self.tr("Not possible"), text)
        self.reload()

    # ----- page life ----------------------------------------------------------------------
    def reload(self) -> None:
        session = self.context.session
        if not self.context.guard.can_any(USERS + ROLES):
            return
        self.context.runner.run(
            lambda: (session.admin.users(), session.admin.roles()),
            self._loaded,
            self._failed_silently,
        )

    def _failed_silently(self, _exc) -> None:
        self.clear()

    def _loaded(self, result) -> None:
        user_row, role_row = self.user_list.currentRow(), self.role_list.currentRow()
        self.users, self.roles = result
        self.user_list.blockSignals(True)
        self.user_list.clear()
        for user in self.users:
            self.user_list.addItem(person_item(f"{user.display_name} ({user.login})", user.active))
        self.user_list.blockSignals(False)
        self.role_list.blockSignals(True)
        self.role_list.clear()
        for role in self.roles:
            self.role_list.addItem(role.name)
        self.role_list.blockSignals(False)
        self.user_list.setCurrentRow(min(max(user_row, 0), len(self.users) - 1))
        self.role_list.setCurrentRow(min(max(role_row, 0), len(self.roles) - 1))
        self._user_selected()
        self._role_selected()

    def on_shown(self) -> None:
        self.live.shown()
        self.reload()

    def clear(self) -> None:
        self.users, self.roles = [], []
        for widget in (
            self.user_list,
            self.role_list,
            self.member_list,
            self.direct_list,
            self.role_rights,
        ):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.explanation.clear()
        self.role_members.clear()
