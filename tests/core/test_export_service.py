"""Exports hold exactly what the user's list holds, need the export right, and are
audited; cells Excel would run as formulas are neutralised."""

from __future__ import annotations

import csv

import pytest

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.errors import PermissionDenied
from broker_desktop.core.rights import Right


def read_csv(path):
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(text[1:].splitlines(), delimiter=";"))


def test_agent_exports_only_his_own_share_lines(office, tmp_path):
    agent = office.add_user("agent1", "Agent")
    other = office.add_user("agent2", "Agent")
    mine = office.contract(office.client(agent, "Keller"), "P-1", 10_000)
    theirs = office.contract(office.client(other, "=cmd|' /C calc'!A0"), "P-2", 20_000)
    office.commission(mine, 50_000, (agent, 6000), (None, 4000))
    office.commission(theirs, 70_000, (other, 5000), (None, 5000))
    office.director.admin.grant_right(agent, Right.EXPORT)
    session = office.login("agent1")
    try:
        count = session.exports.to_csv("commissions", CommissionQuery(), tmp_path / "c.csv")
        rows = read_csv(tmp_path / "c.csv")
        assert count == 1 and len(rows) == 2
        header, line = rows
        assert header == session.commissions.columns()
        assert not {"commission_cents", "share_bp"} & set(header)  # no total, no ratio
        assert "300" in line  # his 60 % of CHF 500.00
        session.exports.to_csv("contracts", ContractQuery(), tmp_path / "p.csv")
        assert [r[0] for r in read_csv(tmp_path / "p.csv")[1:]] == ["P-1"]
    finally:
        session.close()
    director_rows = office.director.exports.to_csv("contracts", ContractQuery(), tmp_path / "d.csv")
    assert director_rows == 2
    names = [row for row in read_csv(tmp_path / "d.csv")[1:] if row[0] == "P-2"][0]
    assert "'=cmd|' /C calc'!A0 Jean" in names  # a formula-looking name is not a formula
    actions = [r.action for r in office.director.audit.page(AuditQuery(), from_end=True)]
    assert actions.count("export") == 3


def test_export_needs_its_right(office, tmp_path):
    office.add_user("agent1", "Agent")
    session = office.login("agent1")
    try:
        with pytest.raises(PermissionDenied):
            session.exports.to_csv("contracts", ContractQuery(), tmp_path / "x.csv")
        assert not (tmp_path / "x.csv").exists()
    finally:
        session.close()
