"""Errors of the office core. Messages are English; ``code`` values are stable so the UI
can translate them. Storage errors pass through unchanged."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from broker_desktop.core.rights import Right

# (entity, id) of the record a refusal is about, e.g. ("client", 12) or ("audit_log", None).
RecordRef = tuple[str, int | None]


@dataclass(frozen=True)
class FieldError:
    code: str
    message: str
    params: dict[str, object] = field(default_factory=dict)


class CoreError(Exception):
    """Base class of the office core's errors."""


class PermissionDenied(CoreError):
    def __init__(self, right: Right | None = None, record: RecordRef | None = None) -> None:
        what = f" ({record[0]} #{record[1]})" if isinstance(record, tuple) else ""
        needed = f": needs the right '{right}'" if right else ""
        super().__init__(f"Access denied{what}{needed}.")
        self.right = right
        self.record = record
        self.audited = False


class AccountClosed(PermissionDenied):
    """The session's user was deactivated: nothing he asks for is done any more."""

    def __init__(self) -> None:
        super().__init__()
        self.args = ("Your account was deactivated: log in again or ask your director.",)


class ValidationError(CoreError):
    def __init__(self, errors: dict[str, FieldError]) -> None:
        super().__init__("; ".join(f"{name}: {err.message}" for name, err in errors.items()))
        self.errors = errors

    @classmethod
    def single(cls, name: str, code: str, message: str, **params: object) -> ValidationError:
        return cls({name: FieldError(code, message, params)})


class ConflictError(CoreError):
    def __init__(self, entity: str = "record", record_id: int | None = None) -> None:
        super().__init__(
            f"This {entity} was changed by someone else since you opened it. "
            "Reload it and apply your change again."
        )
        self.entity = entity
        self.record_id = record_id


class NotFound(CoreError):
    def __init__(self, entity: str = "record", record_id: object = None) -> None:
        super().__init__(f"No {entity} #{record_id}.")
        self.entity = entity
        self.record_id = record_id


class ConfirmationRequired(CoreError):
    def __init__(self, what: str = "") -> None:
        super().__init__(
            f"This gives administration rights{' (' + what + ')' if what else ''}: "
            "confirm explicitly."
        )


class LastAdministrator(CoreError):
    def __init__(self) -> None:
        super().__init__(
            "Refused: nobody else could then manage users and roles. "
            "Give that right to another active user first."
        )
