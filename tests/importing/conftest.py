"""Import tests share the core office fixture, on the embedded database (the import and
reconciliation services are not part of the office server's interface)."""

from datetime import date

import pytest
from tests.core.conftest import backend, office, security  # noqa: F401

from broker_desktop.core.commissions import CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.seed import AGENT


@pytest.fixture
def book(office):  # noqa: F811 - the office fixture imported above
    """Two agents, five AXA contracts (motor 10 %, legal protection 15 %, one contract at a
    special 12 %) and a rule for the rest of AXA at 8 %."""
    s = office.director
    agent1 = office.add_user("agent1", AGENT)
    agent2 = office.add_user("agent2", AGENT)
    axa = next(i.id for i in s.reference.insurers() if i.name == "AXA Assurances")
    lines = {x.code: x.id for x in s.reference.lines()}
    expiry = date(date.today().year + 1, 12, 31)
    start = date(date.today().year - 1, 1, 1)
    ids = {}
    for policy, agent, line, premium in (
        ("AX-1", agent1, "MOTOR", 120_000),  # 1'200.- a year
        ("AX-2", agent1, "MOTOR", 240_000),
        ("AX-3", agent2, "LEGAL", 36_000),
        ("AX-4", agent2, "TRAVEL", 60_000),
        ("AX-5", agent1, "MOTOR", 120_000),
    ):
        client = office.client(agent, f"Client {policy}")
        ids[policy] = office.director.contracts.create(
            ContractInput(
                client_id=client,
                insurer_id=axa,
                line_id=lines[line],
                policy_number=policy,
                start_date=start,
                expiry_date=expiry,
                premium_cents=premium,
            )
        )
    r = s.reconciliation
    r.set_rate(axa, 1000, line_id=lines["MOTOR"])
    r.set_rate(axa, 1500, line_id=lines["LEGAL"])
    r.set_rate(axa, 800)
    r.set_rate(axa, 1200, contract_id=ids["AX-5"])
    # AX-2's usual split: 60 % agent1, 40 % the office
    s.commissions.create(
        CommissionInput(
            ids["AX-2"], "2025-01", 2000, (ShareInput(agent1, 6000), ShareInput(None, 4000))
        )
    )
    return {"axa": axa, "ids": ids, "agent1": agent1, "agent2": agent2}
