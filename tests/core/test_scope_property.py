"""Random roles, rights, memberships, direct grants and data: every read service must
agree with a small independent model of who may see what."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import FAST_KDF

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.commissions import CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.deadlines import DeadlineInput
from broker_desktop.core.office import SecurityParams, create_office, open_session
from broker_desktop.core.rights import Right

SECURITY = SecurityParams(kdf=FAST_KDF, bcrypt_rounds=4)
USERS = 3
# The rights that decide visibility, plus one that must not change it.
SCOPE_RIGHTS = sorted(
    {
        Right.PORTFOLIO_VIEW_OWN,
        Right.PORTFOLIO_VIEW_ALL,
        Right.COMMISSIONS_VIEW_OWN,
        Right.COMMISSIONS_VIEW_ALL,
        Right.COMMISSIONS_MANAGE,
        Right.DEADLINES_VIEW_OWN,
        Right.DEADLINES_VIEW_ALL,
        Right.PORTFOLIO_EDIT,
    }
)
NAMES = ("Favre", "Favrod", "Rochat", "Rossi", "Bonvin")
FRAGMENTS = ("fav", "ros", "och", "vin", "zzz")

rights_sets = st.frozensets(st.sampled_from(SCOPE_RIGHTS), max_size=3)
office_spec = st.fixed_dictionaries(
    {
        "roles": st.lists(rights_sets, min_size=1, max_size=3),
        "memberships": st.lists(st.frozensets(st.integers(0, 2)), min_size=USERS, max_size=USERS),
        "grants": st.lists(rights_sets, min_size=USERS, max_size=USERS),
        # agent of each client: a user index, or -1 for the director
        "clients": st.lists(
            st.tuples(st.integers(-1, USERS - 1), st.sampled_from(NAMES)), min_size=2, max_size=5
        ),
        "contracts": st.lists(
            st.tuples(st.integers(0, 4), st.integers(0, 10**7)), min_size=2, max_size=6
        ),
        "shares": st.lists(
            st.lists(
                st.tuples(st.integers(-1, USERS), st.integers(1, 3000)), min_size=1, max_size=3
            ),
            min_size=2,
            max_size=6,
        ),
        "follow_ups": st.lists(st.integers(-1, USERS - 1), max_size=3),
    }
)


def _model_rights(spec, i) -> frozenset[Right]:
    rights = set(spec["grants"][i])
    for role in spec["memberships"][i]:
        if role < len(spec["roles"]):
            rights |= spec["roles"][role]
    return frozenset(rights)


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(spec=office_spec)
def test_every_read_service_matches_the_reference_model(spec):
    with tempfile.TemporaryDirectory() as tmp:
        _check(Path(tmp) / "office.db", spec)


def _check(path, spec):
    director, _code = create_office(
        path,
        login="boss",
        display_name="Boss",
        password="Chief-Pass-2026",  # noqa: S106
        security=SECURITY,
    )
    admin = director.admin
    role_ids = [admin.create_role(f"R{i}", rights) for i, rights in enumerate(spec["roles"])]
    user_ids = []
    for i in range(USERS):
        uid = admin.create_user(
            f"user{i}", f"User {i}", "Member-Pass-2026", must_change_password=False
        )
        user_ids.append(uid)
        for role in spec["memberships"][i]:
            if role < len(role_ids):
                admin.add_member(role_ids[role], uid, confirm=True)
        for right in spec["grants"][i]:
            admin.grant_right(uid, right)
    people = [*user_ids, director.user.id]  # index -1 is the director
    clients = []  # (id, agent, name)
    for agent_index, name in spec["clients"]:
        agent = people[agent_index]
        cid = director.clients.create(
            ClientInput(kind="person", last_name=name, first_name="Anne", agent_id=agent)
        )
        clients.append((cid, agent, f"{name} Anne"))
    contracts = []  # (id, agent, premium)
    today = date.today()
    for n, (client_index, premium) in enumerate(spec["contracts"]):
        cid, agent, _name = clients[client_index % len(clients)]
        kid = director.contracts.create(
            ContractInput(cid, 1, 1, f"P{n}", today, today + timedelta(days=30 + n), premium)
        )
        contracts.append((kid, agent, premium))
    lines = []  # (beneficiary, amount)
    for kid_index, shares in enumerate(spec["shares"][: len(contracts)]):
        beneficiaries = {}
        for who, bp in shares:
            beneficiaries[None if who == USERS else people[who]] = bp
        commission = director.commissions.create(
            CommissionInput(
                contracts[kid_index][0],
                "2026",
                12_345,
                tuple(ShareInput(b, bp) for b, bp in beneficiaries.items()),
            )
        )
        for share in director.commissions.get(commission).shares:
            lines.append((share.id, share.beneficiary_id, share.amount_cents))
    deadlines = [(kid, agent) for kid, agent, _p in contracts for _kind in (1, 2)]
    for owner_index in spec["follow_ups"]:
        director.deadlines.create(DeadlineInput(today, "Rappeler", owner_id=people[owner_index]))
        deadlines.append((None, people[owner_index]))
    director.close()

    for i, uid in enumerate(user_ids):
        rights = _model_rights(spec, i)
        session = open_session(path, f"user{i}", "Member-Pass-2026", security=SECURITY)
        try:
            assert session.rights() == rights

            def portfolio(agent, rights=rights, uid=uid):
                return Right.PORTFOLIO_VIEW_ALL in rights or (
                    Right.PORTFOLIO_VIEW_OWN in rights and agent == uid
                )

            seen_clients = [c for c in clients if portfolio(c[1])]
            assert sorted(r.id for r in session.clients.page(limit=1000)) == sorted(
                c[0] for c in seen_clients
            )
            assert session.clients.count() == len(seen_clients)
            for fragment in FRAGMENTS:
                expected = sorted(c[0] for c in seen_clients if fragment in c[2].casefold())
                query = ClientQuery(search=fragment)
                assert sorted(r.id for r in session.clients.page(query)) == expected
                assert session.clients.count(query) == len(expected)

            seen_contracts = [k for k in contracts if portfolio(k[1])]
            assert sorted(r.id for r in session.contracts.page(limit=1000)) == sorted(
                k[0] for k in seen_contracts
            )
            assert session.contracts.count() == len(seen_contracts)
            assert session.contracts.premium_total() == sum(k[2] for k in seen_contracts)

            all_lines = bool({Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE} & rights)
            seen_lines = [
                x
                for x in lines
                if all_lines or (Right.COMMISSIONS_VIEW_OWN in rights and x[1] == uid)
            ]
            page = session.commissions.page(limit=1000)
            assert sorted(r.id for r in page) == sorted(x[0] for x in seen_lines)
            assert session.commissions.count() == len(seen_lines)
            assert session.commissions.sum() == sum(x[2] for x in seen_lines)
            assert ("commission_cents" in session.commissions.columns()) == all_lines
            assert all(hasattr(r, "commission_cents") == all_lines for r in page)

            seen_deadlines = [
                d
                for d in deadlines
                if Right.DEADLINES_VIEW_ALL in rights
                or (Right.DEADLINES_VIEW_OWN in rights and d[1] == uid)
            ]
            assert session.deadlines.count() == len(seen_deadlines)
            assert sorted(r.owner_id for r in session.deadlines.page(limit=1000)) == sorted(
                d[1] for d in seen_deadlines
            )
        finally:
            session.close()
