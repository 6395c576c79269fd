"""The Office menu's whole-database actions for whoever may manage users: back up, change
the database key (the new recovery code shown once), show the recovery code again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from broker_desktop.core.rights import Right
from broker_desktop.storage.errors import DatabaseInUse
from broker_desktop.ui.messages import explain, key_file_of
from broker_desktop.ui.page_context import PageContext
from broker_desktop.ui.recovery_code import RecoveryCodeDialog

MANAGE = (Right.USERS_MANAGE,)


class MaintenanceActions(QObject):
    def __init__(self, context: PageContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.code_dialog: QDialog | None = None  # the recovery code, while shown
        self.backup_action = QAction(self.tr("Back up the database…"), window)
        self.change_key_action = QAction(self.tr("Change the database key…"), window)
        self.show_code_action = QAction(self.tr("Show the recovery code…"), window)
        self.backup_action.triggered.connect(self.backup)
        self.change_key_action.triggered.connect(self.change_key)
        self.show_code_action.triggered.connect(self.show_recovery_code)
        for action in self.actions():
            context.guard.bind(action, see=MANAGE)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.change_key_action, self.show_code_action]

    # ----- backup ----------------------------------------------------------------------------
    def backup(self) -> None:
        session, dialogs = self.context.session, self.context.dialogs
        database = Path(session.database.path)
        word = self.tr("backup")
        start = database.parent / f"{database.stem}-{word}-{dt.date.today()}.db"
        chosen = dialogs.save_file(
            self.window,
            self.tr("Back up the database"),
            str(start),
            self.tr("Office databases (*.db)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".db":
            target = target.with_name(target.name + ".db")
        self.context.runner.run(
            lambda: session.maintenance.backup(target),
            self._backed_up,
            lambda exc: self._failed(self.tr("Back up the database"), exc),
        )

    def _backed_up(self, written: Path) -> None:
        self.context.dialogs.information(
            self.window,
            self.tr("Backup done"),
            self.tr(
                "The backup was written to:\n%1\n\nwith its key file:\n%2\n\nKeep the two "
                "files together, away from this computer (another disk, a USB key in a "
                "safe). The passwords of today open it."
            )
            .replace("%1", str(written))
            .replace("%2", str(key_file_of(written))),
        )

    # ----- change of key -------------------------------------------------------------------------
    def change_key(self) -> None:
        if not self.context.dialogs.confirm(
            self.window,
            self.tr("Change the database key"),
            self.tr(
                "Change the key after someone leaves the office, or after deactivating an "
                "account: whoever kept the old recovery code or an old key file can then no "
                "longer open the database.\n\n"
                "Warning: every other workstation must have closed Broker Desktop. Everyone "
                "keeps his password. The old recovery code stops working; the new one is "
                "shown only once. Backups taken before keep the old key: keep them safe or "
                "destroy them.\n\nChange the key now?"
            ),
            dangerous=True,
        ):
            return
        session = self.context.session
        self.context.runner.run(
            session.maintenance.change_key,
            self._key_changed,
            lambda exc: self._failed(self.tr("Change the database key"), exc),
        )

    def _key_changed(self, code: str) -> None:
        self._show_code(
            RecoveryCodeDialog(
                self.context.dialogs,
                code,
                title=self.tr("The new recovery code"),
                explanation=self.tr(
                    "The database key was changed. The old recovery code no longer opens "
                    "the database; this one does. It is shown only now: print it or copy "
                    "it, and keep it in a safe place, away from the computer."
                ),
                acknowledge=True,
                parent=self.window,
            )
        )

    # ----- recovery code -----------------------------------------------------------------------
    def show_recovery_code(self) -> None:
        if not self.context.dialogs.confirm(
            self.window,
            self.tr("Show the recovery code"),
            self.tr(
                "The recovery code opens the database without any password. Show it only "
                "when nobody else can see your screen. Showing it is recorded in the audit "
                "log.\n\nShow it now?"
            ),
        ):
            return
        session = self.context.session
        self.context.runner.run(
            session.maintenance.recovery_code,
            self._code_read,
            lambda exc: self._failed(self.tr("Show the recovery code"), exc),
        )

    def _code_read(self, code: str) -> None:
        self._show_code(
            RecoveryCodeDialog(
                self.context.dialogs,
                code,
                title=self.tr("The recovery code"),
                explanation=self.tr(
                    "This code opens the database if every password is forgotten or the "
                    "key file is lost. Keep it in a safe place, away from the computer."
                ),
                acknowledge=False,
                parent=self.window,
            )
        )

    def _show_code(self, dialog: RecoveryCodeDialog) -> None:
        """Window-modal; locking the window closes it and the code is forgotten."""
        self.code_dialog = dialog

        def finished(_result: int) -> None:
            if self.code_dialog is dialog:
                self.code_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # ----- failures ------------------------------------------------------------------------------
    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, DatabaseInUse):
            text = self.tr(
                "Nothing was changed: the database is open in another window or on another "
                "workstation. Ask everyone to close Broker Desktop (or to log out), then "
                "try again."
            )
        else:
            text = explain(exc)
        self.context.dialogs.warning(self.window, title, text)
