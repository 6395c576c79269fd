"""Restoring a backup from the login window: the one whole-database operation done
before anyone is logged in, so it opens its own sessions (on the backup, then on the
restored file)."""

from __future__ import annotations

from pathlib import Path

from broker_desktop.core.audit_head import WorkstationHeads
from broker_desktop.core.office import open_session
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import SecurityParams
from broker_desktop.storage.database import restore_backup, slot_path
from broker_desktop.storage.errors import NotABrokerDatabase
from broker_desktop.storage.slots import SlotFile


def restore_from_backup(
    database: str | Path,
    backup: str | Path,
    login: str,
    password: str,
    security: SecurityParams | None = None,
) -> Path | None:
    """Replace ``database`` by ``backup`` for a user who may manage users *in the backup*.

    The user proves it with his password as it was when the backup was taken (the
    backup's own key file). The replaced file is moved aside, never deleted; returns
    where it went. Refused while any workstation has the database open.
    """
    backup = Path(backup)
    if not slot_path(backup).exists():
        raise NotABrokerDatabase(backup, "its key file (.keys) is not beside it")
    unlocked = SlotFile.load(slot_path(backup)).unlock(login, password)
    session = open_session(backup, login, password, security=security)
    try:
        with session.tx() as (_conn, scope):
            scope.require(Right.USERS_MANAGE)
    finally:
        session.close()
    moved = restore_backup(backup, Path(database), unlocked.keys[0])
    # The log now ends where the backup's did: not a tampering this workstation should report.
    WorkstationHeads(security.audit_heads if security else None).forget(
        SlotFile.load(slot_path(Path(database))).database_id
    )
    restored = open_session(database, login, password, security=security)
    try:
        with restored.tx(write=True) as (conn, _scope):
            restored.log(conn, "database.restore", detail={"file": backup.name})
    finally:
        restored.close()
    return moved
