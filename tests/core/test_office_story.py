"""The office story, played on a real encrypted database."""

from __future__ import annotations

import pytest

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.commissions import CommissionInput, CommissionQuery, ShareInput
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.errors import PermissionDenied, ValidationError
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT, SECRETARY, TOTAL_VISIBILITY


@pytest.fixture
def story(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    a1 = office.client(alice, "Dupontel")
    a2 = office.client(alice, "Favre")
    b1 = office.client(bruno, "Dupraz")
    ka = office.contract(a1, "A-1", 100_000)
    ka2 = office.contract(a2, "A-2", 50_000)
    kb = office.contract(b1, "B-1", 70_000)
    ca = office.commission(ka, 20_000, (alice, 6000), (None, 4000))
    cb = office.commission(kb, 10_000, (bruno, 5000), (alice, 1000), (None, 4000))
    return dict(alice=alice, bruno=bruno, a1=a1, a2=a2, b1=b1, ka=ka, ka2=ka2, kb=kb, ca=ca, cb=cb)


def test_agents_cannot_see_each_other(office, story):
    alice = office.login("alice")
    bruno = office.login("bruno")
    # lists and counts
    assert {r.id for r in alice.clients.page()} == {story["a1"], story["a2"]}
    assert {r.id for r in bruno.clients.page()} == {story["b1"]}
    assert alice.contracts.count() == 2 and bruno.contracts.count() == 1
    # sums
    assert alice.contracts.premium_total() == 150_000
    assert bruno.contracts.premium_total() == 70_000
    # search: "Dup" matches Dupontel (alice) and Dupraz (bruno)
    assert [r.name for r in alice.clients.page(ClientQuery(search="dup"))] == ["Dupontel Jean"]
    assert [r.name for r in bruno.clients.page(ClientQuery(search="Dup"))] == ["Dupraz Jean"]
    assert alice.clients.count(ClientQuery(search="dupraz")) == 0
    # by id
    with pytest.raises(PermissionDenied):
        alice.clients.get(story["b1"])
    with pytest.raises(PermissionDenied):
        bruno.contracts.get(story["ka"])
    assert alice.contracts.get(story["ka"]).premium_cents == 100_000
    # commissions: own share lines only, no totals, no percentages
    lines = alice.commissions.page()
    assert sorted(r.amount_cents for r in lines) == [1_000, 12_000]
    assert {r.beneficiary_id for r in lines} == {story["alice"]}
    assert "commission_cents" not in alice.commissions.columns()
    assert not hasattr(lines[0], "commission_cents") and not hasattr(lines[0], "share_bp")
    assert alice.commissions.sum() == 13_000
    assert bruno.commissions.sum() == 5_000
    bruno_line = bruno.commissions.page()[0]
    with pytest.raises(PermissionDenied):
        alice.commissions.get_line(bruno_line.id)
    with pytest.raises(PermissionDenied):
        alice.commissions.get(story["cb"])
    # deadlines: each agent his own
    assert {r.owner_id for r in alice.deadlines.page()} == {story["alice"]}
    assert bruno.deadlines.count() == 2
    # read-only
    with pytest.raises(PermissionDenied):
        alice.clients.create(ClientInput(kind="person", last_name="X", first_name="Y"))
    alice.close()
    bruno.close()


def test_director_sees_everything(office, story):
    d = office.director
    assert d.clients.count() == 3 and d.contracts.count() == 3
    assert d.contracts.premium_total() == 220_000
    assert d.commissions.sum() == 30_000
    assert "commission_cents" in d.commissions.columns()
    assert d.commissions.count(CommissionQuery(beneficiary_id=story["alice"])) == 2
    assert d.deadlines.count() == 6


def test_secretary_edits_contracts_but_sees_commissions_only_when_granted(office, story):
    office.add_user("sec", SECRETARY)
    sec = office.login("sec")
    contract = sec.contracts.get(story["kb"])
    sec.contracts.update(
        contract.id,
        contract.__class__(**{**contract.__dict__, "premium_cents": 75_000}).as_input(),
        contract.version,
    )
    assert sec.contracts.get(story["kb"]).premium_cents == 75_000
    assert sec.commissions.count() == 0 and sec.commissions.sum() == 0
    assert "amount_cents" in sec.commissions.columns()  # the key exists but no line does
    with pytest.raises(PermissionDenied):
        sec.commissions.get(story["ca"])
    with pytest.raises(PermissionDenied):
        sec.commissions.create(CommissionInput(story["ka2"], "2026", 1000))

    sec_id = sec.user.id
    office.director.admin.grant_right(sec_id, Right.COMMISSIONS_MANAGE)
    assert sec.can(Right.COMMISSIONS_MANAGE)  # same session, next call
    assert sec.commissions.sum() == 30_000
    new = sec.commissions.create(
        CommissionInput(
            story["ka2"], "2026", 9_999, (ShareInput(story["alice"], 3333), ShareInput(None, 6667))
        )
    )
    assert [s.amount_cents for s in sec.commissions.get(new).shares] == [3333, 6666]
    with pytest.raises(ValidationError) as err:
        sec.commissions.set_shares(
            new, (ShareInput(story["alice"], 6000), ShareInput(story["bruno"], 5000)), 1
        )
    assert err.value.errors["shares"].code == "shares_exceed_total"
    sec.commissions.set_shares(new, (ShareInput(story["alice"], 10_000),), 1)
    assert sec.commissions.get(new).shares[0].amount_cents == 9_999
    alice = office.login("alice")
    assert alice.commissions.sum() == 13_000 + 9_999
    sec.close()
    alice.close()


def test_total_visibility_sees_every_deadline_and_nothing_more(office, story):
    office.add_user("vera", TOTAL_VISIBILITY)
    vera = office.login("vera")
    assert vera.deadlines.count() == office.director.deadlines.count() == 6
    assert vera.clients.count() == 0 and vera.contracts.count() == 0
    assert vera.contracts.premium_total() == 0
    assert vera.commissions.count() == 0 and vera.commissions.sum() == 0
    with pytest.raises(PermissionDenied):
        vera.clients.get(story["a1"])
    with pytest.raises(PermissionDenied):
        vera.audit.count()
    vera.close()


def test_two_roles_give_the_union_and_membership_removal_applies_at_next_call(office, story):
    marc = office.add_user("marc", AGENT, TOTAL_VISIBILITY)
    office.client(marc, "Bonvin")
    session = office.login("marc")
    assert session.clients.count() == 1  # own portfolio (Agent)
    assert session.deadlines.count() == 6  # every deadline (Visibilité totale)
    assert set(session.role_names()) == {AGENT, TOTAL_VISIBILITY}
    office.director.admin.remove_member(office.role_ids[TOTAL_VISIBILITY], marc)
    assert session.deadlines.count() == 0  # no restart: the next call sees the change
    assert session.clients.count() == 1
    office.director.admin.remove_member(office.role_ids[AGENT], marc)
    assert session.clients.count() == 0
    assert session.rights() == frozenset()
    session.close()


def test_deadline_filters_and_search_scoped(office, story):
    alice = office.login("alice")
    assert alice.deadlines.count(DeadlineQuery(kind="renewal")) == 2
    assert alice.contracts.count(ContractQuery(client_id=story["b1"])) == 0
    alice.close()
