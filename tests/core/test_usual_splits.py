"""A contract's usual commission split, edited in its own place: who may (commissions.manage
and the contract in his portfolio), the import's rule (people of the office, each once,
adding up to exactly 100 %, or none at all), the stamp that refuses a save over a change
made since, the audit entry and the change set, and a book transfer's undo that sees the
edit. Embedded only: these tests read the stored rows; the calls through the office server
are in tests/server/test_server_sessions.py."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.commissions import ShareInput
from broker_desktop.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT, SECRETARY
from broker_desktop.storage.schema import contract_splits

pytestmark = pytest.mark.embedded_only


def _code(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    return exc.value.errors["shares"].code


def _rows(session, contract_id: int) -> dict[int, tuple[int, int, int]]:
    """beneficiary -> (row id, share, version), as stored."""
    with session.database.read() as conn:
        return {
            r.beneficiary_id: (r.id, r.share_bp, r.version)
            for r in conn.execute(
                sa.select(contract_splits).where(contract_splits.c.contract_id == contract_id)
            )
        }


def test_the_director_sets_changes_and_removes_a_usual_split(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    contract = office.contract(office.client(alice, "Favre"), "U-1", 100_000)
    d = office.director
    seen = []
    d.changes.subscribe(seen.append)

    empty = d.reconciliation.usual_split(contract)
    assert empty.shares == () and empty.contract_id == contract
    assert d.reconciliation.usual_split_of(contract) == (ShareInput(alice, 10_000),)

    first = d.reconciliation.set_usual_split(
        contract, [ShareInput(bruno, 4000), ShareInput(alice, 6000)], empty.stamp
    )
    assert first.shares == (ShareInput(alice, 6000), ShareInput(bruno, 4000))
    assert d.reconciliation.usual_split_of(contract) == first.shares  # what new ones take
    assert seen and "contract" in seen[-1].entities and "commission" in seen[-1].entities
    stored = _rows(d, contract)

    # Alice stays (her row too, its version moves on), Bruno leaves, Chloé comes
    chloe = office.add_user("chloe", AGENT)
    second = d.reconciliation.set_usual_split(
        contract, (ShareInput(alice, 7500), ShareInput(chloe, 2500)), first.stamp
    )
    assert second.shares == (ShareInput(alice, 7500), ShareInput(chloe, 2500))
    now = _rows(d, contract)
    assert set(now) == {alice, chloe}
    assert now[alice][0] == stored[alice][0] and now[alice][2] == stored[alice][2] + 1

    entries = d.audit.page(AuditQuery(action="contract.usual_split"))
    assert [e.entity_id for e in entries] == [contract, contract]
    assert f"[{alice}, 7500]" in entries[0].detail and "U-1" in entries[0].detail

    # the same split again writes nothing and logs nothing
    same = d.reconciliation.set_usual_split(contract, second.shares, second.stamp)
    assert same == second
    assert len(d.audit.page(AuditQuery(action="contract.usual_split"))) == 2

    gone = d.reconciliation.set_usual_split(contract, (), second.stamp)
    assert gone.shares == () and _rows(d, contract) == {}
    assert d.reconciliation.usual_split_of(contract) == (ShareInput(alice, 10_000),)


def test_a_usual_split_follows_the_imports_rule(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    contract = office.contract(office.client(alice, "Favre"), "U-2", 100_000)
    d = office.director
    stamp = d.reconciliation.usual_split(contract).stamp
    for shares, code in (
        ([ShareInput(alice, 6000), ShareInput(bruno, 3000)], "split_not_100"),
        ([ShareInput(alice, 6000), ShareInput(alice, 4000)], "duplicate_beneficiary"),
        ([ShareInput(alice, 6000), ShareInput(None, 4000)], "unknown_user"),  # not the office
        ([ShareInput(alice, 10_000), ShareInput(bruno, 0)], "invalid_share"),
        ([ShareInput(alice, 12_000), ShareInput(bruno, -2000)], "invalid_share"),
        ([ShareInput(alice, 6000), ShareInput(999, 4000)], "unknown_user"),
        ([ShareInput(alice, "60")], "invalid_share"),  # type: ignore[arg-type]
        ([(alice, 10_000)], "invalid_share"),  # type: ignore[list-item]
        ("alice", "invalid_share"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError) as refused:
            d.reconciliation.set_usual_split(contract, shares, stamp)
        assert _code(refused) == code, shares
    assert _rows(d, contract) == {}

    # someone deactivated since stays where he is, but is never added anew
    split = d.reconciliation.set_usual_split(
        contract, [ShareInput(alice, 5000), ShareInput(bruno, 5000)], stamp
    )
    d.admin.deactivate_user(bruno)
    kept = d.reconciliation.set_usual_split(
        contract, [ShareInput(alice, 4000), ShareInput(bruno, 6000)], split.stamp
    )
    assert kept.shares == (ShareInput(bruno, 6000), ShareInput(alice, 4000))
    other = office.contract(office.client(alice, "Rochat"), "U-3", 100_000)
    with pytest.raises(ValidationError) as refused:
        d.reconciliation.set_usual_split(
            other,
            [ShareInput(alice, 5000), ShareInput(bruno, 5000)],
            d.reconciliation.usual_split(other).stamp,
        )
    assert _code(refused) == "unknown_user"


def test_a_save_over_a_change_made_since_is_refused(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    contract = office.contract(office.client(alice, "Favre"), "U-4", 100_000)
    d = office.director
    read = d.reconciliation.usual_split(contract)
    elsewhere = d.reconciliation.set_usual_split(contract, [ShareInput(alice, 10_000)], read.stamp)
    with pytest.raises(ConflictError):
        d.reconciliation.set_usual_split(
            contract, [ShareInput(alice, 5000), ShareInput(bruno, 5000)], read.stamp
        )
    assert d.reconciliation.usual_split(contract) == elsewhere
    with pytest.raises(ConflictError):
        d.reconciliation.set_usual_split(contract, [], 12)  # type: ignore[arg-type]


def test_who_may_edit_a_usual_split(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    office.add_user("sonia", SECRETARY)
    own = office.contract(office.client(alice, "Favre"), "U-5", 100_000)
    other = office.contract(office.client(bruno, "Rochat"), "U-6", 100_000)
    d = office.director
    stamp = d.reconciliation.usual_split(own).stamp
    split = [ShareInput(alice, 10_000)]

    agent = office.login("alice")  # his own contract, but no commissions.manage
    with pytest.raises(PermissionDenied):
        agent.reconciliation.usual_split(own)
    with pytest.raises(PermissionDenied):
        agent.reconciliation.set_usual_split(own, split, stamp)
    secretary = office.login("sonia")  # the whole portfolio, no commissions
    with pytest.raises(PermissionDenied):
        secretary.reconciliation.set_usual_split(own, split, stamp)

    d.admin.grant_right(alice, Right.COMMISSIONS_MANAGE)
    agent = office.login("alice")
    done = agent.reconciliation.set_usual_split(own, split, stamp)
    assert done.shares == (ShareInput(alice, 10_000),)
    with pytest.raises(PermissionDenied):  # a colleague's contract is outside his book
        agent.reconciliation.set_usual_split(
            other, split, d.reconciliation.usual_split(other).stamp
        )
    with pytest.raises(NotFound):
        agent.reconciliation.set_usual_split(987_654, split, "")
    assert _rows(d, other) == {}
    for session in (agent, secretary):
        session.close()


def test_a_transfers_undo_sees_a_usual_split_edited_since(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    chloe = office.add_user("chloe", AGENT)
    contract = office.contract(office.client(alice, "Favre"), "U-7", 100_000)
    d = office.director
    d.reconciliation.set_usual_split(
        contract,
        [ShareInput(alice, 6000), ShareInput(bruno, 4000)],
        d.reconciliation.usual_split(contract).stamp,
    )
    transfer = d.transfers.run(alice, chloe)
    moved = d.reconciliation.usual_split(contract)
    assert moved.shares == (ShareInput(chloe, 6000), ShareInput(bruno, 4000))
    d.reconciliation.set_usual_split(
        contract, [ShareInput(chloe, 5000), ShareInput(bruno, 5000)], moved.stamp
    )
    check = d.transfers.undo_check(transfer.id)
    assert [(b.entity, b.reason, b.label) for b in check.blockers if b.blocking] == [
        ("contract_split", "changed", "U-7")
    ]
