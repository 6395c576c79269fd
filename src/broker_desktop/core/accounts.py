"""The one place where an account's database row and its key slot change together.

Creating a user, resetting or recovering a password, (de)activating an account and a
user's own password change each write both files: these functions stage the key-slot
change in the caller's write transaction (``Database.slot_change``), so both commit as
one (see ``storage/slots.py``).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from broker_desktop.core.records import inserted_id
from broker_desktop.security.passwords import hash_password
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.database import Database
from broker_desktop.storage.schema import users
from broker_desktop.storage.slots import normalize_login


def create_account(
    conn: sa.Connection,
    db: Database,
    *,
    login: str,
    display_name: str,
    password: str,
    bcrypt_rounds: int,
    must_change_password: bool,
    password_hash: str | None = None,
) -> int:
    """A new user row and its key slot; returns the user's id. ``password_hash`` lets a
    caller creating many users with one password hash it once."""
    normalized = normalize_login(login)
    with db.slot_change() as change:
        ref = change.add(db.key, normalized, password)
    return inserted_id(
        conn.execute(
            sa.insert(users).values(
                login=normalized,
                display_name=display_name.strip(),
                password_hash=password_hash or hash_password(password, bcrypt_rounds),
                slot_ref=ref,
                must_change_password=must_change_password,
                created_at=db_now(),
            )
        )
    )


def replace_key_slot(
    conn: sa.Connection,
    db: Database,
    row: Any,
    password: str,
    *,
    bcrypt_rounds: int,
    must_change_password: bool,
    active: bool,
) -> str:
    """A password set by someone else (reset, reactivation, the recovery code): a new key
    pair replaces the user's slot. Keyring unlocks of the old slot stop working."""
    with db.slot_change() as change:
        old = row.slot_ref if row.slot_ref in change.slots.slot_refs() else None
        ref = change.replace(db.key, old, row.login, password, active=active)
    conn.execute(
        sa.update(users)
        .where(users.c.id == row.id)
        .values(
            slot_ref=ref,
            active=active,
            must_change_password=must_change_password,
            password_hash=hash_password(password, bcrypt_rounds),
            version=users.c.version + 1,
        )
    )
    return ref


def change_own_password(
    conn: sa.Connection,
    db: Database,
    user_id: int,
    slot_ref: str,
    private_key: bytes,
    password: str,
    *,
    bcrypt_rounds: int,
) -> str:
    """The user's own key pair under his new password; returns the slot's new reference."""
    with db.slot_change() as change:
        ref = change.change_password(db.key, slot_ref, private_key, password)
    conn.execute(
        sa.update(users)
        .where(users.c.id == user_id)
        .values(
            slot_ref=ref,
            password_hash=hash_password(password, bcrypt_rounds),
            must_change_password=False,
            version=users.c.version + 1,
        )
    )
    return ref


def deactivate_key_slot(conn: sa.Connection, db: Database, row: Any) -> None:
    """The user's slot stops opening the file; it keeps his password verifier only."""
    with db.slot_change() as change:
        if row.slot_ref not in change.slots.slot_refs():
            return
        ref = change.deactivate(row.slot_ref)
    conn.execute(sa.update(users).where(users.c.id == row.id).values(slot_ref=ref))
