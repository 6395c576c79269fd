"""Helpers for versioned records: optimistic concurrency and scoped lookups by id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import INT64_MAX, is_int, valid_id


def inserted_id(result: sa.CursorResult[Any]) -> int:
    """The id of the row a single-row INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the INSERT returned no primary key")
    return int(key[0])


def _check_version(version: object) -> None:
    if not (is_int(version) and 0 <= version <= INT64_MAX):
        raise ValidationError.single("version", "not_an_integer", "Invalid record version.")


def fetch_scoped(
    conn: sa.Connection,
    table: sa.Table,
    entity: str,
    record_id: int,
    scope_clause: sa.ColumnElement[bool],
    right: Right | None = None,
) -> sa.Row[Any]:
    """The row ``record_id`` if the scope allows it; NotFound or PermissionDenied
    otherwise (the denial is audited by the session)."""
    if not valid_id(record_id):
        raise NotFound(entity, record_id)
    row = conn.execute(sa.select(table).where(table.c.id == record_id, scope_clause)).first()
    if row is not None:
        return row
    exists = conn.execute(sa.select(table.c.id).where(table.c.id == record_id)).first()
    if exists is None:
        raise NotFound(entity, record_id)
    raise PermissionDenied(right, (entity, record_id))


def versioned_update(
    conn: sa.Connection,
    table: sa.Table,
    entity: str,
    record_id: int,
    version: int,
    values: dict[str, Any],
) -> int:
    if not valid_id(record_id):
        raise NotFound(entity, record_id)
    _check_version(version)
    result = conn.execute(
        sa.update(table)
        .where(table.c.id == record_id, table.c.version == version)
        .values(**values, version=table.c.version + 1)
    )
    if result.rowcount == 0:
        if conn.execute(sa.select(table.c.id).where(table.c.id == record_id)).first() is None:
            raise NotFound(entity, record_id)
        raise ConflictError(entity, record_id)
    return version + 1


def versioned_delete(
    conn: sa.Connection, table: sa.Table, entity: str, record_id: int, version: int
) -> None:
    if not valid_id(record_id):
        raise NotFound(entity, record_id)
    _check_version(version)
    result = conn.execute(
        sa.delete(table).where(table.c.id == record_id, table.c.version == version)
    )
    if result.rowcount == 0:
        if conn.execute(sa.select(table.c.id).where(table.c.id == record_id)).first() is None:
            raise NotFound(entity, record_id)
        raise ConflictError(entity, record_id)


# The audit detail key that names the record as it was at the time of the entry (a
# client's name, a contract's policy number and client, a follow-up's title): the log
# reads with names, even once the record is renamed or deleted. Only audit.view reads
# the log, and it reads all of it (docs/rights.md).
SUBJECT = "subject"


def contract_subject(conn: sa.Connection, contract_id: int) -> str:
    """ "AX-12345 (Müller Pierre)": a contract as the audit log names it."""
    from broker_desktop.storage.schema import clients, contracts

    row = conn.execute(
        sa.select(contracts.c.policy_number, clients.c.display_name)
        .join_from(contracts, clients, contracts.c.client_id == clients.c.id)
        .where(contracts.c.id == contract_id)
    ).first()
    return f"{row.policy_number} ({row.display_name})" if row is not None else ""


def changes(before: object, values: Mapping[str, object]) -> dict[str, list[str | None]]:
    """Which fields a write changes, for the audit log (values as text)."""
    out = {}
    for key, value in values.items():
        old = getattr(before, key, None) if before is not None else None
        if old != value:
            out[key] = [None if old is None else str(old), None if value is None else str(value)]
    return out
