"""UI test fixtures: offscreen Qt, Qt warnings fail the test, real SQLCipher files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402
from ui_fake_source import PeopleSource, fill  # noqa: E402
from ui_harness import controller, copy_office, log_in, make_demo  # noqa: E402

from broker_desktop.demo import DEMO_PASSWORD  # noqa: E402
from broker_desktop.storage.database import Database  # noqa: E402
from broker_desktop.ui.tasks import TaskRunner  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # the offscreen platform says this about every top-level window
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


# How long a wait may last when the test names no limit (pytest-qt's own default is 5 s).
# A wait ends as soon as its condition holds, so a generous limit costs nothing on a quiet
# machine and keeps a loaded one (other processes, the suite's second worker) from failing
# a test that was only slow.
PATIENT_MS = 60_000


class PatientQtBot(QtBot):
    """pytest-qt's qtbot, with waits of at least a minute. ``waitUntil`` fails when its
    limit is reached, so a longer limit never turns a pass into a failure: every limit is
    raised to a minute. The signal waits keep a limit a test gives explicitly
    (``assertNotEmitted`` and ``raising=False`` waits rely on theirs) and default to a
    minute."""

    def waitUntil(self, callback, *, timeout: int = PATIENT_MS) -> None:  # noqa: N802
        return super().waitUntil(callback, timeout=max(timeout, PATIENT_MS))

    def waitSignal(self, signal, *, timeout: int = PATIENT_MS, **options):  # noqa: N802
        return super().waitSignal(signal, timeout=timeout, **options)

    def waitSignals(self, signals, *, timeout: int = PATIENT_MS, **options):  # noqa: N802
        return super().waitSignals(signals, timeout=timeout, **options)

    def waitCallback(self, *, timeout: int = PATIENT_MS, **options):  # noqa: N802
        return super().waitCallback(timeout=timeout, **options)


@pytest.fixture
def qtbot(qapp, request):
    return PatientQtBot(request)


@pytest.fixture
def people_db(tmp_path, fast_kdf):
    db, _key = Database.create(tmp_path / "people.db", kdf=fast_kdf)
    fill(db, 1234)
    yield db
    db.close()


@pytest.fixture
def people_source(people_db):
    return PeopleSource(people_db)


@pytest.fixture
def inline_runner(qapp):
    return TaskRunner(inline=True)


@pytest.fixture
def thread_runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """The core's demo office, size S, created once with cheap crypto costs."""
    return make_demo(tmp_path_factory.mktemp("demo") / "office.db")


@pytest.fixture
def office(demo, tmp_path):
    """A private copy of the demo office, for tests that change it."""
    return copy_office(demo.path, tmp_path / "office.db")


@pytest.fixture
def open_app(qapp, tmp_path):
    """open_app(database, login) -> Controller logged in (its window in .window)."""
    made = []

    def start(database, login, password=DEMO_PASSWORD):
        ctrl = controller(tmp_path, database)
        made.append(ctrl)
        log_in(ctrl, login, password)
        return ctrl

    yield start
    for ctrl in made:
        ctrl.shutdown()
        if ctrl.current_dialog is not None:
            ctrl.current_dialog.close()
