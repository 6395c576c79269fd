"""Real full and read-only filesystems (small tmpfs mounts) for the whole-file operations:
backups, key changes and opening give DiskFull / ReadOnlyLocation, never a raw OSError or
SQLAlchemy error, and leave no partial file; leftovers of a killed operation are removed
at the next opening."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest
from storage_helpers import USERS, fill_up, small_tmpfs, snapshot

from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import DiskFull, LoginsNotCounted, ReadOnlyLocation


@pytest.fixture
def tmpfs(tmp_path):
    with small_tmpfs(tmp_path / "mount", "4m") as mount:
        yield mount


def test_backup_and_key_change_on_a_full_disk_give_disk_full_and_leave_nothing(office, tmpfs):
    target = tmpfs / "backups"
    target.mkdir()
    db = Database.open_with_recovery_code(office.path, office.code)
    with db:
        fill_up(tmpfs)
        with pytest.raises(DiskFull):
            db.backup(target / "monday.db")
        assert list(target.iterdir()) == []  # no .partial, .partial-journal nor key file
    # the database itself on the full disk: a key change
    folder = tmpfs / "office"
    (tmpfs / "filler").unlink()
    folder.mkdir()
    for name in (office.path.name, slot_path(office.path).name):
        shutil.copyfile(office.folder / name, folder / name)
    db = Database.open_with_recovery_code(folder / office.path.name, office.code)
    with db:
        fill_up(tmpfs, leave=8192)
        with pytest.raises(DiskFull):
            db.rekey()
        assert not (folder / "office.db.rekey").exists()
        assert not (folder / "office.db.rekey-journal").exists()
        (tmpfs / "filler").unlink()
    Database.open_with_password(folder / "office.db", "alice", USERS["alice"])[0].close()


def test_a_read_only_mount_gives_read_only_location(office, tmpfs):
    folder = tmpfs / "office"
    folder.mkdir()
    for name in (office.path.name, slot_path(office.path).name):
        shutil.copyfile(office.folder / name, folder / name)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    before = snapshot(folder, skip_locks=False)
    with pytest.raises(LoginsNotCounted):  # a password login is refused there, clearly
        Database.open_with_password(folder / "office.db", "alice", USERS["alice"])
    with pytest.raises(ReadOnlyLocation):
        Database.open_with_recovery_code(folder / "office.db", office.code)
    assert snapshot(folder, skip_locks=False) == before


def test_leftovers_of_killed_operations_are_removed_at_the_next_opening(office):
    folder = office.folder
    leftovers = [
        folder / "office.db.rekey",
        folder / "office.db.rekey-journal",
        folder / ".office.db.keys.abc123.tmp",
        folder / ".monday.db.partial",
        folder / ".monday.db.partial-journal",
    ]
    for path in leftovers:
        path.write_bytes(b"left by a killed process")
    old = time.time() - 2 * 3600  # a backup's partial files are removed once stale
    for path in leftovers[3:]:
        os.utime(path, (old, old))
    fresh = folder / ".tuesday.db.partial"  # perhaps another workstation's, running now
    fresh.write_bytes(b"being written")
    Database.open_with_password(office.path, "alice", USERS["alice"])[0].close()
    assert [p.name for p in leftovers if p.exists()] == []
    assert fresh.exists()
