"""One rule for a client and its contracts (docs/security.md): the contract a colleague
manages for my client shows under my client, and the colleague finds the client through
it; deadlines follow the contract; a refusal names the right actually missing."""

from __future__ import annotations

import pytest

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT, SECRETARY


@pytest.fixture
def cross(office):
    """agent1's client Baumann with CROSS-1 managed by agent2, and agent2's own client."""
    agent1 = office.add_user("agent1", AGENT)
    agent2 = office.add_user("agent2", AGENT)
    baumann = office.client(agent1, "Baumann", "Chloé")
    own = office.contract(baumann, "OWN-1", 100_00)
    muller = office.client(agent2, "Müller", "Pierre")
    other = office.contract(muller, "M-1", 100_00)
    director = office.director
    data = director.contracts.get(own).as_input()
    cross = director.contracts.create(
        type(data)(**{**data.__dict__, "policy_number": "CROSS-1", "agent_id": agent2})
    )
    return office, agent1, agent2, baumann, muller, own, cross, other


def test_both_agents_reach_a_contract_managed_for_a_colleague_s_client(cross):
    office, agent1, agent2, baumann, muller, own, cross_id, other = cross
    first, second = office.login("agent1"), office.login("agent2")
    try:
        # agent1: his client, both of its contracts, not agent2's client
        assert [r.id for r in first.clients.page()] == [baumann]
        on_client = first.contracts.page(ContractQuery(client_id=baumann))
        assert sorted(r.id for r in on_client) == sorted([own, cross_id])
        assert first.contracts.get(cross_id).agent_id == agent2
        # agent2: finds the client through the contract he manages, sees only that one
        assert sorted(r.id for r in second.clients.page()) == sorted([baumann, muller])
        assert second.clients.get(baumann).agent_id == agent1
        assert [r.id for r in second.contracts.page(ContractQuery(client_id=baumann))] == [cross_id]
        with pytest.raises(PermissionDenied):
            second.contracts.get(own)
        # deadlines follow the contract: agent2 owns them, agent1 sees them on his client's
        # contract too, and the contract behind each is reachable for both
        for session in (first, second):
            rows = session.deadlines.page(DeadlineQuery(contract_id=cross_id))
            assert sorted(r.kind for r in rows) == ["cancel_by", "renewal"]
            assert {r.owner_id for r in rows} == {agent2}
            assert session.contracts.get(cross_id).id == cross_id
        assert first.clients.count(ClientQuery(search="Baumann")) == 1
        assert second.clients.count(ClientQuery(search="Baumann")) == 1
    finally:
        first.close()
        second.close()


def test_a_refused_read_names_the_view_all_right_and_the_audit_says_the_same(cross):
    office, agent1, _agent2, _baumann, muller, *_ = cross
    first = office.login("agent1")
    try:
        with pytest.raises(PermissionDenied) as refused:
            first.clients.get(muller)
        assert refused.value.right == Right.PORTFOLIO_VIEW_ALL
        denial = office.director.audit.page(
            AuditQuery(action="access.denied", user_id=agent1), limit=5
        )[0]
        assert "portfolio.view_all" in str(denial.detail)
        assert denial.entity == "client" and denial.entity_id == muller
    finally:
        first.close()


def test_an_agent_of_the_contract_edits_it_without_taking_the_client(office):
    """With the edit right, the colleague who manages the contract may change it; the
    client's agent may change the client; neither can hand records to a third person."""
    agent1 = office.add_user("agent1", AGENT)
    agent2 = office.add_user("agent2", SECRETARY)
    director = office.director
    secretary = office.role_ids[SECRETARY]
    director.admin.set_role_rights(
        secretary, {Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_EDIT, Right.DEADLINES_VIEW_OWN}
    )
    baumann = office.client(agent1, "Baumann", "Chloé")
    base = director.contracts.get(office.contract(baumann, "OWN-1", 100_00)).as_input()
    cross_id = director.contracts.create(
        type(base)(**{**base.__dict__, "policy_number": "CROSS-2", "agent_id": agent2})
    )
    second = office.login("agent2")
    try:
        current = second.contracts.get(cross_id)
        data = current.as_input()
        second.contracts.update(
            cross_id, type(data)(**{**data.__dict__, "premium_cents": 250_00}), current.version
        )
        assert director.contracts.get(cross_id).premium_cents == 250_00
        client = second.clients.get(baumann)
        changed = type(client.as_input())(**{**client.as_input().__dict__, "city": "Sion"})
        second.clients.update(baumann, changed, client.version)
        assert director.clients.get(baumann).agent_id == agent1  # not taken over
        with pytest.raises(PermissionDenied) as refused:
            stolen = type(changed)(**{**changed.__dict__, "agent_id": agent2})
            second.clients.update(baumann, stolen, second.clients.get(baumann).version)
        assert refused.value.right == Right.PORTFOLIO_VIEW_ALL
    finally:
        second.close()
