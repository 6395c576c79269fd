"""Shared fixtures: real SQLCipher files in temp folders, fast-but-real crypto costs,
and a real in-memory keyring backend."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from broker_desktop.storage.slots import KdfParams, allow_weak_kdf  # noqa: E402

# Real scrypt, only cheaper: the production cost is measured by the benchmark. Tests about
# the floor itself use slots.PRODUCTION_KDF_FLOOR.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)
allow_weak_kdf(FAST_KDF)
# ``python -m broker_desktop ARGS`` for tests running the real command line on an office
# written with FAST_KDF: the fresh process lowers its floor the same way first.
FAST_KDF_CLI = [
    sys.executable,
    "-c",
    "import sys; from broker_desktop.storage.slots import KdfParams, allow_weak_kdf; "
    f"allow_weak_kdf(KdfParams(n={FAST_KDF.n}, r={FAST_KDF.r}, p={FAST_KDF.p})); "
    "from broker_desktop.cli import main; raise SystemExit(main(sys.argv[1:]))",
]


@pytest.fixture(scope="session", autouse=True)
def _session_data_folder(tmp_path_factory):
    """The program's per-user folder (audit heads seen, settings) lives in a temp folder,
    inherited by child processes: tests never write into the real user's data folder.
    Module-scoped fixtures use this one; each test then gets its own (below)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BROKER_DESKTOP_HOME", str(tmp_path_factory.mktemp("home")))
        yield


@pytest.fixture(autouse=True)
def _own_data_folder(_session_data_folder, tmp_path_factory, monkeypatch):
    """Each test its own workstation: a copy of a shared office opened by two tests must
    not look, to the second, like a log that went backwards."""
    monkeypatch.setenv("BROKER_DESKTOP_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture(scope="session")
def test_certificate(tmp_path_factory):
    """One TLS certificate for every office server process of the run."""
    from tests.server.server_harness import make_test_certificate

    return make_test_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def server_zygote():
    """Forks office server processes for the tests that run against both backends."""
    from tests.server.server_harness import Zygote

    zygote = Zygote()
    yield zygote
    zygote.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.db"


# ----- the security suite's summary line (tests/security/tally.py) -------------------------
@pytest.fixture
def security_tally(request):
    """This test's own counts; handed in with its teardown report (tests/security/tally.py)."""
    from tests.security.tally import Tally

    tally = Tally()
    yield tally
    request.node.user_properties.append(("security_tally", tally.counts()))


# Lines a test asks to be printed at the end of the run (``record_property("summary_line",
# text)``): figures reported, never asserted on. Collected from the reports, like the tally.
SUMMARY_LINES: list[str] = []


def pytest_runtest_logreport(report):
    from tests.security.tally import TALLY

    TALLY.record(report)
    if report.when == "call":
        SUMMARY_LINES.extend(
            text for name, text in report.user_properties if name == "summary_line"
        )


def pytest_terminal_summary(terminalreporter):
    from tests.security.tally import TALLY

    if TALLY.security_tests or TALLY.faults or TALLY.configurations:
        terminalreporter.write_line(TALLY.line())
    for line in SUMMARY_LINES:
        terminalreporter.write_line(line)


# ----- two processes (pytest-xdist: scripts/test runs ``-n 2 --dist loadgroup``) -------------
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Modules holding a slow test first (stable otherwise): the two processes take the
    longest modules while everything else is still queued, and finish together instead of
    one waiting for the other's last long module."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: pytest without it runs too
def pytest_xdist_make_scheduler(config, log):
    """Whole modules to one process, so that a module-scoped fixture (an office, a server)
    is built once; tests marked ``xdist_group(name)`` go to one process together, across
    modules. Modules are handed out in collection order (above)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class ModuleOrGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.rfind("@") > nodeid.rfind("]"):  # xdist's own test for a group suffix
                return nodeid.split("@")[-1]
            return nodeid.split("::", 1)[0]

    config.option.loadscopereorder = False
    return ModuleOrGroupScheduling(config, log)
