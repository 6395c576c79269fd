"""Workstations sharing one file with different journal needs, key changes seen from
another workstation, and a few opening edge cases."""

from __future__ import annotations

import subprocess

import pytest
from storage_helpers import USERS, count_items, make_office, spawn_child

from broker_desktop.storage.connection import ConnectionSettings
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import DatabaseMaintenance, JournalModeConflict
from broker_desktop.storage.files import PresenceLock
from broker_desktop.storage.journal import JournalPolicy


def hold_open(office, policy: str) -> subprocess.Popen:
    child = spawn_child(
        "child_hold_open.py", office.path, office.code, policy, stdin=subprocess.PIPE
    )
    assert child.stdout.readline().strip() == "open", child.stderr.read()
    return child


def release(child: subprocess.Popen) -> None:
    child.stdin.close()
    assert child.wait(timeout=30) == 0


def open_alice(office, policy: JournalPolicy) -> Database:
    db, _ = Database.open_with_password(
        office.path, "alice", USERS["alice"], settings=ConnectionSettings(journal=policy)
    )
    return db


def journal_mode(db: Database) -> str:
    with db.read() as conn:
        return conn.exec_driver_sql("PRAGMA journal_mode").scalar()


def test_network_workstation_meets_a_file_held_in_wal_mode(office):
    """WAL cannot be shared over a network: refused at once, with a message saying why."""
    child = hold_open(office, "wal")
    try:
        # "at once", without timing it: with an hour's busy timeout, a refusal that waited
        # for the busy timeout of a write would run into the test's time limit instead
        patient = ConnectionSettings(journal=JournalPolicy.ROLLBACK, busy_timeout_ms=3_600_000)
        with pytest.raises(JournalModeConflict) as info:
            Database.open_with_password(office.path, "alice", USERS["alice"], settings=patient)
        assert "rollback" in str(info.value)
    finally:
        release(child)


def test_local_workstation_joins_a_file_shared_with_a_rollback_journal(office):
    """Wanting WAL while others use a rollback journal keeps the rollback journal."""
    child = hold_open(office, "delete")
    try:
        db = open_alice(office, JournalPolicy.WAL)
        with db:
            assert journal_mode(db) == "delete"
            with db.write() as conn:
                conn.exec_driver_sql("INSERT INTO item (label) VALUES ('from the local PC')")
            assert count_items(db) == office.rows + 1
    finally:
        release(child)
    db = open_alice(office, JournalPolicy.WAL)  # alone again: WAL as configured
    with db:
        assert journal_mode(db) == "wal"


def test_opening_during_another_workstations_key_change_says_so(office):
    holder = PresenceLock(office.path)
    assert holder.try_exclusive()  # what a rekey or a restore holds
    try:
        with pytest.raises(DatabaseMaintenance) as info:
            Database.open_with_recovery_code(office.path, office.code)
        assert "Try again" in str(info.value)
    finally:
        holder.release()
    with Database.open_with_recovery_code(office.path, office.code) as db:
        assert count_items(db) == office.rows


def test_create_makes_the_missing_folders(tmp_path, fast_kdf):
    office = make_office(tmp_path / "new" / "share" / "office.db", fast_kdf)
    assert office.path.exists()


def test_staging_copy_of_a_crashed_key_change_is_removed_on_open(office):
    staging = office.path.with_name(office.path.name + ".rekey")
    staging.write_bytes(b"\x00" * 4096)
    with Database.open_with_recovery_code(office.path, office.code):
        pass
    assert not staging.exists()
