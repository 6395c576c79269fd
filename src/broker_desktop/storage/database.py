"""The office database: one long-lived SQLCipher connection behind SQLAlchemy Core.

``Database`` is what the services use: ``read()`` and ``write()`` give a connection
inside a transaction, serialised by one lock so the GUI's worker thread and anything
else in the process never interleave statements.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import sqlalchemy as sa
import sqlcipher3.dbapi2 as dbapi
from sqlalchemy.pool import StaticPool

from broker_desktop.storage import migrate
from broker_desktop.storage.attempts import AttemptStore, LockoutPolicy, PendingAttempt
from broker_desktop.storage.clock import file_stamp, utc_now
from broker_desktop.storage.connection import (
    APPLICATION_ID,
    PLAIN_SQLITE_HEADER,
    ConnectionSettings,
    KeyRejected,
    connect,
    preflight,
    read_salt,
    translate,
)
from broker_desktop.storage.driver_sql import run_sql
from broker_desktop.storage.errors import (
    AccountDeactivated,
    AccountLocked,
    DatabaseCorrupted,
    DatabaseInUse,
    DiskFull,
    EnvironmentStorageError,
    FileAlreadyExists,
    FileMissing,
    InvalidCredentials,
    NotABrokerDatabase,
    ReadOnlyLocation,
    SlotFileMismatch,
    StorageError,
    UnencryptedTarget,
    WrongKey,
)
from broker_desktop.storage.files import (
    PresenceLock,
    atomic_write,
    file_errors,
    fsync_directory,
    fsync_file,
    os_error,
    sidecar,
    sidecar_mutex,
    temp_leftovers,
)
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.storage.schema import meta, users
from broker_desktop.storage.slots import (
    Deactivated,
    KdfParams,
    SlotChange,
    SlotFile,
    Unlocked,
    normalize_login,
)
from broker_desktop.storage.snapshot import read_only

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")
# A backup or key change killed half-way leaves these; none can be running while we hold
# the file shared (a rekey holds it exclusively), and a backup's own are at least this old.
STALE_PARTIAL_SECONDS = 3600


def slot_path(database: Path) -> Path:
    return sidecar(database, ".keys")


def _counted_unlock(
    attempts: AttemptStore, slots: SlotFile, login: str, password: str
) -> tuple[PendingAttempt, list[Unlocked | Deactivated]]:
    """Open ``login``'s slots with ``password``, counted by ``attempts`` like a login:
    refused while the login is locked, and counted as failed before the password is
    checked (LoginsNotCounted where that cannot be written). A wrong password settles the
    attempt as failed (AccountLocked once that locks); otherwise the caller gives the
    verdict through the returned attempt."""
    attempt = attempts.begin(
        slots.lookup_tag(login), known=slots.has_login(login), login=normalize_login(login)
    )
    try:
        found = slots.unlock_all(login, password)
    except InvalidCredentials:
        until = attempt.failed()
        if until is not None:
            raise AccountLocked(until) from None
        raise
    except BaseException:
        attempt.cancel()
        raise
    return attempt, found


def unlock_counted(
    counted_at: Path, slots: SlotFile, login: str, password: str, lockout: LockoutPolicy | None
) -> Unlocked:
    """A password checked against a key file other than the database's own (a backup's),
    counted and locked out exactly like a login at the database ``counted_at``: a place
    that checks passwords without the lockout would let them be guessed there."""
    attempt, found = _counted_unlock(AttemptStore(counted_at, lockout), slots, login, password)
    opened = [f for f in found if isinstance(f, Unlocked)]
    if not opened:
        attempt.cancel()
        raise AccountDeactivated()
    attempt.succeeded()
    return opened[0]


class Database:
    """An unlocked office database. Create or open it with the class methods."""

    def __init__(
        self,
        path: Path,
        key: DatabaseKey,
        raw_conn: dbapi.Connection,
        presence: PresenceLock,
        settings: ConnectionSettings,
        lockout: LockoutPolicy | None = None,
    ) -> None:
        self.path = Path(path)
        self._key = key
        self._settings = settings
        self._presence = presence
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None  # thread inside the outermost transaction
        self._writes = 0  # write transactions this process committed
        # run once the outermost transaction has committed / rolled back
        self._on_commit: list[Callable[[], None]] = []
        self._on_rollback: list[Callable[[], None]] = []
        self._own_changes: list[str] = []  # key-slot changes staged by this transaction
        self.attempts = AttemptStore(self.path, lockout)
        # The password login that opened this database, until the caller's verdict.
        self.login_attempt: PendingAttempt | None = None
        self.key_file_ok = False  # set once the key file is known to belong to the database
        self._bind(raw_conn)

    def _bind(self, raw_conn: dbapi.Connection) -> None:
        self._raw = raw_conn
        # hide_parameters: the export statements bind the raw key, and SQLAlchemy would
        # otherwise print parameters in its SQL trace and in its exception messages.
        self.engine = sa.create_engine(
            "sqlite://",
            module=dbapi,
            creator=lambda: raw_conn,
            poolclass=StaticPool,
            hide_parameters=True,
        )
        self._conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")

    # ----- creation and opening ------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        *,
        kdf: KdfParams | None = None,
        settings: ConnectionSettings | None = None,
        lockout: LockoutPolicy | None = None,
    ) -> tuple[Database, DatabaseKey]:
        """Create a new, empty office database and its key file; returns the key.

        The caller shows ``key.recovery_code()`` once and adds the first user's slot.
        """
        path = Path(path).absolute()
        settings = settings or ConnectionSettings()
        path.parent.mkdir(parents=True, exist_ok=True)
        for existing in (path, slot_path(path)):
            if existing.exists():
                raise FileAlreadyExists(existing)
        key = DatabaseKey.generate()
        presence = PresenceLock(path)
        presence.acquire_shared()
        try:
            raw = connect(path, key, settings, create=True)
        except BaseException:
            presence.release()
            raise
        db = cls(path, key, raw, presence, settings, lockout)
        try:
            database_id = uuid.uuid4().hex
            with db.write() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate.upgrade(conn)
                conn.execute(
                    sa.insert(meta),
                    [
                        {"name": "database_id", "value": database_id},
                        {"name": "created_at", "value": utc_now().isoformat()},
                    ],
                )
            db.database_id = database_id
            slots = SlotFile.new(slot_path(path), database_id, read_salt(path), kdf or KdfParams())
            slots.save()
            db.key_file_ok = True
        except BaseException:
            db.close()
            for leftover in (path, slot_path(path), *(sidecar(path, s) for s in SIDE_FILES)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return db, key

    @classmethod
    def open_with_password(
        cls,
        path: Path,
        login: str,
        password: str,
        *,
        settings: ConnectionSettings | None = None,
        lockout: LockoutPolicy | None = None,
        verdict_by_caller: bool = False,
    ) -> tuple[Database, Unlocked]:
        """Unlock with a user's own password through his key slot.

        Lockout is checked before the KDF runs; the attempt is counted as failed before
        the password is checked. With ``verdict_by_caller`` it stays so until the caller,
        having verified the account itself, settles ``db.login_attempt``; otherwise the
        slot opening is the verdict.
        """
        path = Path(path).absolute()
        preflight(path)
        slots = SlotFile.load(slot_path(path))
        attempt, found = _counted_unlock(AttemptStore(path, lockout), slots, login, password)
        try:
            opened = [f for f in found if isinstance(f, Unlocked)]
            if not opened:
                raise AccountDeactivated()
            db = cls._open_with_keys(path, opened[0].keys, slots, settings, lockout)
        except BaseException:
            attempt.cancel()
            raise
        if len(found) > 1:  # a change of this account was staged: the database decides
            try:
                committed = db.committed_slot_refs()
                if committed is not None:
                    chosen = [f for f in found if f.slot_ref in committed]
                    if chosen and isinstance(chosen[0], Deactivated):
                        raise AccountDeactivated()
                    opened = [f for f in opened if f.slot_ref in committed] or opened
            except BaseException:
                db.close()
                attempt.cancel()
                raise
        if verdict_by_caller:
            db.login_attempt = attempt
        else:
            attempt.succeeded()
        return db, opened[0]

    @classmethod
    def open_with_private_key(
        cls,
        path: Path,
        slot_ref: str,
        private_key: bytes,
        *,
        settings: ConnectionSettings | None = None,
        lockout: LockoutPolicy | None = None,
    ) -> tuple[Database, Unlocked]:
        """Unlock with a slot's private key held by the workstation's keyring."""
        path = Path(path).absolute()
        preflight(path)
        slots = SlotFile.load(slot_path(path))
        unlocked = slots.unlock_with_private_key(slot_ref, private_key)
        return cls._open_with_keys(path, unlocked.keys, slots, settings, lockout), unlocked

    @classmethod
    def open_with_recovery_code(
        cls,
        path: Path,
        code: str,
        *,
        settings: ConnectionSettings | None = None,
        lockout: LockoutPolicy | None = None,
    ) -> Database:
        key = DatabaseKey.from_recovery_code(code)
        return cls.open_with_key(path, key, settings=settings, lockout=lockout)

    @classmethod
    def open_with_key(
        cls,
        path: Path,
        key: DatabaseKey,
        *,
        settings: ConnectionSettings | None = None,
        lockout: LockoutPolicy | None = None,
    ) -> Database:
        """Open with the raw key (the recovery code). Works without the key file."""
        path = Path(path).absolute()
        preflight(path)
        try:
            slots = SlotFile.load(slot_path(path))
        except StorageError:
            slots = None  # the recovery code is exactly for a lost or damaged key file
        return cls._open_with_keys(path, (key,), slots, settings, lockout, by_code=True)

    @classmethod
    def _open_with_keys(
        cls,
        path: Path,
        keys: Sequence[DatabaseKey],
        slots: SlotFile | None,
        settings: ConnectionSettings | None,
        lockout: LockoutPolicy | None,
        *,
        by_code: bool = False,
    ) -> Database:
        settings = settings or ConnectionSettings()
        presence = PresenceLock(path)
        # Alone with the file, this process may put it in WAL mode; with others already
        # in it (perhaps across a network) the journal they use is kept.
        alone = presence.try_exclusive()
        try:
            raw, key = cls._connect_first(path, keys, settings, slots, by_code, alone)
            if alone:
                presence.downgrade()
            db = cls(path, key, raw, presence, settings, lockout)
        except BaseException:
            presence.release()
            raise
        try:
            db._check_identity(None if by_code else slots)
            db.key_file_ok = slots is not None and slots.database_id == db.database_id
            db._finish_interrupted_rekey(slots)
            db._migrate()
            db._settle_slot_changes()
            db._remove_leftovers()
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _connect_first(
        path: Path,
        keys: Sequence[DatabaseKey],
        settings: ConnectionSettings,
        slots: SlotFile | None,
        by_code: bool,
        alone: bool,
    ) -> tuple[dbapi.Connection, DatabaseKey]:
        for key in keys:
            try:
                return connect(path, key, settings, may_enter_wal=alone), key
            except KeyRejected:
                continue
        if by_code or slots is None:  # only the recovery code opens without a key file
            raise WrongKey(path)
        salt = read_salt(path)
        known = slots.matches_database_salt(salt) or salt == slots.pending_database_salt
        if not known:
            raise SlotFileMismatch(path)
        raise DatabaseCorrupted(path, "its first page does not decrypt with the right key")

    def _check_identity(self, slots: SlotFile | None) -> None:
        with self.read() as conn:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            if app_id != APPLICATION_ID:
                raise NotABrokerDatabase(self.path, "it was not created by Broker Desktop")
            try:
                database_id = conn.execute(
                    sa.select(meta.c.value).where(meta.c.name == "database_id")
                ).scalar()
            except sa.exc.OperationalError:
                database_id = None
        if database_id is None:
            raise NotABrokerDatabase(self.path, "its identity record is missing")
        database_id = str(database_id)
        if slots is not None and slots.database_id != database_id:
            raise SlotFileMismatch(self.path)
        self.database_id = database_id

    def _finish_interrupted_rekey(self, slots: SlotFile | None) -> None:
        if slots is not None and slots.pending_generation is not None:
            self._settle_pending_rekey()

    def _remove_leftovers(self) -> None:
        """Files a killed key change, backup or key-file write left beside the database."""
        # None can be running: a rekey holds the file exclusively and we hold it shared.
        leftovers = [sidecar(self.path, ".rekey"), sidecar(self.path, ".rekey-journal")]
        old = utc_now().timestamp() - STALE_PARTIAL_SECONDS
        for pattern in (".*.partial", ".*.partial-journal"):
            for partial in self.path.parent.glob(pattern):
                with contextlib.suppress(OSError):
                    if partial.stat().st_mtime < old:
                        leftovers.append(partial)
        try:
            with sidecar_mutex(self.path):  # every key-file writer holds it
                leftovers += temp_leftovers(slot_path(self.path))
                for leftover in leftovers:
                    with contextlib.suppress(OSError):
                        leftover.unlink()
        except (StorageError, OSError) as exc:  # a read-only folder: nothing to clean
            log.info("Leftover files not removed: %s", type(exc).__name__)

    def _settle_pending_rekey(self) -> None:
        with sidecar_mutex(self.path):
            fresh = SlotFile.load(slot_path(self.path))
            if fresh.pending_generation is None:
                return
            salt = read_salt(self.path)
            if fresh.pending_database_salt == salt:
                fresh.finish_rekey()
                log.warning("Completed a database key change that had been interrupted.")
            else:
                fresh.abandon_rekey()
                log.warning("Rolled back a database key change that had been interrupted.")
            fresh.save()

    def _migrate(self) -> None:
        with self.read() as conn:
            if not migrate.needs_upgrade(conn):
                return
            revision = migrate.current_revision(conn)
        self.backup(migrate.backup_name(self.path, revision))
        with self.write() as conn:
            migrate.upgrade(conn)
        log.info("Database schema upgraded from %s to %s", revision, migrate.head())

    # ----- two-file changes -------------------------------------------------------
    def committed_slot_refs(self) -> set[str] | None:
        """The key slots the database's users point at; None in a database without users
        (the storage layer's own tests)."""
        accounts = self._committed_accounts()
        return None if accounts is None else accounts[0]

    def _committed_accounts(self) -> tuple[set[str], set[str]] | None:
        with self.read() as conn:
            try:
                rows = conn.execute(sa.select(users.c.slot_ref, users.c.login)).all()
            except sa.exc.OperationalError:
                return None
        return {ref for ref, _login in rows if ref}, {login for _ref, login in rows}

    def _settle_slot_changes(self) -> None:
        """Finish or undo key-slot changes a crash left in the key file, and drop stale
        versions of users' slots, as the committed database says. Best effort: the login
        itself never depends on it (it matches the slot against the database)."""
        if not self.key_file_ok:
            return
        try:
            slots = SlotFile.load(slot_path(self.path))
            accounts = self._committed_accounts()
            if accounts is None:
                return
            if not slots.changes() and not slots.stale_refs(*accounts):
                return
            with self.write():  # no change can be in flight while we hold the write lock
                self._settle_all_staged()
        except (StorageError, OSError) as exc:
            log.warning("Key-slot changes left unsettled for now: %s", type(exc).__name__)

    def _settle_all_staged(self) -> None:
        """Inside a write transaction, before this transaction's own slot changes."""
        accounts = self._committed_accounts()
        if accounts is None:
            return
        with sidecar_mutex(self.path):
            slots = SlotFile.load(slot_path(self.path))
            if slots.settle_changes(*accounts, keep=self._own_changes):
                slots.save()
                log.warning("Settled key-slot changes left by an interrupted operation.")

    @contextlib.contextmanager
    def slot_change(self) -> Iterator[SlotChange]:
        """Inside ``write()``: key-slot edits that commit with the transaction.

        The new slot versions are written beside the old ones before the database
        commits; after the commit the old versions are dropped, after a rollback the new
        ones. A crash in between is settled at the next open by what the database holds,
        so the database and the key file never disagree and no old password stops
        working before the new one is committed.
        """
        if not self._depth:
            raise RuntimeError("slot_change() needs an open write transaction")
        self._settle_all_staged()
        if SlotFile.load(slot_path(self.path)).pending_generation is not None:
            self._settle_pending_rekey()  # new slots are sealed for the file's current key
        with sidecar_mutex(self.path):
            slots = SlotFile.load(slot_path(self.path))
            change = slots.stage()
            yield change
            slots.save()
        self._own_changes.append(change.id)
        self._on_commit.append(lambda: self._settle_own(change.id, committed=True))
        self._on_rollback.append(lambda: self._settle_own(change.id, committed=False))

    def _settle_own(self, change_id: str, *, committed: bool) -> None:
        try:
            with sidecar_mutex(self.path):
                slots = SlotFile.load(slot_path(self.path))
                if slots.settle(change_id, committed):
                    slots.save()
        except (StorageError, OSError) as exc:  # the next open settles it
            log.warning("Key-slot change left for the next open: %s", type(exc).__name__)

    def _run_hooks(self, committed: bool) -> None:
        hooks = self._on_commit if committed else self._on_rollback
        self._on_commit, self._on_rollback, self._own_changes = [], [], []
        for hook in hooks:
            hook()

    # ----- transactions ----------------------------------------------------------
    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[sa.Connection]:
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            try:
                run_sql(self._conn, begin)
            except sa.exc.DBAPIError as exc:
                raise translate(exc.orig, self.path) or exc from None
            self._depth = 1
            self._owner = threading.get_ident()
            try:
                yield self._conn
            except BaseException as exc:
                self._depth = 0
                self._owner = None
                with contextlib.suppress(sa.exc.DBAPIError):
                    self._conn.exec_driver_sql("ROLLBACK")
                self._run_hooks(committed=False)
                if isinstance(exc, sa.exc.DBAPIError):
                    mapped = translate(exc.orig, self.path)
                    if mapped is not None:
                        raise mapped from None
                raise
            self._depth = 0
            self._owner = None
            if begin != "BEGIN":
                self._writes += 1  # counted before COMMIT: a failed commit only costs a re-read
            try:
                run_sql(self._conn, "COMMIT")
            except sa.exc.DBAPIError as exc:
                with contextlib.suppress(sa.exc.DBAPIError):
                    self._conn.exec_driver_sql("ROLLBACK")
                # A failed COMMIT may still have committed (SQLite rolls back on a full
                # disk; an I/O error can leave it unknown): the database decides.
                self._on_commit, self._on_rollback, self._own_changes = [], [], []
                self._settle_slot_changes()
                raise translate(exc.orig, self.path) or exc from None
            self._run_hooks(committed=True)

    def change_marker(self, conn: sa.Connection) -> tuple[int, int, int]:
        """Equal markers, taken inside transactions, mean nothing was committed in
        between, by this connection (its write count) or by any other (SQLite's
        ``data_version``). Much cheaper than reading a stamp row through the ORM layer."""
        version = run_sql(conn, "PRAGMA data_version")[0][0]
        return id(self._raw), self._writes, int(version or 0)

    def interrupt(self, thread_id: int) -> None:
        """Stop the statement running for ``thread_id`` (SQLite's interrupt: it raises
        there and its transaction rolls back); nothing happens if that thread is not
        inside a transaction, so another thread's work is never cut short."""
        if self._owner == thread_id:
            self._raw.interrupt()

    def read(self) -> contextlib.AbstractContextManager[sa.Connection]:
        """A consistent snapshot for several queries (a count and its page, say)."""
        return self._transaction("BEGIN")

    def write(self) -> contextlib.AbstractContextManager[sa.Connection]:
        """A write transaction; IMMEDIATE so two workstations queue instead of deadlocking."""
        return self._transaction("BEGIN IMMEDIATE")

    # ----- key slots ---------------------------------------------------------------
    @contextlib.contextmanager
    def slots(self) -> Iterator[SlotFile]:
        """Edit the key file under the cross-workstation mutex; saved on success."""
        with sidecar_mutex(self.path):
            slots = SlotFile.load(slot_path(self.path))
            yield slots
            slots.save()

    def recreate_slot_file(self, kdf: KdfParams | None = None) -> None:
        """After opening with the recovery code: start a new, empty key file.

        The old one, if any, is kept aside; users' slots are then re-created by setting
        their passwords again.
        """
        path = slot_path(self.path)
        with sidecar_mutex(self.path):
            if path.exists():
                stamp = file_stamp()
                path.replace(path.with_name(f"{path.name}.replaced-{stamp}"))
            SlotFile.new(path, self.database_id, read_salt(self.path), kdf or KdfParams()).save()

    @property
    def key(self) -> DatabaseKey:
        return self._key

    def recovery_code(self) -> str:
        return self._key.recovery_code()

    # ----- whole-file operations --------------------------------------------------
    def _export(self, target: Path, key: DatabaseKey) -> None:
        """Write an encrypted copy of the database to ``target`` (which must not exist)."""
        if target.exists():
            raise FileAlreadyExists(target)
        with self._lock:
            try:
                self._conn.exec_driver_sql(
                    "ATTACH DATABASE ? AS export KEY ?",
                    (str(target), key.sqlcipher_key().decode()),
                )
            except sa.exc.DBAPIError as exc:
                raise translate(exc.orig, target) or ReadOnlyLocation(target) from None
            try:
                self._conn.exec_driver_sql("SELECT sqlcipher_export('export')")
                version = self._conn.exec_driver_sql("PRAGMA user_version").scalar()
                self._conn.exec_driver_sql(f"PRAGMA export.application_id = {APPLICATION_ID}")
                self._conn.exec_driver_sql(f"PRAGMA export.user_version = {int(version or 0)}")
            except sa.exc.DBAPIError as exc:
                raise translate(exc.orig, target) or exc from None
            finally:
                with contextlib.suppress(sa.exc.DBAPIError):
                    self._conn.exec_driver_sql("DETACH DATABASE export")
        with file_errors(target):
            with open(target, "rb") as handle:
                head = handle.read(len(PLAIN_SQLITE_HEADER))
            if not head or head == PLAIN_SQLITE_HEADER:
                target.unlink()
                raise UnencryptedTarget(target)
            fsync_file(target)

    @staticmethod
    def _discard(staging: Path) -> None:
        """An export's file and the journal SQLite may have left beside it."""
        for leftover in (staging, staging.with_name(staging.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def backup(self, target: Path) -> Path:
        """An encrypted copy, with the key file, that ``restore`` can bring back."""
        target = Path(target).absolute()
        if target.exists() or slot_path(target).exists():
            raise FileAlreadyExists(target)
        partial = target.with_name(f".{target.name}.partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, target.parent) or ReadOnlyLocation(target.parent) from None
        self._discard(partial)  # a killed earlier backup to the same name
        try:
            self._export(partial, self._key)
            with sidecar_mutex(self.path), file_errors(self.path):
                keys = slot_path(self.path).read_bytes()
            with file_errors(target):
                atomic_write(slot_path(target), keys)
                os.replace(partial, target)
                fsync_directory(target.parent)
        except BaseException:
            self._discard(partial)
            if not target.exists():
                with contextlib.suppress(OSError):
                    slot_path(target).unlink()
            raise
        return target

    def export_plain(self, target: Path) -> Path:
        """An UNENCRYPTED SQLite copy at ``target`` (which must not exist), for offices
        that need their data in another tool. Written beside it under a hidden name with
        owner-only permissions, then renamed; checked to be plain SQLite."""
        target = Path(target).absolute()
        if target.exists():
            raise FileAlreadyExists(target)
        partial = target.with_name(f".{target.name}.partial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.close(fd)
        except FileNotFoundError:
            raise FileMissing(target.parent) from None
        except OSError as exc:
            raise (DiskFull() if exc.errno == errno.ENOSPC else ReadOnlyLocation(target)) from None
        try:
            with self._lock:
                try:
                    self._conn.exec_driver_sql("ATTACH DATABASE ? AS plain KEY ''", (str(partial),))
                except sa.exc.DBAPIError as exc:
                    raise translate(exc.orig, target) or ReadOnlyLocation(target) from None
                try:
                    self._conn.exec_driver_sql("SELECT sqlcipher_export('plain')")
                    version = self._conn.exec_driver_sql("PRAGMA user_version").scalar()
                    self._conn.exec_driver_sql(f"PRAGMA plain.user_version = {int(version or 0)}")
                except sa.exc.DBAPIError as exc:
                    raise translate(exc.orig, target) or exc from None
                finally:
                    self._conn.exec_driver_sql("DETACH DATABASE plain")
            with open(partial, "rb") as handle:
                if handle.read(len(PLAIN_SQLITE_HEADER)) != PLAIN_SQLITE_HEADER:
                    raise EnvironmentStorageError("The plain copy was not written as plain SQLite.")
            fsync_file(partial)
            _rename_no_clobber(partial, target)
            fsync_directory(target.parent)
        except BaseException:
            for leftover in (partial, sidecar(partial, "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
        return target

    def rekey(self) -> DatabaseKey:
        """Change the database key; every slot is re-sealed; returns the new key.

        Crash-safe: the new file is written beside the old one, the key file knows both
        keys until the new file has replaced the old one.
        """
        if not self._presence.try_exclusive():
            raise DatabaseInUse(self.path, "change the database key")
        try:
            new_key = DatabaseKey.generate()
            staging = sidecar(self.path, ".rekey")
            self._discard(staging)
            try:
                self._export(staging, new_key)
                with self.slots() as slots:
                    slots.begin_rekey(new_key, read_salt(staging))
            except BaseException:
                self._discard(staging)
                raise
            with self._lock:
                self._close_connection()
                try:
                    with file_errors(self.path):
                        os.replace(staging, self.path)
                        fsync_directory(self.path.parent)
                except BaseException:  # still the old file, under the old key
                    self._bind(connect(self.path, self._key, self._settings))
                    self._discard(staging)
                    with contextlib.suppress(StorageError, OSError), self.slots() as slots:
                        slots.abandon_rekey()
                    raise
                for suffix in SIDE_FILES:  # belonged to the old file, which was closed cleanly
                    with contextlib.suppress(OSError):
                        sidecar(self.path, suffix).unlink()
                self._key = new_key
                self._bind(connect(self.path, new_key, self._settings))
                try:
                    with self.slots() as slots:
                        slots.finish_rekey()
                except (StorageError, OSError) as exc:  # both keys stay known until then
                    log.warning("Key change to be finished at the next open: %s", exc)
        finally:
            self._presence.downgrade()
        return new_key

    def _close_connection(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()
        with contextlib.suppress(Exception):
            self.engine.dispose()
        with contextlib.suppress(Exception):
            self._raw.close()

    def close(self) -> None:
        with self._lock:
            self._close_connection()
            self._presence.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _rename_no_clobber(source: Path, target: Path) -> None:
    """Rename, refusing to replace a file that appeared at ``target`` meanwhile."""
    try:
        os.link(source, target)  # fails if target exists, atomically
    except FileExistsError:
        raise FileAlreadyExists(target) from None
    except OSError:  # no hard links on this filesystem
        if target.exists():
            raise FileAlreadyExists(target) from None
        os.rename(source, target)
        return
    source.unlink()


def database_id_with_key(path: Path, key: DatabaseKey) -> str:
    """The database id recorded inside ``path``, read with ``key`` through a read-only,
    immutable connection: nothing is written to the file or beside it (used on backups
    before a restore). Raises WrongKey when the key does not open it."""
    with read_only(path, key) as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            raise NotABrokerDatabase(path, "it was not created by Broker Desktop")
        try:
            found = conn.execute(
                sa.select(meta.c.value).where(meta.c.name == "database_id")
            ).scalar()
        except (sa.exc.OperationalError, DatabaseCorrupted):
            found = None
    if found is None:
        raise NotABrokerDatabase(path, "its identity record is missing")
    return str(found)


def restore_backup(backup: Path, database: Path, key: DatabaseKey) -> Path | None:
    """Replace ``database`` (and its key file) by ``backup``, which ``key`` must open.

    The file being replaced is moved aside, never deleted; returns where it went.
    Refused while any process holds the database open.
    """
    backup, database = Path(backup).absolute(), Path(database).absolute()
    database_id_with_key(backup, key)  # read-only: the backup stays untouched
    presence = PresenceLock(database)
    if not presence.try_exclusive():
        raise DatabaseInUse(database, "restore the backup")
    try:
        with file_errors(database):
            return _swap_in(backup, database)
    finally:
        presence.release()


def _swap_in(backup: Path, database: Path) -> Path | None:
    """Copy the backup beside the database, then move the old files aside and it in."""
    stamp = file_stamp()
    staging = sidecar(database, ".restoring")
    shutil.copyfile(backup, staging)
    fsync_file(staging)
    moved = None
    if database.exists():
        moved = database.with_name(f"{database.name}.replaced-{stamp}")
        os.replace(database, moved)
    for suffix in SIDE_FILES:
        side = sidecar(database, suffix)
        if side.exists():
            os.replace(side, side.with_name(f"{side.name}.replaced-{stamp}"))
    os.replace(staging, database)
    if slot_path(backup).exists():
        with sidecar_mutex(database):
            if slot_path(database).exists():
                os.replace(
                    slot_path(database),
                    slot_path(database).with_name(f"{slot_path(database).name}.replaced-{stamp}"),
                )
            atomic_write(slot_path(database), slot_path(backup).read_bytes())
    fsync_directory(database.parent)
    return moved
