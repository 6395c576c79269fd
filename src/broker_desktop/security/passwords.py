"""Account passwords: bcrypt hashes, the minimum policy, bcrypt's 72-byte limit.

A password longer than 72 bytes (UTF-8) is refused, never truncated: bcrypt would
silently ignore the rest.
"""

from __future__ import annotations

import hmac

import bcrypt

BCRYPT_MAX_BYTES = 72
MIN_LENGTH = 10

# A fixed hash to compare against when the login is unknown, so timing stays similar.
_DUMMY_SALT = b"$2b$04$abcdefghijklmnopqrstuu"


class PasswordRejected(ValueError):
    """The password does not meet the policy; ``code`` is stable for translation."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def check_policy(password: str, *, login: str = "") -> None:
    if not isinstance(password, str):
        raise PasswordRejected("password_not_text", "The password must be text.")
    if len(password.encode("utf-8")) > BCRYPT_MAX_BYTES:
        raise PasswordRejected(
            "password_too_long",
            f"The password is longer than {BCRYPT_MAX_BYTES} bytes (accented letters count "
            "twice); choose a shorter one.",
            max_bytes=BCRYPT_MAX_BYTES,
        )
    if len(password) < MIN_LENGTH:
        raise PasswordRejected(
            "password_too_short",
            f"The password must have at least {MIN_LENGTH} characters.",
            min_length=MIN_LENGTH,
        )
    classes = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if classes < 3:
        raise PasswordRejected(
            "password_too_simple",
            "The password must mix at least three of: lower-case letters, upper-case "
            "letters, digits, other characters.",
        )
    if login and login.casefold() in password.casefold():
        raise PasswordRejected(
            "password_contains_login", "The password must not contain the login."
        )


def hash_password(password: str, rounds: int) -> str:
    data = password.encode("utf-8")
    if len(data) > BCRYPT_MAX_BYTES:
        raise PasswordRejected(
            "password_too_long", f"The password is longer than {BCRYPT_MAX_BYTES} bytes."
        )
    return bcrypt.hashpw(data, bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(password: str, hashed: str | None) -> bool:
    """True when ``password`` matches; an over-long password never matches."""
    data = password.encode("utf-8")
    if len(data) > BCRYPT_MAX_BYTES or not hashed:
        bcrypt.hashpw(data[:BCRYPT_MAX_BYTES], hashed.encode() if hashed else _DUMMY_SALT)
        return False
    try:
        computed = bcrypt.hashpw(data, hashed.encode("ascii"))
    except ValueError:
        return False
    return hmac.compare_digest(computed, hashed.encode("ascii"))


def rounds_of(hashed: str) -> int:
    try:
        return int(hashed.split("$")[2])
    except (IndexError, ValueError):
        return 0
