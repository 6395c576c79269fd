"""Moving a contract to another client, and handing a book from one agent to another:
what moves, the preview's counts, the rights, the audit and the undo. Every test runs
embedded and through a real office server (the ``office`` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.commissions import CommissionInput, CommissionQuery, ShareInput
from broker_desktop.core.contracts import ContractInput, ContractQuery
from broker_desktop.core.deadlines import DeadlineInput, DeadlineQuery
from broker_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT, SECRETARY
from broker_desktop.core.transfers import TransferUndoBlocked

TODAY = date.today()
THIS_YEAR = f"{TODAY:%Y}"
THIS_MONTH = f"{TODAY:%Y-%m}"
LAST_YEAR = str(TODAY.year - 1)
NEXT_YEAR = str(TODAY.year + 1)


def _denials(office, user_id: int) -> list:
    return office.director.audit.page(AuditQuery(action="access.denied", user_id=user_id))


# ----- moving a contract ---------------------------------------------------------------------
def test_a_contract_moves_to_another_client_with_its_deadlines(office):
    alice = office.add_user("alice", AGENT)
    wrong = office.client(alice, "Favre", "Anne")
    right = office.client(alice, "Favre", "Annette")
    contract = office.contract(wrong, "M-1", 120_000)
    commission = office.commission(contract, 12_000, (alice, 10_000))
    follow_up = office.director.deadlines.create(
        DeadlineInput(TODAY + timedelta(days=5), "Rappeler", owner_id=alice, contract_id=contract)
    )
    director = office.director
    before = director.contracts.get(contract)

    preview = director.contracts.move_preview(contract, right)
    assert (preview.from_client_id, preview.to_client_id) == (wrong, right)
    assert (preview.from_client, preview.to_client) == ("Favre Anne", "Favre Annette")
    assert (preview.policy_number, preview.agent_id, preview.agent) == ("M-1", alice, "Alice")
    assert (preview.deadlines, preview.commissions) == (3, 1)

    new_version = director.contracts.move_to_client(contract, right, before.version)
    after = director.contracts.get(contract)
    assert (after.client_id, after.version, new_version) == (
        right,
        before.version + 1,
        after.version,
    )
    assert after.agent_id == alice and after.policy_number == "M-1"
    deadlines = director.deadlines.page(DeadlineQuery(contract_id=contract))
    assert len(deadlines) == 3 and {d.client_id for d in deadlines} == {right}
    assert director.deadlines.get(follow_up).client_id == right
    assert director.commissions.get(commission).contract_id == contract
    assert director.contracts.count(ContractQuery(client_id=wrong)) == 0
    assert director.contracts.count(ContractQuery(client_id=right)) == 1

    entry = director.audit.page(AuditQuery(action="contract.move"))
    assert len(entry) == 1 and entry[0].entity_id == contract
    assert "Favre Annette" in entry[0].detail and "M-1" in entry[0].detail

    # the version it was moved at is gone: a second move of the old version conflicts
    with pytest.raises(ConflictError):
        director.contracts.move_to_client(contract, wrong, before.version)
    with pytest.raises(ValidationError) as same:
        director.contracts.move_to_client(contract, right, after.version)
    assert same.value.errors["client_id"].code == "already_this_client"


def test_an_agent_moves_only_within_his_own_book(office):
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    mine_a = office.client(alice, "Rochat")
    mine_b = office.client(alice, "Rossi")
    theirs = office.client(bruno, "Dupraz")
    my_contract = office.contract(mine_a, "A-1", 1000)
    their_contract = office.contract(theirs, "B-1", 1000)
    office.director.admin.grant_right(alice, Right.PORTFOLIO_EDIT)
    session = office.login("alice")
    try:
        version = session.contracts.get(my_contract).version
        # into a colleague's client, and a colleague's contract into his own client
        with pytest.raises(PermissionDenied):
            session.contracts.move_to_client(my_contract, theirs, version)
        with pytest.raises(PermissionDenied):
            session.contracts.move_preview(my_contract, theirs)
        with pytest.raises(PermissionDenied):
            session.contracts.move_to_client(their_contract, mine_b, 1)
        assert office.director.contracts.get(my_contract).client_id == mine_a
        assert office.director.contracts.get(their_contract).client_id == theirs
        refused = {(r.entity, r.entity_id) for r in _denials(office, alice)}
        assert refused == {("client", theirs), ("contract", their_contract)}
        # within his own book, it works
        session.contracts.move_to_client(my_contract, mine_b, version)
        assert session.contracts.get(my_contract).client_id == mine_b
    finally:
        session.close()


def test_moving_a_contract_needs_the_edit_right(office):
    alice = office.add_user("alice", AGENT)
    mine_a = office.client(alice, "Rochat")
    mine_b = office.client(alice, "Rossi")
    contract = office.contract(mine_a, "A-1", 1000)
    session = office.login("alice")
    try:
        with pytest.raises(PermissionDenied) as refused:
            session.contracts.move_to_client(contract, mine_b, 1)
        assert refused.value.right == Right.PORTFOLIO_EDIT
        assert office.director.contracts.get(contract).client_id == mine_a
        assert [(r.entity, r.entity_id) for r in _denials(office, alice)] == [
            ("contract", contract)
        ]
    finally:
        session.close()


# ----- transferring a book ---------------------------------------------------------------------
def _book(office):
    """Alice's book (two clients, three contracts, one of them under Bruno's client),
    her deadlines and commission shares of every age; Bruno's own client; Chloé the
    colleague who takes over."""
    d = office.director
    alice = office.add_user("alice", AGENT)
    bruno = office.add_user("bruno", AGENT)
    chloe = office.add_user("chloe", AGENT)
    favre = office.client(alice, "Favre")
    rochat = office.client(alice, "Rochat")
    dupraz = office.client(bruno, "Dupraz")
    k_favre = office.contract(favre, "A-1", 100_000)
    k_rochat = office.contract(rochat, "A-2", 100_000)
    expiry = TODAY + timedelta(days=100)
    k_dupraz = d.contracts.create(  # Alice manages this one contract of Bruno's client
        ContractInput(
            dupraz, 1, 1, "A-3", expiry - timedelta(days=365), expiry, 50_000, agent_id=alice
        )
    )
    k_bruno = office.contract(dupraz, "B-1", 100_000)
    open_follow_up = d.deadlines.create(
        DeadlineInput(TODAY + timedelta(days=3), "Rappeler", owner_id=alice, client_id=favre)
    )
    done_follow_up = d.deadlines.create(
        DeadlineInput(TODAY - timedelta(days=3), "Fait", owner_id=alice, client_id=favre)
    )
    d.deadlines.set_done(done_follow_up, True, 1)
    loose_follow_up = d.deadlines.create(
        DeadlineInput(TODAY + timedelta(days=9), "Formation", owner_id=alice)
    )

    def commission(contract: int, period: str, *shares) -> int:
        return d.commissions.create(
            CommissionInput(contract, period, 10_000, tuple(ShareInput(b, bp) for b, bp in shares))
        )

    past = commission(k_favre, LAST_YEAR, (alice, 6000), (None, 4000))
    current = commission(k_favre, THIS_YEAR, (alice, 6000), (None, 4000))
    this_month = commission(k_rochat, THIS_MONTH, (alice, 10_000))
    future = commission(k_dupraz, NEXT_YEAR, (alice, 5000), (bruno, 5000))
    shared = commission(k_rochat, NEXT_YEAR, (alice, 5000), (chloe, 5000))
    return {
        "alice": alice,
        "bruno": bruno,
        "chloe": chloe,
        "favre": favre,
        "rochat": rochat,
        "dupraz": dupraz,
        "k_favre": k_favre,
        "k_rochat": k_rochat,
        "k_dupraz": k_dupraz,
        "k_bruno": k_bruno,
        "open_follow_up": open_follow_up,
        "done_follow_up": done_follow_up,
        "loose_follow_up": loose_follow_up,
        "past": past,
        "current": current,
        "this_month": this_month,
        "future": future,
        "shared": shared,
    }


def _assignments(session) -> dict[str, list[tuple]]:
    """Who holds what, row by row, as the director's lists show it."""
    return {
        "clients": sorted((r.id, r.agent_id) for r in session.clients.page(limit=1000)),
        "contracts": sorted(
            (r.id, r.client_id, r.agent_id) for r in session.contracts.page(limit=1000)
        ),
        "deadlines": sorted(
            (r.id, r.owner_id, r.done, r.client_id, r.contract_id)
            for r in session.deadlines.page(limit=1000)
        ),
        "shares": sorted(
            (r.id, r.commission_id, r.beneficiary_id or 0, r.share_bp, r.amount_cents)
            for r in session.commissions.page(CommissionQuery(sort="id"), limit=1000)
        ),
    }


def test_the_whole_book_moves_as_previewed_and_the_undo_restores_every_row(office):
    ids = _book(office)
    d = office.director
    alice, chloe = ids["alice"], ids["chloe"]
    before = _assignments(d)

    preview = d.transfers.preview(alice, chloe)
    # clients Favre and Rochat; contracts; deadlines: 2 derived per contract
    # and the open follow-ups (not the done one); shares: this year's, this month's, next
    # year's of A-3; next year's of A-2 stays (Chloé already has a share of it)
    assert preview.whole_book
    assert preview.counts.as_dict() == {
        "clients": 2,
        "contracts": 3,
        "deadlines": 8,
        "shares": 3,
        "shares_kept": 1,
    }
    assert _assignments(d) == before  # the preview wrote nothing

    transfer = d.transfers.run(alice, chloe)
    assert transfer.counts == preview.counts
    assert (transfer.source_id, transfer.target_id, transfer.status) == (alice, chloe, "done")
    after = _assignments(d)
    assert {c for c, a in after["clients"] if a == chloe} == {ids["favre"], ids["rochat"]}
    assert {c for c, a in after["clients"] if a == alice} == set()
    assert {k for k, _c, a in after["contracts"] if a == chloe} == {
        ids["k_favre"],
        ids["k_rochat"],
        ids["k_dupraz"],
    }
    owners = {row[0]: row[1] for row in after["deadlines"]}
    assert owners[ids["open_follow_up"]] == chloe and owners[ids["loose_follow_up"]] == chloe
    assert owners[ids["done_follow_up"]] == alice  # history stays his
    by_commission = {}
    for _line, commission, beneficiary, _bp, _amount in after["shares"]:
        by_commission.setdefault(commission, set()).add(beneficiary)
    assert alice in by_commission[ids["past"]]  # earned before: his
    assert chloe in by_commission[ids["current"]] and alice not in by_commission[ids["current"]]
    assert by_commission[ids["this_month"]] == {chloe}
    assert by_commission[ids["future"]] == {chloe, ids["bruno"]}
    assert by_commission[ids["shared"]] == {alice, chloe}  # kept: Chloé already had a share
    # Bruno's own contract under the same client did not move
    assert (ids["k_bruno"], ids["dupraz"], ids["bruno"]) in after["contracts"]

    entry = d.audit.page(AuditQuery(action="portfolio.transfer"))
    assert len(entry) == 1 and entry[0].entity_id == transfer.id
    assert d.transfers.history()[0].id == transfer.id

    assert d.transfers.undo_check(transfer.id).blocking == 0
    undone = d.transfers.undo(transfer.id)
    assert undone.status == "undone" and undone.undone_by == d.user.id
    assert _assignments(d) == before
    assert len(d.audit.page(AuditQuery(action="portfolio.transfer_undo"))) == 1
    with pytest.raises(ValidationError) as again:
        d.transfers.undo(transfer.id)
    assert again.value.errors["transfer"].code == "transfer_already_undone"


def test_a_selection_moves_only_the_chosen_clients(office):
    ids = _book(office)
    d = office.director
    alice, chloe = ids["alice"], ids["chloe"]
    agents = {a.id: (a.name, a.active, a.clients) for a in d.transfers.agents()}
    assert agents[alice] == ("Alice", True, 2) and agents[chloe] == ("Chloe", True, 0)
    chosen = [r.id for r in d.transfers.book(alice) if r.name.startswith("Rochat")]
    assert chosen == [ids["rochat"]]
    assert [(c.name, c.contracts) for c in d.transfers.book(alice)] == [
        ("Favre Jean", 1),
        ("Rochat Jean", 1),
    ]
    preview = d.transfers.preview(alice, chloe, chosen)
    # Rochat, A-2 and its two derived deadlines, this month's share (next year's is kept)
    assert not preview.whole_book
    assert preview.counts.as_dict() == {
        "clients": 1,
        "contracts": 1,
        "deadlines": 2,
        "shares": 1,
        "shares_kept": 1,
    }
    transfer = d.transfers.run(alice, chloe, chosen)
    assert d.clients.get(ids["rochat"]).agent_id == chloe
    assert d.clients.get(ids["favre"]).agent_id == alice
    assert d.contracts.get(ids["k_dupraz"]).agent_id == alice
    assert d.deadlines.get(ids["loose_follow_up"]).owner_id == alice
    assert transfer.counts == preview.counts

    with pytest.raises(ValidationError) as outside:
        d.transfers.preview(alice, chloe, [ids["dupraz"]])
    assert outside.value.errors["client_ids"].code == "not_in_book"
    with pytest.raises(ValidationError) as empty:
        d.transfers.run(alice, chloe, [])
    assert empty.value.errors["client_ids"].code == "empty_selection"


def test_an_undo_is_refused_with_the_list_when_a_moved_row_was_changed_since(office):
    ids = _book(office)
    d = office.director
    transfer = d.transfers.run(ids["alice"], ids["chloe"])
    favre = d.clients.get(ids["favre"])
    d.clients.update(favre.id, favre.as_input(), favre.version)  # edited since
    d.commissions.set_shares(  # the current year's split rewritten
        ids["current"],
        (ShareInput(ids["chloe"], 5000), ShareInput(None, 5000)),
        d.commissions.get(ids["current"]).version,
    )
    check = d.transfers.undo_check(transfer.id)
    assert check.blocking == 2
    assert {(b.entity, b.entity_id, b.reason) for b in check.blockers} >= {
        ("client", ids["favre"], "changed")
    }
    assert {b.entity for b in check.blockers} == {"client", "commission_share"}
    with pytest.raises(TransferUndoBlocked) as blocked:
        d.transfers.undo(transfer.id)
    assert blocked.value.check.blocking == 2
    assert d.transfers.get(transfer.id).status == "done"
    assert d.clients.get(ids["rochat"]).agent_id == ids["chloe"]  # nothing given back


def test_rows_deleted_since_do_not_block_the_undo(office):
    ids = _book(office)
    d = office.director
    transfer = d.transfers.run(ids["alice"], ids["chloe"])
    follow_up = d.deadlines.get(ids["loose_follow_up"])
    d.deadlines.delete(follow_up.id, follow_up.version)
    check = d.transfers.undo_check(transfer.id)
    assert (check.blocking, check.deleted) == (0, 1)
    d.transfers.undo(transfer.id)
    assert d.clients.get(ids["favre"]).agent_id == ids["alice"]


def test_a_deactivated_agent_hands_over_but_never_takes_over(office):
    ids = _book(office)
    d = office.director
    d.admin.deactivate_user(ids["alice"])
    with pytest.raises(ValidationError) as inactive:
        d.transfers.preview(ids["chloe"], ids["alice"])
    assert inactive.value.errors["target_id"].code == "inactive_user"
    with pytest.raises(ValidationError) as same:
        d.transfers.run(ids["chloe"], ids["chloe"])
    assert same.value.errors["target_id"].code == "same_agent"
    transfer = d.transfers.run(ids["alice"], ids["chloe"])
    assert transfer.counts.clients == 2
    with pytest.raises(ValidationError) as nothing:
        d.transfers.run(ids["alice"], ids["chloe"])
    assert nothing.value.errors["source_id"].code == "nothing_to_transfer"
    # the undo gives the book back to the deactivated agent, as it was
    d.transfers.undo(transfer.id)
    assert d.clients.get(ids["favre"]).agent_id == ids["alice"]


def test_transferring_needs_the_right_and_a_view_of_both_books(office):
    ids = _book(office)
    d = office.director
    secretary = office.add_user("sophie", SECRETARY)
    session = office.login("sophie")
    try:  # the Secrétaire sees everything but may not hand books over
        for attempt in (
            lambda: session.transfers.preview(ids["alice"], ids["chloe"]),
            lambda: session.transfers.run(ids["alice"], ids["chloe"]),
            lambda: session.transfers.book(ids["alice"]),
            lambda: session.transfers.history(),
            lambda: session.transfers.agents(),
        ):
            with pytest.raises(PermissionDenied) as refused:
                attempt()
            assert refused.value.right == Right.PORTFOLIO_TRANSFER
    finally:
        session.close()
    assert len(_denials(office, secretary)) == 5

    # an agent granted the right still cannot touch a colleague's book
    d.admin.grant_right(ids["bruno"], Right.PORTFOLIO_TRANSFER)
    session = office.login("bruno")
    try:
        with pytest.raises(PermissionDenied) as colleague:
            session.transfers.run(ids["alice"], ids["bruno"])
        assert colleague.value.right == Right.PORTFOLIO_VIEW_ALL
        with pytest.raises(PermissionDenied):
            session.transfers.run(ids["bruno"], ids["chloe"])  # nor give his own away
        with pytest.raises(PermissionDenied):
            session.transfers.book(ids["alice"])
        transfer = d.transfers.run(ids["alice"], ids["chloe"])
        with pytest.raises(PermissionDenied):
            session.transfers.undo(transfer.id)
        # nor read it: not by id, not in the history
        with pytest.raises(PermissionDenied):
            session.transfers.get(transfer.id)
        assert session.transfers.history() == []
        assert [t.id for t in d.transfers.history()] == [transfer.id]
    finally:
        session.close()
    assert d.clients.count(ClientQuery(agent_id=ids["chloe"])) == 2
    refused = {(r.entity, r.entity_id) for r in _denials(office, ids["bruno"])}
    assert ("user", ids["alice"]) in refused and ("transfer", transfer.id) in refused


# ----- what only the database file shows ------------------------------------------------------
def _rows(office) -> dict[str, list[tuple]]:
    """Every row's holder, read from the file itself."""
    import sqlalchemy as sa

    from broker_desktop.storage.schema import clients, commission_shares, contracts, deadlines

    with office.director.database.read() as conn:
        return {
            "clients": conn.execute(
                sa.select(clients.c.id, clients.c.agent_id).order_by(clients.c.id)
            ).all(),
            "contracts": conn.execute(
                sa.select(contracts.c.id, contracts.c.client_id, contracts.c.agent_id).order_by(
                    contracts.c.id
                )
            ).all(),
            "deadlines": conn.execute(
                sa.select(
                    deadlines.c.id,
                    deadlines.c.owner_id,
                    deadlines.c.client_id,
                    deadlines.c.contract_id,
                    deadlines.c.done,
                    deadlines.c.due_date,
                ).order_by(deadlines.c.id)
            ).all(),
            "shares": conn.execute(
                sa.select(
                    commission_shares.c.id,
                    commission_shares.c.commission_id,
                    commission_shares.c.beneficiary_id,
                    commission_shares.c.share_bp,
                    commission_shares.c.amount_cents,
                ).order_by(commission_shares.c.id)
            ).all(),
        }


@pytest.mark.embedded_only
def test_transfer_then_undo_leaves_every_row_of_the_file_as_it_was(office):
    ids = _book(office)
    d = office.director
    before = _rows(office)
    published = []
    unsubscribe = d.changes.subscribe(published.append)
    transfer = d.transfers.run(ids["alice"], ids["chloe"])
    moved = _rows(office)
    assert moved != before
    assert published and published[-1].touches("client", "contract", "deadline", "commission")
    assert {"client", "contract", "deadline", "commission"} <= published[-1].entities
    d.transfers.undo(transfer.id)
    unsubscribe()
    assert _rows(office) == before
    assert len(published) == 2


@pytest.mark.embedded_only
def test_a_share_already_received_from_the_insurer_stays_with_the_agent(office):
    """A commission an accepted statement line records as received is not future, even
    for a period that has not ended."""
    import sqlalchemy as sa

    from broker_desktop.storage.clock import db_now
    from broker_desktop.storage.schema import statement_lines, statements

    ids = _book(office)
    d = office.director
    with d.database.write() as conn:
        statement = conn.execute(
            sa.insert(statements).values(
                insurer_id=1,
                period=THIS_MONTH,
                source_name="releve.csv",
                imported_at=db_now(),
                user_id=d.user.id,
            )
        ).inserted_primary_key[0]
        conn.execute(
            sa.insert(statement_lines).values(
                statement_id=statement,
                row_number=1,
                policy_number="A-2",
                period=THIS_MONTH,
                contract_id=ids["k_rochat"],
                received_cents=10_000,
                expected_cents=10_000,
                category="matched",
                decision="accepted",
                commission_id=ids["this_month"],
            )
        )
    preview = d.transfers.preview(ids["alice"], ids["chloe"])
    assert preview.counts.shares == 2  # this year's and next year's of A-3; not this month's
    d.transfers.run(ids["alice"], ids["chloe"])
    shares = d.commissions.get(ids["this_month"]).shares
    assert [s.beneficiary_id for s in shares] == [ids["alice"]]


@pytest.mark.embedded_only
def test_the_usual_split_of_a_moving_contract_follows_and_the_undo_gives_it_back(office):
    """A contract's usual split (what a new commission of it starts from) names the
    source: his part goes with the contract, unless the target already has a part of it."""
    import sqlalchemy as sa

    from broker_desktop.storage.schema import contract_splits

    ids = _book(office)
    d = office.director
    alice, bruno, chloe = ids["alice"], ids["bruno"], ids["chloe"]

    def splits() -> list[tuple[int, int, int]]:
        with d.database.read() as conn:
            return sorted(
                (r.contract_id, r.beneficiary_id, r.share_bp)
                for r in conn.execute(sa.select(contract_splits))
            )

    with d.database.write() as conn:
        conn.execute(
            sa.insert(contract_splits),
            [
                {"contract_id": ids["k_favre"], "beneficiary_id": alice, "share_bp": 6000},
                {"contract_id": ids["k_favre"], "beneficiary_id": bruno, "share_bp": 4000},
                {"contract_id": ids["k_rochat"], "beneficiary_id": alice, "share_bp": 5000},
                {"contract_id": ids["k_rochat"], "beneficiary_id": chloe, "share_bp": 5000},
                {"contract_id": ids["k_bruno"], "beneficiary_id": alice, "share_bp": 10000},
            ],
        )
    before = splits()
    transfer = d.transfers.run(alice, chloe)
    after = splits()
    assert (ids["k_favre"], chloe, 6000) in after and (ids["k_favre"], bruno, 4000) in after
    assert (ids["k_rochat"], alice, 5000) in after  # Chloé already had a part: kept
    assert (ids["k_bruno"], alice, 10000) in after  # Bruno's contract did not move
    assert d.transfers.undo_check(transfer.id).blocking == 0
    d.transfers.undo(transfer.id)
    assert splits() == before


@pytest.mark.embedded_only
def test_a_usual_split_changed_since_blocks_the_undo(office):
    import sqlalchemy as sa

    from broker_desktop.storage.schema import contract_splits

    ids = _book(office)
    d = office.director
    with d.database.write() as conn:
        conn.execute(
            sa.insert(contract_splits).values(
                contract_id=ids["k_favre"], beneficiary_id=ids["alice"], share_bp=10000
            )
        )
    transfer = d.transfers.run(ids["alice"], ids["chloe"])
    with d.database.write() as conn:
        conn.execute(
            sa.update(contract_splits)
            .where(contract_splits.c.contract_id == ids["k_favre"])
            .values(beneficiary_id=ids["bruno"], version=contract_splits.c.version + 1)
        )
    check = d.transfers.undo_check(transfer.id)
    assert [(b.entity, b.reason, b.label) for b in check.blockers if b.blocking] == [
        ("contract_split", "changed", "A-1")
    ]
    with pytest.raises(TransferUndoBlocked):
        d.transfers.undo(transfer.id)
