"""Copy a secret (the recovery code) to the clipboard: marked as a secret for clipboard
managers and history where the platform has a convention for it, and cleared after 60 s
if it is still there."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000

# What clipboard managers look at before keeping a copy in their history.
_SECRET_MARKS = {
    "x-kde-passwordManagerHint": b"secret",  # KDE Klipper, and others on Linux
    "org.nspasteboard.ConcealedType": b"",  # macOS clipboard managers
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",  # Windows
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",  # Windows 10+ history
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",  # Windows cloud clipboard
}


def secret_mime(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    for name, value in _SECRET_MARKS.items():
        data.setData(name, QByteArray(value))
    return data


class SecretClipboard(QObject):
    """One per window that offers to copy a secret."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        self._text = text
        QGuiApplication.clipboard().setMimeData(secret_mime(text), QClipboard.Mode.Clipboard)
        self._timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds the secret (not what was copied since)."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._text and clipboard.text() == self._text:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._text = ""
