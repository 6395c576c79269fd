"""Choose the journal mode for where the file lives.

WAL needs shared memory between the processes that open the file, which network
filesystems (SMB, NFS, AFP, WebDAV, sshfs) do not provide: there a rollback journal
is used instead.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb2",
        "smb3",
        "afpfs",
        "afs",
        "webdav",
        "davfs",
        "fuse.davfs",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "ncpfs",
        "coda",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "fuse.rclone",
        "fuse.s3fs",
        "gpfs",
    }
)


class JournalPolicy(enum.StrEnum):
    AUTO = "auto"
    WAL = "wal"
    ROLLBACK = "delete"


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)  # type: ignore[attr-defined]


def filesystem_type(path: Path) -> str | None:
    """The type of the filesystem holding ``path`` (longest matching mount point)."""
    import psutil

    target = os.path.realpath(path)
    best, best_type = "", None
    try:
        partitions = psutil.disk_partitions(all=True)
    except (OSError, RuntimeError):
        return None
    for part in partitions:
        mount = part.mountpoint
        if (target == mount or target.startswith(mount.rstrip(os.sep) + os.sep)) and len(
            mount
        ) > len(best):
            best, best_type = mount, part.fstype
    return best_type.lower() if best_type else None


def is_network_location(path: Path) -> bool:
    folder = Path(path).resolve().parent
    if sys.platform == "win32":
        try:
            return _windows_is_remote(folder)
        except (OSError, AttributeError):
            return False
    fstype = filesystem_type(folder)
    return fstype in NETWORK_FILESYSTEMS if fstype else False


def resolve(policy: JournalPolicy, path: Path) -> str:
    """The SQLite journal_mode value for ``policy`` at ``path``."""
    if policy is JournalPolicy.AUTO:
        return "delete" if is_network_location(path) else "wal"
    return policy.value
