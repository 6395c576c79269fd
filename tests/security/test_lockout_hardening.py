"""The lockout holds in the one-file mode as far as a file can: a clock set forward does
not end a lock, a flood of other names does not evict a locked login, a location where
failures cannot be counted refuses password logins, and the audit log names the login
tried."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from security_office import BOSS_PASSWORD, PASSWORD, SECURITY, build_office

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.office import open_session
from broker_desktop.storage import attempts as attempts_module
from broker_desktop.storage.attempts import AttemptStore
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.errors import AccountLocked, InvalidCredentials
from broker_desktop.storage.slots import SlotFile

HERE = Path(__file__).parent
WRONG = "Wrong-Pass-0000"  # noqa: S105
LOCK = SECURITY.lockout.first_lock


@pytest.fixture
def office(tmp_path):
    built = build_office(tmp_path / "office.db")
    built.alice.close()
    built.director.close()
    return built


def _lock_bruno(office) -> None:
    for _ in range(SECURITY.lockout.free_attempts - 1):
        with pytest.raises(InvalidCredentials):
            open_session(office.path, "bruno", WRONG, security=SECURITY)
    with pytest.raises(AccountLocked):
        open_session(office.path, "bruno", WRONG, security=SECURITY)


def _shift(monkeypatch, *, wall: timedelta = timedelta(0), mono: float = 0.0) -> None:
    real_wall, real_mono = datetime.now, attempts_module.time.monotonic
    monkeypatch.setattr(attempts_module, "utc_now", lambda: real_wall(UTC) + wall)
    monkeypatch.setattr(attempts_module, "monotonic", lambda: real_mono() + mono)


def test_clock_set_forward_does_not_end_a_lock(office, monkeypatch, record_property):
    _lock_bruno(office)
    _shift(monkeypatch, wall=timedelta(hours=2))  # the workstation's clock, set forward
    with pytest.raises(AccountLocked):
        open_session(office.path, "bruno", PASSWORD, security=SECURITY)
    _shift(monkeypatch, wall=timedelta(days=3650))
    with pytest.raises(AccountLocked):
        open_session(office.path, "bruno", PASSWORD, security=SECURITY)
    # Time that really passed (the monotonic clock) ends it.
    _shift(monkeypatch, wall=timedelta(days=3650), mono=LOCK.total_seconds() + 1)
    open_session(office.path, "bruno", PASSWORD, security=SECURITY).close()
    record_property("faults", 2)


def test_a_failure_after_a_lock_locks_again_for_longer(office, monkeypatch):
    _lock_bruno(office)
    _shift(monkeypatch, mono=LOCK.total_seconds() + 1)
    with pytest.raises(AccountLocked) as info:  # the count was kept: locked at once
        open_session(office.path, "bruno", WRONG, security=SECURITY)
    remaining = info.value.until - datetime.now(UTC)
    assert remaining > 1.5 * LOCK


def test_lock_from_another_computer_uses_the_latest_time_the_file_saw(office):
    tag = SlotFile.load(slot_path(office.path)).lookup_tag("bruno")
    now = datetime.now(UTC)
    there = AttemptStore(office.path, SECURITY.lockout, clock=lambda: now, computer="there")
    for _ in range(SECURITY.lockout.free_attempts):
        until = there.record_failure(tag)
    assert until == now + LOCK
    # Here, a clock set an hour back cannot make time stand still in our favour, and one
    # set back further still sees the lock as long as it ever was.
    here = AttemptStore(
        office.path, SECURITY.lockout, clock=lambda: now - timedelta(days=1), computer="here"
    )
    assert here.locked_until(tag) == now + LOCK


def test_a_flood_of_unknown_names_does_not_evict_a_locked_login(
    office, monkeypatch, record_property
):
    # The unknown-name table made small so that the flood overflows it several times
    # over in a few seconds (in production: 500 names, and the flood was 2,000).
    monkeypatch.setattr(attempts_module, "MAX_UNKNOWN_NAMES", 40)
    monkeypatch.setattr(attempts_module, "MAX_UNKNOWN_EVENTS", 30)
    _lock_bruno(office)
    store = AttemptStore(office.path, SECURITY.lockout)
    tag = SlotFile.load(slot_path(office.path)).lookup_tag("bruno")
    until = store.locked_until(tag)
    assert until is not None
    slots = SlotFile.load(slot_path(office.path))
    flood = 200
    for i in range(flood):
        name = f"nobody-{i}"
        store.record_failure(slots.lookup_tag(name), known=False, login=name)
    assert abs(store.locked_until(tag) - until) < timedelta(seconds=1)  # not shortened
    with pytest.raises(AccountLocked):
        open_session(office.path, "bruno", PASSWORD, security=SECURITY)
    data = json.loads(store.path.read_text())
    assert len(data["unknown"]) <= 40
    assert len(data["logins"][tag]["events"]) == SECURITY.lockout.free_attempts
    # The flood is aggregated, not forgotten: the audit log gets every itemised failure
    # and the count of the rest.
    events, unrecorded = store.take_events()
    unknown = [e for e in events if not e.known]
    assert len(unknown) + unrecorded.unknown == flood
    record_property("faults", flood)


def test_the_audit_log_names_the_login_tried(office):
    _lock_bruno(office)
    with pytest.raises(InvalidCredentials):
        open_session(office.path, "Jean.Inconnu", WRONG, security=SECURITY)
    text = (office.path.parent / "office.db.attempts").read_text()
    assert "bruno" not in text and "inconnu" not in text.lower()  # sealed in the file
    director = open_session(office.path, "boss", BOSS_PASSWORD, security=SECURITY)
    try:
        failed = director.audit.page(AuditQuery(action="login.failed"), limit=100)
    finally:
        director.close()
    bruno = [row for row in failed if row.user_id == office.bruno_id]
    assert len(bruno) == SECURITY.lockout.free_attempts
    assert all(json.loads(row.detail)["login"] == "bruno" for row in bruno)
    (stranger,) = [row for row in failed if row.user_id is None]
    assert json.loads(stranger.detail) == {"login": "jean.inconnu", "unknown_login": True}


def _namespace_tools() -> None:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        pytest.skip("needs Linux mount namespaces")
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("user and mount namespaces are not available here")


@pytest.mark.parametrize("location", ["full disk", "read-only mount"])
@pytest.mark.parametrize("password", [PASSWORD, WRONG], ids=["right", "wrong"])
def test_a_location_where_failures_cannot_be_counted_refuses_password_logins(
    office, tmp_path, location, password, record_property
):
    """In a private mount namespace: the office on a small tmpfs, filled up or remounted
    read-only, then one login in a fresh interpreter."""
    _namespace_tools()
    mount = tmp_path / "mnt"
    mount.mkdir()
    files = " ".join(str(p) for p in office.path.parent.glob("office.db*"))
    prepare = (
        "dd if=/dev/zero of=$M/filler bs=4096 2>/dev/null || true"
        if location == "full disk"
        else "mount -o remount,ro $M"
    )
    env_path = f"{HERE}:{HERE.parent.parent}:{HERE.parent.parent / 'src'}"
    script = (
        f"set -e; M={mount}; mount -t tmpfs -o size=4m tmpfs $M; cp {files} $M/; "
        f"{prepare}; PYTHONPATH={env_path} {sys.executable} {HERE / 'child_login.py'} "
        f'$M/office.db bruno "$1"; '
        f"sha256sum $M/office.db $M/office.db.keys"
    )
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", password],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "LoginsNotCounted", done.stdout + done.stderr[-2000:]
    before = subprocess.run(
        ["sha256sum", str(office.path), str(slot_path(office.path))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[::2]
    assert [line.split()[0] for line in lines[1:]] == before  # nothing written
    record_property("faults", 1)
