"""Deleting a contract or a role leaves nothing of it behind: the schema's ON DELETE
CASCADE does it (the services no longer delete dependent rows by hand)."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from broker_desktop.core.deadlines import DeadlineInput
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT
from broker_desktop.storage.schema import (
    commission_shares,
    commissions,
    deadlines,
    role_rights,
    user_roles,
)


def _count(office, table, where) -> int:
    with office.director.database.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table).where(where)).scalar()


@pytest.mark.embedded_only
def test_a_deleted_contract_takes_its_commissions_shares_and_deadlines(office):
    alice = office.add_user("alice", AGENT)
    client = office.client(alice, "Favre")
    contract = office.contract(client, "POL-1", 120_000)
    other = office.contract(client, "POL-2", 80_000)
    for target in (contract, other):
        office.commission(target, 10_000, (alice, 6_000), (None, 4_000))
    office.director.deadlines.create(
        DeadlineInput(
            due_date=date.today() + timedelta(days=5),
            title="Call back",
            owner_id=alice,
            contract_id=contract,
        )
    )
    mine = sa.select(commissions.c.id).where(commissions.c.contract_id == contract)
    assert _count(office, commission_shares, commission_shares.c.commission_id.in_(mine)) == 2
    assert _count(office, deadlines, deadlines.c.contract_id == contract) >= 1

    office.director.contracts.delete(contract, office.director.contracts.get(contract).version)

    assert _count(office, commissions, commissions.c.contract_id == contract) == 0
    assert _count(office, commission_shares, commission_shares.c.commission_id.in_(mine)) == 0
    assert _count(office, deadlines, deadlines.c.contract_id == contract) == 0
    # the other contract of the same client keeps everything
    assert _count(office, commissions, commissions.c.contract_id == other) == 1


@pytest.mark.embedded_only
def test_a_deleted_role_takes_its_rights_and_memberships(office):
    admin = office.director.admin
    role = admin.create_role("Stagiaire", [Right.PORTFOLIO_VIEW_OWN, Right.DEADLINES_VIEW_OWN])
    alice = office.add_user("alice", AGENT)
    admin.add_member(role, alice)
    assert _count(office, role_rights, role_rights.c.role_id == role) == 2
    assert _count(office, user_roles, user_roles.c.role_id == role) == 1

    admin.delete_role(role)

    assert _count(office, role_rights, role_rights.c.role_id == role) == 0
    assert _count(office, user_roles, user_roles.c.role_id == role) == 0
    assert _count(office, user_roles, user_roles.c.user_id == alice) == 1  # still an agent
