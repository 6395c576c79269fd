"""Accounts: password policy and bcrypt's limit, forced change, lockout across restarts,
deactivation, recovery."""

from __future__ import annotations

import pytest
from tests.core.conftest import NEW_PASSWORD, PASSWORD, USER_PASSWORD

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.errors import ValidationError
from broker_desktop.core.office import (
    PasswordChangeRequired,
    SecurityParams,
    open_session,
    recover_account,
)
from broker_desktop.core.seed import AGENT
from broker_desktop.security.passwords import rounds_of
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.errors import AccountDeactivated, AccountLocked, InvalidCredentials
from broker_desktop.storage.slots import SlotFile


def test_password_over_72_bytes_is_refused_not_truncated(office):
    long = "Aé1!" + "é" * 40  # 44 characters, 84 bytes
    with pytest.raises(ValidationError) as err:
        office.director.admin.create_user("alice", "Alice", long)
    assert err.value.errors["password"].code == "password_too_long"
    assert "72 bytes" in str(err.value)
    with pytest.raises(ValidationError) as err:
        office.director.change_password(PASSWORD, long)
    assert err.value.errors["new_password"].code == "password_too_long"


def test_password_policy(office):
    for weak, code in (
        ("short1A!", "password_too_short"),
        ("alllowercaseletters", "password_too_simple"),
    ):
        with pytest.raises(ValidationError) as err:
            office.director.admin.create_user("bob", "Bob", weak)
        assert err.value.errors["password"].code == code


@pytest.mark.embedded_only
def test_first_login_forces_a_password_change_that_rewraps_the_key_slot(office):
    office.add_user("alice", AGENT)
    session = open_session(office.path, "Alice", USER_PASSWORD, security=office.security)
    assert session.must_change_password
    with pytest.raises(PasswordChangeRequired):
        session.clients.count()
    session.change_password(USER_PASSWORD, NEW_PASSWORD)
    assert session.clients.count() == 0
    session.close()
    with pytest.raises(InvalidCredentials):
        open_session(office.path, "alice", USER_PASSWORD, security=office.security)
    again = open_session(office.path, "ALICE", NEW_PASSWORD, security=office.security)
    assert not again.must_change_password
    again.close()
    # an administrator's reset forces the change again
    office.director.admin.reset_password(again.user.id, "Reset-Pass-42")
    third = open_session(office.path, "alice", "Reset-Pass-42", security=office.security)
    assert third.must_change_password
    third.close()


@pytest.mark.embedded_only
def test_lockout_survives_restarts_and_unknown_logins_get_the_same_message(office):
    office.add_user("alice", AGENT)
    for _ in range(2):  # every attempt is a fresh "restart": no session object survives
        with pytest.raises(InvalidCredentials) as err:
            open_session(office.path, "alice", "Wrong-Pass-000", security=office.security)
    with pytest.raises(InvalidCredentials) as unknown:
        open_session(office.path, "nobody", "Wrong-Pass-000", security=office.security)
    assert str(unknown.value) == str(err.value)
    with pytest.raises(AccountLocked):
        open_session(office.path, "alice", "Wrong-Pass-000", security=office.security)
    with pytest.raises(AccountLocked):  # even the right password, until the lock ends
        open_session(office.path, "alice", USER_PASSWORD, security=office.security)
    alice_id = next(u.id for u in office.director.admin.users() if u.login == "alice")
    office.director.admin.unlock_user(alice_id)
    session = open_session(office.path, "alice", USER_PASSWORD, security=office.security)
    session.close()
    failed = office.director.audit.page(AuditQuery(action="login.failed"))
    assert len([r for r in failed if r.user_id == alice_id]) == 3
    assert len([r for r in failed if r.user_id is None]) == 1


@pytest.mark.embedded_only
def test_deactivated_account_cannot_log_in(office):
    alice = office.add_user("alice", AGENT)
    office.director.admin.deactivate_user(alice)
    with pytest.raises(AccountDeactivated):
        open_session(office.path, "alice", USER_PASSWORD, security=office.security)


@pytest.mark.embedded_only
def test_bcrypt_cost_change_rehashes_at_login(office):
    office.director.close()
    stronger = SecurityParams(kdf=office.security.kdf, bcrypt_rounds=5)
    session = open_session(office.path, "directeur", PASSWORD, security=stronger)
    with session.database.read() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash FROM users WHERE login='directeur'"
        ).scalar()
    assert rounds_of(stored) == 5
    office.director = session


@pytest.mark.embedded_only
def test_recovery_code_recreates_a_lost_key_file(office):
    office.director.close()
    slot_path(office.path).unlink()
    recover_account(
        office.path, office.recovery_code, "directeur", "Recovered-Pass-9", security=office.security
    )
    session = open_session(office.path, "directeur", "Recovered-Pass-9", security=office.security)
    assert session.audit.count() > 0
    office.director = session


@pytest.mark.embedded_only
def test_a_slot_of_no_users_login_survives_opens_and_account_changes(office):
    """The office server's own slot has no user row: it is not an orphan to remove."""
    db = office.director.database
    with db.slots() as slots:
        server_ref = slots.add_slot(db.key, "server-slot", "a long server secret")
    office.add_user("agent1", "Agent")
    office.login("agent1").close()
    office.director.close()
    office.open("directeur", PASSWORD).close()
    assert server_ref in SlotFile.load(slot_path(office.path)).slot_refs()
