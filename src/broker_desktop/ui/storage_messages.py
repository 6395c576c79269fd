"""Translated sentences for the storage errors of whole-file operations (opening a damaged
file, backups, key changes, restores, recovery). The storage layer's own messages are
English; the office reads these."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from broker_desktop.storage import errors as e

# Opening failed because the database file itself is unusable: a backup brings it back.
DAMAGED = (e.DatabaseCorrupted, e.EmptyDatabaseFile, e.SlotFileMismatch, e.NotABrokerDatabase)
# The key file is gone or unreadable: the recovery code re-creates it.
KEY_FILE_LOST = (e.SlotFileMissing, e.SlotFileDamaged)


def explain(exc: BaseException) -> str | None:
    """The sentence for a known storage error, None for anything else."""
    if isinstance(exc, e.DatabaseInUse):
        return QCoreApplication.translate(
            "StorageMessages",
            "The database is open in another window or on another workstation. Everyone "
            "must close Broker Desktop (or log out) first; then try again.",
        )
    if isinstance(exc, e.DatabaseMaintenance):
        return QCoreApplication.translate(
            "StorageMessages",
            "Another workstation is changing the database key or restoring a backup. "
            "Try again in a minute.",
        )
    if isinstance(exc, (e.DatabaseCorrupted, e.EmptyDatabaseFile)):
        return QCoreApplication.translate(
            "StorageMessages", "The database file is damaged. Restore it from a backup."
        )
    if isinstance(exc, e.SlotFileMismatch):
        return QCoreApplication.translate(
            "StorageMessages",
            "The key file beside the database does not belong to it, or the database file "
            "is damaged. Restore the database from a backup.",
        )
    if isinstance(exc, e.NotABrokerDatabase):
        return QCoreApplication.translate(
            "StorageMessages",
            "This file is not a Broker Desktop database (or it is damaged). Restore it from "
            "a backup, or choose another file.",
        )
    if isinstance(exc, e.SlotFileMissing):
        return QCoreApplication.translate(
            "StorageMessages",
            "The key file beside the database is missing. Copy it back, restore a backup, "
            "or use the recovery code.",
        )
    if isinstance(exc, e.SlotFileDamaged):
        return QCoreApplication.translate(
            "StorageMessages",
            "The key file beside the database is damaged. Restore a backup, or use the "
            "recovery code.",
        )
    if isinstance(exc, e.InvalidRecoveryCode):
        return QCoreApplication.translate(
            "StorageMessages",
            "This is not a valid recovery code: it has 52 letters and digits (A to Z, "
            "2 to 7), in groups of four. Check for a typo.",
        )
    if isinstance(exc, e.WrongKey):
        return QCoreApplication.translate(
            "StorageMessages", "This recovery code does not open this database."
        )
    if isinstance(exc, e.FileAlreadyExists):
        return QCoreApplication.translate(
            "StorageMessages", "A file with this name already exists there. Choose another name."
        )
    if isinstance(exc, e.FileMissing):
        return QCoreApplication.translate(
            "StorageMessages", "No database at this location. Choose another one."
        )
    if isinstance(exc, e.DiskFull):
        return QCoreApplication.translate(
            "StorageMessages",
            "The disk is full. Nothing was written; free some space and try again.",
        )
    if isinstance(exc, e.ReadOnlyLocation):
        return QCoreApplication.translate(
            "StorageMessages",
            "This folder cannot be written. Choose another one or check its permissions.",
        )
    if isinstance(exc, e.DatabaseBusy):
        return QCoreApplication.translate(
            "StorageMessages", "The database is busy with another workstation's change. Try again."
        )
    return None


def key_file_of(path: Path) -> Path:
    from broker_desktop.storage.database import slot_path

    return slot_path(Path(path))
