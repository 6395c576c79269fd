"""Changing the database key, and encrypted backup and restore."""

from __future__ import annotations

import subprocess

import pytest
from storage_helpers import USERS, count_items, snapshot, spawn_child

from broker_desktop.storage.database import Database, restore_backup, slot_path
from broker_desktop.storage.errors import (
    DatabaseInUse,
    FileAlreadyExists,
    SlotFileMismatch,
    WrongKey,
)
from broker_desktop.storage.keys import DatabaseKey


def test_rekey_gives_a_new_recovery_code_and_every_user_still_opens(office):
    db, _ = Database.open_with_password(office.path, "alice", USERS["alice"])
    with db:
        new_key = db.rekey()
        assert new_key != office.key and db.key == new_key
        assert db.recovery_code() == new_key.recovery_code() != office.code
        assert count_items(db) == office.rows  # still usable after the swap
        with db.write() as conn:
            conn.exec_driver_sql("INSERT INTO item (label) VALUES ('after rekey')")

    with pytest.raises(WrongKey):
        Database.open_with_recovery_code(office.path, office.code)
    with Database.open_with_recovery_code(office.path, new_key.recovery_code()) as db:
        assert count_items(db) == office.rows + 1
    for login, password in USERS.items():
        db, unlocked = Database.open_with_password(office.path, login, password)
        with db:
            assert unlocked.keys == (new_key,)
            assert count_items(db) == office.rows + 1
    leftovers = {p.name for p in office.folder.iterdir()} - {
        "office.db",
        "office.db.keys",
        "office.db.attempts",
        "office.db.lock",
        "office.db.keys.lock",
        "office.db-wal",
        "office.db-shm",
    }
    assert leftovers == set()


def test_rekey_is_refused_while_another_process_holds_the_database(office):
    child = spawn_child("child_hold_open.py", office.path, office.code, stdin=subprocess.PIPE)
    try:
        assert child.stdout.readline().strip() == "open", child.stderr.read()
        db, _ = Database.open_with_password(office.path, "alice", USERS["alice"])
        with db:
            before = snapshot(office.folder)
            with pytest.raises(DatabaseInUse) as info:
                db.rekey()
            assert "another window or on another workstation" in str(info.value)
            assert count_items(db) == office.rows  # this session goes on as before
        assert snapshot(office.folder)["office.db.keys"] == before["office.db.keys"]
    finally:
        child.stdin.close()
        assert child.wait(timeout=30) == 0
    # once the other process is gone, the same user can change the key
    db, _ = Database.open_with_password(office.path, "alice", USERS["alice"])
    with db:
        db.rekey()


def test_backup_restore_round_trip_keeps_every_row(office, tmp_path):
    backup = tmp_path / "backups" / "office-monday.db"
    backup.parent.mkdir()
    with Database.open_with_recovery_code(office.path, office.code) as db:
        assert db.backup(backup) == backup
        with db.write() as conn:
            conn.exec_driver_sql("DELETE FROM item WHERE id % 2 = 0")
            conn.exec_driver_sql("CREATE TABLE later (x)")
        assert count_items(db) == office.rows // 2

    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    assert slot_path(backup).exists()
    # the backup opens on its own, with the same passwords
    db, _ = Database.open_with_password(backup, "alice", USERS["alice"])
    with db:
        assert count_items(db) == office.rows

    moved = restore_backup(backup, office.path, office.key)
    assert moved is not None and moved.exists()  # the replaced file is kept aside
    for login, password in USERS.items():
        db, _ = Database.open_with_password(office.path, login, password)
        with db, db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM item").scalar() == office.rows
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_schema")}
            assert "later" not in tables


def test_backup_never_overwrites_and_restore_needs_the_backups_key(office, tmp_path):
    target = tmp_path / "existing.db"
    target.write_bytes(b"something precious")
    with Database.open_with_recovery_code(office.path, office.code) as db:
        with pytest.raises(FileAlreadyExists):
            db.backup(target)
        backup = db.backup(tmp_path / "b.db")
    assert target.read_bytes() == b"something precious"
    before = snapshot(office.folder)
    with pytest.raises(WrongKey):
        restore_backup(backup, office.path, DatabaseKey.generate())
    assert snapshot(office.folder) == before


def test_restore_is_refused_while_the_database_is_open(office, tmp_path):
    with Database.open_with_recovery_code(office.path, office.code) as db:
        backup = db.backup(tmp_path / "b.db")
        before = snapshot(office.folder)
        with pytest.raises(DatabaseInUse):
            restore_backup(backup, office.path, office.key)
        assert snapshot(office.folder) == before


def test_key_file_from_before_a_rekey_is_reported_as_not_matching(office):
    old_keys = slot_path(office.path).read_bytes()
    with Database.open_with_recovery_code(office.path, office.code) as db:
        db.rekey()
    slot_path(office.path).write_bytes(old_keys)
    before = snapshot(office.folder)
    with pytest.raises(SlotFileMismatch):
        Database.open_with_password(office.path, "alice", USERS["alice"])
    assert snapshot(office.folder) == before
