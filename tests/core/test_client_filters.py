"""The clients list filtered by insurer, line and contract status: clients having at least
one matching contract among those the user may see, keyset-paged like every listing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.seed import AGENT


def names(service, query: ClientQuery) -> list[str]:
    return [row.name for row in service.page(query, limit=100)]


def paged_by_one(service, query: ClientQuery) -> list[str]:
    rows, after = [], None
    while True:
        page = service.page(query, after=after, limit=1)
        if not page:
            return rows
        rows.append(page[0].name)
        after = page[0].cursor


def build(office):
    anna = office.add_user("anna", AGENT)
    bruno = office.add_user("bruno", AGENT)
    dupont = office.client(anna, "Dupont")
    favre = office.client(anna, "Favre")
    office.client(anna, "Gerber")  # no contract at all
    rochat = office.client(bruno, "Rochat")
    office.contract(dupont, "D-1", 100_00, insurer=1, line=1)
    office.contract(favre, "F-1", 200_00, expiry=date.today() - timedelta(days=3), insurer=2)
    office.contract(rochat, "R-1", 300_00, insurer=1, line=2)
    # a colleague's contract on Anna's client: both see it, bruno sees nothing else of
    # Dupont's (a filter must not reveal Anna's other contracts to him)
    office.director.contracts.create(
        ContractInput(
            client_id=dupont,
            insurer_id=3,
            line_id=3,
            policy_number="D-BRUNO",
            start_date=date.today() - timedelta(days=30),
            expiry_date=date.today() + timedelta(days=300),
            premium_cents=50_00,
            agent_id=bruno,
        )
    )


def test_director_filters_clients_by_their_contracts(office):
    build(office)
    clients = office.director.clients
    assert names(clients, ClientQuery(insurer_id=1)) == ["Dupont Jean", "Rochat Jean"]
    assert names(clients, ClientQuery(insurer_id=1, line_id=2)) == ["Rochat Jean"]
    assert names(clients, ClientQuery(insurer_id=3)) == ["Dupont Jean"]
    assert names(clients, ClientQuery(contract_status="expired")) == ["Favre Jean"]
    assert names(clients, ClientQuery(contract_status="active", insurer_id=2)) == []
    # one client with two matching contracts is listed once
    assert clients.count(ClientQuery(contract_status="active")) == 2
    assert names(clients, ClientQuery(contract_status="active")) == ["Dupont Jean", "Rochat Jean"]


def test_an_agent_filters_only_through_the_contracts_he_sees(office):
    build(office)
    anna = office.login("anna")
    try:
        assert names(anna.clients, ClientQuery()) == ["Dupont Jean", "Favre Jean", "Gerber Jean"]
        assert names(anna.clients, ClientQuery(insurer_id=1)) == ["Dupont Jean"]
        # bruno manages a contract of anna's client Dupont: anna sees it under her
        # client (docs/security.md, one rule for a client and its contracts)
        assert names(anna.clients, ClientQuery(insurer_id=3)) == ["Dupont Jean"]
        assert anna.clients.count(ClientQuery(line_id=3)) == 1  # the same contract of bruno
        bruno = office.login("bruno")
        try:
            assert names(bruno.clients, ClientQuery(insurer_id=3)) == ["Dupont Jean"]
            assert names(bruno.clients, ClientQuery(insurer_id=1)) == ["Rochat Jean"]
        finally:
            bruno.close()
        assert names(anna.clients, ClientQuery(contract_status="expired")) == ["Favre Jean"]
    finally:
        anna.close()


def test_filtered_clients_are_keyset_paged(office):
    build(office)
    for i in range(7):
        office.contract(office.client(office.director.user.id, f"Zahnd{i}"), f"Z-{i}", 10_00)
    clients = office.director.clients
    query = ClientQuery(insurer_id=1)
    expected = names(clients, query)
    assert len(expected) == 9
    assert paged_by_one(clients, query) == expected
    descending = replace(query, descending=True)
    assert paged_by_one(clients, descending) == expected[::-1]
    assert clients.count(query) == len(expected)
