"""Reading a database file that must not change: a backup being compared.

The file is opened read-only and immutable: SQLite writes nothing beside it (no
journal, no lock, no WAL index), so checking a backup never alters it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
import sqlcipher3.dbapi2 as dbapi
from sqlalchemy.pool import StaticPool

from broker_desktop.storage.connection import database_uri, preflight, translate
from broker_desktop.storage.errors import DatabaseCorrupted, WrongKey
from broker_desktop.storage.keys import DatabaseKey


@contextlib.contextmanager
def read_only(path: Path, key: DatabaseKey) -> Iterator[sa.Connection]:
    """A connection to ``path`` that can only read; WrongKey if ``key`` does not open it."""
    path = Path(path).absolute()
    preflight(path)
    uri = database_uri(path, create=False).replace("?mode=rw", "?mode=ro&immutable=1")
    try:
        raw = dbapi.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except dbapi.Error as exc:
        raise translate(exc, path) or DatabaseCorrupted(path) from None
    try:
        raw.execute("PRAGMA cipher_log_level = NONE")
        raw.set_key(key.sqlcipher_key())
        raw.execute("PRAGMA temp_store = MEMORY")
        raw.execute("PRAGMA query_only = ON")
        try:
            raw.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except dbapi.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise WrongKey(path) from None
            raise translate(exc, path) or DatabaseCorrupted(path) from None
        engine = sa.create_engine(
            "sqlite://",
            module=dbapi,
            creator=lambda: raw,
            poolclass=StaticPool,
            hide_parameters=True,
        )
        try:
            with engine.connect() as conn:
                try:
                    yield conn
                except sa.exc.DBAPIError as exc:
                    raise translate(exc.orig, path) or DatabaseCorrupted(path) from None
        finally:
            engine.dispose()
    finally:
        raw.close()
