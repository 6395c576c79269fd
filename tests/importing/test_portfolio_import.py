"""The portfolio import end to end on a real encrypted office: mapping saved and reused,
exact dry-run counts, duplicates, rejected rows, one reversible batch, cancel."""

from __future__ import annotations

import csv
from datetime import date

import pytest
import sqlalchemy as sa
from tests.importing.extranet_files import (
    XLSX_MAPPING,
    axa_csv,
    axa_mapping_dict,
    database_fingerprint,
    portfolio_xlsx,
)

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.contracts import ContractInput, ContractQuery
from broker_desktop.core.errors import NotFound, PermissionDenied
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import ImportCancelled, UndoBlocked, decisions_for
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT
from broker_desktop.storage.schema import import_items


def axa_mapping(**changes) -> Mapping:
    fields = {
        "name": "Export AXA extranet",
        "columns": axa_mapping_dict(),
        "values": {"insurer": {"AXA Winterthur": "AXA Assurances"}},
    }
    fields.update(changes)
    return Mapping(**fields)


def insurer_id(session, name):
    return next(i.id for i in session.reference.insurers() if i.name == name)


def line_id(session, code):
    return next(x.id for x in session.reference.lines() if x.code == code)


def existing_portfolio(office):
    """What the office already holds before the import: a spelling variant of a client of
    the file (same birth date), a company under another name with the same UID, and one
    of the file's contracts with an older premium."""
    s = office.director
    s.clients.create(
        ClientInput(
            kind="person",
            last_name="Dupres",
            first_name="Helene",
            birth_date=date(1970, 5, 4),
            postcode="1003",
        )
    )
    s.clients.create(
        ClientInput(kind="company", company_name="Favre Boulangerie", company_uid="CHE-116.281.710")
    )
    barts = s.clients.create(ClientInput(kind="person", last_name="Bärtschi", first_name="Jürg"))
    s.contracts.create(
        ContractInput(
            client_id=barts,
            insurer_id=insurer_id(s, "AXA Assurances"),
            line_id=line_id(s, "MOTOR"),
            policy_number="AX-102",
            start_date=date(2025, 7, 1),
            expiry_date=date(2027, 6, 30),
            premium_cents=200_000,
            frequency="semiannual",
        )
    )


def test_mapping_is_saved_by_name_and_reused(office, tmp_path):
    s = office.director
    s.mappings.save(axa_mapping())
    assert s.mappings.names() == ["Export AXA extranet"]
    again = s.mappings.get("Export AXA extranet")
    assert again == axa_mapping()
    outcome = s.imports.preview(axa_csv(tmp_path), again)
    assert outcome.counts.contracts_created == 7
    # the same mapping from a file, for the command line
    (tmp_path / "m.json").write_text(again.to_json(), encoding="utf-8")
    assert s.mappings.resolve(str(tmp_path / "m.json")) == again


def test_dry_run_counts_are_exact_and_nothing_is_written(office, tmp_path):
    s = office.director
    before = database_fingerprint(s)
    outcome = s.imports.preview(axa_csv(tmp_path), axa_mapping())
    counts = outcome.counts.as_dict()
    assert counts == {
        "rows": 10,
        "rejected": 3,
        "clients_created": 6,
        "clients_updated": 0,
        "clients_unchanged": 0,
        "contracts_created": 7,
        "contracts_updated": 0,
        "contracts_unchanged": 0,
        "follow_ups_created": 0,
        "splits_set": 0,
        "splits_unchanged": 0,
        "duplicates": 0,
    }
    reasons = {r.row: {(x.field, x.code) for x in r.reasons} for r in outcome.rejected}
    assert reasons == {
        7: {("birth_date", "invalid_date")},
        8: {("insurer", "unknown_reference")},
        9: {("first_name", "required")},
    }
    assert database_fingerprint(s) == before


def test_duplicates_by_fuzzy_name_and_by_uid_then_updates(office, tmp_path):
    existing_portfolio(office)
    s = office.director
    path = axa_csv(tmp_path)
    outcome = s.imports.preview(path, axa_mapping())
    c = outcome.counts
    assert (c.rows, c.rejected, c.duplicates) == (10, 3, 2)
    assert (c.clients_created, c.clients_updated) == (5, 1)  # Bärtschi through his contract
    assert (c.contracts_created, c.contracts_updated) == (6, 1)
    by_name = {d.name: d for d in outcome.duplicates}
    dupre = by_name["Dupré Hélène"]
    assert dupre.candidate_name == "Dupres Helene"
    assert "birth_date" in dupre.reasons and 85 <= dupre.score < 100
    assert not dupre.certain
    favre = by_name["Boulangerie Favre SA"]
    assert favre.candidate_name == "Favre Boulangerie"
    assert favre.reasons[0] == "uid" and favre.certain

    # the user merges Dupré into the existing client and keeps the company apart
    decisions = decisions_for(outcome.duplicates, merge={dupre.key})
    decided = s.imports.preview(path, axa_mapping(), decisions)
    assert (decided.counts.clients_created, decided.counts.clients_updated) == (4, 2)
    # decide by rule: the certain one (same UID) merges by itself
    ruled = s.imports.preview(path, axa_mapping(duplicates="merge_certain"))
    assert (ruled.counts.clients_created, ruled.counts.clients_updated) == (4, 2)

    result = s.imports.run(path, axa_mapping(), decisions)
    assert result.counts.as_dict() == decided.counts.as_dict()
    contracts = s.contracts.page(ContractQuery(policy_number="AX-"), limit=50)
    assert {r.policy_number for r in contracts} == {
        "AX-100",
        "AX-101",
        "AX-102",
        "AX-103",
        "AX-104",
        "AX-108",
        "AX-109",
    }
    ax102 = next(r for r in contracts if r.policy_number == "AX-102")
    assert ax102.premium_cents == 234_560
    dupres = s.clients.page(ClientQuery(search="Dupr"), limit=10)
    assert len(dupres) == 1 and dupres[0].name == "Dupré Hélène"
    assert dupres[0].phone == "+41 21 312 45 67"
    # importing the same file again changes nothing
    again = s.imports.preview(path, axa_mapping(), decisions)
    assert (again.counts.contracts_unchanged, again.counts.contracts_created) == (7, 0)


def test_rejected_rows_are_saved_to_a_file_with_reasons(office, tmp_path):
    s = office.director
    target = tmp_path / "rejets.csv"
    assert s.imports.save_rejected(axa_csv(tmp_path), axa_mapping(), target) == 3
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Ligne", "Motif", "No client", "Type"]
    assert [r[0] for r in rows[1:]] == ["7", "8", "9"]
    assert rows[1][4] == "Keller" and rows[1][1].startswith("birth_date:")
    assert "insurer" in rows[2][1] and "first_name" in rows[3][1]


def test_import_then_undo_leaves_the_database_as_before(office, tmp_path):
    existing_portfolio(office)
    s = office.director
    before = database_fingerprint(s)
    published = []
    s.changes.subscribe(published.append)
    s.imports.preview(axa_csv(tmp_path), axa_mapping())
    assert published == []  # a dry run commits nothing, so it announces nothing
    outcome = s.imports.run(axa_csv(tmp_path), axa_mapping(duplicates="merge_best"))
    assert published[-1].touches("client") and published[-1].touches("contract")
    assert outcome.counts.clients_updated == 3 and outcome.counts.contracts_updated == 1
    assert database_fingerprint(s) != before
    xlsx = s.imports.run(portfolio_xlsx(tmp_path), Mapping(name="Zurich", columns=XLSX_MAPPING))
    assert xlsx.counts.contracts_created == 6 and xlsx.counts.rejected == 0
    s.imports.undo(xlsx.batch_id)
    s.imports.undo(outcome.batch_id)
    assert database_fingerprint(s) == before
    assert [b.status for b in s.imports.batches()] == ["undone", "undone"]
    with s.database.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(import_items)).scalar() == 0
    actions = [r.action for r in s.audit.page(limit=5)]
    assert actions[:4] == ["import.undo", "import.undo", "import.run", "import.run"]


def test_undo_lists_what_was_edited_since(office, tmp_path):
    existing_portfolio(office)
    s = office.director
    outcome = s.imports.run(axa_csv(tmp_path), axa_mapping())
    row = s.contracts.page(ContractQuery(policy_number="AX-104"), limit=1)[0]
    contract = s.contracts.get(row.id)
    s.contracts.update(
        contract.id,
        contract.as_input().__class__(**{**contract.as_input().__dict__, "premium_cents": 20_000}),
        contract.version,
    )
    updated = s.contracts.get(s.contracts.page(ContractQuery(policy_number="AX-102"))[0].id)
    s.contracts.update(updated.id, updated.as_input(), updated.version)  # touched, same data
    blockers, total = s.imports.undo_blockers(outcome.batch_id)
    assert total == 2
    assert {(b.entity, b.entity_id, b.reason) for b in blockers} == {
        ("contract", contract.id, "changed"),
        ("contract", updated.id, "changed"),
    }
    with pytest.raises(UndoBlocked) as caught:
        s.imports.undo(outcome.batch_id)
    assert caught.value.total == 2
    assert s.contracts.get(contract.id).premium_cents == 20_000  # nothing undone


def test_cancel_mid_way_leaves_nothing(office, tmp_path):
    s = office.director
    before = database_fingerprint(s, skip=("audit_log",))
    seen = []

    def cancel_after_first_progress():
        seen.append(1)
        return len(seen) > 1

    path = portfolio_xlsx(tmp_path, rows=600)
    with pytest.raises(ImportCancelled):
        s.imports.run(
            path,
            Mapping(name="Zurich", columns=XLSX_MAPPING),
            cancelled=cancel_after_first_progress,
        )
    assert len(seen) == 2  # it did write the first 250 rows before the cancel
    assert database_fingerprint(s, skip=("audit_log",)) == before


def test_an_agent_imports_only_into_his_own_book(office, tmp_path):
    s = office.director
    agent_id = office.add_user("agent1", AGENT)
    other_id = office.add_user("agent2", AGENT)
    agent = office.login("agent1")
    with pytest.raises(PermissionDenied):
        agent.imports.preview(axa_csv(tmp_path), axa_mapping())
    s.admin.grant_right(agent_id, Right.IMPORT_RUN)
    outcome = agent.imports.run(axa_csv(tmp_path), axa_mapping())
    assert outcome.counts.contracts_created == 7
    assert {r.agent_id for r in agent.clients.page(ClientQuery(), limit=50)} == {agent_id}
    # a row naming a colleague is refused
    named = axa_mapping(defaults={"agent": "agent2"})
    refused = agent.imports.preview(axa_csv(tmp_path), named)
    assert refused.counts.rejected == 10
    assert {x.code for r in refused.rejected for x in r.reasons if x.field == "agent"} == {
        "own_book_only"
    }
    assert other_id != agent_id
    # the director's import of the same policies sees them as updates of the agent's book
    assert s.imports.preview(axa_csv(tmp_path), axa_mapping()).counts.contracts_unchanged == 7
    agent.close()


def test_duplicate_clients_already_in_the_office_are_merged(office, tmp_path):
    existing_portfolio(office)
    s = office.director
    s.imports.run(axa_csv(tmp_path), axa_mapping())  # keeps both Dupré and both Favre
    pairs = s.client_merge.probable_pairs()
    names = {(p.keep_name, p.other_name): p for p in pairs}
    favre = names[("Favre Boulangerie", "Boulangerie Favre SA")]
    assert favre.certain and favre.reasons[0] == "uid"
    dupre = names[("Dupres Helene", "Dupré Hélène")]
    keep, other = s.clients.get(dupre.keep_id), s.clients.get(dupre.other_id)
    moved = s.contracts.page(ContractQuery(client_id=other.id), limit=10)
    assert {r.policy_number for r in moved} == {"AX-100", "AX-101"}
    s.client_merge.merge(keep.id, keep.version, other.id, other.version)
    merged = s.clients.get(keep.id)
    assert merged.email == "helene.dupre@example.ch" and merged.phone == "+41 21 312 45 67"
    assert {r.policy_number for r in s.contracts.page(ContractQuery(client_id=keep.id))} == {
        "AX-100",
        "AX-101",
    }
    with pytest.raises(NotFound):
        s.clients.get(other.id)
    entry = s.audit.page(limit=1)[0]
    assert (entry.action, entry.entity_id) == ("client.merge", keep.id)
    assert all(p.other_id != other.id for p in s.client_merge.probable_pairs())


def test_follow_ups_come_with_the_portfolio_and_go_with_the_undo(office, tmp_path):
    from tests.importing.extranet_files import PORTFOLIO_HEADERS, axa_rows, write_csv

    from broker_desktop.core.deadlines import DeadlineQuery

    s = office.director
    rows = [r + ["15.01.2027", "Revoir la couverture"] for r in axa_rows()[:2]]
    rows[1][-2] = "31.13.2026"  # no such month: the row is rejected, with its reason
    path = write_csv(
        tmp_path / "suivi.csv",
        [*PORTFOLIO_HEADERS, "Relance", "Objet de la relance"],
        rows,
        encoding="cp1252",
    )
    mapping = axa_mapping(
        columns={
            **axa_mapping_dict(),
            "follow_up_date": "Relance",
            "follow_up_title": "Objet de la relance",
        }
    )
    before = database_fingerprint(s)
    outcome = s.imports.run(path, mapping)
    assert (outcome.counts.follow_ups_created, outcome.counts.rejected) == (1, 1)
    assert {x.field for x in outcome.rejected[0].reasons} == {"follow_up_date"}
    follow_ups = [r for r in s.deadlines.page(DeadlineQuery(), limit=500) if r.kind == "follow_up"]
    assert [(r.title, r.due_date) for r in follow_ups] == [
        ("Revoir la couverture", date(2027, 1, 15))
    ]
    again = s.imports.preview(path, mapping)
    assert again.counts.follow_ups_created == 0  # the same follow-up is not repeated
    s.imports.undo(outcome.batch_id)
    assert database_fingerprint(s) == before


def test_batched_writes_all_land_and_a_cancel_after_a_flush_leaves_nothing(office, tmp_path):
    from broker_desktop.core.importing.portfolio import FLUSH_EVERY, PROGRESS_EVERY
    from broker_desktop.storage.schema import contracts, deadlines

    s = office.director
    rows = 700  # several multi-row inserts and a last partial one
    path = portfolio_xlsx(tmp_path, rows=rows)
    mapping = Mapping(name="Zurich", columns=XLSX_MAPPING)
    before = database_fingerprint(s, skip=("audit_log",))
    calls = []

    def cancel_late():
        calls.append(1)
        return len(calls) * PROGRESS_EVERY > FLUSH_EVERY  # after several flushes

    with pytest.raises(ImportCancelled):
        s.imports.run(path, mapping, cancelled=cancel_late)
    assert database_fingerprint(s, skip=("audit_log",)) == before

    def count(conn, table):
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar()

    with s.database.read() as conn:
        contracts_before, deadlines_before = count(conn, contracts), count(conn, deadlines)
    outcome = s.imports.run(path, mapping)
    assert (outcome.counts.contracts_created, outcome.counts.rejected) == (rows, 0)
    with s.database.read() as conn:
        assert count(conn, contracts) - contracts_before == rows
        assert count(conn, deadlines) - deadlines_before == 2 * rows  # renewal and notice
        policies = conn.execute(
            sa.select(contracts.c.policy_number).where(contracts.c.policy_number.like("ZH-%"))
        ).scalars()
        assert sorted(policies) == [f"ZH-{i:05d}" for i in range(rows)]
    s.imports.undo(outcome.batch_id)
    assert database_fingerprint(s, skip=("audit_log", "import_batches")) == {
        k: v for k, v in before.items() if k != "import_batches"
    }
