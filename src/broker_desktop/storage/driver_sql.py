"""Statements run straight on the driver's cursor, for the few that run on every call.

SQLAlchemy sets up an execution context and a result object for every statement, which
costs more than SQLite's work for a ``BEGIN``, a ``PRAGMA data_version`` or a compiled
page query. Listeners of ``before_cursor_execute`` still see each statement (the
benchmarks and the query-plan test capture them there), and driver errors are wrapped as
SQLAlchemy wraps them, so callers map them to storage errors as before.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa


def run_sql(conn: sa.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Every row of ``sql`` (a list of tuples, without SQLAlchemy's type conversions)."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    if conn.dispatch.before_cursor_execute:
        conn.dispatch.before_cursor_execute(conn, cursor, sql, params, None, False)
    try:
        cursor.execute(sql, params)
        rows: list[Any] = cursor.fetchall()
    except Exception as exc:
        raise sa.exc.DBAPIError.instance(sql, params, exc, conn.dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()
    return rows
