"""Child process: open the database with a recovery code, say so, and hold it open
until standard input closes."""

import sys

from broker_desktop.storage.database import Database

db = Database.open_with_recovery_code(sys.argv[1], sys.argv[2])
print("open", flush=True)
sys.stdin.read()
db.close()
