"""Small file helpers: atomic writes and the lock files that sit beside a database."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import portalocker

from broker_desktop.storage.errors import (
    DatabaseMaintenance,
    DiskFull,
    ReadOnlyLocation,
    StorageError,
)

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def os_error(exc: OSError, path: Path) -> StorageError | None:
    """The storage error a user can act on for a failed file operation, if there is one."""
    if exc.errno in _FULL:
        return DiskFull()
    if exc.errno in _READ_ONLY or isinstance(exc, PermissionError):
        return ReadOnlyLocation(path)
    return None


@contextlib.contextmanager
def file_errors(path: Path) -> Iterator[None]:
    """Turn a full disk or a read-only location into DiskFull / ReadOnlyLocation."""
    try:
        yield
    except OSError as exc:
        raise os_error(exc, path) or exc from None


def read_limited(path: Path, limit: int, *, missing: Exception) -> bytes | None:
    """The file's bytes, or None when it is larger than ``limit`` (never read whole)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise missing from None
    except IsADirectoryError:
        return None
    except OSError as exc:
        raise os_error(exc, Path(path)) or exc from None
    return None if len(data) > limit else data


def fsync_directory(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; rename is durable there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that readers see either the old or the new file.

    The temporary file gets restrictive permissions before any byte is written.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_directory(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def temp_leftovers(path: Path) -> list[Path]:
    """Temporary files of ``atomic_write(path)`` that a killed process left behind."""
    path = Path(path)
    return sorted(path.parent.glob(f".{glob_escape(path.name)}.*.tmp"))


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def sidecar(database: Path, suffix: str) -> Path:
    database = Path(database)
    return database.with_name(database.name + suffix)


class PresenceLock:
    """A shared lock held by every process that has the database open.

    Operations that replace the whole file (rekey, restore) need the lock exclusively,
    so they are refused while any other process holds the database open.
    """

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.path = sidecar(database, ".lock")
        self._handle: BinaryIO | None = None

    def acquire_shared(self, wait: float = 5.0) -> None:
        """Waits a little: another process may hold the file exclusively for a moment."""
        deadline = time.monotonic() + wait
        while True:
            try:
                self._take(portalocker.LOCK_SH)
                return
            except portalocker.exceptions.LockException:
                if time.monotonic() >= deadline:
                    raise DatabaseMaintenance(self.database) from None
                time.sleep(0.1)

    def try_exclusive(self) -> bool:
        """Upgrade to exclusive without blocking; keeps the shared lock when it fails."""
        self.release()
        try:
            self._take(portalocker.LOCK_EX)
            return True
        except portalocker.exceptions.LockException:
            self.acquire_shared()
            return False

    def downgrade(self) -> None:
        self.release()
        self.acquire_shared()

    def _take(self, kind: int) -> None:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held for the session's lifetime
        except OSError as exc:
            raise os_error(exc, self.database) or exc from None
        try:
            portalocker.lock(handle, kind | portalocker.LOCK_NB)
        except BaseException:
            handle.close()
            raise
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(Exception):
                portalocker.unlock(self._handle)
            self._handle.close()
            self._handle = None


@contextlib.contextmanager
def sidecar_mutex(database: Path, timeout: float = 10.0) -> Iterator[None]:
    """Serialises read-modify-write of the key and attempts files across workstations."""
    lock = portalocker.Lock(str(sidecar(database, ".keys.lock")), mode="a", timeout=timeout)
    with lock:
        yield
