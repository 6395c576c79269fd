"""One facade for message boxes and file dialogs.

Tests queue the next answers (KeePassXC's MessageBox pattern), so a modal dialog never
blocks them; every question asked while answers are queued is recorded in ``asked``.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Dialogs:
    def __init__(self) -> None:
        self._answers: deque[Any] = deque()
        self.asked: list[tuple[str, str, str]] = []

    # ----- the test seam -------------------------------------------------------------
    def queue_answer(self, answer: Any) -> None:
        """The next dialog returns ``answer`` without showing anything.

        For questions: True/False; for file dialogs: a path or "" (cancelled).
        Messages (information, warning, error) consume None.
        """
        self._answers.append(answer)

    def _scripted(self, kind: str, title: str, text: str) -> tuple[bool, Any]:
        if not self._answers:
            return False, None
        self.asked.append((kind, title, text))
        return True, self._answers.popleft()

    # ----- messages ------------------------------------------------------------------
    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._scripted("information", title, text)
        if not scripted:
            QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._scripted("warning", title, text)
        if not scripted:
            QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        scripted, _ = self._scripted("error", title, text)
        if scripted:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(parent, box.windowFlags())
        if details:
            box.setDetailedText(details)
        box.exec()

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, dangerous: bool = False
    ) -> bool:
        scripted, answer = self._scripted("confirm", title, text)
        if scripted:
            return bool(answer)
        box = QMessageBox(
            QMessageBox.Icon.Warning if dangerous else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setParent(parent, box.windowFlags())
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # ----- files -------------------------------------------------------------------------
    def save_file(self, parent: QWidget | None, title: str, start: str, filters: str) -> str:
        scripted, answer = self._scripted("save_file", title, start)
        if scripted:
            return str(answer or "")
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return path

    def open_file(self, parent: QWidget | None, title: str, start: str, filters: str) -> str:
        scripted, answer = self._scripted("open_file", title, start)
        if scripted:
            return str(answer or "")
        path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        return path

    def choose_folder(self, parent: QWidget | None, title: str, start: str) -> str:
        scripted, answer = self._scripted("choose_folder", title, start)
        if scripted:
            return str(answer or "")
        return QFileDialog.getExistingDirectory(parent, title, start)

    def ask_secret(self, parent: QWidget | None, title: str, label: str) -> str:
        """A line typed without echo (a recovery code); "" when cancelled."""
        scripted, answer = self._scripted("ask_secret", title, label)
        if scripted:
            return str(answer or "")
        text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if accepted else ""
