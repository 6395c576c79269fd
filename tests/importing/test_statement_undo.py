"""A commission statement is previewed before anything is written, imported as one
audited batch with an id, and undone through the portfolio import's undo: every table
as before, refused while a line was accepted or flagged since."""

from __future__ import annotations

import openpyxl
import pytest
from tests.importing.extranet_files import database_fingerprint
from tests.importing.test_reconciliation import STATEMENT_MAPPING, statement_file

from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import UndoBlocked
from broker_desktop.core.rights import Right

ROWS = [
    ["AX-1", "Client AX-1", "03.2026", "1'200.00", "10.00"],
    ["AX-2", "Client AX-2", "03.2026", "2'400.00", "15.00"],
    ["AX-4", "Client AX-4", "03.2026", "600.00", "9.00"],
    ["ZZ-9", "Inconnu", "03.2026", "100.00", "7.50"],
    ["AX-2", "", "03.2026", "", "douze"],
]


def test_preview_writes_nothing_and_the_run_is_one_undoable_batch(office, book, tmp_path):
    s = office.director
    path = statement_file(tmp_path, ROWS)
    before = database_fingerprint(s)
    preview = s.reconciliation.preview_statement(
        path, STATEMENT_MAPPING, book["axa"], tolerance_cents=50
    )
    assert database_fingerprint(s) == before
    assert s.reconciliation.statements(book["axa"]) == []
    assert (preview.statement_id, preview.batch_id, preview.period) == (0, None, "2026-03")
    assert preview.counts == {
        "matched": 1,
        "difference": 2,
        "no_rate": 0,
        "unknown": 1,
        "missing": 2,
    }
    assert [(r.row, r.reasons[0].field) for r in preview.rejected] == [(6, "amount")]

    result = s.reconciliation.import_statement(
        path, STATEMENT_MAPPING, book["axa"], tolerance_cents=50
    )
    assert (result.counts, result.rows, result.rejected) == (
        preview.counts,
        preview.rows,
        preview.rejected,
    )
    total = s.reconciliation.totals(book["axa"])[0]
    assert (total.expected_cents, total.received_cents) == (
        preview.expected_cents,
        preview.received_cents,
    )
    assert preview.received_cents == 1000 + 1500 + 900 + 750
    [info] = s.reconciliation.statements(book["axa"])
    assert info.batch_id == result.batch_id is not None
    [batch] = s.imports.batches(kind="statement")
    assert (batch.id, batch.status, batch.counts["difference"]) == (result.batch_id, "done", 2)
    assert s.imports.batches() == []  # the portfolio's history lists portfolio imports
    assert database_fingerprint(s) != before

    s.reconciliation.undo_statement(result.statement_id)
    assert database_fingerprint(s) == before  # every table, row counts and checksums
    assert s.imports.batches(kind="statement")[0].status == "undone"
    actions = [r.action for r in s.audit.page(limit=3)]
    assert actions[:2] == ["import.undo", "statement.import"]


def test_undo_is_refused_while_a_line_was_decided_since(office, book, tmp_path):
    s = office.director
    book_xlsx = openpyxl.Workbook()
    sheet = book_xlsx.active
    sheet.append(["N° de police", "Période", "Courtage CHF"])
    sheet.append(["AX-2", "03.2026", 15.0])
    sheet.append(["AX-1", "03.2026", 10.0])
    sheet.append(["ZZ-9", "03.2026", 7.5])
    path = tmp_path / "decompte.xlsx"
    book_xlsx.save(path)
    mapping = Mapping(
        name="Décompte AXA Excel",
        kind="statement",
        columns={"policy_number": "N° de police", "period": "Période", "amount": "Courtage CHF"},
    )
    before = database_fingerprint(s)
    result = s.reconciliation.import_statement(path, mapping, book["axa"])
    lines = {x.policy_number: x for x in s.reconciliation.lines(result.statement_id)}
    s.reconciliation.accept(lines["AX-2"].id, lines["AX-2"].version)
    s.reconciliation.flag(lines["ZZ-9"].id, "Autre courtier ?", lines["ZZ-9"].version)
    blockers, total = s.reconciliation.undo_statement_blockers(result.statement_id)
    assert total == 2
    assert {(b.entity, b.reason, b.label) for b in blockers} == {
        ("statement_line", "decided", "AX-2"),
        ("statement_line", "decided", "ZZ-9"),
    }
    with pytest.raises(UndoBlocked):
        s.reconciliation.undo_statement(result.statement_id)
    assert len(s.reconciliation.lines(result.statement_id)) == len(lines)  # nothing undone
    # a user without commissions.manage cannot undo it, even with import.run
    agent = office.login("agent1")
    s.admin.grant_right(book["agent1"], Right.IMPORT_RUN)
    with pytest.raises(PermissionDenied):
        agent.reconciliation.undo_statement(result.statement_id)
    with pytest.raises(PermissionDenied):
        agent.imports.undo(result.batch_id)
    agent.close()
    # a statement whose lines nobody decided goes; the accepted commission stays its own
    second = s.reconciliation.import_statement(path, mapping, book["axa"])
    s.reconciliation.undo_statement(second.statement_id)
    assert [x.id for x in s.reconciliation.statements(book["axa"])] == [result.statement_id]
    assert database_fingerprint(s) != before
