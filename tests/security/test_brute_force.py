"""Brute force: the lockout and its back-off hold across restarts (fresh processes),
an unknown login costs the same work and gets the same message as a wrong password,
and a deactivated user's key slot no longer opens the database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from security_office import PASSWORD, SECURITY, build_office

from broker_desktop.core.office import open_session
from broker_desktop.storage.attempts import AttemptStore
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import AccountDeactivated, AccountLocked, InvalidCredentials
from broker_desktop.storage.slots import KdfParams, SlotFile

HERE = Path(__file__).parent


def _attempt_in_child(path, login: str, password: str) -> str:
    env = dict(os.environ)
    root = HERE.parent.parent
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(root), str(root / "src")])
    done = subprocess.run(
        [sys.executable, str(HERE / "child_login.py"), str(path), login, password],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture
def office(tmp_path):
    office = build_office(tmp_path / "office.db")
    office.alice.close()
    yield office
    office.director.close()


def test_lockout_holds_across_processes(office, security_tally, record_property):
    outcomes = [_attempt_in_child(office.path, "bruno", "Wrong-Pass-0000") for _ in range(3)]
    assert outcomes == ["InvalidCredentials", "InvalidCredentials", "AccountLocked"]
    # a new process, the right password: still locked
    assert _attempt_in_child(office.path, "bruno", PASSWORD) == "AccountLocked"
    # and in this process too, with a fresh Database object
    with pytest.raises(AccountLocked):
        open_session(office.path, "bruno", PASSWORD, security=SECURITY)
    # another account is not affected
    assert _attempt_in_child(office.path, "alice", PASSWORD) == "ok"
    record_property("faults", 4)


def test_back_off_doubles_and_survives_a_restart(office):
    now = [datetime.now(UTC)]  # not earlier than what the file has seen: that would win
    mono = [1000.0]
    tag = SlotFile.load(slot_path(office.path)).lookup_tag("bruno")
    locks = []

    def restart():
        return AttemptStore(
            office.path, SECURITY.lockout, clock=lambda: now[0], monotonic_clock=lambda: mono[0]
        )

    for _ in range(5):
        until = restart().record_failure(tag)
        locks.append(None if until is None else until - now[0])
        waited = (until - now[0]) if until else timedelta(0)
        now[0] += waited + timedelta(seconds=1)  # wait the lock out, then retry
        mono[0] += (waited + timedelta(seconds=1)).total_seconds()
    first = SECURITY.lockout.first_lock
    assert locks == [None, None, first, 2 * first, 4 * first]
    assert restart().locked_until(tag) is None


def test_unknown_login_gets_the_same_message_and_the_same_work(office, monkeypatch):
    derived = []
    real = KdfParams.derive

    def counting(self, password, salt):
        derived.append(len(salt))
        return real(self, password, salt)

    monkeypatch.setattr(KdfParams, "derive", counting)
    with pytest.raises(InvalidCredentials) as wrong:
        open_session(office.path, "bruno", "Wrong-Pass-0000", security=SECURITY)
    work_wrong = list(derived)
    derived.clear()
    with pytest.raises(InvalidCredentials) as unknown:
        open_session(office.path, "nobody-here", "Wrong-Pass-0000", security=SECURITY)
    assert str(unknown.value) == str(wrong.value)
    assert derived == work_wrong == [16]  # one full KDF run with a salt of the same size


def test_deactivated_users_slot_no_longer_opens_the_database(office):
    bruno = open_session(office.path, "bruno", PASSWORD, security=SECURITY)
    slot_ref, private_key = bruno._slot_ref, bruno._private_key
    bruno.close()
    office.director.admin.deactivate_user(office.bruno_id)
    with pytest.raises(AccountDeactivated):
        open_session(office.path, "bruno", PASSWORD, security=SECURITY)
    with pytest.raises(AccountDeactivated):
        Database.open_with_password(office.path, "bruno", PASSWORD)
    with pytest.raises(AccountDeactivated):  # a private key kept in a keyring is useless too
        Database.open_with_private_key(office.path, slot_ref, private_key)
    slots = SlotFile.load(slot_path(office.path))._data["slots"]
    assert slot_ref not in [s["ref"] for s in slots]  # the active version is gone
    (slot,) = [s for s in slots if s["state"] == "deactivated"]
    assert "private_key" not in slot and slot["sealed"] == {}
    assert _attempt_in_child(office.path, "bruno", PASSWORD) == "AccountDeactivated"
