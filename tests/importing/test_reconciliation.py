"""Commission statements against what is owed: underpaid, overpaid, unknown policy,
missing line, within tolerance, split applied, agent scope."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from tests.importing.extranet_files import write_csv

from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.errors import PermissionDenied, ValidationError
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.reconciliation import expected_for
from broker_desktop.core.rights import Right

STATEMENT_MAPPING = Mapping(
    name="Décompte AXA",
    kind="statement",
    columns={"policy_number": "N° de police", "period": "Période", "amount": "Courtage CHF"},
)


def statement_file(folder, rows, name="decompte.csv"):
    return write_csv(
        folder / name,
        ["N° de police", "Preneur", "Période", "Prime", "Courtage CHF"],
        rows,
        encoding="cp1252",
    )


def test_expected_amounts():
    assert expected_for(120_000, 1000, "2026-03") == 1000  # 1'200 × 10 % / 12 = 10.00
    assert expected_for(120_000, 1000, "2026") == 12_000
    assert expected_for(100, 3333, "2026-01") == 3  # 2.7775 rounds half up


def test_statement_lines_are_reconciled(office, book, tmp_path):
    s = office.director
    path = statement_file(
        tmp_path,
        [
            ["AX-1", "Client AX-1", "03.2026", "1'200.00", "10.00"],  # exactly
            ["AX-2", "Client AX-2", "03.2026", "2'400.00", "15.00"],  # 20.00 owed: underpaid
            ["AX-3", "Client AX-3", "03.2026", "360.00", "4.80"],  # 4.50 owed: within 0.50
            ["AX-4", "Client AX-4", "03.2026", "600.00", "9.00"],  # 4.00 owed: overpaid
            ["ZZ-9", "Inconnu", "03.2026", "100.00", "7.50"],  # not ours
            ["AX-1", "Client AX-1", "mars 2026", "", "-0.00"],  # a zero correction, same period
            ["AX-2", "", "03.2026", "", "douze"],  # unreadable amount
        ],
    )
    s.mappings.save(STATEMENT_MAPPING)
    result = s.reconciliation.import_statement(
        path, s.mappings.get("Décompte AXA", "statement"), book["axa"], tolerance_cents=50
    )
    assert result.rows == 7
    assert [(r.row, r.reasons[0].field) for r in result.rejected] == [(8, "amount")]
    assert result.counts == {
        "matched": 2,
        "difference": 2,
        "no_rate": 0,
        "unknown": 1,
        "missing": 1,
    }
    lines = {(x.policy_number, x.category): x for x in s.reconciliation.lines(result.statement_id)}
    assert lines[("AX-1", "matched")].difference_cents == 0
    assert lines[("AX-3", "matched")].difference_cents == 30
    assert lines[("AX-2", "difference")].difference_cents == -500  # underpaid
    assert lines[("AX-4", "difference")].difference_cents == 500  # overpaid
    assert lines[("ZZ-9", "unknown")].expected_cents is None
    missing = lines[("AX-5", "missing")]  # expected at the contract's own 12 %
    assert (missing.received_cents, missing.expected_cents) == (None, 1200)
    totals = s.reconciliation.totals(book["axa"])
    assert [(t.period, t.expected_cents, t.received_cents) for t in totals] == [
        ("2026-03", 1000 + 2000 + 450 + 400 + 1200, 1000 + 1500 + 480 + 900 + 750)
    ]
    out = tmp_path / "totaux.xlsx"
    assert s.reconciliation.export_totals(out, book["axa"]) == 1
    sheet = openpyxl.load_workbook(out, read_only=True).active
    assert list(sheet.iter_rows(values_only=True))[1] == (
        "AXA Assurances",
        "2026-03",
        50.5,
        46.3,
        -4.2,
    )
    s.reconciliation.export_totals(tmp_path / "totaux.csv", book["axa"])
    with open(tmp_path / "totaux.csv", encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1] == [
            "AXA Assurances",
            "2026-03",
            "50.50",
            "46.30",
            "-4.20",
        ]


def test_accept_applies_the_usual_split_and_flag_keeps_a_note(office, book, tmp_path):
    s = office.director
    path = statement_file(
        tmp_path,
        [
            ["AX-2", "", "2026-03", "", "15.00"],
            ["AX-1", "", "2026-03", "", "10.00"],
            ["ZZ-9", "", "2026-03", "", "7.50"],
        ],
    )
    result = s.reconciliation.import_statement(path, STATEMENT_MAPPING, book["axa"])
    lines = {x.policy_number: x for x in s.reconciliation.lines(result.statement_id)}
    commission_id = s.reconciliation.accept(lines["AX-2"].id, lines["AX-2"].version)
    commission = s.commissions.get(commission_id)
    assert commission.amount_cents == 1500 and commission.period == "2026-03"
    assert [(x.beneficiary_id, x.share_bp, x.amount_cents) for x in commission.shares] == [
        (book["agent1"], 6000, 900),
        (None, 4000, 600),
    ]
    # AX-1 has no commission yet: all of it to its agent
    one = s.commissions.get(s.reconciliation.accept(lines["AX-1"].id, lines["AX-1"].version))
    assert [(x.beneficiary_id, x.share_bp) for x in one.shares] == [(book["agent1"], 10000)]
    with pytest.raises(ValidationError):
        s.reconciliation.accept(lines["ZZ-9"].id, lines["ZZ-9"].version)
    s.reconciliation.flag(lines["ZZ-9"].id, "Police d'un autre courtier ?", lines["ZZ-9"].version)
    again = {x.policy_number: x for x in s.reconciliation.lines(result.statement_id)}
    assert (again["ZZ-9"].decision, again["ZZ-9"].note) == (
        "flagged",
        "Police d'un autre courtier ?",
    )
    assert again["AX-2"].decision == "accepted"
    # a second statement adjusting the same period keeps the split
    later = statement_file(tmp_path, [["AX-2", "", "2026-03", "", "20.00"]], "correction.csv")
    second = s.reconciliation.import_statement(later, STATEMENT_MAPPING, book["axa"])
    line = next(x for x in s.reconciliation.lines(second.statement_id) if x.policy_number == "AX-2")
    assert line.category == "matched"
    s.reconciliation.accept(line.id, line.version)
    adjusted = s.commissions.get(commission_id)
    assert [(x.share_bp, x.amount_cents) for x in adjusted.shares] == [(6000, 1200), (4000, 800)]


def test_agent_sees_only_his_share_never_the_totals(office, book, tmp_path):
    s = office.director
    path = statement_file(
        tmp_path,
        [
            ["AX-2", "", "2026-03", "", "15.00"],
            ["AX-3", "", "2026-03", "", "4.50"],
            ["ZZ-9", "", "2026-03", "", "7.50"],
        ],
    )
    result = s.reconciliation.import_statement(path, STATEMENT_MAPPING, book["axa"])
    agent = office.login("agent1")
    seen = agent.reconciliation.lines(result.statement_id)
    # his contracts only (AX-2 received; AX-1 and AX-5 missing), amounts at his share
    assert sorted((x.policy_number, x.received_cents, x.expected_cents) for x in seen) == [
        ("AX-1", None, 1000),
        ("AX-2", 900, 1200),
        ("AX-5", None, 1200),
    ]
    with pytest.raises(PermissionDenied):
        agent.reconciliation.totals()
    with pytest.raises(PermissionDenied):
        agent.reconciliation.rates()
    with pytest.raises(PermissionDenied):
        agent.reconciliation.accept(seen[0].id, seen[0].version)
    with pytest.raises(PermissionDenied):
        agent.reconciliation.import_statement(path, STATEMENT_MAPPING, book["axa"])
    # even with import.run, importing a statement needs commissions.manage
    s.admin.grant_right(book["agent1"], Right.IMPORT_RUN)
    with pytest.raises(PermissionDenied):
        agent.reconciliation.import_statement(path, STATEMENT_MAPPING, book["axa"])
    agent.close()
    other = office.login("agent2")
    assert [x.policy_number for x in other.reconciliation.lines(result.statement_id)] == [
        "AX-3",  # matched
        "AX-4",  # missing
    ]
    assert other.commissions.page(CommissionQuery(), limit=10) == []
    other.close()


def test_rate_table_is_for_commission_managers(office, book):
    s = office.director
    rates = s.reconciliation.rates(book["axa"])
    assert sorted(r.rate_bp for r in rates) == [800, 1000, 1200, 1500]
    rate_id = s.reconciliation.set_rate(book["axa"], 900)  # replaces the 8 % rule
    assert sorted(r.rate_bp for r in s.reconciliation.rates(book["axa"])) == [900, 1000, 1200, 1500]
    with pytest.raises(ValidationError):
        s.reconciliation.set_rate(book["axa"], 10_001)
    s.reconciliation.delete_rate(rate_id)
    assert len(s.reconciliation.rates(book["axa"])) == 3


def test_a_contracts_own_rate_comes_first_and_stays_in_scope(office, book, tmp_path):
    s = office.director
    ax3 = book["ids"]["AX-3"]  # legal protection at 15 % by its line
    r = s.reconciliation
    rate_id = r.set_rate(book["axa"], 2000, contract_id=ax3)
    own = next(x for x in r.rates(book["axa"]) if x.contract_id == ax3)
    assert (own.id, own.rate_bp, own.policy_number) == (rate_id, 2000, "AX-3")
    assert r.set_rate(book["axa"], 2100, contract_id=ax3) == rate_id  # replaced, not added
    other = next(i.id for i in s.reference.insurers() if i.name != "AXA Assurances")
    with pytest.raises(ValidationError) as caught:
        r.set_rate(other, 2000, contract_id=ax3)  # not the contract's insurer
    assert "contract_id" in caught.value.errors
    path = statement_file(tmp_path, [["AX-3", "", "2026-03", "", "6.30"]])
    result = r.import_statement(path, STATEMENT_MAPPING, book["axa"], tolerance_cents=0)
    line = next(x for x in r.lines(result.statement_id) if x.policy_number == "AX-3")
    assert (line.expected_cents, line.category) == (630, "matched")  # 360.- × 21 % / 12
    # an agent granted commissions.manage sets rates on his own contracts only
    s.admin.grant_right(book["agent1"], Right.COMMISSIONS_MANAGE)
    agent = office.login("agent1")
    agent.reconciliation.set_rate(book["axa"], 900, contract_id=book["ids"]["AX-1"])
    with pytest.raises(PermissionDenied):
        agent.reconciliation.set_rate(book["axa"], 900, contract_id=ax3)  # agent2's
    agent.close()
