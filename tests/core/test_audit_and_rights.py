"""Audit chain, refused access audited, and the safety rules on rights."""

from __future__ import annotations

import pytest

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.errors import (
    ConfirmationRequired,
    ConflictError,
    LastAdministrator,
    PermissionDenied,
)
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT, DIRECTOR


def test_out_of_scope_access_is_refused_and_audited(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    theirs = office.client(bruno, "Dupraz")
    contract = office.contract(theirs, "B-1", 1000)
    session = office.login("alice")
    for attempt in (
        lambda: session.clients.get(theirs),
        lambda: session.contracts.get(contract),
        lambda: session.contracts.delete(contract, 1),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    denied = office.director.audit.page(AuditQuery(action="access.denied", user_id=alice))
    assert {(r.entity, r.entity_id) for r in denied} == {("client", theirs), ("contract", contract)}
    assert len(denied) == 3
    assert office.director.audit.verify().ok
    session.close()


def _tamper(office, sql: str) -> None:
    with office.director.database.write() as conn:
        conn.exec_driver_sql(sql)


@pytest.mark.embedded_only
def test_audit_chain_detects_an_edited_entry(office):
    office.add_user("alice", AGENT)
    assert office.director.audit.verify().ok
    _tamper(office, "UPDATE audit_log SET actor = 'someone' WHERE id = 2")
    result = office.director.audit.verify()
    assert not result.ok and result.first_bad_id == 2


@pytest.mark.embedded_only
@pytest.mark.parametrize("which", ["middle", "last"])
def test_audit_chain_detects_a_deleted_entry(office, which):
    office.add_user("alice", AGENT)
    office.add_user("bruno", AGENT)
    where = "id = 2" if which == "middle" else "id = (SELECT max(id) FROM audit_log)"
    _tamper(office, f"DELETE FROM audit_log WHERE {where}")
    assert not office.director.audit.verify().ok


def test_last_administrator_cannot_lose_the_right(office):
    admin = office.director.admin
    me = office.director.user.id
    with pytest.raises(LastAdministrator):
        admin.remove_member(office.role_ids[DIRECTOR], me)
    with pytest.raises(LastAdministrator):
        admin.set_role_rights(office.role_ids[DIRECTOR], [Right.PORTFOLIO_VIEW_ALL])
    with pytest.raises(LastAdministrator):
        admin.delete_role(office.role_ids[DIRECTOR])
    with pytest.raises(LastAdministrator):
        admin.deactivate_user(me)
    assert office.director.can(Right.USERS_MANAGE)


def test_admin_rights_need_confirmation(office):
    admin = office.director.admin
    alice = office.add_user("alice", AGENT)
    with pytest.raises(ConfirmationRequired):
        admin.add_member(office.role_ids[DIRECTOR], alice)
    with pytest.raises(ConfirmationRequired):
        admin.grant_right(alice, Right.ROLES_MANAGE)
    assert Right.ROLES_MANAGE not in {e.right for e in admin.explain_rights(alice)}
    admin.grant_right(alice, Right.ROLES_MANAGE, confirm=True)
    admin.grant_right(alice, Right.PORTFOLIO_VIEW_OWN)
    explained = {e.right: e.sources for e in admin.explain_rights(alice)}
    assert explained[Right.ROLES_MANAGE] == ("direct",)
    assert explained[Right.PORTFOLIO_VIEW_OWN] == (f"role:{AGENT}", "direct")
    # now the director may step down: alice cannot manage users, so still refused
    with pytest.raises(LastAdministrator):
        admin.remove_member(office.role_ids[DIRECTOR], office.director.user.id)
    admin.add_member(office.role_ids[DIRECTOR], alice, confirm=True)
    admin.remove_member(office.role_ids[DIRECTOR], office.director.user.id)
    assert not office.director.can(Right.USERS_MANAGE)
    changes = office.login("alice").audit.count(AuditQuery(action="role."))
    assert changes >= 2


def test_roles_are_created_renamed_and_deleted(office):
    admin = office.director.admin
    role = admin.create_role("Stagiaire", [Right.PORTFOLIO_VIEW_OWN])
    version = next(r.version for r in admin.roles() if r.id == role)
    admin.rename_role(role, "Apprenti", version)
    with pytest.raises(ConflictError):
        admin.rename_role(role, "Apprentie", version)
    assert "Apprenti" in {r.name for r in admin.roles()}
    admin.delete_role(role)
    assert "Apprenti" not in {r.name for r in admin.roles()}


def test_concurrent_edit_gets_a_conflict(office):
    alice = office.add_user("alice", AGENT)
    client_id = office.client(alice, "Favre")
    first = office.director.clients.get(client_id)
    second = office.director.clients.get(client_id)
    office.director.clients.update(client_id, first.as_input(), first.version)
    with pytest.raises(ConflictError):
        office.director.clients.update(client_id, second.as_input(), second.version)
