"""Child process for the plaintext leak scan.

Runs a workload that sorts, builds indexes and rewrites every row, either through the
storage layer (``broker``) or through plain sqlite3 (``plain``, the positive control),
and reports every place the sentinel can be found while the files are still open:
files in the database folder and in TMPDIR, and the process's open file descriptors
(SQLite unlinks its temp files right after creating them, so only /proc shows them).

Usage: child_leak_workload.py broker|plain wal|delete FOLDER SENTINEL
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

mode, journal, folder, sentinel = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
needle = sentinel.encode()
ROWS = 6000


def scan(label: str) -> None:
    places = [folder, Path(os.environ["TMPDIR"])]
    for place in places:
        for path in place.rglob("*"):
            if path.is_file() and needle in path.read_bytes():
                print(f"hit {label} file {path.name}", flush=True)
    for fd in os.listdir("/proc/self/fd"):
        link = f"/proc/self/fd/{fd}"
        try:
            target = os.readlink(link)
            if not target.startswith("/") or target.startswith(("/proc", "/dev")):
                continue
            with open(link, "rb") as handle:
                if needle in handle.read():
                    print(f"hit {label} fd {os.path.basename(target)}", flush=True)
        except OSError:
            continue


def rows():
    for i in range(ROWS):
        yield (
            i,
            f"{sentinel} row {i} " + "x" * (200 + i % 200),
            f"{(i * 7919) % ROWS:08d} {sentinel}",
        )


def workload(execute, in_transaction) -> None:
    execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT, other TEXT)")
    with in_transaction() as run:
        for row in rows():
            run("INSERT INTO doc VALUES (?, ?, ?)", row)
    execute("CREATE INDEX doc_body ON doc (body)")
    with in_transaction() as run:
        cursor = run("SELECT other, body FROM doc ORDER BY other DESC, body")
        cursor.fetchone()  # the sort is done; its spill files, if any, are open now
        scan("sort")
        cursor.fetchall()
        run("UPDATE doc SET body = body || ' changed', other = upper(other)")
        scan("update")  # the rollback journal or the WAL holds the pages now
    execute("CREATE INDEX doc_other ON doc (other, body)")
    scan("after")


if mode == "plain":
    import contextlib

    conn = sqlite3.connect(folder / "plain.db", isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("PRAGMA temp_store = FILE")
    conn.execute("PRAGMA cache_size = 20")  # small, so sorts spill as they would in a big office

    @contextlib.contextmanager
    def in_transaction():
        conn.execute("BEGIN")
        yield conn.execute
        conn.execute("COMMIT")

    workload(conn.execute, in_transaction)
    conn.close()
else:
    sys.path.insert(0, str(Path(__file__).parent))
    from storage_helpers import FAST_KDF

    from broker_desktop.storage.connection import ConnectionSettings
    from broker_desktop.storage.database import Database
    from broker_desktop.storage.journal import JournalPolicy

    policy = JournalPolicy.WAL if journal == "wal" else JournalPolicy.ROLLBACK
    # A small page cache too, so that anything that can spill does.
    settings = ConnectionSettings(cache_mib=1, journal=policy)
    db, key = Database.create(folder / "office.db", kdf=FAST_KDF, settings=settings)
    with db.slots() as slots:
        slots.add_slot(key, "alice", "a password")

    def execute(sql, params=()):
        with db.write() as conn:
            return conn.exec_driver_sql(sql, params)

    def in_transaction():
        import contextlib

        @contextlib.contextmanager
        def tx():
            with db.write() as conn:
                yield lambda sql, params=(): conn.exec_driver_sql(sql, params)

        return tx()

    workload(execute, in_transaction)
    db.backup(folder / "backup.db")
    db.rekey()
    scan("rekey")
    db.close()
print("done", flush=True)
