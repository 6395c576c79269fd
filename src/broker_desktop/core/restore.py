"""Restoring a backup from the login window, before anyone is logged in.

Only a backup of the same office (same database id) replaces it, and only for someone who
may manage users in the *current* office: he proves it with his current login and
password, or, when the current database cannot be opened, with the office's recovery
code. The backup's own users decide nothing, and nothing is written into the backup while
it is checked (it is read through a read-only connection). Replacing the office by
another one is possible only explicitly, with the recovery code of the office replaced.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlalchemy as sa

from broker_desktop.core import audit_chain
from broker_desktop.core.audit_head import WorkstationHeads
from broker_desktop.core.office import open_session
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import SecurityParams
from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import (
    Database,
    database_id_with_key,
    restore_backup,
    slot_path,
    unlock_counted,
)
from broker_desktop.storage.errors import (
    AccountDeactivated,
    BackupOfAnotherOffice,
    InvalidCredentials,
    NotABrokerDatabase,
    SlotFileDamaged,
    StorageError,
    WrongKey,
)
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.storage.schema import users
from broker_desktop.storage.slots import SlotFile, normalize_login


def _current_office(
    database: Path,
    login: str,
    password: str,
    recovery_code: str | None,
    security: SecurityParams | None,
) -> tuple[str | None, DatabaseKey | None]:
    """The current office's id and key, once the right to restore is proven there."""
    if recovery_code is None:
        session = open_session(database, login, password, security=security)
        try:
            with session.tx() as (_conn, scope):
                scope.require(Right.USERS_MANAGE)
            return session.database_id, session.database.key
        finally:
            session.close()
    key = DatabaseKey.from_recovery_code(recovery_code)
    try:
        db = Database.open_with_key(database, key)
    except StorageError:
        # Damaged (a wrong code and a damaged first page look the same): the code must
        # then open the backup, whose id must be the one the current key file names.
        try:
            return SlotFile.load(slot_path(database)).database_id, key
        except StorageError:
            return None, key
    with db:
        return db.database_id, key


def _backup_key(
    database: Path,
    backup: Path,
    candidates: list[DatabaseKey],
    login: str,
    password: str,
    current_id: str | None,
    another_office: bool,
    lockout: LockoutPolicy | None,
) -> tuple[str, DatabaseKey]:
    """The backup's id and a key that opens it: the current office's key, or (after a key
    change since the backup, or for another office) the key the user's own slot in the
    backup holds, the password counted by the current database's lockout. Nothing is
    written beside the backup."""
    for key in candidates:
        try:
            return database_id_with_key(backup, key), key
        except WrongKey:
            continue
    if login and password:
        # Counted beside the current database like a login there: a lock ends the restore
        # (AccountLocked is not suppressed), and so does a place that cannot count it.
        try:
            slots = SlotFile.load(slot_path(backup))
        except StorageError:
            slots = None
        unlocked = None
        if slots is not None:
            with contextlib.suppress(InvalidCredentials, AccountDeactivated, SlotFileDamaged):
                unlocked = unlock_counted(database, slots, login, password, lockout)
        for key in unlocked.keys if unlocked is not None else ():
            with contextlib.suppress(StorageError):
                return database_id_with_key(backup, key), key
    claimed = None
    with contextlib.suppress(StorageError):
        claimed = SlotFile.load(slot_path(backup)).database_id
    if not another_office and current_id is not None and claimed not in (None, current_id):
        raise BackupOfAnotherOffice(backup)
    raise WrongKey(backup)


def restore_from_backup(
    database: str | Path,
    backup: str | Path,
    login: str,
    password: str,
    security: SecurityParams | None = None,
    *,
    recovery_code: str | None = None,
    another_office: bool = False,
) -> Path | None:
    """Replace ``database`` by ``backup``; returns where the replaced file was moved (it
    is never deleted). Refused while any workstation has the database open.

    ``another_office``: the backup is of another office; ``recovery_code`` must be the
    code of the office replaced (that is the right), and ``login``/``password`` those of
    an account in the backup (they only open it)."""
    database, backup = Path(database).absolute(), Path(backup).absolute()
    if not slot_path(backup).exists():
        raise NotABrokerDatabase(backup, "its key file (.keys) is not beside it")
    current_key: DatabaseKey | None = None
    if another_office:
        current_id: str | None = _current_id_by_code(database, recovery_code)
    else:
        current_id, current_key = _current_office(
            database, login, password, recovery_code, security
        )
    candidates = [current_key] if current_key is not None else []
    backup_id, key = _backup_key(
        database,
        backup,
        candidates,
        login,
        password,
        current_id,
        another_office,
        security.lockout if security else None,
    )
    if not another_office and current_id is not None and backup_id != current_id:
        raise BackupOfAnotherOffice(backup)
    moved = restore_backup(backup, database, key)
    # The log now ends where the backup's did: not a tampering this workstation should report.
    WorkstationHeads(security.audit_heads if security else None).forget(backup_id)
    with Database.open_with_key(database, key) as restored, restored.write() as conn:
        user_id = conn.execute(
            sa.select(users.c.id).where(users.c.login == normalize_login(login or ""))
        ).scalar()
        audit_chain.append(
            conn,
            action="database.restore",
            user_id=user_id,
            actor=normalize_login(login or ""),
            detail={
                "file": backup.name,
                "by": "recovery code" if recovery_code else "password",
                **({"replaced_office": current_id} if another_office else {}),
            },
        )
    return moved


def _current_id_by_code(database: Path, recovery_code: str | None) -> str:
    """Replacing the office by another one: its own recovery code must open it."""
    if recovery_code is None:
        raise WrongKey(database)
    key = DatabaseKey.from_recovery_code(recovery_code)
    with Database.open_with_key(database, key) as db:
        return db.database_id
