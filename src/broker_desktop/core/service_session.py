"""What the services need of the logged-in session, as a protocol.

``office.Session`` creates the services and provides this; the services depend on the
protocol only, so they never import the module that creates them.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import sqlalchemy as sa

from broker_desktop.core.permissions import Scope
from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import Database
from broker_desktop.storage.slots import KdfParams

if TYPE_CHECKING:
    from broker_desktop.core.audit_head import WorkstationHeads


@dataclass(frozen=True)
class SecurityParams:
    kdf: KdfParams = field(default_factory=KdfParams)
    bcrypt_rounds: int = 12
    lockout: LockoutPolicy | None = None
    # Where this workstation keeps the audit heads it has seen (None: the user's data folder).
    audit_heads: Path | None = None


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str


class ServiceSession(Protocol):
    @property
    def user(self) -> UserInfo: ...

    @property
    def database(self) -> Database: ...

    @property
    def security(self) -> SecurityParams: ...

    @property
    def database_id(self) -> str: ...

    @property
    def audit_heads(self) -> WorkstationHeads: ...

    def remember_audit_head(self) -> None:
        """Update this workstation's record of the audit head (``Session``)."""
        ...

    def tx(
        self, *, write: bool = False, allow_pending_password: bool = False
    ) -> AbstractContextManager[tuple[sa.Connection, Scope]]:
        """A transaction and the user's current scope (``Session.tx``)."""
        ...

    def log(
        self,
        conn: sa.Connection,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: Mapping[str, object] | None = None,
    ) -> None:
        """Audit a write (``Session.log``); it also declares the change."""
        ...

    def note_change(self, entity: str, record_id: int | None = None) -> None:
        """Declare a change the current write makes beyond what ``log`` names."""
        ...
