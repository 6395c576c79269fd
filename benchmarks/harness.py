"""Measuring helpers: repeated timings, SQL capture and replay on raw and plain copies."""

from __future__ import annotations

import contextlib
import gc
import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlalchemy as sa


@dataclass
class Figure:
    name: str
    median_ms: float
    min_ms: float
    max_ms: float
    runs: int
    note: str = ""
    extra: dict = field(default_factory=dict)

    def row(self) -> str:
        return (
            f"{self.name:<58} {self.median_ms:>10.2f} {self.min_ms:>10.2f} {self.max_ms:>10.2f}"
            f"  {self.note}"
        )


def measure(
    name: str, fn: Callable[[], object], *, runs: int = 7, warmup: int = 1, note=""
) -> Figure:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        gc.disable()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        gc.enable()
    return Figure(name, statistics.median(times), min(times), max(times), runs, note)


def measure_alternately(
    named: dict[str, Callable[[], object]], *, runs: int = 7, warmup: int = 1
) -> dict[str, Figure]:
    """Time several calls run after one another, run by run (a, b, c, a, b, c, ...), so
    that the machine's load at any moment weighs on each of them alike: their ratios
    hold on a loaded machine even when the absolute figures do not."""
    for _ in range(warmup):
        for fn in named.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in named}
    for _ in range(runs):
        for name, fn in named.items():
            gc.disable()
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
            gc.enable()
    return {
        name: Figure(name, statistics.median(t), min(t), max(t), runs) for name, t in times.items()
    }


class SqlCapture:
    """Records every statement (with its bound parameters) a service call sends."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, object]] = []

    def _record(self, conn, cursor, statement, parameters, context, executemany):
        if statement.strip().upper() in {"BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"}:
            return
        self.statements.append((statement, parameters))

    @contextlib.contextmanager
    def capturing(self):
        self.statements = []
        sa.event.listen(self.engine, "before_cursor_execute", self._record)
        try:
            yield self
        finally:
            sa.event.remove(self.engine, "before_cursor_execute", self._record)


def replay(conn, statements: list[tuple[str, object]]) -> None:
    """Run captured statements on a DBAPI connection, fetching every row as a service does."""
    for statement, parameters in statements:
        cursor = conn.execute(statement, parameters or ())
        cursor.fetchall()


def _plain_module():
    """SQLCipher's own build, used without a key: plain SQLite pages, the very same
    SQLite version and compile options, so the ratio measures the encryption alone."""
    import sqlcipher3.dbapi2 as module

    return module


def plain_copy(raw_encrypted_conn, target: Path):
    """Decrypt a copy into a plain SQLite file (benchmark only) with the same indexes."""
    raw_encrypted_conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    raw_encrypted_conn.execute("SELECT sqlcipher_export('plain')")
    raw_encrypted_conn.execute("DETACH DATABASE plain")
    conn = _plain_module().connect(str(target), isolation_level=None)
    conn.execute("PRAGMA cache_size = -98304")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def machine() -> dict:
    import os

    import psutil

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
    }


def write_json(path: Path, payload: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)

    def default(obj):
        if isinstance(obj, Figure):
            return asdict(obj)
        raise TypeError(type(obj))

    path.write_text(json.dumps(payload, indent=1, default=default))


HEADER = f"{'measure':<58} {'median ms':>10} {'min ms':>10} {'max ms':>10}"
