"""What the encryption costs, warm, on a fresh connection and beyond the page cache:
``python benchmarks/encryption.py OFFICE.db [--caches 96 32 8 2] [--page-sizes 4096 8192]``.

The statements of the lists' service calls (first, middle and last blocks, counts, a
search, deadlines, a commission total; director and agent) are captured once, then
replayed on the encrypted office and on a decrypted copy read by the same SQLite build
(SQLCipher without a key), side by side, alternating encrypted and plain run by run so
that the machine's load weighs on both alike. Three ways:

- **warm**: the connection has read the statements before (the page cache holds them);
- **fresh connection**: each run on a new connection (SQLite's page cache empty; the
  OS file cache as it is: it cannot be dropped without root on a shared machine);
- **beyond the cache**: a connection whose page cache (``--caches`` MiB) is smaller than
  what the statements read, so pages keep leaving it and being read (and decrypted)
  again.

With ``--page-sizes``, encrypted and plain copies with other page sizes are written
(SQLCipher's ``cipher_page_size`` / SQLite's ``page_size``) and measured the same way.
Memory-mapped I/O is checked too: SQLCipher does not map encrypted files (the pages
must be decrypted into the cache), which ``mmap`` reports.

Decrypted copies are written next to the office in a temporary folder and deleted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlcipher3.dbapi2 as dbapi  # noqa: E402
from harness import SqlCapture  # noqa: E402

from broker_desktop.core.clients import ClientQuery  # noqa: E402
from broker_desktop.core.commissions import CommissionQuery  # noqa: E402
from broker_desktop.core.contracts import ContractQuery  # noqa: E402
from broker_desktop.core.deadlines import DeadlineQuery  # noqa: E402
from broker_desktop.core.office import open_session  # noqa: E402
from broker_desktop.demo import DEMO_PASSWORD, FAST_KDF  # noqa: E402
from broker_desktop.storage.connection import ConnectionSettings, connect  # noqa: E402
from broker_desktop.storage.slots import allow_weak_kdf  # noqa: E402

Statements = list[tuple[str, object]]


def workload(path: Path) -> tuple[dict[str, Statements], object]:
    """The captured statements of each service call, and the office's key."""
    allow_weak_kdf(FAST_KDF)
    director = open_session(path, "directeur", DEMO_PASSWORD)
    agent = open_session(path, "agent1", DEMO_PASSWORD)
    today = date.today()
    year = str(today.year)
    found: dict[str, Statements] = {}
    for who, s in (("director", director), ("agent", agent)):
        query = ContractQuery(sort="expiry_date")
        middle = s.contracts.count(query) // 2
        calls: dict[str, Callable[[], object]] = {
            "contracts first block": lambda s=s, q=query: s.contracts.page(q),
            "contracts middle block": lambda s=s, q=query, m=middle: s.contracts.page(q, offset=m),
            "contracts last block": lambda s=s, q=query: s.contracts.page(q, from_end=True),
            "contracts count": lambda s=s, q=query: s.contracts.count(q),
            "clients by name": lambda s=s: s.clients.page(ClientQuery()),
            "clients by city, middle": lambda s=s: s.clients.page(
                ClientQuery(sort="city"), offset=s.clients.count(ClientQuery()) // 2
            ),
            "client search 'mül'": lambda s=s: s.clients.page(ClientQuery(search="mül")),
            "deadlines next 30 days": lambda s=s: s.deadlines.page(
                DeadlineQuery(due_from=today, due_to=today + timedelta(days=30), done=False)
            ),
            "commission lines": lambda s=s: s.commissions.page(CommissionQuery()),
            f"commission total {year}": lambda s=s: s.commissions.sum(
                CommissionQuery(period_from=year, period_to=year + "-12")
            ),
        }
        for name, call in calls.items():
            call()  # rights read, plans compiled: only the call's own statements are kept
            capture = SqlCapture(s.database.engine)
            with capture.capturing():
                call()
            found[f"[{who}] {name}"] = [
                (sql, params)
                for sql, params in capture.statements
                if not sql.lstrip().upper().startswith("PRAGMA")
            ]
    key = director.database.key
    agent.close()
    director.close()
    return found, key


def copies(path: Path, key, folder: Path, page_size: int) -> tuple[Path, Path]:
    """An encrypted and a plain copy of the office with this page size."""
    enc, plain = folder / f"enc-{page_size}.db", folder / f"plain-{page_size}.db"
    conn = connect(path, key, ConnectionSettings())
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute(f"PRAGMA plain.page_size = {page_size}")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        if page_size == 4096:
            return path, plain
        conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(enc), key.sqlcipher_key()))
        conn.execute(f"PRAGMA enc.cipher_page_size = {page_size}")
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    return enc, plain


def open_encrypted(path: Path, key, cache_mib: int, page_size: int, mmap_mib: int = 0):
    if page_size == 4096:  # the application's own connection and settings
        extra = {"mmap_size": str(mmap_mib * 2**20)} if mmap_mib else {}
        return connect(path, key, ConnectionSettings(cache_mib=cache_mib, extra_pragmas=extra))
    conn = dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.set_key(key.sqlcipher_key())
    conn.execute(f"PRAGMA cipher_page_size = {page_size}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    return conn


def open_plain(path: Path, cache_mib: int, mmap_mib: int = 0):
    conn = dbapi.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    conn.execute(f"PRAGMA mmap_size = {mmap_mib * 2**20}")
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # as connect() does
    return conn


def run(conn, statements: Statements) -> float:
    start = time.perf_counter()
    for sql, params in statements:
        conn.execute("BEGIN")
        conn.execute(sql, params or ()).fetchall()
        conn.execute("COMMIT")
    return (time.perf_counter() - start) * 1000


def side_by_side(
    statements: dict[str, Statements],
    enc_conn: Callable[[], object],
    plain_conn: Callable[[], object],
    mode: str,
    runs: int,
) -> dict[str, dict[str, float]]:
    """Median ms per call on each side; ``mode``: warm (after one run) or fresh (a new
    connection for every run)."""
    out = {}
    for name, stmts in statements.items():
        times: dict[str, list[float]] = {"enc": [], "plain": []}
        shared = {"enc": enc_conn(), "plain": plain_conn()} if mode == "warm" else {}
        if mode == "warm":
            for side in ("enc", "plain"):
                run(shared[side], stmts)
        for _ in range(runs):
            for side, make in (("enc", enc_conn), ("plain", plain_conn)):
                conn = shared[side] if mode == "warm" else make()
                times[side].append(run(conn, stmts))
                if mode == "fresh":
                    conn.close()
        for conn in shared.values():
            conn.close()
        enc, plain = statistics.median(times["enc"]), statistics.median(times["plain"])
        out[name] = {"enc_ms": enc, "plain_ms": plain, "ratio": enc / plain if plain else 0.0}
        print(f"  {mode:<6} {name:<44} {enc:9.2f} {plain:9.2f}  x{enc / plain:.2f}", flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--caches", type=int, nargs="+", default=[96, 32, 8, 2])
    parser.add_argument("--page-sizes", type=int, nargs="+", default=[4096])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--mmap", type=int, default=0, help="MiB of memory-mapped I/O asked for, both sides"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    statements, key = workload(args.db)
    folder = Path(tempfile.mkdtemp(prefix="broker-enc-", dir=args.db.parent))
    results: dict[str, object] = {
        "db": str(args.db),
        "load_average_start": os.getloadavg(),
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "runs": {},
    }
    try:
        for page_size in args.page_sizes:
            enc_path, plain_path = copies(args.db, key, folder, page_size)
            probe = open_encrypted(enc_path, key, 96, page_size)
            probe.execute("PRAGMA mmap_size = 268435456")
            results[f"mmap_size_encrypted_{page_size}"] = probe.execute(
                "PRAGMA mmap_size"
            ).fetchone()[0]
            probe.close()
            for cache in args.caches:
                label = f"page {page_size}, cache {cache} MiB, mmap {args.mmap} MiB"
                print(label, flush=True)
                per_mode = {}
                # a small cache, warm: the statements read more pages than it holds
                for mode in ("warm", "fresh") if cache == max(args.caches) else ("warm",):
                    per_mode[mode] = side_by_side(
                        statements,
                        lambda c=cache, p=page_size, e=enc_path: open_encrypted(
                            e, key, c, p, args.mmap
                        ),
                        lambda c=cache, p=plain_path: open_plain(p, c, args.mmap),
                        mode,
                        args.runs,
                    )
                    ratios = [r["ratio"] for r in per_mode[mode].values()]
                    print(f"  -> {mode}: median x{statistics.median(ratios):.2f}", flush=True)
                results["runs"][label] = per_mode  # type: ignore[index]
            for path in {enc_path, plain_path} - {args.db}:
                path.unlink()
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    results["load_average_end"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
