"""Every way of reaching a page gives the same rows as reading the list from the top.

Deep offsets are served by a seek on the narrow FROM followed by a keyset read; sorts on
joined columns, and filters on them, fall back to the full join. Both must agree with
the plain ordered list, ties in the sort key included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery


def read_all(service, query, limit=7):
    rows, cursor = [], None
    while True:
        page = (
            service.page(query, after=cursor, limit=limit)
            if cursor
            else service.page(query, limit=limit)
        )
        if not page:
            return rows
        rows.extend(page)
        cursor = page[-1].cursor


@pytest.fixture
def busy_office(office):
    agent = office.add_user("agent1", "Agent")
    other = office.add_user("agent2", "Agent")
    renewal = date.today() + timedelta(days=40)
    for i in range(45):
        owner = agent if i % 3 else other
        client = office.client(owner, f"Client{i % 9}")
        # many contracts share a renewal date: ties are broken by id
        office.contract(client, f"P-{i:03}", 1000 + (i * 37) % 500, renewal + timedelta(days=i % 4))
        if i % 2:
            office.commission(i + 1, 10_000, (owner, 6000), (None, 4000))
    return office


@pytest.mark.parametrize(
    ("service", "query"),
    [
        ("contracts", ContractQuery(sort="expiry_date")),
        ("contracts", ContractQuery(sort="expiry_date", descending=True)),
        ("contracts", ContractQuery(sort="premium_cents")),
        ("contracts", ContractQuery(sort="client")),  # joined column: full FROM
        ("commissions", CommissionQuery(sort="period")),
        ("deadlines", DeadlineQuery(sort="due_date")),
    ],
)
@pytest.mark.parametrize("who", ["directeur", "agent1"])
def test_offset_pages_match_the_ordered_list(busy_office, service, query, who):
    session = busy_office.director if who == "directeur" else busy_office.login(who)
    listing = getattr(session, service)
    everything = read_all(listing, query)
    assert len(everything) == listing.count(query)
    ids = [row.id for row in everything]
    assert len(set(ids)) == len(ids)
    for offset in (0, 1, 6, 7, 13, len(ids) - 3, len(ids), len(ids) + 5):
        page = listing.page(query, offset=offset, limit=7)
        assert [row.id for row in page] == ids[offset : offset + 7], offset
    last = listing.page(query, from_end=True, limit=5)
    assert [row.id for row in last] == ids[-5:]
