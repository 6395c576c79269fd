"""The search fields at size M or L: for each kind of input (``catalogue.SEARCHES``), the
client list (by name) and the contract picker's search (by policy number), for the
director and an agent, through the services the screens use: first 200 rows, the
picker's 12 matches, the capped count and the exact count. Warm (the median of
``--runs`` after one unmeasured call), wall and CPU milliseconds, printed as a Markdown
table for docs/benchmarks.md.

    nice -n 10 .venv/bin/python benchmarks/search.py OFFICE.db [--runs 5]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalogue import SEARCHES  # noqa: E402

from broker_desktop.core.clients import ClientQuery  # noqa: E402
from broker_desktop.core.contracts import ContractQuery  # noqa: E402
from broker_desktop.core.office import open_session  # noqa: E402
from broker_desktop.demo import DEMO_PASSWORD  # noqa: E402


def measure(call: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    result = call()  # warm: the pages this search needs are in the cache
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = call()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def figures(service: Any, query: Any, runs: int) -> str:
    first, cpu, _rows = measure(lambda: service.page(query, limit=200), runs)
    picker, _cpu, _ = measure(lambda: service.page(query, limit=12), runs)
    shown, _cpu, capped = measure(lambda: service.count(query, exact=False), runs)
    exact, _cpu, total = measure(lambda: service.count(query), runs)
    rows = f"{total:,}" + (" (capped count)" if capped != total else "")
    return f"{rows} | {first:.1f} | {picker:.1f} | {shown:.1f} | {exact:.1f} | {cpu:.1f} |"


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--agent", default="agent1")
    args = parser.parse_args()
    print(
        "| who | list | input | typed | rows | first 200 rows | 12 matches | count shown "
        "| exact count | CPU first rows |"
    )
    print("|---|---|---|---|---:|---:|---:|---:|---:|---:|")
    for who, login in (("director", "directeur"), ("agent", args.agent)):
        session = open_session(args.database, login, DEMO_PASSWORD)
        try:
            for kind, text in SEARCHES.items():
                queries = (
                    ("clients", session.clients, ClientQuery(search=text)),
                    (
                        "contract search",
                        session.contracts,
                        ContractQuery(search=text, sort="policy_number"),
                    ),
                )
                for name, service, query in queries:
                    row = figures(service, query, args.runs)
                    print(f"| {who} | {name} | {kind} | `{text}` | {row}", flush=True)
        finally:
            session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
