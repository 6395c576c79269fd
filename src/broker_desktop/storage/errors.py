"""Errors raised when opening, unlocking or using an office database.

Every message is meant to be shown to the office as it is: it says what is wrong
and what to do, and never contains a key, a password or a recovery code.
"""

from __future__ import annotations

from datetime import datetime
from os import PathLike

StrPath = str | PathLike[str]


class StorageError(Exception):
    """Base class of every storage error."""


class EnvironmentStorageError(StorageError):
    """The environment is at fault (file, disk, lock, key), not the program."""


class FileMissing(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(f"No database file at {path}.")
        self.path = path


class FileAlreadyExists(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(f"A file already exists at {path}; it was left untouched.")
        self.path = path


class EmptyDatabaseFile(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"The file {path} is empty (0 bytes): it is not a Broker Desktop database. "
            "Restore the database from a backup."
        )


class NotEncryptedDatabase(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"The file {path} is a plain, unencrypted SQLite database, not a Broker Desktop "
            "database. It was left untouched."
        )


class NotABrokerDatabase(EnvironmentStorageError):
    def __init__(self, path: StrPath, detail: str = "") -> None:
        super().__init__(
            f"The file {path} is not a Broker Desktop database{': ' + detail if detail else ''}."
        )


class DatabaseCorrupted(EnvironmentStorageError):
    def __init__(self, path: StrPath, detail: str = "") -> None:
        super().__init__(
            f"The database {path} is damaged{' (' + detail + ')' if detail else ''}. "
            "Restore it from a backup; the damaged file was left untouched."
        )
        self.path = path


class WrongKey(EnvironmentStorageError):
    """A recovery code (or raw key) that does not open the file."""

    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"This recovery code does not open {path}: the code is wrong, or the file is not "
            "a Broker Desktop database or is damaged."
        )


class InvalidKeyFormat(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"Invalid database key: {detail}.")


class InvalidRecoveryCode(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"This is not a valid recovery code: {detail}.")


class SlotFileMissing(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"The key file {path} is missing. Copy it back beside the database, restore it "
            "from a backup, or open the database with the recovery code and re-create the "
            "users' passwords."
        )
        self.path = path


class SlotFileDamaged(EnvironmentStorageError):
    def __init__(self, path: StrPath, detail: str = "") -> None:
        super().__init__(
            f"The key file {path} is damaged{' (' + detail + ')' if detail else ''}. Restore it "
            "from a backup, or open the database with the recovery code and re-create the "
            "users' passwords."
        )
        self.path = path


class SlotFileMismatch(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"The key file beside {path} does not belong to this database, or the database "
            "file is damaged. Restore the matching key file or the database from a backup, "
            "or open the database with its recovery code."
        )


class InvalidCredentials(StorageError):
    """Same message for an unknown login and a wrong password, on purpose."""

    def __init__(self) -> None:
        super().__init__("Wrong login or password.")


class AccountLocked(StorageError):
    def __init__(self, until: datetime) -> None:
        super().__init__(
            f"Too many failed attempts: this account is locked until "
            f"{until.astimezone().strftime('%d.%m.%Y %H:%M:%S')}."
        )
        self.until = until


class AccountDeactivated(StorageError):
    def __init__(self) -> None:
        super().__init__("This account is deactivated. Ask your director to reactivate it.")


class DatabaseInUse(EnvironmentStorageError):
    def __init__(self, path: StrPath, operation: str) -> None:
        super().__init__(
            f"Cannot {operation}: the database {path} is open in another window or on another "
            "workstation. Close it everywhere else and try again."
        )


class DatabaseMaintenance(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"Another workstation is changing the key of {path} or restoring a backup of it. "
            "Try again in a minute."
        )


class DatabaseBusy(EnvironmentStorageError):
    def __init__(self) -> None:
        super().__init__(
            "The database is busy with another workstation's change. Nothing was lost; "
            "try again in a moment."
        )


class JournalModeConflict(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"The database {path} is open on another computer that treats it as a file on "
            "its own disk (WAL journal). Shared over a network that mode is unsafe: close "
            "Broker Desktop on that computer, or set its journal mode to 'rollback', then "
            "try again."
        )


class DiskFull(EnvironmentStorageError):
    def __init__(self) -> None:
        super().__init__(
            "The disk holding the database is full. Nothing was saved by this operation; "
            "free some space and try again."
        )


class ReadOnlyLocation(EnvironmentStorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(
            f"The database at {path} cannot be written (read-only file or folder). Check the "
            "folder's permissions."
        )


class LoginsNotCounted(EnvironmentStorageError):
    """Password logins are refused where failed attempts cannot be recorded: otherwise
    a read-only copy or a full disk would allow unlimited guessing through the program."""

    def __init__(
        self, folder: StrPath, *, disk_full: bool = False, cause: StorageError | None = None
    ) -> None:
        where = "the disk is full" if disk_full else "the folder is read-only"
        super().__init__(
            f"Password logins are refused here: failed attempts cannot be recorded beside "
            f"the database in {folder} ({where}). "
            + (
                "Free some space, then try again."
                if disk_full
                else "Give this account write access to the folder, then try again."
            )
        )
        self.folder = folder
        self.disk_full = disk_full
        self.cause = cause


class DatabaseTooNew(EnvironmentStorageError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This database was written by a newer version of Broker Desktop (schema "
            f"{revision}). Update Broker Desktop to open it."
        )


class BackupOfAnotherOffice(EnvironmentStorageError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"The backup {path} is not a backup of this office (another database). It was "
            "not restored. To replace this office by another one, choose so explicitly and "
            "enter the recovery code of the office being replaced."
        )
        self.path = path


class UnencryptedTarget(StorageError):
    def __init__(self, path: StrPath) -> None:
        super().__init__(f"Refused: {path} would not be encrypted.")


class KeyringUnavailable(StorageError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"No secure system keyring is available on this workstation ({detail}); "
            "unlock with your password."
        )


class KeyringEntryMissing(StorageError):
    def __init__(self) -> None:
        super().__init__("This workstation holds no unlock entry for this user and database.")
