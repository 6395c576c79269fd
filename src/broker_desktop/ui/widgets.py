"""Small shared widgets: inline field errors, a busy-aware button row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from broker_desktop.core.errors import FieldError

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #555555;"


class FieldErrorLabel(QLabel):
    """Shown under a form field when the core rejects its value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def message_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def note_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(NOTE_STYLE)
    label.setWordWrap(True)
    return label


_T = QCoreApplication.translate


def field_error_text(error: FieldError) -> str:
    """The translated sentence for a core field error (its English message otherwise)."""
    p = error.params
    known = {
        "required": lambda: _T("FieldErrors", "This field is required."),
        "too_long": lambda: _T("FieldErrors", "Too long (at most %1 characters).").replace(
            "%1", str(p.get("max", p.get("max_length", "")))
        ),
        "invalid_email": lambda: _T("FieldErrors", "This is not a valid e-mail address."),
        "invalid_date": lambda: _T("FieldErrors", "This is not a valid date."),
        "invalid_amount": lambda: _T("FieldErrors", "This is not a valid amount."),
        "negative": lambda: _T("FieldErrors", "Must not be negative."),
        "end_before_start": lambda: _T("FieldErrors", "The end must come after the start."),
        "shares_not_100": lambda: _T("FieldErrors", "The shares must add up to exactly 100 %."),
        "duplicate": lambda: _T("FieldErrors", "This value is already used."),
        "password_too_short": lambda: _T(
            "FieldErrors", "The password is too short (at least %1 characters)."
        ).replace("%1", str(p.get("min", p.get("min_length", "")))),
        "passwords_differ": lambda: _T("FieldErrors", "The two passwords differ."),
        "unknown": lambda: _T("FieldErrors", "Unknown value."),
    }
    maker = known.get(error.code)
    return maker() if maker else error.message
