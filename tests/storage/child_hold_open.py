"""Child process: open the database with a recovery code (and optionally a journal
policy: auto, wal or delete), say so, and hold it open until standard input closes."""

import sys

import storage_helpers  # noqa: F401 - the tests' fast KDF floor

from broker_desktop.storage.connection import ConnectionSettings
from broker_desktop.storage.database import Database
from broker_desktop.storage.journal import JournalPolicy

policy = JournalPolicy(sys.argv[3]) if len(sys.argv) > 3 else JournalPolicy.AUTO
db = Database.open_with_recovery_code(
    sys.argv[1], sys.argv[2], settings=ConnectionSettings(journal=policy)
)
print("open", flush=True)
sys.stdin.read()
db.close()
