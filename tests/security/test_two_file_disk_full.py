"""Two-file operations on a real, nearly full filesystem (a small tmpfs mounted for the
test): for every amount of free space from none up to what the operation needs, in
steps of one page, the operation either fails with DiskFull and the old version of the
account is in force ("Nothing was saved"), or succeeds and the new one is; the key file
and the database agree once space is freed, and no slot is orphaned."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.security.two_file_office import (
    BOSS,
    NEW,
    OLD,
    OPERATIONS,
    SECURITY,
    build_template,
    copy_office,
    disagreements,
    user_id,
    version_in_force,
)
from tests.storage.storage_helpers import fill_up, small_tmpfs

from broker_desktop.core.office import open_session, recover_account
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.errors import DiskFull
from broker_desktop.storage.slots import SlotFile

pytestmark = pytest.mark.slow
PAGE = 4096


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory):
    with small_tmpfs(tmp_path_factory.mktemp("small-disk"), "8m") as mount:
        yield mount


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "office.db"
    return path, build_template(path)


def _prepare(op: str, path: Path, code: str):
    """Log in with space to spare, as the user would have before the disk filled up."""
    if op == "recover":
        return None, lambda: recover_account(path, code, "bruno", NEW, security=SECURITY)
    if op == "change_password":
        session = open_session(path, "bruno", OLD, security=SECURITY)
        return session, lambda: session.change_password(OLD, NEW)
    session = open_session(path, "directeur", BOSS, security=SECURITY)
    bruno, denise = user_id(session, "bruno"), user_id(session, "denise")
    calls = {
        "reset": lambda: session.admin.reset_password(bruno, NEW),
        "create": lambda: session.admin.create_user(
            "carla", "Carla Python", NEW, must_change_password=False
        ),
        "deactivate": lambda: session.admin.deactivate_user(bruno),
        "reactivate": lambda: session.admin.reactivate_user(denise, NEW),
        "rekey": session.maintenance.change_key,
    }
    return session, calls[op]


def _free_amounts(op: str, database_bytes: int) -> list[int]:
    small = list(range(0, 96 * 1024, PAGE))
    if op != "rekey":
        return small
    around = range(database_bytes - 4 * PAGE, database_bytes + 64 * 1024, 2 * PAGE)
    return small[:4] + list(around)


@pytest.mark.parametrize("op", OPERATIONS)
def test_a_full_disk_at_each_step_saves_all_or_nothing(op, template, small_disk, record_property):
    source, code = template
    seen: dict[int, tuple[str, bool, str]] = {}
    problems: dict[int, list[str]] = {}
    raw: list[str] = []
    for free in _free_amounts(op, source.stat().st_size):
        for leftover in small_disk.iterdir():
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        path = copy_office(source, small_disk / "office")
        session, operation = _prepare(op, path, code)
        if session is not None:  # a fresh WAL, so the commit itself needs space too
            session.database._raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        filler = fill_up(small_disk, leave=free)
        new_code = None
        try:
            result = operation()
            outcome = "ok"
            new_code = result if op == "rekey" else None
        except DiskFull:
            outcome = "DiskFull"
        except Exception as exc:  # noqa: BLE001 - a raw error is what this test hunts
            outcome = type(exc).__name__
            raw.append(f"{free}: {type(exc).__name__}: {exc}")
        pending = bool(SlotFile.load(slot_path(path)).changes())
        filler.unlink()
        if session is not None:
            session.close()
        state = version_in_force(path, op, (code, new_code))
        seen[free] = (outcome, pending, state)
        if state in ("old", "new"):
            problems[free] = disagreements(path, code if state == "old" else new_code or code)
    record_property("two_file_points", len(seen))
    record_property("lockouts", sum(s not in ("old", "new") for _o, _p, s in seen.values()))
    assert raw == [], raw
    # DiskFull says "Nothing was saved": the old version; success: the new one
    wrong = {
        f: v for f, v in seen.items() if (v[0], v[2]) not in {("DiskFull", "old"), ("ok", "new")}
    }
    assert wrong == {}, (op, wrong)
    assert not any(problems.values()), (op, problems)
    # the range covered every step: the staged key file (DiskFull, nothing staged), the
    # commit (DiskFull with the new version staged: settled at the next open), and the
    # drop of the old version after the commit (success, settled at the next open)
    steps = {(o, p) for o, p, _s in seen.values()}
    if op == "rekey":
        assert steps == {("DiskFull", False), ("ok", False)}, seen
    else:
        assert steps == {(o, p) for o in ("DiskFull", "ok") for p in (False, True)}, seen
