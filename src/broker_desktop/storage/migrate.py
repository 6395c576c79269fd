"""Bring a database to the current schema, after an encrypted backup."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from broker_desktop.storage.clock import file_stamp
from broker_desktop.storage.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


@cache
def _revisions() -> tuple[str, frozenset[str]]:
    """The head and every known revision, read once per process: walking the scripts
    costs some 50 ms, which every login paid."""
    directory = scripts()
    revision = directory.get_current_head()
    if revision is None:
        raise RuntimeError(f"no migration in {MIGRATIONS}")
    return revision, frozenset(rev.revision for rev in directory.walk_revisions())


def head() -> str:
    return _revisions()[0]


def current_revision(conn: sa.Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(conn: sa.Connection) -> bool:
    current = current_revision(conn)
    if current is not None and current not in _revisions()[1]:
        raise DatabaseTooNew(current)
    return current != head()


def upgrade(conn: sa.Connection, target: str = "head") -> None:
    """Run the migrations on ``conn``, which must already be inside a write transaction."""
    config = _config()
    config.attributes["connection"] = conn
    command.upgrade(config, target)


def backup_name(database: Path, revision: str | None) -> Path:
    stamp = file_stamp()
    return database.with_name(f"{database.name}.before-{revision or 'none'}-{stamp}.bak")
