"""UI test fixtures: offscreen Qt, Qt warnings fail the test, a real SQLCipher table."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from ui_fake_source import PeopleSource, fill  # noqa: E402

from broker_desktop.storage.database import Database  # noqa: E402
from broker_desktop.ui.tasks import TaskRunner  # noqa: E402


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))


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
    runner = TaskRunner(inline=True)
    yield runner


@pytest.fixture
def thread_runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.shutdown()
