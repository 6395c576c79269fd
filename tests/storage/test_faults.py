"""Environment faults: two workstations writing at once, a read-only location, a full
disk. Each gives a clear storage error at most, and nothing half written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from storage_helpers import HERE, USERS, child_env, count_items, snapshot, spawn_child

from broker_desktop.storage.connection import ConnectionSettings
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import DiskFull


def _counter_table(office, journal: str) -> None:
    from broker_desktop.storage.journal import JournalPolicy

    # The file is switched to the journal mode under test before the writers start, as it
    # is in an office where every workstation sees the same kind of drive.
    settings = ConnectionSettings(journal=JournalPolicy(journal))
    db = Database.open_with_recovery_code(office.path, office.code, settings=settings)
    with db, db.write() as conn:
        conn.exec_driver_sql("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER)")
        conn.exec_driver_sql("INSERT INTO counter VALUES (1, 0)")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("journal", "busy_ms"), [("wal", "10000"), ("delete", "10000"), ("wal", "0"), ("delete", "0")]
)
def test_two_processes_writing_the_same_rows_lose_nothing(office, journal, busy_ms):
    _counter_table(office, journal)
    env = child_env(BUSY_MS=busy_ms, JOURNAL=journal)
    children = [
        spawn_child("child_worker.py", "contend", office.path, office.code, 150, env=env)
        for _ in range(2)
    ]
    done = busy = 0
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, out[-1000:] + err[-3000:]  # no raw "database is locked"
        assert "Traceback" not in err
        _, _, ok, refused = out.split()[-4:]
        done, busy = done + int(ok), busy + int(refused)
    assert done + busy == 300
    print(f"{journal} busy_timeout={busy_ms}ms: {done} commits, {busy} DatabaseBusy")
    if busy_ms != "0":
        assert busy == 0  # with a normal timeout, writers queue instead of failing
    with Database.open_with_recovery_code(office.path, office.code) as db, db.read() as conn:
        assert conn.exec_driver_sql("SELECT n FROM counter").scalar() == done  # no lost update
        assert count_items(db) == office.rows + done


def _unprivileged() -> list[str]:
    """A command prefix under which file permissions apply, even to root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("where", ["folder and files", "folder only", "files only"])
@pytest.mark.parametrize("attempt", ["right password", "wrong password"])
def test_read_only_location_gives_a_clear_error_and_changes_nothing(office, where, attempt):
    files = [p for p in office.folder.iterdir()]
    if where != "folder only":
        for path in files:
            path.chmod(0o444)
    if where != "files only":
        office.folder.chmod(0o555)
    before = snapshot(office.folder, skip_locks=False)
    try:
        result = subprocess.run(
            [
                *_unprivileged(),
                sys.executable,
                str(HERE / "child_try_open.py"),
                str(office.path),
                "alice",
                USERS["alice"] if attempt == "right password" else "not alice's password",
            ],
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        office.folder.chmod(0o755)
        for path in files:
            path.chmod(0o644)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    # Refused before the password is checked: a wrong password that cannot be counted
    # must not be answered either (that would allow unlimited guessing).
    assert result.stdout.split()[:2] == ["error", "LoginsNotCounted"], result.stdout
    assert snapshot(office.folder, skip_locks=False) == before


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_full_disk_gives_disk_full_and_keeps_the_last_good_state(office, journal):
    from broker_desktop.storage.journal import JournalPolicy

    with Database.open_with_recovery_code(office.path, office.code) as db, db.read() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    settings = ConnectionSettings(
        journal=JournalPolicy(journal), extra_pragmas={"max_page_count": str(pages + 3)}
    )
    db, _ = Database.open_with_password(office.path, "alice", USERS["alice"], settings=settings)
    with db:
        written = 0
        with pytest.raises(DiskFull) as info:
            for _ in range(100):
                with db.write() as conn:
                    conn.exec_driver_sql("INSERT INTO item (label) VALUES (?)", ("z" * 3000,))
                    conn.exec_driver_sql("INSERT INTO item (label) VALUES (?)", ("y" * 3000,))
                written += 2
        assert "Nothing was saved by this operation" in str(info.value)
        assert count_items(db) == office.rows + written  # the failed transaction left nothing
        with db.read() as conn:
            labels = conn.exec_driver_sql("SELECT count(*) FROM item WHERE label LIKE 'z%'")
            assert labels.scalar() * 2 == written
        with db.write() as conn:  # the session is still usable once space is freed
            conn.exec_driver_sql("DELETE FROM item WHERE label LIKE 'y%' OR label LIKE 'z%'")
            conn.exec_driver_sql("INSERT INTO item (label) VALUES ('fits again')")
    with Database.open_with_recovery_code(office.path, office.code) as db, db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
        assert count_items(db) == office.rows + 1
