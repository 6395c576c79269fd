"""EXPLAIN QUERY PLAN of every list query the screens offer (benchmarks/catalogue.py):
no SCAN of a large table and no temporary B-tree for ORDER BY, except the cases listed
listed with their reason in ``catalogue.ALLOWED`` (and ``AGENT_ALLOWED``).

The plans are those of a size-L office: migration 0004 gives every database the same
planner statistics (sqlite_stat1) describing a large office, so a small generated office
gets the plans a million contracts get (``benchmarks/plans.py`` checks a real L file).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from catalogue import (  # noqa: E402
    Finding,
    allowed,
    calls,
    cases,
    findings_of,
    plan,
    sort_allowed,
)
from harness import SqlCapture  # noqa: E402

from broker_desktop.core.office import SecurityParams, open_session  # noqa: E402
from broker_desktop.demo import DEMO_PASSWORD, FAST_KDF, generate  # noqa: E402


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    path = tmp_path_factory.mktemp("plans") / "office.db"
    generate(path, "S", 7, SecurityParams(kdf=FAST_KDF, bcrypt_rounds=4), quiet=True)
    sessions = {
        "director": open_session(path, "directeur", DEMO_PASSWORD),
        "agent": open_session(path, "agent1", DEMO_PASSWORD),
    }
    yield sessions
    for session in sessions.values():
        session.close()


def _check(session, role: str) -> tuple[list[Finding], int]:
    db = session.database
    capture = SqlCapture(db.engine)
    findings, checked = [], 0
    for case in cases(session, role):
        for call_name, call in calls(case, session).items():
            with capture.capturing():
                call()
            for sql, parameters in capture.statements:
                with db._lock:
                    lines = plan(db._raw, sql, parameters)
                checked += 1
                if allowed(case, call_name):
                    continue
                for line in findings_of(lines, call_name, sql, sort_allowed(case)):
                    findings.append(Finding(case.label, call_name, sql, line))
    return findings, checked


@pytest.mark.parametrize("role", ["director", "agent"])
def test_no_list_query_scans_a_large_table_or_sorts_in_memory(office, role):
    findings, checked = _check(office[role], role)
    assert checked > 100  # every tab, sort and filter was really explained
    assert not findings, "\n".join(
        f"{f.case} — {f.call}: {f.detail}\n    {f.sql}" for f in findings[:20]
    )


def test_the_check_sees_a_scan_and_an_in_memory_sort():
    """The rule itself: a filtered scan and a temp B-tree are findings."""
    sql = "SELECT clients.id FROM clients WHERE clients.email = ? ORDER BY clients.phone"
    assert findings_of(["SCAN clients", "USE TEMP B-TREE FOR ORDER BY"], "first rows", sql) == [
        "SCAN clients",
        "USE TEMP B-TREE FOR ORDER BY",
    ]
    walk = "SELECT clients.id FROM clients ORDER BY clients.display_name, clients.id LIMIT ?"
    assert findings_of(["SCAN clients USING INDEX ix_clients_name"], "first rows", walk) == []
    assert (
        findings_of(
            ["SCAN clients USING COVERING INDEX ix"],
            "count (exact)",
            "SELECT count(*) FROM clients",
        )
        == []
    )
