"""Helpers for the storage tests: a small office database with two users on disk,
file snapshots, and child processes for multi-process tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from broker_desktop.storage.database import Database
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.storage.slots import KdfParams, allow_weak_kdf

HERE = Path(__file__).parent
# Same cheap-but-real scrypt as the root conftest, for module-scoped fixtures and children.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)
allow_weak_kdf(FAST_KDF)
USERS = {"alice": "correct horse battery", "Bob.Martin": "mot de passe d'été"}


@dataclass
class Office:
    path: Path
    key: DatabaseKey
    code: str
    rows: int

    @property
    def folder(self) -> Path:
        return self.path.parent


def make_office(path: Path, kdf, rows: int = 50, **kwargs) -> Office:
    path.parent.mkdir(parents=True, exist_ok=True)
    db, key = Database.create(path, kdf=kdf, **kwargs)
    try:
        with db.slots() as slots:
            for login, password in USERS.items():
                slots.add_slot(key, login, password)
        with db.write() as conn:
            conn.exec_driver_sql("CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
            for i in range(rows):
                conn.exec_driver_sql("INSERT INTO item (label) VALUES (?)", (f"item {i}",))
        code = db.recovery_code()
    finally:
        db.close()
    return Office(path, key, code, rows)


def snapshot(folder: Path, *, skip_locks: bool = True) -> dict[str, bytes]:
    """Every file's bytes; lock files (empty, held by the OS) are left out."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not (skip_locks and p.name.endswith(".lock"))
    }


def count_items(db: Database) -> int:
    with db.read() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM item").scalar()


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(HERE), str(HERE.parent.parent / "src"), env.get("PYTHONPATH", "")]
    )
    env.update(extra)
    return env


def spawn_child(script: str, *args: str, **kwargs) -> subprocess.Popen:
    """Start one of this folder's ``child_*.py`` helpers in a fresh interpreter."""
    return subprocess.Popen(
        [sys.executable, str(HERE / script), *map(str, args)],
        env=kwargs.pop("env", None) or child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


class ChildLines:
    """Collects a child's stdout lines on a thread, so the parent can wait for progress
    and then kill the child at a moment of its choosing."""

    def __init__(self, child: subprocess.Popen) -> None:
        import threading

        self.child = child
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        for line in self.child.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self.lines.append(None)  # end of output
            self._changed.notify_all()

    def wait_for(self, count: int = 0, *, line: str | None = None, timeout: float = 60) -> None:
        """Wait until ``count`` lines came, or a line starting with ``line``."""

        def reached() -> bool:
            if line is not None:
                return any(x is not None and x.startswith(line) for x in self.lines)
            return len(self.lines) >= count

        with self._changed:
            ok = self._changed.wait_for(lambda: reached() or None in self.lines, timeout)
        if not ok or not reached():
            raise AssertionError(f"child stalled or died: {self.child.stderr.read()[-3000:]}")

    def kill(self) -> list[str]:
        """SIGKILL the child; returns every line it printed before dying."""
        self.child.kill()
        self.child.wait(timeout=30)
        self._thread.join(timeout=30)
        return [line for line in self.lines if line is not None]


@contextlib.contextmanager
def small_tmpfs(mount: Path, size: str) -> Iterator[Path]:
    """A real filesystem of ``size`` (tmpfs) mounted at ``mount`` for the test, to fill up
    or make read-only; skips where mounting is not possible (not Linux, not root)."""
    import pytest

    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs Linux and root")
    mount.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "broker-test", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def fill_up(folder: Path, leave: int = 0) -> Path:
    """Take all the free space of ``folder``'s filesystem but ``leave`` bytes."""
    stat = os.statvfs(folder)
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        os.posix_fallocate(handle.fileno(), 0, max(stat.f_bavail * stat.f_frsize - leave, 1))
    return filler
