"""Child process: open a database with a password and try to write; print what happened.

Usage: child_try_open.py DATABASE LOGIN PASSWORD
Prints "opened", "wrote", or "error <ExceptionClass> <message>" lines.
"""

import sys

import storage_helpers  # noqa: F401 - the tests' fast KDF floor

from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import StorageError

try:
    db, _ = Database.open_with_password(sys.argv[1], sys.argv[2], sys.argv[3])
    print("opened", flush=True)
    with db:
        with db.write() as conn:
            conn.exec_driver_sql("INSERT INTO item (label) VALUES ('written')")
        print("wrote", flush=True)
except StorageError as exc:
    print("error", type(exc).__name__, exc, flush=True)
except Exception as exc:  # anything else is a bug: a raw error reaching the user
    print("raw", type(exc).__name__, exc, flush=True)
    sys.exit(3)
