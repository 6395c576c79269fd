"""Backups, key changes and restores by the office's administrators."""

from __future__ import annotations

import pytest
from tests.core.conftest import NEW_PASSWORD, PASSWORD

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.office import create_office, open_session
from broker_desktop.core.restore import restore_from_backup
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import (
    AccountLocked,
    BackupOfAnotherOffice,
    DatabaseInUse,
    InvalidCredentials,
    StorageError,
    WrongKey,
)


def actions(session) -> list[str]:
    return [row.action for row in session.audit.page(AuditQuery(), from_end=True, limit=50)]


@pytest.mark.embedded_only
def test_director_backs_up_and_restores_after_a_mistake(office, tmp_path):
    agent = office.add_user("agent1", "Agent")
    client = office.client(agent, "Keller")
    office.contract(client, "P-1", 12_000)
    backup = office.director.maintenance.backup(tmp_path / "backups" / "monday.db")
    assert "database.backup" in actions(office.director)
    office.contract(client, "P-2", 5_000)  # made after the backup: lost by the restore
    office.director.close()

    moved = restore_from_backup(
        office.path, backup, "directeur", PASSWORD, security=office.security
    )
    assert moved is not None and moved.exists()  # the replaced file is kept aside
    director = open_session(office.path, "directeur", PASSWORD, security=office.security)
    try:
        assert director.contracts.count() == 1
        assert "database.restore" in actions(director)
    finally:
        director.close()


@pytest.mark.embedded_only
def test_restore_needs_a_user_who_may_manage_users_in_the_current_office(office, tmp_path):
    office.add_user("agent1", "Agent")
    agent = office.login("agent1")
    agent.close()
    backup = office.director.maintenance.backup(tmp_path / "backups" / "monday.db")
    office.director.close()
    backup_before = _files(backup.parent)
    with pytest.raises(PermissionDenied):
        restore_from_backup(office.path, backup, "agent1", NEW_PASSWORD, security=office.security)
    assert not _replaced(office)
    assert _files(backup.parent) == backup_before  # nothing written into the backup
    director = open_session(office.path, "directeur", PASSWORD, security=office.security)
    try:
        assert "access.denied" in actions(director)  # the refusal is in the current log
    finally:
        director.close()


def _replaced(office) -> list:
    return list(office.path.parent.glob("*.replaced-*"))


def _files(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _other_office(tmp_path, security):
    """agent1's own office, where he is the director: what he would like to restore."""
    other = tmp_path / "elsewhere" / "office.db"
    own, code = create_office(
        other, login="agent1", display_name="Agent Un", password=NEW_PASSWORD, security=security
    )
    try:
        return own.maintenance.backup(tmp_path / "elsewhere" / "backup.db"), code
    finally:
        own.close()


@pytest.mark.embedded_only
def test_a_backup_of_another_office_is_refused_to_its_own_director_and_to_ours(office, tmp_path):
    office.add_user("agent1", "Agent")
    office.login("agent1").close()
    office.director.close()
    backup, _code = _other_office(tmp_path, office.security)
    backup_before = _files(backup.parent)
    # agent1 is director only in his own office: here he may not manage users
    with pytest.raises(PermissionDenied):
        restore_from_backup(office.path, backup, "agent1", NEW_PASSWORD, security=office.security)
    # our director may, but not with another office's file
    with pytest.raises(BackupOfAnotherOffice):
        restore_from_backup(office.path, backup, "directeur", PASSWORD, security=office.security)
    # nor with the other office's recovery code
    with pytest.raises((WrongKey, BackupOfAnotherOffice)):
        restore_from_backup(
            office.path, backup, "", "", security=office.security, recovery_code=_code
        )
    assert not _replaced(office)
    assert _files(backup.parent) == backup_before
    # replacing the office by another one: explicitly, with the code of the one replaced
    with pytest.raises(WrongKey):
        restore_from_backup(
            office.path,
            backup,
            "agent1",
            NEW_PASSWORD,
            security=office.security,
            recovery_code=_code,
            another_office=True,
        )
    moved = restore_from_backup(
        office.path,
        backup,
        "agent1",  # an account of the backup: it only opens the file
        NEW_PASSWORD,
        security=office.security,
        recovery_code=office.recovery_code,
        another_office=True,
    )
    assert moved is not None and moved.exists()
    open_session(office.path, "agent1", NEW_PASSWORD, security=office.security).close()


@pytest.mark.embedded_only
def test_a_damaged_database_is_restored_with_its_recovery_code(office, tmp_path):
    backup = office.director.maintenance.backup(tmp_path / "monday.db")
    office.director.close()
    office.path.write_bytes(b"\x00" * 8192)  # damaged beyond opening
    with pytest.raises(StorageError):  # the password cannot prove anything here
        restore_from_backup(office.path, backup, "directeur", PASSWORD, security=office.security)
    restore_from_backup(
        office.path, backup, "", "", security=office.security, recovery_code=office.recovery_code
    )
    open_session(office.path, "directeur", PASSWORD, security=office.security).close()


@pytest.mark.embedded_only
def test_a_backup_taken_before_a_key_change_is_opened_with_the_users_slot_in_it(office, tmp_path):
    backup = office.director.maintenance.backup(tmp_path / "monday.db")
    office.director.maintenance.change_key()
    office.director.close()
    restore_from_backup(office.path, backup, "directeur", PASSWORD, security=office.security)
    open_session(office.path, "directeur", PASSWORD, security=office.security).close()


@pytest.mark.embedded_only
def test_wrong_passwords_at_restore_are_counted_and_locked_out_like_at_login(office, tmp_path):
    """A backup taken before a key change opens only with a slot in it: the password
    tried there goes through the login's lockout, counted beside the current database."""
    backup = office.director.maintenance.backup(tmp_path / "monday.db")
    code = office.director.maintenance.change_key()
    office.director.close()
    policy = office.security.lockout
    assert policy is not None and policy.free_attempts >= 2

    def restore(password: str):
        return restore_from_backup(
            office.path, backup, "directeur", password, security=office.security, recovery_code=code
        )

    # one wrong password at the login window, the others at the restore: one counter
    with pytest.raises(InvalidCredentials):
        open_session(office.path, "directeur", "Wrong-Pass-1", security=office.security)
    for attempt in range(2, policy.free_attempts):
        with pytest.raises(WrongKey):
            restore(f"Wrong-Pass-{attempt}")
    with pytest.raises(AccountLocked):  # the failure that reaches the limit locks
        restore(f"Wrong-Pass-{policy.free_attempts}")
    # locked for both: the right password no longer restores nor logs in
    with pytest.raises(AccountLocked):
        restore(PASSWORD)
    with pytest.raises(AccountLocked):
        open_session(office.path, "directeur", PASSWORD, security=office.security)
    assert not _replaced(office)
    assert not list(tmp_path.glob("monday.db.attempts*"))  # nothing written beside the backup


def test_agent_may_not_back_up_nor_change_the_key(office, tmp_path):
    office.add_user("agent1", "Agent")
    agent = office.login("agent1")
    try:
        with pytest.raises(PermissionDenied):
            agent.maintenance.backup(tmp_path / "copy.db")
        with pytest.raises(PermissionDenied):
            agent.maintenance.change_key()
        with pytest.raises(PermissionDenied):
            agent.maintenance.recovery_code()
        assert not (tmp_path / "copy.db").exists()
    finally:
        agent.close()


def test_key_change_after_someone_leaves(office):
    leaver = office.add_user("agent1", "Agent")
    office.add_user("agent2", "Agent")
    office.login("agent1").close()
    office.login("agent2").close()
    office.director.admin.deactivate_user(leaver)
    old_code = office.recovery_code
    new_code = office.director.maintenance.change_key()
    assert new_code != old_code
    assert "database.rekey" in actions(office.director)
    assert office.director.maintenance.recovery_code() == new_code
    office.director.close()
    with pytest.raises(WrongKey):
        Database.open_with_recovery_code(office.path, old_code)
    Database.open_with_recovery_code(office.path, new_code).close()
    # the remaining colleague still opens with his own password
    office.login("agent2").close()


def test_key_change_is_refused_while_another_session_has_the_file(office):
    office.add_user("agent1", "Agent")
    other = office.login("agent1")  # the same process, another open: like a second PC
    try:
        with pytest.raises(DatabaseInUse):
            office.director.maintenance.change_key()
        assert other.contracts.count() == 0  # the other session is unaffected
    finally:
        other.close()
