"""The recovery code shown once: copy, print, and "I stored it safely" before going on.

One panel, used by the first-run assistant and after a change of the database key, and
(without the acknowledgement) when a director asks to see the code again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.secret_clipboard import SecretClipboard
from broker_desktop.ui.widgets import note_label, set_default_button


class RecoveryCodePanel(QWidget):
    acknowledged = Signal(bool)

    def __init__(
        self, dialogs: Dialogs, *, acknowledge: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.code_view = QPlainTextEdit()
        self.code_view.setObjectName("recovery_code")
        self.code_view.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.code_view.setFont(font)
        self.code_view.setMaximumHeight(110)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self._copy)
        self.clipboard = SecretClipboard(self)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print)
        self.stored_check = QCheckBox(self.tr("I have stored the recovery code safely"))
        self.stored_check.toggled.connect(self.acknowledged)
        self.stored_check.setVisible(acknowledge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_view)
        layout.addLayout(buttons)
        layout.addWidget(
            note_label(
                self.tr(
                    "Without this code, a lost key file or forgotten passwords mean the "
                    "office data is lost for good."
                )
            )
        )
        layout.addWidget(self.stored_check)

    def set_code(self, code: str) -> None:
        self.code_view.setPlainText(code)

    def forget_code(self) -> None:
        self.code_view.clear()
        self.stored_check.setChecked(False)

    def is_acknowledged(self) -> bool:
        return self.stored_check.isChecked()

    def _copy(self) -> None:
        self.clipboard.copy(self.code_view.toPlainText())

    def _print(self) -> None:
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:
            self._dialogs.warning(
                self, self.tr("Print"), self.tr("Printing is not available on this system.")
            )
            return
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setPlainText(
                self.tr("Broker Desktop — recovery code") + "\n\n" + self.code_view.toPlainText()
            )
            document.print_(printer)


class RecoveryCodeDialog(QDialog):
    """Shows a recovery code. With ``acknowledge``, it cannot be closed (Escape, the
    window's close button) before "I stored it safely" is ticked; it forgets the code
    however it closes."""

    def __init__(
        self,
        dialogs: Dialogs,
        code: str,
        *,
        title: str,
        explanation: str,
        acknowledge: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._acknowledge = acknowledge
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.panel = RecoveryCodePanel(dialogs, acknowledge=acknowledge)
        self.panel.set_code(code)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.clicked.connect(self.accept)
        self.close_button.setEnabled(not acknowledge)
        self.panel.acknowledged.connect(
            lambda ok: self.close_button.setEnabled(ok or not acknowledge)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note_label(explanation))
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        set_default_button(self, self.close_button)

    def _may_close(self) -> bool:
        return not self._acknowledge or self.panel.is_acknowledged()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and not self._may_close():
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.panel.forget_code()
        super().done(result)
