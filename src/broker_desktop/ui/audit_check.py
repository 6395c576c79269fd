"""The Office menu's "has the history changed since this backup?" for whoever may read
the audit log: today's log is compared with a backup's, entry by entry, on the worker
thread (core ``AuditService.compare_with_backup``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from broker_desktop.core import audit
from broker_desktop.core.audit import BackupComparison
from broker_desktop.core.rights import Right
from broker_desktop.storage.errors import WrongKey
from broker_desktop.ui.messages import explain
from broker_desktop.ui.page_context import PageContext


class AuditCheckActions(QObject):
    def __init__(self, context: PageContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.compare_action = QAction(self.tr("Compare the audit log with a backup…"), window)
        self.compare_action.triggered.connect(self.compare_with_backup)
        context.guard.bind(self.compare_action, see=(Right.AUDIT_VIEW,))

    def actions(self) -> list[QAction]:
        return [self.compare_action]

    def compare_with_backup(self) -> None:
        session, dialogs = self.context.session, self.context.dialogs
        chosen = dialogs.open_file(
            self.window,
            self.tr("Compare the audit log with a backup"),
            # the office's folder; a backup of this workstation when working through a server
            str(Path(session.database.path).parent)
            if hasattr(session, "database")
            else str(Path.home()),
            self.tr("Office databases (*.db)"),
        )
        if not chosen:
            return
        self._compare(Path(chosen), None)

    def _compare(self, backup: Path, recovery_code: str | None) -> None:
        session = self.context.session
        self.context.runner.run(
            lambda: session.audit.compare_with_backup(backup, recovery_code),
            self._compared,
            lambda exc: self._failed(exc, backup, recovery_code),
        )

    def _compared(self, result: BackupComparison) -> None:
        title = self.tr("Compare the audit log with a backup")
        entry = str(result.first_bad_id or "")
        if result.outcome == audit.UNCHANGED:
            text = (
                self.tr(
                    "The history has not changed since this backup: its %1 entries are all "
                    "still in the audit log, unchanged (%2 entries today)."
                )
                .replace("%1", str(result.backup_entries))
                .replace("%2", str(result.current_entries))
            )
            self.context.dialogs.information(self.window, title, text)
            return
        if result.outcome == audit.REWRITTEN:
            text = self.tr(
                "The history has changed since this backup: entry %1 does not read today as it "
                "did then. Someone holding the database key has rewritten the audit log. Keep "
                "this backup and the database as they are, and have them examined."
            ).replace("%1", entry)
        elif result.outcome == audit.REMOVED:
            text = self.tr(
                "The history has changed since this backup: entry %1, present then, is missing "
                "today. Keep this backup and the database as they are, and have them examined."
            ).replace("%1", entry)
        elif result.outcome == audit.CHANGED_SINCE:
            text = self.tr(
                "The entries of this backup are unchanged, but the audit log was altered after "
                "it, from entry %1 on."
            ).replace("%1", entry)
        elif result.outcome == audit.ANOTHER_OFFICE:
            text = self.tr("This backup is a copy of another office's database.")
        else:
            text = self.tr(
                "The backup's own audit log is damaged (entry %1): it cannot serve as a "
                "reference. Choose another backup."
            ).replace("%1", entry)
        self.context.dialogs.warning(self.window, title, text)

    def _failed(self, exc: BaseException, backup: Path, recovery_code: str | None) -> None:
        title = self.tr("Compare the audit log with a backup")
        if isinstance(exc, WrongKey) and recovery_code is None:
            # Taken before a change of key: it opens with the recovery code of its day.
            code = self.context.dialogs.ask_secret(
                self.window,
                title,
                self.tr(
                    "This backup does not open with the database's current key: it was "
                    "taken before a change of key, or it belongs to another office.\n\n"
                    "Recovery code that was valid when the backup was taken:"
                ),
            )
            if code:
                self._compare(backup, code)
            return
        self.context.dialogs.warning(self.window, title, explain(exc))
