"""Files that cross between a workstation and the office server, and long calls.

* **Uploads**: a file the workstation chose (a portfolio to import, a statement, a backup
  to compare) is streamed to the server, kept in the server's private work folder
  (0700 folder, 0600 file), handed to the one call that reads it through the core's
  own readers, and deleted after that call, at the session's end or when left unused.
  An upload belongs to the session that sent it: no other session can name it.
* **Jobs**: a long call (an export, an import) runs on a worker thread while its answer
  streams its progress; the workstation may cancel it.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UNUSED_UPLOAD_SECONDS = 15 * 60


@dataclass
class Upload:
    owner: str  # the session key (hash of the token) that sent it
    path: Path
    created: float


class Uploads:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._files: dict[str, Upload] = {}

    def new(self, owner: str, name: str) -> tuple[str, Path]:
        """A fresh id and the path to write the upload to (its own 0700 folder, the
        workstation's file name: the core records it, and readers go by its suffix)."""
        upload_id = secrets.token_urlsafe(24)
        folder = self.folder / upload_id
        folder.mkdir(mode=0o700, parents=True)
        return upload_id, folder / name

    def register(self, upload_id: str, owner: str, path: Path) -> None:
        with self._lock:
            self._files[upload_id] = Upload(owner, path, time.monotonic())

    def owner_of(self, upload_id: str) -> str | None:
        with self._lock:
            upload = self._files.get(upload_id)
            return None if upload is None else upload.owner

    def take(self, upload_id: str, owner: str) -> Path | None:
        """The upload's path for its own session's call (it is no longer listed: it is
        used once, then ``discard``-ed); None if there is no such upload of this session."""
        with self._lock:
            upload = self._files.get(upload_id)
            if upload is None or upload.owner != owner:
                return None
            del self._files[upload_id]
            return upload.path

    @staticmethod
    def discard(path: Path) -> None:
        shutil.rmtree(path.parent, ignore_errors=True)

    def sweep(self, live_owners: set[str], max_age: float = UNUSED_UPLOAD_SECONDS) -> int:
        """Delete the uploads of ended sessions and those left unused too long."""
        now = time.monotonic()
        with self._lock:
            stale = [
                k
                for k, u in self._files.items()
                if u.owner not in live_owners or now - u.created > max_age
            ]
            gone = [self._files.pop(k) for k in stale]
        for upload in gone:
            self.discard(upload.path)
        return len(gone)

    def drop_owner(self, owner: str) -> None:
        with self._lock:
            mine = [k for k, u in self._files.items() if u.owner == owner]
            gone = [self._files.pop(k) for k in mine]
        for upload in gone:
            self.discard(upload.path)

    def __len__(self) -> int:
        with self._lock:
            return len(self._files)


def private_file(path: Path) -> int:
    """Create ``path`` for writing, readable by this account only."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)


ANSWER_WAIT_SECONDS = 120.0


@dataclass
class Job:
    """One long call: its latest progress, and whether the workstation cancelled it.

    Each progress report waits for the workstation's answer (go on or stop), as the
    embedded mode's callback answers at once: a cancel takes effect at the core's next
    report, whatever the network's delay."""

    owner: str
    job_id: str
    _progress: tuple[Any, ...] | None = None
    _asked: bool = False
    _cancelled: threading.Event = field(default_factory=threading.Event)
    _answered: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _wake: Callable[[], object] | None = None

    def bind(self, wake: Callable[[], object]) -> None:
        """``wake`` is called (from the worker thread) when there is a question to stream."""
        self._wake = wake

    # the callables handed to the core in place of the workstation's
    def report(self, *values: Any) -> bool:
        """A core ``progress`` callback: streams the figures and waits for the answer;
        False once cancelled (the export's way to stop)."""
        numbers = tuple(v if isinstance(v, (int, float)) else 0 for v in values[:2])
        with self._lock:
            self._progress = numbers
            self._asked = True
            self._answered.clear()
        if self._wake is not None:
            self._wake()
        deadline = time.monotonic() + ANSWER_WAIT_SECONDS
        while not self._cancelled.is_set() and time.monotonic() < deadline:
            if self._answered.wait(0.05):
                break
        return not self._cancelled.is_set()

    def cancelled(self) -> bool:
        """A core ``cancelled`` callback (the import's way to stop)."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def answer(self, go_on: bool) -> None:
        if not go_on:
            self._cancelled.set()
        self._answered.set()

    def question(self) -> tuple[Any, ...] | None:
        """The figures of a report waiting for its answer (once), else None."""
        with self._lock:
            if not self._asked:
                return None
            self._asked = False
            return self._progress


class Jobs:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: dict[tuple[str, str], Job] = {}

    def start(self, owner: str, job_id: str) -> Job | None:
        """None if this session already runs a job of that id."""
        with self._lock:
            if (owner, job_id) in self._running:
                return None
            job = self._running[(owner, job_id)] = Job(owner, job_id)
            return job

    def finish(self, job: Job) -> None:
        with self._lock:
            if self._running.get((job.owner, job.job_id)) is job:
                del self._running[(job.owner, job.job_id)]

    def answer(self, owner: str, job_id: str, go_on: bool) -> bool:
        """Go on or cancel a job of this session (another session's job is not found)."""
        with self._lock:
            job = self._running.get((owner, job_id))
        if job is None:
            return False
        job.answer(go_on)
        return True

    def cancel_owner(self, owner: str) -> None:
        with self._lock:
            mine = [j for (o, _), j in self._running.items() if o == owner]
        for job in mine:
            job.cancel()
