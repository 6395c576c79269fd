"""Child process for the crash and concurrency tests. Prints one line per completed step,
flushed, so the parent knows exactly what was committed before it killed the child.

Usage: child_worker.py TASK DATABASE RECOVERY_CODE [ARG]
  write    insert rows in a loop, printing each id after COMMIT (ARG: journal mode)
  slots    add and remove key slots in a loop, printing each saved file's slot count
  rekey    change the database key in a loop, printing "pending CODE" before each
           change and "done CODE" after it
  contend  ARG times: increment a shared counter and insert a row; prints a summary
"""

from __future__ import annotations

import os
import random
import sys
import time

import storage_helpers  # noqa: F401 - the tests' fast KDF floor

from broker_desktop.storage.connection import ConnectionSettings
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import DatabaseBusy
from broker_desktop.storage.journal import JournalPolicy
from broker_desktop.storage.keys import DatabaseKey

task, path, code = sys.argv[1], sys.argv[2], sys.argv[3]
arg = sys.argv[4] if len(sys.argv) > 4 else ""
rng = random.Random()


def jitter(function):
    """Random pauses around file steps, so a kill lands between them as often as inside."""

    def wrapped(*args, **kwargs):
        time.sleep(rng.random() / 500)
        result = function(*args, **kwargs)
        time.sleep(rng.random() / 500)
        return result

    return wrapped


def say(*words) -> None:
    print(*words, flush=True)


if task == "write":
    journal = JournalPolicy.WAL if arg == "wal" else JournalPolicy.ROLLBACK
    db = Database.open_with_recovery_code(path, code, settings=ConnectionSettings(journal=journal))
    with db.write() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS crash_log (id INTEGER PRIMARY KEY, payload TEXT)"
        )
        next_id = conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM crash_log").scalar()
    say("ready")
    while True:
        with db.write() as conn:
            conn.exec_driver_sql(
                "INSERT INTO crash_log VALUES (?, ?)", (next_id, "p" * rng.randrange(10, 30000))
            )
            conn.exec_driver_sql(
                "UPDATE item SET label = label || '.' WHERE id = ?", (next_id % 50,)
            )
        say(next_id)
        next_id += 1

elif task == "slots":
    os.replace = jitter(os.replace)
    os.fsync = jitter(os.fsync)
    db = Database.open_with_recovery_code(path, code)
    say("ready")
    n = 0
    while True:
        with db.slots() as slots:
            if n % 3 == 2:
                slots.remove(slots.slot_refs()[-1])
            else:
                slots.add_slot(db.key, f"temp{n}", f"password {n}")
            count = len(slots.slot_refs())
        say(count)
        n += 1

elif task == "rekey":
    replace = jitter(os.replace)

    def announced_replace(source, target):
        if str(source).endswith(".rekey"):
            say("swapping")  # the key file now knows both keys; the files change next
        return replace(source, target)

    os.replace = announced_replace
    os.fsync = jitter(os.fsync)
    generate = DatabaseKey.generate

    def announced():
        key = generate()
        say("pending", key.recovery_code())
        return key

    DatabaseKey.generate = staticmethod(announced)
    db = Database.open_with_recovery_code(path, code)
    say("ready")
    while True:
        key = db.rekey()
        say("done", key.recovery_code())

elif task == "contend":
    settings = ConnectionSettings(
        busy_timeout_ms=int(os.environ.get("BUSY_MS", "10000")),
        journal=JournalPolicy(os.environ.get("JOURNAL", "wal")),
    )
    done = busy = 0
    while True:  # with no busy timeout even opening can meet the other writer
        try:
            db = Database.open_with_recovery_code(path, code, settings=settings)
            break
        except DatabaseBusy:
            time.sleep(0.01)
    say("ready")
    for _ in range(int(arg)):
        try:
            with db.write() as conn:
                value = conn.exec_driver_sql("SELECT n FROM counter WHERE id = 1").scalar()
                conn.exec_driver_sql("UPDATE counter SET n = ? WHERE id = 1", (value + 1,))
                conn.exec_driver_sql("INSERT INTO item (label) VALUES ('contended')")
            with db.read() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM item").scalar()
            done += 1
        except DatabaseBusy as exc:
            assert "try again" in str(exc)
            busy += 1
    db.close()
    say("summary", done, busy)
