"""Out-of-scope access by id: alice may edit her own portfolio, split commissions and
manage deadlines, but every operation on bruno's records, or that needs a right she
lacks, is refused with PermissionDenied, changes nothing, and is audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from security_office import PASSWORD, denials, fingerprint

from broker_desktop.core.clients import ClientInput
from broker_desktop.core.commissions import CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.deadlines import DeadlineInput
from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.rights import Right

TODAY = date.today()


def _contract_input(client_id: int, policy: str, **extra) -> ContractInput:
    return ContractInput(
        client_id, 1, 1, policy, TODAY, TODAY + timedelta(days=300), 10_000, **extra
    )


# name -> (operation(session, office), expected audited entity or None[, actor])
OPERATIONS = {
    # clients
    "client.get": (lambda s, o: s.clients.get(o.ids["bruno_client"]), "client"),
    "client.update": (
        lambda s, o: s.clients.update(
            o.ids["bruno_client"], ClientInput(last_name="X", first_name="Y"), 1
        ),
        "client",
    ),
    "client.delete": (lambda s, o: s.clients.delete(o.ids["bruno_client"], 1), "client"),
    "client.create for bruno": (
        lambda s, o: s.clients.create(
            ClientInput(last_name="Vol", first_name="É", agent_id=o.bruno_id)
        ),
        "user",
    ),
    "client.update own to bruno": (
        lambda s, o: s.clients.update(
            o.ids["alice_client"],
            ClientInput(last_name="Alice", first_name="Test", agent_id=o.bruno_id),
            1,
        ),
        "user",
    ),
    # contracts
    "contract.get": (lambda s, o: s.contracts.get(o.ids["bruno_contract"]), "contract"),
    "contract.update": (
        lambda s, o: s.contracts.update(
            o.ids["bruno_contract"], _contract_input(o.ids["bruno_client"], "bruno-1"), 1
        ),
        "contract",
    ),
    "contract.delete": (lambda s, o: s.contracts.delete(o.ids["bruno_contract"], 1), "contract"),
    "contract.create on bruno's client": (
        lambda s, o: s.contracts.create(_contract_input(o.ids["bruno_client"], "NEW-1")),
        "client",
    ),
    "contract.create for bruno": (
        lambda s, o: s.contracts.create(
            _contract_input(o.ids["alice_client"], "NEW-2", agent_id=o.bruno_id)
        ),
        "user",
    ),
    "contract.update own onto bruno's client": (
        lambda s, o: s.contracts.update(
            o.ids["alice_contract"], _contract_input(o.ids["bruno_client"], "alice-1"), 1
        ),
        "client",
    ),
    # commissions and their lines
    # commission reading follows the commission rights, not the portfolio: bruno (view
    # own) tries alice's; alice (manage) would legitimately see his
    "commission.get": (
        lambda s, o: s.commissions.get(o.ids["alice_commission"]),
        "commission",
        "bruno",
    ),
    "commission.create on bruno's contract": (
        lambda s, o: s.commissions.create(
            CommissionInput(o.ids["bruno_contract"], "2027", 1000, (ShareInput(None, 10000),))
        ),
        "contract",
    ),
    "commission.update": (
        lambda s, o: s.commissions.update(
            o.ids["bruno_commission"],
            CommissionInput(o.ids["bruno_contract"], "2026", 1, (ShareInput(o.alice_id, 10000),)),
            1,
        ),
        "contract",
    ),
    "commission.update moved onto bruno's contract": (
        lambda s, o: s.commissions.update(
            o.ids["alice_commission"],
            CommissionInput(o.ids["bruno_contract"], "2025", 50_000, ()),
            1,
        ),
        "contract",
    ),
    "commission.set_shares": (
        lambda s, o: s.commissions.set_shares(
            o.ids["bruno_commission"], (ShareInput(o.alice_id, 10000),), 1
        ),
        "contract",
    ),
    "commission.delete": (
        lambda s, o: s.commissions.delete(o.ids["bruno_commission"], 1),
        "contract",
    ),
    "commission line.get": (
        lambda s, o: s.commissions.get_line(o.ids["alice_line"]),
        "commission_share",
        "bruno",
    ),
    # deadlines
    "deadline.get": (lambda s, o: s.deadlines.get(o.ids["bruno_follow_up"]), "deadline"),
    "deadline.update": (
        lambda s, o: s.deadlines.update(
            o.ids["bruno_follow_up"], DeadlineInput(TODAY, "Volé", owner_id=o.alice_id), 1
        ),
        "deadline",
    ),
    "deadline.set_done": (
        lambda s, o: s.deadlines.set_done(o.ids["bruno_renewal"], True, 1),
        "deadline",
    ),
    "deadline.delete": (lambda s, o: s.deadlines.delete(o.ids["bruno_follow_up"], 1), "deadline"),
    "deadline.create for bruno": (
        lambda s, o: s.deadlines.create(DeadlineInput(TODAY, "X", owner_id=o.bruno_id)),
        "user",
    ),
    "deadline.create on bruno's contract": (
        lambda s, o: s.deadlines.create(
            DeadlineInput(TODAY, "X", contract_id=o.ids["bruno_contract"])
        ),
        "contract",
    ),
    "deadline.create on bruno's client": (
        lambda s, o: s.deadlines.create(DeadlineInput(TODAY, "X", client_id=o.ids["bruno_client"])),
        "client",
    ),
    "deadline.update own onto bruno's client": (
        lambda s, o: s.deadlines.update(
            o.ids["alice_follow_up"],
            DeadlineInput(TODAY, "X", owner_id=o.alice_id, client_id=o.ids["bruno_client"]),
            1,
        ),
        "client",
    ),
    # administration without the right
    "admin.users": (lambda s, o: s.admin.users(), None),
    "admin.roles": (lambda s, o: s.admin.roles(), None),
    "admin.explain_rights of bruno": (lambda s, o: s.admin.explain_rights(o.bruno_id), "user"),
    "admin.create_user": (
        lambda s, o: s.admin.create_user("mallory", "Mallory", "Mallory-Pass-2026"),
        None,
    ),
    "admin.update_user": (lambda s, o: s.admin.update_user(o.bruno_id, "B", 1), "user"),
    "admin.reset_password": (
        lambda s, o: s.admin.reset_password(o.bruno_id, "Hijack-Pass-2026"),
        "user",
    ),
    "admin.deactivate_user": (lambda s, o: s.admin.deactivate_user(o.bruno_id), "user"),
    "admin.reactivate_user": (
        lambda s, o: s.admin.reactivate_user(o.bruno_id, "Hijack-Pass-2026"),
        "user",
    ),
    "admin.unlock_user": (lambda s, o: s.admin.unlock_user(o.bruno_id), "user"),
    "admin.create_role": (lambda s, o: s.admin.create_role("Pirate", list(Right)), None),
    "admin.rename_role": (lambda s, o: s.admin.rename_role(o.any_role, "Pirate", 1), "role"),
    "admin.delete_role": (lambda s, o: s.admin.delete_role(o.any_role), "role"),
    "admin.set_role_rights": (
        lambda s, o: s.admin.set_role_rights(o.any_role, list(Right), confirm=True),
        "role",
    ),
    "admin.add_member": (
        lambda s, o: s.admin.add_member(o.any_role, o.alice_id, confirm=True),
        "role",
    ),
    "admin.remove_member": (lambda s, o: s.admin.remove_member(o.any_role, o.bruno_id), "role"),
    "admin.grant_right to self": (
        lambda s, o: s.admin.grant_right(o.alice_id, Right.USERS_MANAGE, confirm=True),
        "user",
    ),
    "admin.revoke_right": (
        lambda s, o: s.admin.revoke_right(o.bruno_id, Right.PORTFOLIO_VIEW_OWN),
        "user",
    ),
    # moving a contract across books: into bruno's client, or bruno's contract into hers
    "contract.move_to_client into bruno's client": (
        lambda s, o: s.contracts.move_to_client(o.ids["alice_contract"], o.ids["bruno_client"], 1),
        "client",
    ),
    "contract.move_to_client of bruno's contract": (
        lambda s, o: s.contracts.move_to_client(o.ids["bruno_contract"], o.ids["alice_client"], 1),
        "contract",
    ),
    "contract.move_preview into bruno's client": (
        lambda s, o: s.contracts.move_preview(o.ids["alice_contract"], o.ids["bruno_client"]),
        "client",
    ),
    # book transfers without the right
    "transfers.run of bruno's book to her": (
        lambda s, o: s.transfers.run(o.bruno_id, o.alice_id),
        "user",
    ),
    "transfers.preview of bruno's book": (
        lambda s, o: s.transfers.preview(o.bruno_id, o.alice_id, [o.ids["bruno_client"]]),
        "user",
    ),
    "transfers.book of bruno": (lambda s, o: s.transfers.book(o.bruno_id), "user"),
    "transfers.agents": (lambda s, o: s.transfers.agents(), None),
    "transfers.history": (lambda s, o: s.transfers.history(), None),
    "transfers.undo": (lambda s, o: s.transfers.undo(1), "transfer"),
    # reference data and audit log without the right
    "reference.create_insurer": (lambda s, o: s.reference.create_insurer("Pirate SA"), None),
    "reference.update_insurer": (
        lambda s, o: s.reference.update_insurer(1, "Pirate SA", True, 1),
        "insurer",
    ),
    "reference.create_line": (lambda s, o: s.reference.create_line("PIR", "Pi", "Pi"), None),
    "reference.update_line": (lambda s, o: s.reference.update_line(1, "X", "X", False, 1), "line"),
    "audit.page": (lambda s, o: s.audit.page(), "audit_log"),
    "audit.count": (lambda s, o: s.audit.count(), "audit_log"),
    "audit.verify": (lambda s, o: s.audit.verify(), "audit_log"),
}


@pytest.fixture(scope="module")
def office(sec_office):
    sec_office.any_role = next(iter(sec_office.role_ids.values()))
    sec_office.bruno = sec_office.login("bruno")
    yield sec_office
    sec_office.bruno.close()


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_refused_changes_nothing_and_is_audited(office, name, security_tally):
    operation, entity, *actor = OPERATIONS[name]
    actor = actor[0] if actor else "alice"
    session = office.alice if actor == "alice" else office.bruno
    actor_id = office.alice_id if actor == "alice" else office.bruno_id
    director = office.director
    before = fingerprint(director)
    audited = len(denials(director, actor_id))
    security_tally.bad_inputs += 1
    security_tally.out_of_scope += 1
    with pytest.raises(PermissionDenied) as refused:
        operation(session, office)
    assert refused.value.audited
    assert fingerprint(director) == before, "a refused operation wrote something"
    after = denials(director, actor_id)
    assert len(after) == audited + 1
    latest = max(after, key=lambda r: r.id)
    assert latest.actor == actor
    if entity is not None:
        assert latest.entity == entity
    assert director.audit.verify().ok


def test_her_own_records_stay_writable(office):
    """The refusals above are about scope and rights, not a broken account."""
    alice = office.alice
    client = alice.clients.get(office.ids["alice_client"])
    assert client.agent_id == office.alice_id
    assert alice.contracts.get(office.ids["alice_contract"]).agent_id == office.alice_id
    assert alice.deadlines.get(office.ids["alice_follow_up"]).owner_id == office.alice_id
    assert alice.commissions.get_line(office.ids["alice_line"]).beneficiary_id == office.alice_id
    assert office.login("alice", PASSWORD).rights() == alice.rights()
