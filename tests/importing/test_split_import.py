"""Commission splits in the portfolio import: one cell ("Agent1 60% / Agent2 40%") or
person + percentage column pairs (Excel percentage cells too), checked to sum to 100 %
and to name users, previewed by the dry run, written in the batch, undone by the undo;
an agent writes splits only on contracts of his own book."""

from __future__ import annotations

import openpyxl
import pytest
import sqlalchemy as sa
from tests.importing.extranet_files import (
    PORTFOLIO_HEADERS,
    axa_mapping_dict,
    axa_rows,
    database_fingerprint,
    write_csv,
)

from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.importing.mapping import Mapping, guess_columns
from broker_desktop.core.importing.portfolio import UndoBlocked
from broker_desktop.core.reconciliation import usual_split
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT
from broker_desktop.storage.schema import contract_splits, contracts

SPLITS = [
    "Agent1 60% / Agent2 40%",  # AX-100
    "agent2",  # AX-101: one name alone takes it all
    "60 % Agent1; 50 % Agent2",  # AX-102: 110 %
    "Inconnu 100%",  # AX-103: nobody of that name
    "Agent1 (33,5%) + Agent2 (66,5%)",  # AX-104
    "",  # AX-105: no split
    "Agent1 100%",  # AX-106: already rejected (unknown insurer)
    "Agent1 100%",  # AX-107: already rejected (first name missing)
    "Agent1 50% / Agent1 50%",  # AX-108: twice the same person
    "Agent2 100%",  # AX-109
]


def split_csv(folder, splits=SPLITS):
    rows = [r + [s] for r, s in zip(axa_rows(), splits, strict=True)]
    return write_csv(
        folder / "repartition.csv", [*PORTFOLIO_HEADERS, "Répartition"], rows, encoding="cp1252"
    )


def split_mapping(**changes) -> Mapping:
    fields = {
        "name": "Ancien logiciel avec répartition",
        "columns": {**axa_mapping_dict(), "split": "Répartition"},
        "values": {"insurer": {"AXA Winterthur": "AXA Assurances"}},
    }
    fields.update(changes)
    return Mapping(**fields)


def splits_by_policy(session) -> dict[str, dict[str, int]]:
    with session.database.read() as conn:
        rows = conn.execute(
            sa.select(
                contracts.c.policy_number,
                contract_splits.c.beneficiary_id,
                contract_splits.c.share_bp,
            ).join(contracts, contracts.c.id == contract_splits.c.contract_id)
        ).all()
    out: dict[str, dict[str, int]] = {}
    for policy, user_id, bp in rows:
        out.setdefault(policy, {})[user_id] = bp
    return out


def test_splits_are_previewed_written_used_and_undone(office, tmp_path):
    s = office.director
    a1 = office.add_user("agent1", AGENT)
    a2 = office.add_user("agent2", AGENT)
    assert guess_columns(("No police", "Répartition"))["split"] == "Répartition"
    agent = office.login("agent1")  # before the fingerprint: a first login changes users
    before = database_fingerprint(s)
    preview = s.imports.preview(split_csv(tmp_path), split_mapping())
    assert preview.counts.splits_set == 4
    reasons = {r.row: {(x.field, x.code) for x in r.reasons} for r in preview.rejected}
    assert reasons[4] == {("split", "split_not_100")}  # rows count from 2 (the header is 1)
    assert reasons[5] == {("split", "unknown_person")}
    assert reasons[10] == {("split", "duplicate_beneficiary")}
    assert database_fingerprint(s) == before  # the dry run wrote nothing

    outcome = s.imports.run(split_csv(tmp_path), split_mapping())
    assert outcome.counts.as_dict() == {**preview.counts.as_dict()}
    # a rejected row leaves neither its contract nor its split
    assert splits_by_policy(s) == {
        "AX-100": {a1: 6000, a2: 4000},
        "AX-101": {a2: 10_000},
        "AX-104": {a1: 3350, a2: 6650},
        "AX-109": {a2: 10_000},
    }
    with s.database.read() as conn:
        contract = conn.execute(
            sa.select(contracts).where(contracts.c.policy_number == "AX-100")
        ).one()
        assert [(x.beneficiary_id, x.share_bp) for x in usual_split(conn, contract)] == [
            (a1, 6000),
            (a2, 4000),
        ]
    # a new commission of the contract starts from it (commission managers only)
    assert [
        (x.beneficiary_id, x.share_bp) for x in s.reconciliation.usual_split_of(contract.id)
    ] == [
        (a1, 6000),
        (a2, 4000),
    ]
    with pytest.raises(PermissionDenied):
        agent.reconciliation.usual_split_of(contract.id)
    agent.close()
    again = s.imports.preview(split_csv(tmp_path), split_mapping())
    assert (again.counts.splits_set, again.counts.splits_unchanged) == (0, 4)
    s.imports.undo(outcome.batch_id)
    assert database_fingerprint(s) == before


def test_a_changed_split_is_restored_by_the_undo_and_blocks_the_older_one(office, tmp_path):
    s = office.director
    a1 = office.add_user("agent1", AGENT)
    a2 = office.add_user("agent2", AGENT)
    first = s.imports.run(split_csv(tmp_path), split_mapping())
    after_first = database_fingerprint(s)
    changed = ["Agent2 100%"] + SPLITS[1:]
    (tmp_path / "v2").mkdir()
    second = s.imports.run(split_csv(tmp_path / "v2", changed), split_mapping())
    assert (second.counts.splits_set, second.counts.splits_unchanged) == (1, 3)
    assert splits_by_policy(s)["AX-100"] == {a2: 10_000}
    blockers, total = s.imports.undo_blockers(first.batch_id)
    assert total == 1 and blockers[0].entity == "contract_split"
    with pytest.raises(UndoBlocked):
        s.imports.undo(first.batch_id)
    s.imports.undo(second.batch_id)
    assert splits_by_policy(s)["AX-100"] == {a1: 6000, a2: 4000}
    assert database_fingerprint(s) == after_first


def test_person_and_percentage_columns_from_excel(office, tmp_path):
    s = office.director
    a1 = office.add_user("agent1", AGENT)
    a2 = office.add_user("agent2", AGENT)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Portefeuille avec conseillers"])
    sheet.append(
        [
            "Nom",
            "Prénom",
            "Compagnie",
            "Branche",
            "No police",
            "Début",
            "Échéance",
            "Prime",
            "Conseiller 1",
            "Part 1",
            "Conseiller 2",
            "Part 2",
        ]
    )
    rows = [
        ("Zbinden", "Agent1", 0.6, "Agent2", 0.4),  # Excel percentage cells
        ("Schmid", "Agent2", 1, None, None),  # 100 % as a percentage cell holds 1
        ("Wyss", "Agent1", "75 %", "Agent2", "25 %"),  # typed as text
        ("Aebi", "Agent1", 0.5, "Agent2", None),  # a person without a share
    ]
    for i, (last, p1, s1, p2, s2) in enumerate(rows):
        sheet.append(
            [
                last,
                "Paul",
                "Zurich Assurances",
                "MOTOR",
                f"ZH-9{i}",
                "01.01.2026",
                "31.12.2026",
                "1'200.00",
                p1,
                s1,
                p2,
                s2,
            ]
        )
        for col in (10, 12):
            sheet.cell(row=sheet.max_row, column=col).number_format = "0%"
    path = tmp_path / "conseillers.xlsx"
    book.save(path)
    columns = guess_columns(tuple(c.value for c in sheet[2]))
    assert {k: v for k, v in columns.items() if k.startswith("split")} == {
        "split_person_1": "Conseiller 1",
        "split_share_1": "Part 1",
        "split_person_2": "Conseiller 2",
        "split_share_2": "Part 2",
    }
    mapping = Mapping(name="Conseillers", columns=columns)
    outcome = s.imports.run(path, mapping)
    assert outcome.counts.contracts_created == 3 and outcome.counts.splits_set == 3
    assert [(r.row, [x.field for x in r.reasons]) for r in outcome.rejected] == [
        (6, ["split_share_2"])
    ]
    assert splits_by_policy(s) == {
        "ZH-90": {a1: 6000, a2: 4000},
        "ZH-91": {a2: 10_000},
        "ZH-92": {a1: 7500, a2: 2500},
    }


def test_an_agent_writes_splits_only_in_his_own_book(office, tmp_path):
    s = office.director
    a1 = office.add_user("agent1", AGENT)
    a2 = office.add_user("agent2", AGENT)
    # AX-104 already exists in agent2's book, with its split
    colleague = write_csv(
        tmp_path / "agent2.csv",
        [*PORTFOLIO_HEADERS, "Répartition"],
        [axa_rows()[4] + [SPLITS[4]]],
        encoding="cp1252",
    )
    s.imports.run(colleague, split_mapping(defaults={"agent": "agent2"}))
    agent = office.login("agent1")
    s.admin.grant_right(a1, Right.IMPORT_RUN)
    with pytest.raises(PermissionDenied):  # a split is commission data
        agent.imports.preview(split_csv(tmp_path), split_mapping())
    s.admin.grant_right(a1, Right.COMMISSIONS_MANAGE)
    outcome = agent.imports.run(split_csv(tmp_path), split_mapping())
    codes = {x.code for r in outcome.rejected for x in r.reasons}
    assert "policy_number_taken" in codes  # AX-104: a colleague's contract
    assert outcome.counts.splits_set == 3
    with s.database.read() as conn:
        owners = conn.execute(
            sa.select(contracts.c.policy_number, contracts.c.agent_id)
            .join(contract_splits, contract_splits.c.contract_id == contracts.c.id)
            .distinct()
        ).all()
    assert {p: a for p, a in owners} == {"AX-100": a1, "AX-101": a1, "AX-104": a2, "AX-109": a1}
    assert splits_by_policy(s)["AX-104"] == {a1: 3350, a2: 6650}  # agent2's, untouched
    refused = agent.imports.preview(
        split_csv(tmp_path), split_mapping(defaults={"agent": "agent2"})
    )
    assert refused.counts.splits_set == 0 and refused.counts.contracts_created == 0
    agent.close()
