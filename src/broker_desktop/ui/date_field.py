"""Dates typed the way people type them.

``31.12.2026``, ``1.3.26``, ``31122026``, ``311226``, ``2026-12-31`` (and ``/``, ``-`` or a
space instead of the dots) all mean a date; what the field understood is shown under it
("→ jeudi 31 décembre 2026"), an impossible date ("31.02.2026") is said right there and
never silently turned into another one. An optional field may stay empty. Tab leaves the
field like any other. The calendar button opens at the field's date, or today.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from broker_desktop.core.errors import FieldError
from broker_desktop.ui import formats
from broker_desktop.ui.messages import field_message
from broker_desktop.ui.widgets import ERROR_STYLE, NOTE_STYLE

FIRST_YEAR, LAST_YEAR = 1900, 2999
_SEPARATED = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")


FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
SETTLE_MS = 300  # a list filter waits this long after the last key before it queries


class NotADate(ValueError):
    """The text is not a date; ``impossible`` when it has a date's shape (31.02.2026),
    ``out_of_range`` when its year is outside 1900–2999."""

    def __init__(self, impossible: bool, out_of_range: bool = False) -> None:
        super().__init__("impossible date" if impossible else "not a date")
        self.impossible = impossible
        self.out_of_range = out_of_range


def full_year(two_digits: int, today: dt.date, past_only: bool) -> int:
    """'26' → 2026; for a date that cannot be in the future (a birth date) '45' → 1945."""
    year = 2000 + two_digits
    if past_only:
        return year if year <= today.year else year - 100
    return year if year <= today.year + 50 else year - 100


def parse_date(
    text: str, today: dt.date | None = None, *, past_only: bool = False
) -> dt.date | None:
    """The date ``text`` means; None for an empty text; NotADate otherwise."""
    text = text.strip()
    if not text:
        return None
    today = today or dt.date.today()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _SEPARATED.match(text) or _DIGITS.match(text)
        if not match:
            raise NotADate(impossible=False)
        day, month = int(match.group(1)), int(match.group(2))
        digits = match.group(3)
        year = int(digits) if len(digits) == 4 else full_year(int(digits), today, past_only)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise NotADate(impossible=True, out_of_range=True)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise NotADate(impossible=True) from None


class DateField(QWidget):
    """A date typed as text, with what it means shown under it."""

    dateChanged = Signal(object)  # noqa: N815 - Qt's name; a date, or None when emptied
    textChanged = Signal(str)  # noqa: N815
    # For list filters: the date (None: emptied) once typing paused on a whole valid date
    # or an empty optional field, or at once on Enter or a calendar pick. "1.1.20" on the
    # way to "1.1.2026" queries nothing, nor does "31.02".
    settled = Signal(object)

    def __init__(
        self,
        value: dt.date | None = None,
        *,
        optional: bool = False,
        past_only: bool = False,
        preview: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.past_only = past_only
        self._value: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.edit.setMaxLength(10)
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("00.00.00000") + 16)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose in a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Switzerland))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_opens)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.preview = QLabel()
        self.preview.setObjectName("date_preview")
        self.preview.setVisible(preview)
        self._show_preview = preview
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        self.setFocusProxy(self.edit)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle_now)
        self._settled_value: dt.date | None = None
        self.edit.textChanged.connect(self._typed)
        self.edit.textEdited.connect(lambda _text: self._settle_timer.start())
        self.edit.returnPressed.connect(self.settle_now)
        self.edit.editingFinished.connect(self._normalise)
        self.set_value(value)

    # ----- value -------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        """The last valid date typed (None: empty, or nothing valid yet)."""
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Set by the program (a preset, a record): no ``settled`` follows; the caller
        knows the date changed."""
        self.edit.setText(formats.date(value) if value else "")
        self._settle_timer.stop()
        self._settled_value = self._value

    def settle_now(self) -> None:
        """Emit ``settled`` if the text is a whole valid date (or an allowed empty one)
        different from the last one settled."""
        self._settle_timer.stop()
        if self.problem() is not None or self._value == self._settled_value:
            return
        self._settled_value = self._value
        self.settled.emit(self._value)

    def text(self) -> str:
        return self.edit.text()

    def problem(self) -> FieldError | None:
        """What is wrong with the text typed, as the core would say it; None if nothing."""
        try:
            value = parse_date(self.edit.text(), past_only=self.past_only)
        except NotADate as exc:
            if exc.out_of_range:
                return FieldError(
                    "out_of_range", "Out of range.", {"min": FIRST_DAY, "max": LAST_DAY}
                )
            code = "impossible_date" if exc.impossible else "invalid_date"
            return FieldError(code, code)
        if value is None and not self.optional:
            return FieldError("required", "This field is required.")
        return None

    # ----- typing ------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self.textChanged.emit(text)
        try:
            value = parse_date(text, past_only=self.past_only)
        except NotADate:
            problem = self.problem()
            self._say_problem(field_message(problem) if problem else "")
            return
        if value is None:
            self.preview.setText(self.tr("(no date)") if self.optional else "")
            self.preview.setStyleSheet(NOTE_STYLE)
            if not self.optional:
                return  # a required date being retyped: keep the last one until then
        else:
            locale = QLocale()
            self.preview.setText(
                "→ " + locale.toString(formats.to_qdate(value), "dddd d MMMM yyyy")
            )
            self.preview.setStyleSheet(NOTE_STYLE)
        self.preview.setVisible(self._show_preview)
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _say_problem(self, text: str) -> None:
        self.preview.setText(text)
        self.preview.setStyleSheet(ERROR_STYLE)
        self.preview.setVisible(True)

    def _normalise(self) -> None:
        """Leaving the field: a valid date is written out in full (1.3.26 → 01.03.2026)."""
        if self.problem() is None and self._value is not None:
            full = formats.date(self._value)
            if self.edit.text() != full:
                self.edit.setText(full)

    # ----- calendar ----------------------------------------------------------------------
    def _calendar_opens(self) -> None:
        day = self._value or dt.date.today()
        self.calendar.setSelectedDate(formats.to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(formats.date(formats.from_qdate(day)))
        self.settle_now()
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus()
