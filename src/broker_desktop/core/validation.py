"""Field checks shared by the services; each problem gets a stable code."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from broker_desktop.core.errors import FieldError, ValidationError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
UID = re.compile(r"^CHE-(\d{3})\.(\d{3})\.(\d{3})$")
UID_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4)
LANGUAGES = ("fr", "de", "it", "en")
T = TypeVar("T")


def uid_check_digit(first8: str) -> int | None:
    """The Swiss enterprise number's mod-11 check digit, or None when none exists."""
    rest = sum(int(d) * w for d, w in zip(first8, UID_WEIGHTS, strict=True)) % 11
    digit = 0 if rest == 0 else 11 - rest
    return None if digit == 10 else digit


def valid_uid(uid: str) -> bool:
    match = UID.match(uid)
    if not match:
        return False
    digits = "".join(match.groups())
    return uid_check_digit(digits[:8]) == int(digits[8])


class Problems:
    def __init__(self) -> None:
        self.errors: dict[str, FieldError] = {}

    def add(self, name: str, code: str, message: str, **params) -> None:
        self.errors.setdefault(name, FieldError(code, message, params))

    def require(self, name: str, value) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(name, "required", "This field is required.")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(dict(self.errors))


# ----- types and sizes of untrusted input --------------------------------------------------
INT64_MAX = 2**63 - 1  # SQLite INTEGER and SQL BIGINT
TEXT_MAX = 100_000  # unbounded text columns (notes, descriptions): still bounded here
SINGLE_LINE_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MULTILINE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def is_int(value) -> bool:
    """A true integer: not a bool, a float or a numeric string."""
    return isinstance(value, int) and not isinstance(value, bool)


def valid_id(value) -> bool:
    """Could be a row id: a positive 64-bit integer."""
    return is_int(value) and 0 < value <= INT64_MAX


def is_day(value) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def max_length(column) -> int:
    return getattr(column.type, "length", None) or TEXT_MAX


def check_text(problems, name: str, value, column, *, multiline: bool = False) -> bool:
    """A str within the column's length, without control characters (line breaks and
    tabs allowed in multi-line text). None is left to ``require``."""
    if value is None:
        return True
    if not isinstance(value, str):
        problems.add(name, "not_text", "Expected text.")
        return False
    limit = max_length(column)
    if len(value) > limit:
        problems.add(name, "too_long", f"At most {limit} characters.", max_length=limit)
        return False
    if (MULTILINE_CONTROL if multiline else SINGLE_LINE_CONTROL).search(value):
        problems.add(name, "control_characters", "Remove the invisible control characters.")
        return False
    return True


def check_int(problems, name: str, value, *, minimum: int = 0, maximum: int = INT64_MAX) -> bool:
    if not is_int(value):
        problems.add(name, "not_an_integer", "Expected a whole number.")
        return False
    if not minimum <= value <= maximum:
        problems.add(
            name, "out_of_range", f"Between {minimum} and {maximum}.", min=minimum, max=maximum
        )
        return False
    return True


def check_day(problems, name: str, value, *, required: bool = True) -> bool:
    if value is None and not required:
        return True
    if not is_day(value):
        problems.add(name, "invalid_date", "Expected a date.")
        return False
    return True


def check_optional_id(problems, name: str, value, code: str = "unknown_reference") -> bool:
    if value is None or valid_id(value):
        return True
    problems.add(name, code, "Choose an existing entry.")
    return False


def require_text(name: str, value, column, *, multiline: bool = False) -> None:
    """One text argument of a service call, checked like ``check_text``."""
    problems = Problems()
    check_text(problems, name, value, column, multiline=multiline)
    problems.raise_if_any()


def parse_right(value, name: str = "right"):
    from broker_desktop.core.rights import Right

    try:
        return Right(value)
    except (ValueError, TypeError):
        raise ValidationError.single(name, "unknown_right", "Unknown right.") from None


def parse_right_list(values, name: str = "rights") -> set:
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise ValidationError.single(name, "unknown_right", "Expected a list of rights.")
    return {parse_right(v, name) for v in values}


def check_fields(data, table=None, *, multiline: tuple[str, ...] = ()) -> None:
    """Types and sizes of a service's input or query dataclass, from its annotations:
    ``int`` fields hold true 64-bit integers, ``date`` fields dates, ``str`` fields text
    fitting ``table``'s column, ``bool`` fields booleans. Raises ValidationError before
    anything reaches SQL; the services' own rules (ranges, choices) come after."""
    problems = Problems()
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        kind = str(f.type)
        if value is None:
            if "None" not in kind:
                problems.add(f.name, "required", "This field is required.")
        elif kind.startswith("int"):
            check_int(problems, f.name, value, minimum=-INT64_MAX - 1)
        elif kind.startswith("date"):
            check_day(problems, f.name, value)
        elif kind.startswith("str"):
            column = table.c.get(f.name) if table is not None else None
            check_text(
                problems,
                f.name,
                value,
                column if column is not None else _UNBOUNDED,
                multiline=f.name in multiline,
            )
        elif kind.startswith("bool") and not isinstance(value, bool):
            problems.add(f.name, "not_a_boolean", "Expected yes or no.")
    problems.raise_if_any()


# Type problems after which the value still has its type, so the rules can run on it too.
_VALUE_STILL_USABLE = frozenset({"too_long", "control_characters"})


def checked_together(check_types: Callable[[], None], check_rules: Callable[[], T]) -> T:
    """Run ``check_types`` (e.g. ``check_fields``) then ``check_rules`` and report the
    problems of both in ONE ValidationError, so a form shows every field error at once.
    The rules are skipped when a value has the wrong type (they could not read it)."""
    try:
        check_types()
    except ValidationError as typed:
        if not all(err.code in _VALUE_STILL_USABLE for err in typed.errors.values()):
            raise
        try:
            check_rules()
        except ValidationError as ruled:
            raise ValidationError({**ruled.errors, **typed.errors}) from None
        raise
    return check_rules()


class _Unbounded:
    type = None


_UNBOUNDED = _Unbounded()
