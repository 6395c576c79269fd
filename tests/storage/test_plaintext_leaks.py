"""No plaintext on disk: a sentinel written through the storage layer appears in no file
the database leaves behind or holds open, while plain sqlite3 running the same
workload leaks it everywhere (the positive control that the scan itself works)."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from storage_helpers import HERE, child_env

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads deleted temp files through /proc"
)


def _run_workload(tmp_path: Path, mode: str, journal: str, sentinel: str):
    folder, temp = tmp_path / f"{mode}-{journal}", tmp_path / f"{mode}-{journal}-tmp"
    folder.mkdir()
    temp.mkdir()
    result = subprocess.run(
        [sys.executable, str(HERE / "child_leak_workload.py"), mode, journal, folder, sentinel],
        env=child_env(TMPDIR=str(temp), SQLITE_TMPDIR=str(temp)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "done"
    hits = {tuple(line.split(" ", 3)[1:]) for line in lines if line.startswith("hit ")}
    return folder, temp, hits


def _files_containing(needle: bytes, *places: Path) -> list[str]:
    return [
        path.name
        for place in places
        for path in place.rglob("*")
        if path.is_file() and needle in path.read_bytes()
    ]


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_plain_sqlite_leaks_the_sentinel_so_the_scan_works(tmp_path, journal):
    sentinel = f"SENTINEL-{uuid.uuid4().hex}"
    folder, temp, hits = _run_workload(tmp_path, "plain", journal, sentinel)
    kinds = {(where, name.split("_")[0]) for _, where, name in hits}
    assert ("file", "plain.db") in kinds
    assert ("file", "plain.db-wal" if journal == "wal" else "plain.db-journal") in kinds
    assert ("fd", "etilqs") in kinds  # a sort spilled to a (deleted) temp file
    assert "plain.db" in _files_containing(sentinel.encode(), folder)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_storage_layer_leaks_the_sentinel_nowhere(tmp_path, journal):
    sentinel = f"SENTINEL-{uuid.uuid4().hex}"
    folder, temp, hits = _run_workload(tmp_path, "broker", journal, sentinel)
    assert hits == set()
    names = {p.name for p in folder.iterdir()}
    assert {"office.db", "office.db.keys", "backup.db", "backup.db.keys"} <= names
    for needle in (
        sentinel.encode(),
        sentinel.split("-")[1].encode(),
        sentinel.encode("utf-16-le"),
    ):
        assert _files_containing(needle, folder, temp) == []
