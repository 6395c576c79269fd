"""Shared plumbing of the edit dialogs: inline field errors and the conflict rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import ConflictError, FieldError, ValidationError
from broker_desktop.ui import formats
from broker_desktop.ui.date_field import DateField
from broker_desktop.ui.messages import explain, field_message
from broker_desktop.ui.pages.conflict_dialog import (
    TAKE_THEIRS,
    ConflictDialog,
    FieldConflict,
    changed_by_me,
    differing,
)
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import (
    FieldErrorLabel,
    message_label,
    set_default_button,
)

W = TypeVar("W", bound=QWidget)


class FieldRows:
    """A form whose every field has an error label right under it."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.errors: dict[str, FieldErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}

    def add(self, name: str, label: str, widget: W) -> W:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = FieldErrorLabel()
        error.setObjectName(f"error_{name}")
        box.addWidget(error)
        self.form.addRow(label, holder)
        self.errors[name] = error
        self.widgets[name] = widget
        self.labels[name] = label.rstrip(" :\u00a0")
        clear_when_edited(widget, error)
        return widget

    def local_problems(self) -> dict[str, FieldError]:
        """What the form itself knows is wrong (a date that does not exist, a required
        date left empty), before anything is sent."""
        errors = {}
        for name, widget in self.widgets.items():
            problem = widget.problem() if isinstance(widget, DateField) else None
            if problem:
                errors[name] = problem
        return errors

    def check_local(self) -> bool:
        """Show ``local_problems``; True when there was something."""
        errors = self.local_problems()
        if errors:
            self.show(errors)
        return bool(errors)

    def clear(self) -> None:
        for label in self.errors.values():
            label.clear_error()

    def show(self, errors: dict[str, FieldError]) -> list[str]:
        """Show each error next to its field; returns the messages that have no field."""
        self.clear()
        orphans = []
        for name, error in errors.items():
            label = self.errors.get(name) or self.errors.get(name.removesuffix("_id"))
            if label is None:
                orphans.append(field_message(error))
            else:
                label.show_error(field_message(error))
        first = next((n for n in errors if n in self.widgets), None)
        if first:
            self.widgets[first].setFocus()
        return orphans


def clear_when_edited(widget: QWidget, error: FieldErrorLabel) -> None:
    """A field's error goes away as soon as its value changes: no stale message."""
    for signal in ("textChanged", "currentIndexChanged", "dateChanged", "valueChanged", "changed"):
        if hasattr(widget, signal):
            getattr(widget, signal).connect(error.clear_error)
            return


def show_with_core(
    rows: FieldRows,
    runner: TaskRunner,
    validate: Callable[[], object],
    local: dict[str, FieldError],
    say: Callable[[str], None],
) -> None:
    """The form's own problems (``local``: a date that does not exist, two passwords that
    differ) shown together with every problem the core finds in the rest of the input
    (``validate`` checks it without saving, on the worker thread): all the field errors
    at once, not the form's first and the core's only after the next Save."""
    say("")
    rows.show(local)

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            say("\n".join(rows.show({**exc.errors, **local})))
        # anything else (a right gone, a record deleted) is said by the next Save

    runner.run(validate, lambda _result: None, refused)


def date_edit(optional: bool = False, *, past_only: bool = False) -> DateField:
    """A typed date with its preview; a required one starts at today."""
    return DateField(None if optional else dt.date.today(), optional=optional, past_only=past_only)


def date_value(edit: DateField) -> dt.date | None:
    return edit.value()


def required_date_value(edit: DateField) -> dt.date:
    """The date of a required field, once ``FieldRows.check_local`` passed."""
    value = edit.value()
    assert value is not None  # noqa: S101 - check_local refused the empty field first
    return value


def set_date(edit: DateField, value: dt.date | None) -> None:
    edit.set_value(value)


def choice_combo(items, current=None, none_label: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for item_id, name in items:
        combo.addItem(name, item_id)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo


class SaveOutcome(QDialog):
    """An edit dialog's way with a refused save: field errors next to their fields, a
    conflict explained (the input stays; the next save overwrites), anything else in the
    dialog's message line. The dialog builds ``rows``, sets ``_runner`` and ``_version``,
    and says how to save and how to read the record's current version."""

    rows: FieldRows
    _runner: TaskRunner
    _version: int | None
    message: QLabel
    save_button: QPushButton

    def save(self) -> None:
        raise NotImplementedError

    def _current_version(self) -> int:
        raise NotImplementedError

    def _add_footer(self, form: QFormLayout) -> None:
        """The form, then its message line, then Save (the Enter key) and Close."""
        self.message = message_label()
        self.message.setObjectName("message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("Forms", "Save"))
        close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(QCoreApplication.translate("Forms", "Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        set_default_button(self, self.save_button)

    # ----- conflicts: a dialog that can show both versions sets these -------------------
    _attempt: Any = None  # the input of the refused save
    _original: Any = None  # the record's input as the form loaded it
    conflict_dialog: ConflictDialog | None = None

    def _current_record(self) -> Any:
        """The record as stored now (None: this dialog only follows the version)."""
        return None

    def _record_name(self) -> str:
        return ""

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._say("\n".join(self.rows.show(exc.errors)))
        elif isinstance(exc, ConflictError) and self._attempt is not None:
            self._say(
                QCoreApplication.translate(
                    "Forms",
                    "Someone else changed this record since you opened it: loading their version…",
                )
            )
            self.save_button.setEnabled(False)
            self._runner.run(self._current_record, self._show_conflict, self._refused)
        elif isinstance(exc, ConflictError):
            self._say(conflict_text())
            self._runner.run(self._current_version, self._set_version, lambda _e: None)
        else:
            self._say(explain(exc))

    def _show_conflict(self, current: Any) -> None:
        """Their values beside the user's, field by field; nothing is saved until the
        user has chosen and pressed Save again (against their version)."""
        self.save_button.setEnabled(True)
        theirs, mine, original = current.as_input(), self._attempt, self._original
        self._version = current.version
        self._original = theirs
        names = [f.name for f in dataclasses.fields(mine) if f.name in self.rows.widgets]
        fields = [
            FieldConflict(
                name,
                self.rows.labels[name],
                self._shown(name, getattr(theirs, name)),
                self._shown(name, getattr(mine, name)),
                original is None or changed_by_me(mine, original, name),
            )
            for name in differing(mine, theirs, names)
        ]
        if not fields:
            self._say(
                QCoreApplication.translate(
                    "Forms",
                    "Someone else saved this record meanwhile, with the same values as "
                    "yours in this form. Press Save to save it.",
                )
            )
            return
        dialog = ConflictDialog(self._record_name(), fields, self)
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda result: self._conflict_resolved(dialog, theirs, result))
        dialog.open()

    def _conflict_resolved(self, dialog: ConflictDialog, theirs: Any, result: int) -> None:
        self.conflict_dialog = None
        accepted = result == QDialog.DialogCode.Accepted
        taken = dialog.taken_from_theirs() if accepted else set()
        for name in taken:
            self._fill(name, getattr(theirs, name))
        if accepted and dialog.choice == TAKE_THEIRS:
            text = QCoreApplication.translate(
                "Forms",
                "The form now shows their version; your changes were dropped. Close it, or "
                "change it and press Save.",
            )
        elif taken:
            text = QCoreApplication.translate(
                "Forms", "The form now shows the values you chose. Check them and press Save."
            )
        else:
            text = QCoreApplication.translate(
                "Forms", "Your values are kept. Press Save to save them over their version."
            )
        self._say(text)
        dialog.deleteLater()

    def _shown(self, name: str, value: Any) -> str:
        """A value as the form's widget for ``name`` shows it."""
        widget = self.rows.widgets[name]
        if value is None or value == "":
            return ""
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            return widget.itemText(index) if index >= 0 else str(value)
        if isinstance(value, dt.date):
            return formats.date(value)
        if name.endswith("_cents"):
            return formats.money(value)
        return str(value)

    def _fill(self, name: str, value: Any) -> None:
        widget = self.rows.widgets[name]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, DateField):
            set_date(widget, value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if name.endswith("_cents"):
                widget.setText(formats.number(value or 0))
            else:
                widget.setText("" if value is None else str(value))

    def _set_version(self, version: int) -> None:
        self._version = version

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def conflict_text() -> str:
    return QCoreApplication.translate(
        "Forms",
        "Someone else changed this record since you opened it. Your input is still here: "
        "press Save again to replace their change with yours, or Cancel to keep theirs.",
    )


def parse_money(text: str) -> int | None:
    """'1'234.50', '1234,5' or '1234' → centimes; None when it is not an amount."""
    cleaned = text.replace("'", "").replace("’", "").replace(" ", "").replace("CHF", "")
    cleaned = cleaned.replace(",", ".")
    if not cleaned:
        return 0
    try:
        from decimal import Decimal, InvalidOperation

        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if value != value.quantize(Decimal("0.01")):
        return None
    return int(value * 100)
