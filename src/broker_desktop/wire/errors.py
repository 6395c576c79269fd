"""Errors that cross the wire as the same exception classes the embedded mode raises,
plus the few that only a connection to a server can have."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from broker_desktop.wire.codec import DecodeRules, from_jsonable, to_jsonable

ERROR_MODULES = (
    "broker_desktop.core.errors",
    "broker_desktop.core.export",
    "broker_desktop.core.importing.portfolio",
    "broker_desktop.core.importing.sources",
    "broker_desktop.core.office",
    "broker_desktop.core.transfers",
    "broker_desktop.storage.errors",
    "broker_desktop.wire.errors",
)


class RemoteError(Exception):
    """Base class of the errors only the office server mode has."""


class BadRequest(RemoteError):
    """The server refused a request it cannot understand (unknown call, wrong arguments)."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"The server refused the request: {detail}.")


class SessionEnded(RemoteError):
    """The token is unknown, expired or revoked: log in again."""

    def __init__(self, reason: str = "unknown") -> None:
        messages = {
            "expired": "Your session expired after a period without activity. Log in again.",
            "deactivated": "Your account was deactivated: the session is closed.",
            "logged_out": "This session was closed. Log in again.",
            "unknown": "The server does not know this session (it may have restarted). "
            "Log in again.",
        }
        super().__init__(messages.get(reason, messages["unknown"]))
        self.reason = reason if reason in messages else "unknown"


class TooManyRequests(RemoteError):
    def __init__(self, retry_after: int = 60) -> None:
        super().__init__(
            f"Too many login attempts from this workstation. Wait {retry_after} seconds and "
            "try again."
        )
        self.retry_after = retry_after


class RequestTooLarge(RemoteError):
    def __init__(self, limit: int = 0) -> None:
        super().__init__(f"The request is larger than the server accepts ({limit} bytes).")
        self.limit = limit


class TooManyChannels(RemoteError):
    """A session asked for more call channels than the server keeps for one."""

    def __init__(self, limit: int = 0) -> None:
        super().__init__(
            f"This session already has {limit} call channels open on the server; close one first."
        )
        self.limit = limit


class ServerUnreachable(RemoteError):
    def __init__(self, address: str, detail: str = "") -> None:
        super().__init__(
            f"The office server {address} cannot be reached"
            f"{' (' + detail + ')' if detail else ''}. Check that it is running and that this "
            "workstation is on the office network; the program keeps trying."
        )
        self.address = address


class CertificateChanged(RemoteError):
    """The server shows another certificate than the one this workstation trusts."""

    def __init__(self, address: str, expected: str = "", presented: str = "") -> None:
        super().__init__(
            f"The office server {address} presented a different certificate than the one "
            "this workstation trusts. The connection was refused: someone may be "
            "impersonating the server. If the server's certificate was replaced on purpose, "
            "ask the office's IT person to confirm the new fingerprint, then trust it again."
        )
        self.address = address
        self.expected = expected
        self.presented = presented


class InternalServerError(RemoteError):
    def __init__(self) -> None:
        super().__init__(
            "The office server met an unexpected error; nothing was changed by this request. "
            "The server's log has the details."
        )


@cache
def error_registry() -> dict[str, type[BaseException]]:
    out: dict[str, type[BaseException]] = {}
    for module_name in ERROR_MODULES:
        module = importlib.import_module(module_name)
        for name, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and issubclass(obj, Exception)
                and obj.__module__ == module_name
            ):
                out[name] = obj
    return out


def http_status(exc: BaseException) -> int:
    from broker_desktop.core import errors as core
    from broker_desktop.core.importing.sources import SourceError
    from broker_desktop.storage import errors as storage

    table: list[tuple[type[BaseException], int]] = [
        (SessionEnded, 401),
        (storage.InvalidCredentials, 401),
        (storage.AccountLocked, 423),
        (storage.AccountDeactivated, 403),
        (core.PermissionDenied, 403),
        (core.NotFound, 404),
        (core.ConflictError, 409),
        (core.ValidationError, 422),
        (core.CoreError, 422),
        (SourceError, 422),
        (TooManyRequests, 429),
        (TooManyChannels, 429),
        (RequestTooLarge, 413),
        (BadRequest, 400),
        (storage.EnvironmentStorageError, 503),
        (storage.StorageError, 500),
    ]
    for cls, status in table:
        if isinstance(exc, cls):
            return status
    return 500


def encode_error(exc: BaseException) -> dict[str, Any]:
    name = type(exc).__name__
    if error_registry().get(name) is not type(exc):
        exc, name = InternalServerError(), "InternalServerError"
    attrs = {k: v for k, v in vars(exc).items() if not k.startswith("_")}
    try:
        encoded_attrs = to_jsonable(attrs)
    except ValueError:
        encoded_attrs = to_jsonable({})
    return {
        "type": name,
        "message": str(exc),
        "args": to_jsonable(tuple(str(a) for a in exc.args)),
        "attrs": encoded_attrs,
    }


def decode_error(doc: Any) -> BaseException:
    """The exception described by ``doc``, of its own class (without running its
    ``__init__``: the message is the server's, attributes are restored as they were)."""
    rules = DecodeRules(allow_rows=False)
    if not isinstance(doc, dict):
        return InternalServerError()
    cls = error_registry().get(doc.get("type"))  # type: ignore[arg-type]
    if cls is None:
        return InternalServerError()
    exc = cls.__new__(cls)
    try:
        args = from_jsonable(doc.get("args", {"$tuple": []}), rules)
        attrs = from_jsonable(doc.get("attrs", {"$map": []}), rules)
    except ValueError:
        return InternalServerError()
    Exception.__init__(exc, *(args if isinstance(args, tuple) else ()))
    if isinstance(attrs, dict):
        for key, value in attrs.items():
            if isinstance(key, str):
                setattr(exc, key, value)
    return exc
