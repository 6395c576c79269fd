"""Small shared widgets: inline field errors, a busy-aware button row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton, QWidget

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


SEARCH_MIN_WIDTH = 200  # a search field never shrinks below a name's length


def compact_combo(combo: QComboBox, characters: int = 12) -> QComboBox:
    """A filter combo as wide as ``characters`` at least, not as its longest entry: a
    row of them then fits a 1024-pixel screen (the open list still shows whole names)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)

    def widen_list() -> None:
        view = combo.view()
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
        )

    model = combo.model()
    model.rowsInserted.connect(widen_list)
    model.modelReset.connect(widen_list)
    widen_list()
    return combo


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
