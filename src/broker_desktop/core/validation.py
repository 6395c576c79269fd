"""Field checks shared by the services; each problem gets a stable code."""

from __future__ import annotations

import re

from broker_desktop.core.errors import FieldError, ValidationError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
UID = re.compile(r"^CHE-(\d{3})\.(\d{3})\.(\d{3})$")
UID_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4)
LANGUAGES = ("fr", "de", "it", "en")


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
