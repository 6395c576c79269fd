"""Small shared widgets: inline field errors, a busy-aware button row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

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


def set_default_button(container: QWidget, default: QPushButton | None = None) -> None:
    """Enter presses ``default`` and no other button.

    Qt makes every push button of a dialog "auto default": the first one in the focus
    chain, or whichever has focus, silently becomes the button Enter presses (the
    login's "Change…" opened a file dialog instead of logging in). Call once the
    container's buttons exist.
    """
    for button in container.findChildren(QPushButton):
        button.setAutoDefault(button is default)
    if default is not None:
        default.setDefault(True)


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


def field_error_text(error: FieldError) -> str:
    """The translated sentence for a core field error (its English message otherwise)."""
    text = {
        "required": QCoreApplication.translate("FieldErrors", "This field is required."),
        "invalid_email": QCoreApplication.translate(
            "FieldErrors", "This is not a valid e-mail address."
        ),
        "invalid_amount": QCoreApplication.translate("FieldErrors", "This is not a valid amount."),
        "invalid_choice": QCoreApplication.translate(
            "FieldErrors", "Choose one of the proposed values."
        ),
        "date_in_future": QCoreApplication.translate(
            "FieldErrors", "The date of birth is in the future."
        ),
        "invalid_uid": QCoreApplication.translate(
            "FieldErrors", "Not a valid Swiss enterprise number (CHE-123.456.789)."
        ),
        "unknown_agent": QCoreApplication.translate(
            "FieldErrors", "Choose an active user as responsible agent."
        ),
        "unknown_reference": QCoreApplication.translate("FieldErrors", "Choose an existing entry."),
        "expiry_before_start": QCoreApplication.translate(
            "FieldErrors", "The renewal date must come after the start date."
        ),
        "out_of_range": QCoreApplication.translate("FieldErrors", "Between 0 and 24 months."),
        "negative_amount": QCoreApplication.translate(
            "FieldErrors", "The amount cannot be negative."
        ),
        "policy_number_taken": QCoreApplication.translate(
            "FieldErrors", "This insurer already has a contract with this policy number."
        ),
        "invalid_period": QCoreApplication.translate(
            "FieldErrors", "A year (2026) or a month (2026-03)."
        ),
        "period_taken": QCoreApplication.translate(
            "FieldErrors", "This contract already has a commission for this period."
        ),
        "invalid_share": QCoreApplication.translate(
            "FieldErrors", "Each share is between 0 and 100 %."
        ),
        "duplicate_beneficiary": QCoreApplication.translate(
            "FieldErrors", "A beneficiary appears twice in the split."
        ),
        "unknown_beneficiary": QCoreApplication.translate("FieldErrors", "Unknown beneficiary."),
        "shares_exceed_total": QCoreApplication.translate(
            "FieldErrors", "The shares add up to more than 100 %."
        ),
        "already_exists": QCoreApplication.translate("FieldErrors", "This name is already used."),
        "login_taken": QCoreApplication.translate("FieldErrors", "This login is already used."),
        "unknown_login": QCoreApplication.translate("FieldErrors", "No user has this login."),
        "unknown_user": QCoreApplication.translate("FieldErrors", "Choose an active user."),
        "client_has_contracts": QCoreApplication.translate(
            "FieldErrors", "This client still has contracts; delete or move them first."
        ),
        "wrong_password": QCoreApplication.translate(
            "FieldErrors", "The current password is wrong."
        ),
        "password_unchanged": QCoreApplication.translate(
            "FieldErrors", "Choose a password different from the old one."
        ),
        "password_too_short": QCoreApplication.translate(
            "FieldErrors", "The password is too short."
        ),
        "password_too_long": QCoreApplication.translate("FieldErrors", "The password is too long."),
        "password_too_simple": QCoreApplication.translate(
            "FieldErrors", "The password is too simple: mix words, digits and signs."
        ),
        "passwords_differ": QCoreApplication.translate("FieldErrors", "The two passwords differ."),
        "password_contains_login": QCoreApplication.translate(
            "FieldErrors", "The password must not contain the login."
        ),
    }.get(error.code)
    return text or error.message


def grow_to_fit(window: QWidget) -> None:
    """Make a shown dialog tall enough after an inline message appeared.

    Word-wrapped labels only report their height for a given width, which the window's
    minimum size ignores: without this, a new error line squeezes the fields above it.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalMinimumSize().height()
    if needed > window.height():
        window.resize(width, needed)


def submit_buttons(dialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """An action button (Enter presses it, it calls ``dialog.submit``) and Cancel."""
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
    )
    ok.clicked.connect(dialog.submit)
    cancel.clicked.connect(dialog.reject)
    set_default_button(dialog, ok)
    return box, ok
