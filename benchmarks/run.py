"""Brokerage-scale benchmark: ``python benchmarks/run.py --size M`` (or S, L; ``--quick``,
``--db PATH`` for an existing demo office).

Service figures are measured through the same service calls the UI makes, for an agent
and for the director, and side by side: the exact SQL of the call replayed on the raw
encrypted connection (service-layer overhead) and on a plain copy with the same indexes,
read by the same SQLite build (encryption overhead). Then the screen benchmark
(``screens.py``): every list, sort and filter the screens offer, through the models.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (
    HEADER,
    Figure,
    SqlCapture,
    machine,
    measure,
    measure_alternately,
    plain_copy,
    replay,
    write_json,
)

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.office import SecurityParams, open_session
from broker_desktop.demo import DEMO_PASSWORD, FAST_KDF, generate
from broker_desktop.storage.slots import KdfParams, allow_weak_kdf, kdf_floor

ROOT = Path(__file__).resolve().parent
GOALS = {
    "encryption_ratio": 1.3,
    "service_ratio": 1.5,
    "first_paint_ms": 150,
    "jump_end_ms": 150,
    "memory_mb": 150,
    "cold_start_s": 1.5,
}


def ensure_database(size: str, folder: Path, fast_kdf: bool) -> Path:
    path = folder / f"office-{size}{'-fast' if fast_kdf else ''}.db"
    if fast_kdf:  # below the production floor: this process and its probes allow it
        allow_weak_kdf(FAST_KDF)
    if not path.exists():
        security = SecurityParams(kdf=FAST_KDF, bcrypt_rounds=4) if fast_kdf else SecurityParams()
        start = time.perf_counter()
        generate(path, size, 7, security, quiet=False)
        print(f"generated {size} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return path


class Bench:
    def __init__(self, path: Path, runs: int) -> None:
        self.path = path
        self.runs = runs
        self.figures: list[Figure] = []
        self.ratios: list[dict] = []
        self.plain = None
        self.plain_path: Path | None = None

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print(figure.row(), flush=True)
        return figure

    def compare(self, name: str, session, call) -> None:
        """Time the service call, its raw SQL on the encrypted file, and on the plain copy,
        alternately run by run (``measure_alternately``): the ratios hold under load."""
        db = session.database
        call()  # rights read and statement compiled: the capture holds the call's own SQL
        capture = SqlCapture(db.engine)
        with capture.capturing():
            call()
        statements = capture.statements
        raw = db._raw  # the same connection the service used

        def raw_call():
            with db._lock:
                replay(raw, statements)

        label = f"  raw SQL, encrypted ({len(statements)} stmt)"
        named = {name: call, label: raw_call}
        try:
            replay(self.plain, statements)
            named["  raw SQL, plain SQLite copy"] = lambda: replay(self.plain, statements)
        except Exception as exc:  # e.g. the system SQLite has no FTS5 trigram tokenizer
            print(f"  plain copy cannot run this SQL: {exc}", flush=True)
        figures = measure_alternately(named, runs=self.runs)
        service, raw_fig = self.add(figures[name]), self.add(figures[label])
        plain_fig = figures.get("  raw SQL, plain SQLite copy")
        if plain_fig is not None:
            self.add(plain_fig)
        else:
            plain_fig = Figure("plain", float("nan"), float("nan"), float("nan"), 0)
        enc = raw_fig.median_ms / plain_fig.median_ms if plain_fig.median_ms else float("nan")
        svc = service.median_ms / raw_fig.median_ms if raw_fig.median_ms else float("nan")
        self.ratios.append(
            {"measure": name, "encryption_ratio": round(enc, 2), "service_ratio": round(svc, 2)}
        )
        print(f"  -> encryption x{enc:.2f}, service layer x{svc:.2f}", flush=True)


def service_benchmarks(bench: Bench, path: Path) -> None:
    kdf = KdfParams()
    bench.add(
        measure(
            "KDF alone (scrypt, production cost)",
            lambda: kdf.derive("Demo-2026!", b"0123456789abcdef"),
            runs=3,
        )
    )
    bench.add(
        measure(
            "open + unlock + login (director; file's own KDF)",
            lambda: open_session(path, "directeur", DEMO_PASSWORD).close(),
            runs=3,
        )
    )
    director = open_session(path, "directeur", DEMO_PASSWORD)
    agent = open_session(path, "agent1", DEMO_PASSWORD)
    visibility = open_session(path, "agent-visibilite", DEMO_PASSWORD)
    bench.plain_path = Path(tempfile.mkdtemp()) / "plain.db"
    with director.database._lock:
        bench.plain = plain_copy(director.database._raw, bench.plain_path)
    year = str(date.today().year)
    today = date.today()
    for who, session in (("director", director), ("agent", agent)):
        query = ContractQuery(sort="expiry_date")
        bench.compare(
            f"[{who}] portfolio first page (200, by renewal)",
            session,
            lambda s=session, q=query: s.contracts.page(q, limit=200),
        )
        bench.compare(
            f"[{who}] portfolio count", session, lambda s=session, q=query: s.contracts.count(q)
        )
        bench.compare(
            f"[{who}] portfolio last page (jump to end)",
            session,
            lambda s=session, q=query: s.contracts.page(q, from_end=True, limit=200),
        )
        first = session.contracts.page(query, limit=200)
        bench.compare(
            f"[{who}] next page by keyset (scrolling)",
            session,
            lambda s=session, q=query, c=first[-1].cursor: s.contracts.page(q, after=c, limit=200),
        )
        middle = session.contracts.count(query) // 2
        bench.compare(
            f"[{who}] page in the middle (scrollbar drag, offset)",
            session,
            lambda s=session, q=query, m=middle: s.contracts.page(q, offset=m, limit=200),
        )
        bench.compare(
            f"[{who}] client search 'mül' (first page)",
            session,
            lambda s=session: s.clients.page(ClientQuery(search="mül"), limit=200),
        )
        bench.compare(
            f"[{who}] commission total {year}",
            session,
            lambda s=session: s.commissions.sum(
                CommissionQuery(period_from=year, period_to=year + "-12")
            ),
        )
    agents = (
        [u for u in director.admin.users() if u.login.startswith("agent")][:20]
        if hasattr(director.admin, "users")
        else []
    )
    if agents:

        def per_agent():
            for user in agents:
                director.commissions.sum(
                    CommissionQuery(
                        beneficiary_id=user.id, period_from=year, period_to=year + "-12"
                    )
                )

        bench.add(
            measure(
                f"[director] commission totals per agent {year} ({len(agents)} agents)",
                per_agent,
                runs=bench.runs,
            )
        )
    window = DeadlineQuery(due_from=today, due_to=today + timedelta(days=30), done=False)
    bench.compare(
        "[visibilité totale] deadlines next 30 days, everyone",
        visibility,
        lambda: visibility.deadlines.page(window, limit=200),
    )
    bench.compare(
        "[agent] own deadlines next 30 days", agent, lambda: agent.deadlines.page(window, limit=200)
    )

    bench.add(
        measure(
            "[agent] effective rights (cached until rights change)", agent.rights, runs=bench.runs
        )
    )
    with agent.database.read() as conn:
        from broker_desktop.core.user_rights import effective_rights

        bench.add(
            measure(
                "[agent] effective rights computed from the database",
                lambda: effective_rights(conn, agent.user.id),
                runs=bench.runs,
            )
        )
    contract = agent.contracts.page(ContractQuery(), limit=1)[0]
    state = {"version": agent.contracts.get(contract.id).version}

    def write():
        current = director.contracts.get(contract.id)
        changed = dataclasses.replace(current.as_input(), premium_cents=current.premium_cents + 1)
        state["version"] = director.contracts.update(contract.id, changed, current.version)

    bench.add(measure("[director] audited contract update", write, runs=bench.runs))
    for session in (director, agent, visibility):
        session.close()
    bench.plain.close()
    bench.plain_path.unlink()  # a decrypted copy of the office: never left behind


def ui_benchmarks(bench: Bench, path: Path, processes: int = 3) -> dict:
    code = f"""
import json, os, sys, time
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
import psutil
proc = psutil.Process()
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
from broker_desktop.storage.slots import KdfParams, allow_weak_kdf
allow_weak_kdf(KdfParams(**{kdf_floor().__dict__!r}))
from broker_desktop.core.office import open_session
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.ui.models.paged_table import PagedTableModel, Column
from broker_desktop.ui.tasks import TaskRunner
session = open_session({str(path)!r}, 'directeur', {DEMO_PASSWORD!r})
columns = [Column(k, k) for k in ('policy_number','client','insurer','line','start_date',
           'expiry_date','cancel_by','premium_cents','status','agent')]
runner = TaskRunner()
base = proc.memory_info().rss
peak = base
def pump(cond, limit=30.0):
    global peak
    end = time.perf_counter() + limit
    while not cond() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)
    peak = max(peak, proc.memory_info().rss)
t0 = time.perf_counter()
model = PagedTableModel(session.contracts, ContractQuery(sort='expiry_date'), columns, runner)
view = QTableView(); view.resize(1280, 800); view.setModel(model); view.show()
pump(lambda: model.rowCount() > 0 and model.row_at(0) is not None)
view.viewport().repaint(); app.processEvents()
first_paint = (time.perf_counter() - t0) * 1000
pump(lambda: model.count_exact, 120.0)
rows = model.rowCount()
t0 = time.perf_counter()
view.scrollToBottom(); app.processEvents()
pump(lambda: model.row_at(rows - 1) is not None)
view.viewport().repaint(); app.processEvents()
jump_end = (time.perf_counter() - t0) * 1000
view.scrollToTop(); app.processEvents()
steps = 300
t0 = time.perf_counter()
bar = view.verticalScrollBar()
for i in range(steps):
    bar.setValue(int(bar.maximum() * i / steps))
    app.processEvents()
    top = view.rowAt(0)
    pump(lambda: top < 0 or model.row_at(top) is not None)
    view.viewport().repaint()
scroll = (time.perf_counter() - t0) * 1000 / steps
peak = max(peak, proc.memory_info().rss)
print(json.dumps({{'rows': rows, 'first_paint_ms': first_paint, 'jump_end_ms': jump_end,
                   'scroll_step_ms': scroll, 'memory_growth_mb': (peak - base) / 2**20}}))
runner.shutdown() if hasattr(runner, 'shutdown') else None
session.close()
"""
    runs = []
    for _ in range(processes):  # a fresh process each time: a cold model and page cache
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    ui = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    labels = {
        "first_paint_ms": "first rows painted",
        "jump_end_ms": "jump to the last row",
        "scroll_step_ms": "one scrollbar jump while scrolling through",
        "memory_growth_mb": "peak memory growth, MB",
    }
    for key, label in labels.items():
        values = [r[key] for r in runs]
        bench.add(
            Figure(
                f"[UI] portfolio of {int(ui['rows']):,} contracts: {label}",
                statistics.median(values),
                min(values),
                max(values),
                len(values),
            )
        )
    starts = []
    probe = f"""
import os, time
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
import psutil
from PySide6.QtCore import QTimer
from broker_desktop.ui import app as appmod
original = appmod.Controller.show_login
def show_login(self, *args, **kwargs):
    original(self, *args, **kwargs)
    def shown():
        print(time.time() - psutil.Process().create_time(), flush=True)
        os._exit(0)
    QTimer.singleShot(0, shown)
appmod.Controller.show_login = show_login
appmod.run(db={str(path)!r})
"""
    env = {**os.environ, "XDG_CONFIG_HOME": tempfile.mkdtemp(), "XDG_DATA_HOME": tempfile.mkdtemp()}
    for _ in range(processes):
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
        )
        if result.returncode == 0 and result.stdout.strip():
            starts.append(float(result.stdout.strip().splitlines()[-1]) * 1000)
        else:
            print("  cold start probe failed:", result.stderr[-500:], file=sys.stderr)
    if starts:
        starts.sort()
        bench.add(
            Figure(
                "[UI] cold start to login window",
                starts[len(starts) // 2],
                starts[0],
                starts[-1],
                len(starts),
            )
        )
    return ui


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=["S", "M", "L"], default="M")
    parser.add_argument("--quick", action="store_true", help="size S, fast KDF, few runs (CI)")
    parser.add_argument("--db", type=Path, help="an existing demo office (demo logins)")
    parser.add_argument("--no-screens", action="store_true")
    parser.add_argument("--fast-kdf", action="store_true")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--json", type=Path, default=ROOT / "results" / "latest.json")
    parser.add_argument("--no-ui", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.size, args.fast_kdf, args.runs = "S", True, 3
    args.data.mkdir(parents=True, exist_ok=True)
    if args.fast_kdf:  # also for an existing office made with the fast KDF (--db)
        allow_weak_kdf(FAST_KDF)
    path = args.db or ensure_database(args.size, args.data, args.fast_kdf)
    bench = Bench(path, args.runs)
    print(HEADER)
    service_benchmarks(bench, path)
    ui = {} if args.no_ui else ui_benchmarks(bench, path, 1 if args.quick else 3)
    screen_figures = {}
    if not args.no_screens:
        import screens

        quick = args.quick
        screen_figures = screens.run(path, runs=1, fresh=not quick, login_runs=1 if quick else 3)
    write_json(
        args.json,
        {
            "size": args.size,
            "machine": machine(),
            "goals": GOALS,
            "figures": bench.figures,
            "ratios": bench.ratios,
            "ui": ui,
            "screens": screen_figures,
            "load_average": os.getloadavg(),
            "when": time.strftime("%Y-%m-%d %H:%M"),
        },
    )
    print(f"\nwritten {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
