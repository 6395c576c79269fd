"""Values as brokers and extranets write them: Swiss and ISO dates, Excel serial dates,
amounts with apostrophes, spaces, commas or a currency, phone numbers and UIDs.

Every parser returns the value or raises ``ValueProblem`` with a stable code.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

import phonenumbers
from stdnum.ch import uid as swiss_uid
from stdnum.exceptions import ValidationError as StdnumError

Cell = str | int | float | date | datetime | None

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 with Excel's leap-year bug
EXCEL_SERIALS = (1, 2_958_465)  # 1900-01-01 .. 9999-12-31


class ValueProblem(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: Cell) -> str:
    """A cell as text the way the user sees it (12.0 from Excel is '12')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y") if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


@functools.lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form, for matching names and code words (cached: a
    file repeats its names and codes on every row)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("-", " ").split())


_SWISS_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_SERIAL = re.compile(r"^\d{1,7}(?:\.0+)?$")


def parse_date(value: Cell, *, century_pivot: int = 80) -> date:
    """31.12.2026, 31.12.26, 31/12/2026, 2026-12-31, an Excel date cell or serial number.
    Two-digit years below ``century_pivot`` are 20xx, the others 19xx."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_serial(float(value))
    text = text_of(value)
    if not text:
        raise ValueProblem("required", "This field is required.")
    match = _SWISS_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year < century_pivot else 1900
        return _make_date(year, month, day, text)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _make_date(year, month, day, text)
    if _SERIAL.match(text):
        return _from_serial(float(text))
    raise ValueProblem("invalid_date", f"Not a date: {text!r} (expected 31.12.2026).")


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem("invalid_date", f"No such day: {text!r}.") from None


def _from_serial(serial: float) -> date:
    if not EXCEL_SERIALS[0] <= serial <= EXCEL_SERIALS[1]:
        raise ValueProblem("invalid_date", f"Not a date: {serial:g}.")
    return EXCEL_EPOCH + timedelta(days=int(serial))


_CURRENCY = re.compile(r"^(?:CHF|Fr\.?|SFr\.?|EUR|€)\s*|\s*(?:CHF|Fr\.?|SFr\.?|EUR|€|\.-|-\.?-)$")
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_PLAIN = re.compile(r"\d+(?:[.,]\d+)?")
# thousands grouped by apostrophes, spaces, commas or dots, in threes
_GROUPED = re.compile(r"\d{1,3}(?:(['’` \u00a0\u202f,.])\d{3})(?:\1\d{3})*(?:[.,]\d+)?")


def parse_amount_cents(value: Cell) -> int:
    """1'234.50, 1’234.50, 1 234,50, 1234.5, 1.234,50, "CHF 1'234.50", 1'234.- or a
    number cell, to centimes (rounded half up)."""
    if isinstance(value, bool):
        raise ValueProblem("invalid_amount", "Not an amount.")
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        return _cents(Decimal(repr(value)), repr(value))
    text = text_of(value)
    if not text:
        raise ValueProblem("required", "This field is required.")
    raw = text
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    for _ in range(2):
        text = _CURRENCY.sub("", text.strip())
    if text.startswith("-"):
        negative, text = not negative, text[1:].strip()
    if text.endswith("-"):  # 1234.- / trailing minus of some accounting exports
        text = text[:-1].rstrip(".")
    text = text.strip()
    if not (_PLAIN.fullmatch(text) or _GROUPED.fullmatch(text)):
        raise ValueProblem("invalid_amount", f"Not an amount: {raw!r} (expected 1'234.50).")
    text = _SPACES.sub("", text).replace("'", "").replace("’", "").replace("`", "")
    if "," in text and "." in text:
        # the last separator is the decimal one: 1.234,50 or 1,234.50
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 or "," in head else head + tail
    if not re.fullmatch(r"\d+(?:\.\d+)?", text):
        raise ValueProblem("invalid_amount", f"Not an amount: {raw!r} (expected 1'234.50).")
    cents = _cents(Decimal(text), raw)
    return -cents if negative else cents


def _cents(amount: Decimal, raw: str) -> int:
    try:
        cents = int((amount * 100).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    except InvalidOperation:
        raise ValueProblem("invalid_amount", f"Not an amount: {raw!r}.") from None
    if abs(cents) > 10**15:
        raise ValueProblem("invalid_amount", f"Amount out of range: {raw!r}.")
    return cents


def parse_rate_bp(value: Cell) -> int:
    """A commission rate: 12.5, "12,5 %", 0.125 (a fraction from an Excel % cell)."""
    if isinstance(value, float) and 0 < value < 1:
        return round(value * 10_000)
    text = text_of(value).replace("%", "").strip()
    cents = parse_amount_cents(text)  # hundredths of a percent = basis points
    if not 0 <= cents <= 10_000:
        raise ValueProblem("out_of_range", "A rate between 0 and 100 %.")
    return cents


def parse_share_bp(value: Cell) -> int:
    """A person's share of a commission: 60, "60 %", "33,33%", or a fraction from an
    Excel percentage cell (0.6; 1 for 100 %)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1:
        return round(value * 10_000)
    return parse_rate_bp(value)


# "Dupont 60% / Martin 40%", "60 % Dupont; 40 % Martin", "Dupont (60%) + Martin (40%)"
_SPLIT_SEPARATORS = re.compile(r"[/;+|\n]")
_SPLIT_PART = re.compile(
    r"(?:(?P<pct1>\d+(?:[.,]\d+)?)\s*%\s*[-:=]?\s*(?P<name1>.+)"
    r"|(?P<name2>.+?)[\s:=(-]*(?P<pct2>\d+(?:[.,]\d+)?)\s*%\s*\)?)"
)


def parse_split_text(text: str) -> list[tuple[str, str]]:
    """The people and shares of a split written in one cell; one name alone takes it all."""
    parts = [part.strip() for part in _SPLIT_SEPARATORS.split(text) if part.strip()]
    if len(parts) == 1 and "%" not in parts[0]:
        return [(parts[0], "100")]
    out = []
    for part in parts:
        found = _SPLIT_PART.fullmatch(part)
        if found is None:
            raise ValueProblem(
                "invalid_split", f"Write each share as a name and a percentage: {part!r}."
            )
        name = (found["name1"] or found["name2"]).strip(" :=-(")
        out.append((name, found["pct1"] or found["pct2"]))
    return out


def parse_int(value: Cell, minimum: int, maximum: int) -> int:
    text = text_of(value)
    if not re.fullmatch(r"-?\d+", text):
        raise ValueProblem("not_an_integer", f"Expected a whole number: {text!r}.")
    number = int(text)
    if not minimum <= number <= maximum:
        raise ValueProblem("out_of_range", f"Between {minimum} and {maximum}.")
    return number


def parse_phone(value: Cell, region: str = "CH") -> str:
    """International format (+41 21 123 45 67)."""
    return _phone(text_of(value), region)


@functools.lru_cache(maxsize=8192)  # phonenumbers is slow; a client's rows repeat his number
def _phone(text: str, region: str) -> str:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValueProblem("invalid_phone", f"Not a phone number: {text!r}.") from None
    if not phonenumbers.is_valid_number(number):
        raise ValueProblem("invalid_phone", f"Not a valid phone number: {text!r}.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def parse_uid(value: Cell) -> str:
    """A Swiss enterprise number, checked, as CHE-123.456.789."""
    text = text_of(value)
    try:
        compact = swiss_uid.validate(text)
    except StdnumError:
        raise ValueProblem("invalid_uid", f"Not a valid UID: {text!r} (CHE-123.456.789).") from None
    return swiss_uid.format(compact)


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_email(value: Cell) -> str:
    text = text_of(value)
    if not EMAIL.match(text):
        raise ValueProblem("invalid_email", f"Not an e-mail address: {text!r}.")
    return text.lower()


_PERIOD_YEAR = re.compile(r"^(\d{4})$")
_PERIOD_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_PERIOD_SWISS = re.compile(r"^(\d{1,2})[./-](\d{4})$")
MONTHS = {
    **{
        m: i + 1
        for i, m in enumerate(
            (
                "janvier",
                "fevrier",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "aout",
                "septembre",
                "octobre",
                "novembre",
                "decembre",
            )
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            (
                "januar",
                "februar",
                "marz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            )
        )
    },
}


def parse_period(value: Cell) -> str:
    """A commission period: a year (2026) or a month (2026-03) from 2026, 2026-03, 03.2026,
    "mars 2026" or a date (its month)."""
    if isinstance(value, (date, datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1900 <= value <= 2999:
        return str(int(value))
    text = text_of(value)
    if not text:
        raise ValueProblem("required", "This field is required.")
    year = month = None
    if m := _PERIOD_YEAR.match(text):
        return m.group(1)
    if m := _PERIOD_ISO.match(text):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := _PERIOD_SWISS.match(text):
        month, year = int(m.group(1)), int(m.group(2))
    else:
        words = fold(text).split()
        if len(words) == 2 and words[0] in MONTHS and words[1].isdigit() and len(words[1]) == 4:
            month, year = MONTHS[words[0]], int(words[1])
        else:
            try:
                day = parse_date(text)
            except ValueProblem:
                raise ValueProblem(
                    "invalid_period", f"Not a period: {text!r} (2026 or 03.2026)."
                ) from None
            year, month = day.year, day.month
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        raise ValueProblem("invalid_period", f"Not a period: {text!r}.")
    return f"{year:04d}-{month:02d}"
