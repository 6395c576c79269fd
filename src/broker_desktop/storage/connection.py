"""Open one SQLCipher connection and prove that every security setting took effect."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import sqlcipher3.dbapi2 as dbapi

from broker_desktop.storage import journal
from broker_desktop.storage.errors import (
    DatabaseBusy,
    DatabaseCorrupted,
    DiskFull,
    EmptyDatabaseFile,
    EnvironmentStorageError,
    FileAlreadyExists,
    FileMissing,
    JournalModeConflict,
    NotEncryptedDatabase,
    ReadOnlyLocation,
    StorageError,
)
from broker_desktop.storage.keys import DatabaseKey

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
PAGE_SIZE = 4096  # SQLCipher 4 default
APPLICATION_ID = 0x42524B44  # "BRKD"


@dataclass(frozen=True)
class ConnectionSettings:
    # SQLite's page cache holds decrypted pages: a page read again from it costs no
    # decryption. 64 MiB holds what the heaviest list statement reads at size L (a year's
    # commission total: ~1.8 million index entries); below 48 MiB that statement costs
    # x1.8-3 over a plain file, above 64 MiB nothing measured got faster, and every MiB
    # more is resident memory (docs/benchmarks.md, "Encryption").
    cache_mib: int = 64
    busy_timeout_ms: int = 10_000
    journal: journal.JournalPolicy = journal.JournalPolicy.AUTO
    extra_pragmas: dict[str, str] = field(default_factory=dict)


class KeyRejected(Exception):
    """SQLCipher could not decrypt page 1 with the key (internal; callers classify it)."""


def database_uri(path: Path, *, create: bool) -> str:
    text = str(Path(path).absolute()).replace("\\", "/")
    if re.match(r"^[A-Za-z]:/", text):
        text = "/" + text
    elif text.startswith("//"):  # UNC share: SQLite wants four slashes
        text = "//" + text
    return f"file:{quote(text, safe='/:')}?mode={'rwc' if create else 'rw'}"


def preflight(path: Path) -> bytes:
    """Classify a file before SQLCipher touches it; returns its 16-byte salt."""
    path = Path(path)
    if not path.exists():
        raise FileMissing(path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyDatabaseFile(path)
    with open(path, "rb") as handle:
        head = handle.read(PAGE_SIZE)
    if head.startswith(PLAIN_SQLITE_HEADER):
        raise NotEncryptedDatabase(path)
    if size < PAGE_SIZE or size % 512 != 0:
        raise DatabaseCorrupted(path, "the file is truncated")
    return head[:SALT_BYTES]


def read_salt(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


def translate(exc: BaseException | None, path: Path) -> StorageError | None:
    """Map a SQLite error to the storage error a user can act on, or None for our bugs."""
    if exc is None:
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    message = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in message:
        return DatabaseBusy()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in message:
        return DiskFull()
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")) or (
        "readonly" in message or "unable to open" in message
    ):
        return ReadOnlyLocation(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in message:
        return DatabaseCorrupted(path)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in message:
        # SQLite reports a failed write of its journal or shared memory as an I/O error,
        # without the errno: on a disk with (almost) no room left that is a full disk.
        if _almost_full(path):
            return DiskFull()
        return DatabaseCorrupted(path, "the disk could not be read or written")
    return None


FULL_BELOW_BYTES = 1024 * 1024


def _almost_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).absolute().parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _pragma(
    conn: dbapi.Connection, name: str, value: str | int, expected: str | int | None = None
) -> None:
    conn.execute(f"PRAGMA {name} = {value}")
    actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
    want = value if expected is None else expected
    if str(actual).lower() != str(want).lower():
        raise EnvironmentStorageError(f"SQLite refused PRAGMA {name} = {value} (got {actual}).")


def connect(
    path: Path,
    key: DatabaseKey,
    settings: ConnectionSettings,
    *,
    create: bool = False,
    may_enter_wal: bool = True,
) -> dbapi.Connection:
    """Open ``path`` with ``key``; raises KeyRejected if the key does not decrypt it.

    With ``create=False`` the file must exist and nothing is ever created or truncated.
    """
    path = Path(path)
    if create:
        if path.exists():
            raise FileAlreadyExists(path)
    else:
        preflight(path)
    try:
        conn = dbapi.connect(
            database_uri(path, create=create),
            uri=True,
            check_same_thread=False,
            isolation_level=None,
            timeout=settings.busy_timeout_ms / 1000,
        )
    except dbapi.Error as exc:
        raise translate(exc, path) or ReadOnlyLocation(path) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key.sqlcipher_key())
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except dbapi.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise KeyRejected() from None
            raise translate(exc, path) or DatabaseCorrupted(path) from None
        _configure(conn, path, settings, may_enter_wal)
    except BaseException:
        conn.close()
        raise
    return conn


def _journal_mode(conn: dbapi.Connection, path: Path, wanted: str, may_enter_wal: bool) -> str:
    """Switch to ``wanted`` where that is safe; returns the mode in force.

    A file other workstations use with a rollback journal stays so (safe everywhere,
    and they may reach it over a network); a file another process holds in WAL mode
    cannot be shared safely from a network drive, which is refused at once.
    """
    current = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if current == wanted or (wanted == "wal" and not may_enter_wal):
        return current
    conn.execute("PRAGMA busy_timeout = 250")
    try:
        _pragma(conn, "journal_mode", wanted)
        return wanted
    except (dbapi.OperationalError, EnvironmentStorageError) as exc:
        if isinstance(exc, dbapi.OperationalError) and not isinstance(
            translate(exc, path), DatabaseBusy
        ):
            raise translate(exc, path) or EnvironmentStorageError(str(exc)) from None
        if current == "wal":
            raise JournalModeConflict(path) from None
        return current


def _configure(
    conn: dbapi.Connection, path: Path, settings: ConnectionSettings, may_enter_wal: bool
) -> None:
    # Without temp_store=MEMORY, sorts and index builds spill plaintext temp files.
    _pragma(conn, "temp_store", "MEMORY", 2)
    _pragma(conn, "foreign_keys", "ON", 1)
    _pragma(conn, "trusted_schema", "OFF", 0)
    _pragma(conn, "busy_timeout", settings.busy_timeout_ms)
    _pragma(conn, "cache_size", -settings.cache_mib * 1024)
    mode = _journal_mode(conn, path, journal.resolve(settings.journal, path), may_enter_wal)
    _pragma(conn, "busy_timeout", settings.busy_timeout_ms)
    _pragma(conn, "synchronous", "NORMAL" if mode == "wal" else "FULL", 1 if mode == "wal" else 2)
    for name, value in settings.extra_pragmas.items():
        conn.execute(f"PRAGMA {name} = {value}")
