"""Schema migrations: every earlier revision upgrades to head after an encrypted backup;
a database from a newer program is refused untouched."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from storage_helpers import USERS, snapshot

from broker_desktop.storage import migrate
from broker_desktop.storage.connection import (
    APPLICATION_ID,
    PLAIN_SQLITE_HEADER,
    ConnectionSettings,
    connect,
    read_salt,
)
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import DatabaseTooNew
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.storage.slots import SlotFile

REVISIONS = [rev.revision for rev in reversed(list(migrate.scripts().walk_revisions()))]
EARLIER = REVISIONS[:-1]


def _current(db: Database) -> str:
    with db.read() as conn:
        return migrate.current_revision(conn)


def make_database_at(path, revision: str, kdf) -> DatabaseKey:
    """What an older Broker Desktop, whose newest migration was ``revision``, created."""
    key = DatabaseKey.generate()
    raw = connect(path, key, ConnectionSettings(), create=True)
    engine = sa.create_engine("sqlite://", creator=lambda: raw, poolclass=sa.pool.StaticPool)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        migrate.upgrade(conn, revision)
        database_id = uuid.uuid4().hex
        conn.exec_driver_sql(
            "INSERT INTO meta (name, value) VALUES ('database_id', ?)", (database_id,)
        )
        conn.exec_driver_sql("COMMIT")
    engine.dispose()
    raw.close()
    slots = SlotFile.new(slot_path(path), database_id, read_salt(path), kdf)
    slots.add_slot(key, "alice", USERS["alice"])
    slots.save()
    return key


def test_a_new_database_is_at_head_and_opening_it_takes_no_backup(office):
    db, _ = Database.open_with_password(office.path, "alice", USERS["alice"])
    with db:
        assert _current(db) == migrate.head() == REVISIONS[-1]
    assert not [p for p in office.folder.iterdir() if ".before-" in p.name]


def _revision_in(path, key) -> str:
    raw = connect(path, key, ConnectionSettings())
    try:
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        raw.close()


@pytest.mark.parametrize("revision", EARLIER)
def test_every_earlier_revision_is_backed_up_then_upgraded(db_path, fast_kdf, revision):
    key = make_database_at(db_path, revision, fast_kdf)
    assert _revision_in(db_path, key) == revision

    db, _ = Database.open_with_password(db_path, "alice", USERS["alice"])
    with db:
        assert _current(db) == migrate.head()
        with db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    (backup,) = [p for p in db_path.parent.iterdir() if p.name.endswith(".bak")]
    assert backup.name.startswith(f"office.db.before-{revision}-")
    assert backup.read_bytes()[:16] != PLAIN_SQLITE_HEADER  # encrypted
    assert _revision_in(backup, key) == revision  # taken before the migration ran
    # with its key file, as restore_backup expects
    assert slot_path(backup).exists()


def test_database_from_a_newer_program_is_refused_untouched(office):
    with Database.open_with_recovery_code(office.path, office.code) as db, db.write() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = snapshot(office.folder)
    with pytest.raises(DatabaseTooNew) as info:
        Database.open_with_password(office.path, "alice", USERS["alice"])
    assert "Update Broker Desktop" in str(info.value)
    with pytest.raises(DatabaseTooNew):
        Database.open_with_recovery_code(office.path, office.code)
    after = snapshot(office.folder)
    for name in ("office.db", "office.db.keys"):
        assert after[name] == before[name]
    assert not [p for p in office.folder.iterdir() if ".bak" in p.name]
