"""Whole-database operations of the office's administrators: encrypted backups, changing
the database key (after someone leaves), and restoring a backup.

They replace or copy the entire file, so they need the right to manage users — the
same people who decide who may open the database.
"""

from __future__ import annotations

from pathlib import Path

from broker_desktop.core import audit_head
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession


class MaintenanceService:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    def backup(self, target: str | Path) -> Path:
        """An encrypted copy with its key file; the same passwords open it."""
        target = Path(target)
        with self._s.tx() as (_conn, scope):
            scope.require(Right.USERS_MANAGE)
        written = self._s.database.backup(target)
        with self._s.tx(write=True) as (conn, _scope):
            self._s.log(conn, "database.backup", detail={"file": target.name})
        return written

    def change_key(self) -> str:
        """New random database key, every active slot re-sealed; returns the new
        recovery code, which the caller shows once. Refused while another workstation
        has the database open."""
        with self._s.tx() as (_conn, scope):
            scope.require(Right.USERS_MANAGE)
        self._s.remember_audit_head()
        old_key = self._s.database.key
        new_key = self._s.database.rekey()
        audit_head.rekeyed(self._s.database_id, self._s.audit_heads, old_key, new_key)
        with self._s.tx(write=True) as (conn, _scope):
            self._s.log(conn, "database.rekey")
        return new_key.recovery_code()

    def recovery_code(self) -> str:
        """Shown again on request (audited): whoever opens the file holds the key anyway."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE)
            self._s.log(conn, "database.recovery_code_shown")
        return self._s.database.recovery_code()
