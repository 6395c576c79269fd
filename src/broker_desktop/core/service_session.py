"""What the services need of the logged-in session, as a protocol.

``office.Session`` creates the services and provides this; the services depend on the
protocol only, so they never import the module that creates them.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

import sqlalchemy as sa

from broker_desktop.core.permissions import Scope
from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import Database
from broker_desktop.storage.slots import KdfParams


@dataclass(frozen=True)
class SecurityParams:
    kdf: KdfParams = field(default_factory=KdfParams)
    bcrypt_rounds: int = 12
    lockout: LockoutPolicy | None = None


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
