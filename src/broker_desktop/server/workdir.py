"""The server's private work folder (uploads, exports in the making), one per process, in
the system's temporary folder: a server killed (kill -9, power cut) cannot delete its own,
so each server deletes at its start those of servers no longer running."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

import psutil

log = logging.getLogger("broker_desktop.server")

PREFIX = "broker-server-"
OWNER = "pid"  # the file in each folder naming the process it belongs to


def fresh_work_dir() -> Path:
    swept = sweep_dead(Path(tempfile.gettempdir()))
    if swept:
        log.info("Deleted %d work folder(s) left by servers no longer running.", swept)
    path = Path(tempfile.mkdtemp(prefix=PREFIX))  # 0700
    (path / OWNER).write_text(str(os.getpid()), encoding="ascii")
    return path


def sweep_dead(base: Path) -> int:
    """Delete the work folders in ``base`` whose process is gone; a folder whose owner
    cannot be read (another account's, one being made) is left alone."""
    swept = 0
    for folder in base.glob(PREFIX + "*"):
        try:
            pid = int((folder / OWNER).read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not psutil.pid_exists(pid):
            shutil.rmtree(folder, ignore_errors=True)
            swept += 1
    return swept
