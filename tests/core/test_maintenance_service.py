"""Backups, key changes and restores by the office's administrators."""

from __future__ import annotations

import pytest
from tests.core.conftest import NEW_PASSWORD, PASSWORD

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.office import open_session
from broker_desktop.core.restore import restore_from_backup
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import DatabaseInUse, WrongKey


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
def test_restore_needs_a_user_who_may_manage_users_in_the_backup(office, tmp_path):
    office.add_user("agent1", "Agent")
    agent = office.login("agent1")
    agent.close()
    backup = office.director.maintenance.backup(tmp_path / "monday.db")
    office.director.close()
    before = office.path.read_bytes()
    with pytest.raises(PermissionDenied):
        restore_from_backup(office.path, backup, "agent1", NEW_PASSWORD, security=office.security)
    assert office.path.read_bytes() == before


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
