"""The screen benchmark: every list of every tab, every sort and filter the screens offer
(``catalogue.py``), for the director and an agent, measured through the same lazy table
model and services the screens use, in an offscreen QTableView.

For each list: time to the first rows after the sort or filter changed, time to the
count the user sees (capped at 10,000: "plus de 10 000") and to the exact count that
refines it in the background, time to jump to the middle and to the end. Wall time and
the process's CPU time side by side. Then: the first rows of each tab on a fresh
connection, the login with the file's own key derivation, login to a usable main window
(the real login window and main window, portfolio rows shown) and the memory the
process grew by over the whole scripted session.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psutil  # noqa: E402
from catalogue import Case, cases, sample  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from broker_desktop.core.office import open_session  # noqa: E402
from broker_desktop.demo import DEMO_PASSWORD  # noqa: E402
from broker_desktop.ui.models.paged_table import Column, PagedTableModel  # noqa: E402
from broker_desktop.ui.tasks import TaskRunner  # noqa: E402

TIMEOUT = 120.0


@dataclass
class Timing:
    wall_ms: float
    cpu_ms: float


@dataclass
class ListFigures:
    label: str
    role: str
    tab: str
    list: str
    filter: str
    sort: str
    rows: int = 0
    capped: bool = False
    first_rows: Timing | None = None
    count_shown: Timing | None = None
    exact_count: Timing | None = None
    middle: Timing | None = None
    end: Timing | None = None


@dataclass
class Results:
    lists: list[ListFigures] = field(default_factory=list)
    fresh: list[dict] = field(default_factory=list)
    login: dict = field(default_factory=dict)
    memory: dict = field(default_factory=dict)


class Clock:
    """Wall and CPU time (of every thread of the process: the worker thread's SQL too)."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def lap(self) -> Timing:
        return Timing(
            (time.perf_counter() - self.wall) * 1000, (time.process_time() - self.cpu) * 1000
        )


class Screen:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.process = psutil.Process()
        self.peak = self.process.memory_info().rss

    def pump(self, done: Callable[[], bool], limit: float = TIMEOUT) -> bool:
        end = time.perf_counter() + limit
        while not done():
            if time.perf_counter() > end:
                return False
            self.app.processEvents()
            time.sleep(0.0002)
        self.app.processEvents()
        self.peak = max(self.peak, self.process.memory_info().rss)
        return True


def _loaded(model: PagedTableModel, row: int) -> Callable[[], bool]:
    def done() -> bool:
        return model.rowCount() <= row or model.row_at(row) is not None

    return done


def measure_case(screen: Screen, model: PagedTableModel, view: QTableView, case: Case):
    figures = ListFigures(case.label, case.role, case.tab, case.list, case.filter, case.query.sort)
    clock = Clock()
    model.set_query(case.query)  # what a header click or a filter control does
    model.ensure_loaded()  # the tab's first showing
    screen.pump(lambda: not model.counting or model.rowCount() > 0)
    screen.pump(_loaded(model, 0))
    view.viewport().repaint()
    figures.first_rows = clock.lap()
    screen.pump(lambda: not model.counting)
    figures.count_shown = clock.lap()
    figures.capped = not model.count_exact
    screen.pump(lambda: model.count_exact)
    figures.exact_count = clock.lap()
    rows = figures.rows = model.rowCount()
    if rows > 200:
        middle = rows // 2
        clock = Clock()
        view.scrollTo(model.index(middle, 0))
        model.row_at(middle)
        screen.pump(_loaded(model, middle))
        view.viewport().repaint()
        figures.middle = clock.lap()
        clock = Clock()
        view.scrollToBottom()
        model.row_at(rows - 1)
        screen.pump(_loaded(model, rows - 1))
        view.viewport().repaint()
        figures.end = clock.lap()
    return figures


def list_benchmarks(screen: Screen, session, role: str, results: Results, runs: int) -> None:
    runner = TaskRunner()
    views: dict[str, tuple[PagedTableModel, QTableView]] = {}
    sampled = sample(session)
    try:
        for case in cases(session, role, sampled):
            if case.list not in views:
                service = case.service(session)
                columns = [Column(key, key) for key in service.columns()]
                model = PagedTableModel(service, case.query, columns, runner, load=False)
                model.failed.connect(lambda exc, c=case: print(f"FAILED {c.label}: {exc!r}"))
                view = QTableView()
                view.resize(1280, 800)
                view.setModel(model)
                view.show()
                views[case.list] = (model, view)
            model, view = views[case.list]
            best: ListFigures | None = None
            for _ in range(runs):
                figures = measure_case(screen, model, view, case)
                if best is None or figures.first_rows.wall_ms < best.first_rows.wall_ms:
                    best = figures
            results.lists.append(best)
            print(_line(best), flush=True)
    finally:
        for model, view in views.values():
            model.clear()
            view.close()
        screen.pump(lambda: not runner.busy)
        runner.shutdown()


def _ms(timing: Timing | None) -> str:
    return "" if timing is None else f"{timing.wall_ms:8.1f}"


def _line(f: ListFigures) -> str:
    return (
        f"{f.label:<72} rows {f.rows:>9}{'+' if f.capped else ' '} first{_ms(f.first_rows)}"
        f" count{_ms(f.count_shown)} exact{_ms(f.exact_count)} mid{_ms(f.middle)}"
        f" end{_ms(f.end)}"
    )


def fresh_connection(path: Path, login: str, role: str, results: Results) -> None:
    """The first rows and the count of each tab's default list, on a connection opened
    just before (its page cache empty; the KDF is not counted)."""
    probe = open_session(path, login, DEMO_PASSWORD)
    defaults = {}
    for case in cases(probe, role):
        defaults.setdefault((case.list, case.filter), case)
    wanted = [c for (lst, flt), c in defaults.items() if flt.startswith("default")]
    probe.close()
    for case in wanted:
        session = open_session(path, login, DEMO_PASSWORD)
        try:
            service = case.service(session)
            clock = Clock()
            service.page(case.query, limit=200)
            first = clock.lap()
            service.count(case.query, exact=False)
            count = clock.lap()
        finally:
            session.close()
        results.fresh.append(
            {"label": case.label, "first_rows": asdict(first), "count_shown": asdict(count)}
        )
        print(f"fresh {case.label:<66} first {first.wall_ms:8.1f} count {count.wall_ms:8.1f}")


def login_benchmarks(path: Path, results: Results, runs: int) -> None:
    from broker_desktop.storage.database import slot_path
    from broker_desktop.storage.slots import SlotFile

    slots = SlotFile.load(slot_path(path))
    kdf = slots.kdf if hasattr(slots, "kdf") else None
    times = []
    for _ in range(runs):
        clock = Clock()
        open_session(path, "directeur", DEMO_PASSWORD).close()
        times.append(clock.lap())
    results.login["open_session"] = _summary(times)
    results.login["kdf"] = str(kdf) if kdf is not None else "the file's own"
    print(f"login (open_session) median {results.login['open_session']['median_ms']:.0f} ms")


def usable_window(path: Path, results: Results, runs: int) -> None:
    """From the login window's submit to the main window with the portfolio's first rows,
    through the real controller, login window and pages (worker thread, offscreen)."""
    import tempfile

    from PySide6.QtCore import QSettings

    from broker_desktop.ui.app import Controller
    from broker_desktop.ui.dialogs import Dialogs
    from broker_desktop.ui.i18n import Translations
    from broker_desktop.ui.opener import Opener
    from broker_desktop.ui.paths import AppPaths
    from broker_desktop.ui.settings import Settings

    app = QApplication.instance()
    screen = Screen(app)
    times = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp())
        settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        translations = Translations(app)
        translations.load("fr")
        runner = TaskRunner()
        ctrl = Controller(
            app, settings, Dialogs(), runner, translations, Opener(), AppPaths(folder), path
        )
        ctrl.start()
        dialog = ctrl.current_dialog
        dialog.login_edit.setText("directeur")
        dialog.password_edit.setText(DEMO_PASSWORD)
        clock = Clock()
        dialog.submit()

        def usable(ctrl: Controller = ctrl) -> bool:
            window = ctrl.window
            if window is None:
                return False
            clients = window.pages["portfolio"].clients
            return clients.rowCount() > 0 and clients.row_at(0) is not None

        screen.pump(usable)
        ctrl.window.repaint()
        times.append(clock.lap())
        ctrl.shutdown()
        runner.shutdown()
    results.login["usable_window"] = _summary(times)
    print(f"login to a usable window median {results.login['usable_window']['median_ms']:.0f} ms")


def _summary(times: list[Timing]) -> dict:
    walls = [t.wall_ms for t in times]
    return {
        "median_ms": statistics.median(walls),
        "min_ms": min(walls),
        "max_ms": max(walls),
        "cpu_median_ms": statistics.median(t.cpu_ms for t in times),
        "runs": len(walls),
    }


def run(path: Path, *, runs: int = 1, fresh: bool = True, login_runs: int = 3) -> dict:
    app = QApplication.instance() or QApplication([])
    screen = Screen(app)
    results = Results()
    gc.collect()
    base = screen.process.memory_info().rss
    screen.peak = base
    for role, login in (("director", "directeur"), ("agent", "agent1")):
        session = open_session(path, login, DEMO_PASSWORD)
        try:
            list_benchmarks(screen, session, role, results, runs)
        finally:
            session.close()
    results.memory = {
        "base_mb": base / 2**20,
        "growth_mb": (screen.peak - base) / 2**20,
        "note": "peak RSS growth over every list, sort, filter and jump of both roles",
    }
    print(f"memory growth over the session: {results.memory['growth_mb']:.0f} MB")
    if fresh:
        for role, login in (("director", "directeur"), ("agent", "agent1")):
            fresh_connection(path, login, role, results)
    login_benchmarks(path, results, login_runs)
    usable_window(path, results, login_runs)
    return asdict(results)


if __name__ == "__main__":
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    data = run(args.database, runs=args.runs)
    if args.json:
        args.json.write_text(json.dumps(data, indent=1))
