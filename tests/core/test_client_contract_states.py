"""Each client's contract statuses (``client_contract_states``, kept by triggers) stay
what his contracts say through every kind of write, and the director's client list
filtered by a contract status lists exactly the clients having such a contract."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import DERIVED_STATUSES, derived_status

pytestmark = pytest.mark.embedded_only

RECOMPUTED = """
    SELECT client_id, sum(status = 'proposal'), sum(status = 'cancelled'),
           sum(status = 'active'),
           min(CASE WHEN status = 'active' THEN expiry_date END),
           max(CASE WHEN status = 'active' THEN expiry_date END)
    FROM contracts GROUP BY client_id ORDER BY client_id
"""
STORED = """
    SELECT client_id, proposals, cancelled, actives, first_active_expiry, last_active_expiry
    FROM client_contract_states ORDER BY client_id
"""


def assert_states_match_contracts(office) -> None:
    with office.director.database.read() as conn:
        stored = conn.exec_driver_sql(STORED).all()
        assert stored == conn.exec_driver_sql(RECOMPUTED).all()


def assert_filters_match_contracts(office) -> None:
    """Every status filter against the clients found from the contracts themselves."""
    director = office.director
    with director.database.read() as conn:
        rows = conn.exec_driver_sql("SELECT client_id, status, expiry_date FROM contracts").all()
    for status in DERIVED_STATUSES:
        wanted = {
            client
            for client, stored, expiry in rows
            if derived_status(stored, date.fromisoformat(expiry)) == status
        }
        for sort in ("name", "city"):
            for descending in (False, True):
                query = ClientQuery(contract_status=status, sort=sort, descending=descending)
                listed = [row.id for row in director.clients.page(query, limit=500)]
                assert len(listed) == len(set(listed))
                assert set(listed) == wanted, (status, sort)
                assert director.clients.count(query) == len(wanted)
                assert director.clients.count(query, exact=False) == len(wanted)
                # keyset and offset pages walk the same list
                if len(listed) > 2:
                    after = director.clients.page(query, limit=2)[-1].cursor
                    rest = director.clients.page(query, after=after, limit=500)
                    assert [row.id for row in rest] == listed[2:]
                    middle = director.clients.page(query, offset=1, limit=2)
                    assert [row.id for row in middle] == listed[1:3]


def test_states_follow_every_write_to_contracts(office):
    director = office.director
    me = director.user.id
    dupont, favre, gerber = (office.client(me, name) for name in ("Dupont", "Favre", "Gerber"))
    today = date.today()
    first = office.contract(dupont, "D-1", 100_00)
    office.contract(dupont, "D-2", 100_00, expiry=today - timedelta(days=2))
    moved = office.contract(favre, "F-1", 100_00)
    office.contract(gerber, "G-1", 100_00)
    assert_states_match_contracts(office)
    assert_filters_match_contracts(office)

    # status changes: a proposal, then a cancellation
    current = director.contracts.get(first)
    version = director.contracts.update(
        first, dataclasses.replace(current.as_input(), status="proposal"), current.version
    )
    assert_states_match_contracts(office)
    assert_filters_match_contracts(office)
    current = director.contracts.get(first)
    director.contracts.update(
        first,
        dataclasses.replace(current.as_input(), status="cancelled", cancel_reason="sold"),
        version,
    )
    # a renewal date moved into the past: the contract becomes "expired"
    current = director.contracts.get(moved)
    director.contracts.update(
        moved,
        dataclasses.replace(
            current.as_input(),
            start_date=today - timedelta(days=400),
            expiry_date=today - timedelta(days=1),
        ),
        current.version,
    )
    assert_states_match_contracts(office)
    assert_filters_match_contracts(office)

    # moved to another client: both clients' states change
    current = director.contracts.get(moved)
    director.contracts.move_to_client(moved, gerber, current.version)
    assert_states_match_contracts(office)
    assert_filters_match_contracts(office)
    with director.database.read() as conn:
        without = conn.exec_driver_sql(
            "SELECT count(*) FROM client_contract_states WHERE client_id = ?", (favre,)
        ).scalar()
    assert without == 0  # a client without contracts has no row

    # deleted: the client without contracts left can be deleted too
    for contract_id in (first,):
        director.contracts.delete(contract_id, director.contracts.get(contract_id).version)
    assert_states_match_contracts(office)
    assert_filters_match_contracts(office)
    director.clients.delete(favre, director.clients.get(favre).version)
    assert_states_match_contracts(office)
