"""Field checks shared by the services; each problem gets a stable code."""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Protocol, TypeGuard, TypeVar

import sqlalchemy as sa

from broker_desktop.core.errors import FieldError, ValidationError
from broker_desktop.core.rights import Right
from broker_desktop.security.passwords import PasswordRejected, check_policy

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


def password_error(exc: PasswordRejected, field_name: str = "password") -> ValidationError:
    """A password the policy refuses, as the error of the form field that holds it."""
    return ValidationError.single(field_name, exc.code, str(exc), **exc.params)


def require_password_policy(password: str, login: str, field_name: str = "password") -> None:
    """The password policy for ``login``'s new password; a refusal is the error of the
    form field that holds it. Pure: a form runs it too, to say the policy's problem
    together with its own (two passwords that differ) before anything is written."""
    try:
        check_policy(password, login=login)
    except PasswordRejected as exc:
        raise password_error(exc, field_name) from None


class Problems:
    def __init__(self) -> None:
        self.errors: dict[str, FieldError] = {}

    def add(self, name: str, code: str, message: str, **params: object) -> None:
        self.errors.setdefault(name, FieldError(code, message, params))

    def require(self, name: str, value: object) -> None:
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


def is_int(value: object) -> TypeGuard[int]:
    """A true integer: not a bool, a float or a numeric string."""
    return isinstance(value, int) and not isinstance(value, bool)


def valid_id(value: object) -> bool:
    """Could be a row id: a positive 64-bit integer."""
    return is_int(value) and 0 < value <= INT64_MAX


def is_day(value: object) -> TypeGuard[date]:
    return isinstance(value, date) and not isinstance(value, datetime)


class _HasType(Protocol):
    @property
    def type(self) -> object: ...


def max_length(column: _HasType) -> int:
    length = getattr(column.type, "length", None)
    return length if isinstance(length, int) and length > 0 else TEXT_MAX


def check_text(
    problems: Problems, name: str, value: object, column: _HasType, *, multiline: bool = False
) -> bool:
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


def check_int(
    problems: Problems, name: str, value: object, *, minimum: int = 0, maximum: int = INT64_MAX
) -> bool:
    if not is_int(value):
        problems.add(name, "not_an_integer", "Expected a whole number.")
        return False
    if not minimum <= value <= maximum:
        problems.add(
            name, "out_of_range", f"Between {minimum} and {maximum}.", min=minimum, max=maximum
        )
        return False
    return True


def check_day(problems: Problems, name: str, value: object, *, required: bool = True) -> bool:
    if value is None and not required:
        return True
    if not is_day(value):
        problems.add(name, "invalid_date", "Expected a date.")
        return False
    return True


def require_text(name: str, value: object, column: _HasType, *, multiline: bool = False) -> None:
    """One text argument of a service call, checked like ``check_text``."""
    problems = Problems()
    check_text(problems, name, value, column, multiline=multiline)
    problems.raise_if_any()


def parse_right(value: object, name: str = "right") -> Right:
    if not isinstance(value, str):
        raise ValidationError.single(name, "unknown_right", "Unknown right.")
    try:
        return Right(value)
    except (ValueError, TypeError):
        raise ValidationError.single(name, "unknown_right", "Unknown right.") from None


def parse_right_list(values: object, name: str = "rights") -> set[Right]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise ValidationError.single(name, "unknown_right", "Expected a list of rights.")
    return {parse_right(v, name) for v in values}


def _field_kind(hint: object) -> tuple[type | None, bool]:
    """The checked type of a field annotation (int, str, date, bool or None for others)
    and whether it admits None: ``int | None`` gives ``(int, True)``."""
    args: tuple[Any, ...] = (hint,)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
    optional = type(None) in args
    kinds = [a for a in args if a is not type(None)]
    kind = kinds[0] if len(kinds) == 1 else None
    if kind is bool or kind is int or kind is str:
        return kind, optional
    if isinstance(kind, type) and issubclass(kind, date):
        return date, optional
    return None, optional


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    """Resolved once per dataclass: resolving evaluates every annotation (about 1 ms,
    more than the page query it guards)."""
    return typing.get_type_hints(cls)


def check_fields(
    data: object, table: sa.Table | None = None, *, multiline: tuple[str, ...] = ()
) -> None:
    """Types and sizes of a service's input or query dataclass, from its annotations
    (resolved, so postponed annotations are read as the types they name): ``int`` fields
    hold true 64-bit integers, ``date`` fields dates, ``str`` fields text fitting
    ``table``'s column, ``bool`` fields booleans. Raises ValidationError before anything
    reaches SQL; the services' own rules (ranges, choices) come after."""
    if not dataclasses.is_dataclass(data) or isinstance(data, type):
        raise TypeError(f"check_fields needs a dataclass instance, not {type(data).__name__}")
    hints = _type_hints(type(data))
    problems = Problems()
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        kind, optional = _field_kind(hints[f.name])
        if value is None:
            if not optional:
                problems.add(f.name, "required", "This field is required.")
        elif kind is int:
            check_int(problems, f.name, value, minimum=-INT64_MAX - 1)
        elif kind is date:
            check_day(problems, f.name, value)
        elif kind is str:
            column = table.c.get(f.name) if table is not None else None
            check_text(
                problems,
                f.name,
                value,
                column if column is not None else _UNBOUNDED,
                multiline=f.name in multiline,
            )
        elif kind is bool and not isinstance(value, bool):
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


def gather_types(check_types: Callable[[], None], problems: Problems) -> None:
    """Run ``check_types`` and add what it finds to ``problems`` instead of stopping there,
    when each problem leaves the input readable (a missing value, a text too long): the
    service's rules then run too and the form shows every field error at once. A value of
    the wrong type (not a form's doing) is refused on the spot."""
    try:
        check_types()
    except ValidationError as typed:
        usable = _VALUE_STILL_USABLE | {"required"}
        if not all(err.code in usable for err in typed.errors.values()):
            raise
        for name, error in typed.errors.items():
            problems.errors.setdefault(name, error)


class _Unbounded:
    type = None


_UNBOUNDED = _Unbounded()
