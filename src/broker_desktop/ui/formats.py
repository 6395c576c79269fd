"""Swiss display formats: CHF 1'234.50 and dd.MM.yyyy, whatever the UI language.

The de_CH locale carries the Swiss conventions for money (apostrophe grouping, point
as decimal mark); amounts stay exact because only whole francs go through QLocale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

_SWISS = QLocale(QLocale.Language.German, QLocale.Country.Switzerland)


def swiss_locale() -> QLocale:
    """For editors of numbers (spin boxes): 12.50, whatever the UI language."""
    return QLocale(_SWISS)


DATE_FORMAT = "dd.MM.yyyy"


def to_centimes(amount: int | Decimal) -> int:
    """Integers are centimes already; Decimals are francs."""
    if isinstance(amount, Decimal):
        return int((amount * 100).to_integral_value())
    return int(amount)


def number(centimes: int) -> str:
    """1'234.50 (no currency)."""
    sign = "-" if centimes < 0 else ""
    francs, rest = divmod(abs(centimes), 100)
    return f"{sign}{_SWISS.toString(francs)}.{rest:02d}"


def count(value: int) -> str:
    """12'345 rows."""
    return _SWISS.toString(int(value))


def money(amount: int | Decimal | None) -> str:
    if amount is None:
        return ""
    return f"CHF {number(to_centimes(amount))}"


def percent(basis_points: int | Decimal | None) -> str:
    """Shares: integers are basis points (10000 = 100 %), Decimals are percents."""
    if basis_points is None:
        return ""
    if isinstance(basis_points, Decimal):
        value = basis_points
    else:
        value = Decimal(basis_points) / 100
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} %"


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return _SWISS.toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def datetime(value: dt.datetime | None) -> str:
    """A moment in the workstation's time; a value without a zone is UTC, as the
    database keeps every moment (storage.clock.db_now)."""
    if value is None:
        return ""
    local = (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone()
    return f"{date(local.date())} {local:%H:%M}"


def period(value: str | None) -> str:
    """A commission period as the office writes it: '2026-12' -> '12.2026'."""
    if not value:
        return ""
    year, _, month = str(value).partition("-")
    return f"{month}.{year}" if month else year


def period_query(text: str) -> str:
    """What the user typed as a period ('12.2026', '2026-12', '2026') as the core reads it."""
    text = text.strip()
    month, dot, year = text.partition(".")
    if dot and month.isdigit() and year.isdigit() and len(year) == 4:
        return f"{year}-{int(month):02d}"
    return text


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
