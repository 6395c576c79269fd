"""The duplicate probe finds the same clients with migration 0012's index
(``ix_clients_postcode_kind_name``) as with the plan it replaced (the name index, which
SQLite chose before it), and the same as reading every client of the office; an import
lists the same duplicates either way.

The office is crowded the way that makes the difference visible: more clients of one
postcode and kind whose names start alike than the probe reads (its cap), inserted in an
order that is not their name order, with shared birth dates, e-mails and UIDs, in two
agents' books."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from stdnum.ch import uid as swiss_uid
from tests.importing.extranet_files import write_csv

from broker_desktop.core.importing.duplicates import CANDIDATE_LIMIT, Probe, find_matches
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.values import fold
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT

INDEX = "ix_clients_postcode_kind_name"
HEADERS = ["No", "Type", "Nom", "Prénom", "Raison sociale", "Naissance", "IDE", "NPA"]
HEADERS += ["E-mail", "Conseiller"]
MAPPING = Mapping(
    name="Foule",
    columns={
        "client_number": "No",
        "kind": "Type",
        "last_name": "Nom",
        "first_name": "Prénom",
        "company_name": "Raison sociale",
        "birth_date": "Naissance",
        "company_uid": "IDE",
        "postcode": "NPA",
        "email": "E-mail",
        "agent": "Conseiller",
    },
)
LAST = ("Favre", "Favrod", "Fabre", "Faure", "Fahrni", "Fawer")
FIRST = ("Jean", "Jean-Luc", "Jean Luc", "Hélène", "Helene", "Luc", "Anne", "Annie", "Marc")


def _uids(count: int) -> list[str]:
    """Valid Swiss UIDs (a number whose check digit would be 10 has none)."""
    found = []
    number = 10_000_000
    while len(found) < count:
        digits = f"{number:08d}"
        check = swiss_uid.calc_check_digit(digits)
        if len(check) == 1:
            found.append(swiss_uid.format("CHE" + digits + check))
        number += 1
    return found


def crowd(seed: int, first_number: int, count: int) -> list[list[str]]:
    """Persons and companies, most of them of one postcode with names starting "Fa"
    (far more of them than the probe's cap), in random order."""
    rng = random.Random(seed)
    births = [date(1950, 1, 1) + timedelta(days=rng.randrange(20_000)) for _ in range(25)]
    emails = [f"famille{i}@example.ch" for i in range(6)]
    uids = _uids(20)
    rows = []
    for n in range(first_number, first_number + count):
        postcode = "1003" if rng.random() < 0.85 else "1004"
        agent = rng.choice(("agent1", "agent2"))
        email = rng.choice(emails) if rng.random() < 0.2 else ""
        if rng.random() < 0.15:
            name = f"{rng.choice(LAST)} {rng.choice(('SA', 'Sàrl', 'Fils SA'))}"
            uid = rng.choice(uids) if rng.random() < 0.5 else ""
            rows.append([str(n), "company", "", "", name, "", uid, postcode, email, agent])
        else:
            # one birth date shared by more clients than its look-up reads: the others
            # are found, if at all, by the postcode look-up
            born = births[0] if rng.random() < 0.75 else rng.choice(births)
            birth = born.strftime("%d.%m.%Y") if rng.random() < 0.8 else ""
            last, first = rng.choice(LAST), rng.choice(FIRST)
            rows.append([str(n), "person", last, first, "", birth, "", postcode, email, agent])
    return rows


@pytest.fixture
def crowded(office, tmp_path):
    office.add_user("agent1", AGENT)
    office.add_user("agent2", AGENT)
    path = write_csv(tmp_path / "foule.csv", HEADERS, crowd(5, 1, 480), encoding="utf-8")
    outcome = office.director.imports.run(path, MAPPING)
    assert outcome.counts.rejected == 0
    assert outcome.counts.clients_created == 480
    assert outcome.counts.duplicates > 100  # the probe had work to do
    return office


def _clients(conn: Any) -> list[tuple[Any, ...]]:
    cursor = conn.connection.driver_connection.cursor()
    cursor.execute(
        "SELECT id, kind, display_name, birth_date, company_uid, email, postcode, agent_id "
        "FROM clients ORDER BY id"
    )
    return list(cursor.fetchall())


def _probe(row: tuple[Any, ...]) -> Probe:
    _id, kind, name, birth, uid, email, postcode, _agent = row
    return Probe(kind, name, date.fromisoformat(birth) if birth else None, uid, email, postcode)


def _all_matches(conn: Any, scopes: list[Scope]) -> dict[tuple[int, int], list[Any]]:
    return {
        (scope.user_id, row[0]): find_matches(conn, _probe(row), scope, exclude=row[0])
        for scope in scopes
        for row in _clients(conn)
    }


@contextmanager
def _plans(conn: Any) -> Iterator[list[str]]:
    """The query plan of every statement the probe ran, one line per plan step."""
    raw = conn.connection.driver_connection
    statements: list[str] = []
    raw.set_trace_callback(statements.append)
    lines: list[str] = []
    try:
        yield lines
    finally:
        raw.set_trace_callback(None)
    cursor = raw.cursor()
    for sql in statements:
        if "postcode = " in sql and sql.lstrip().upper().startswith("SELECT"):
            for step in cursor.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
                lines.append(step[-1])


class _Rollback(Exception):
    pass


def _scopes(office: Any) -> list[Scope]:
    director = office.director
    with director.tx() as (_conn, scope):
        ids = {u.login: u.id for u in director.admin.users()}
        return [scope, Scope(ids["agent1"], frozenset({Right.PORTFOLIO_VIEW_OWN}))]


def test_the_probe_finds_the_same_clients_with_and_without_the_index(crowded):
    s = crowded.director
    scopes = _scopes(crowded)
    with s.tx() as (conn, _scope), _plans(conn) as with_plans:
        with_index = _all_matches(conn, scopes)
    assert any(INDEX in line for line in with_plans)
    assert not any("TEMP B-TREE" in line for line in with_plans)
    without_plans: list[str] = []
    try:
        with s.tx(write=True) as (conn, _scope):
            conn.exec_driver_sql(f"DROP INDEX {INDEX}")
            with _plans(conn) as without_plans:
                without_index = _all_matches(conn, scopes)
            raise _Rollback()
    except _Rollback:
        pass
    assert not any(INDEX in line for line in without_plans)
    assert any("ix_clients_name" in line for line in without_plans)  # the plan before 0012
    assert without_index == with_index
    assert sum(len(m) for m in with_index.values()) > 1000
    # the cap mattered: some postcode, kind and name start has more clients than it reads
    with s.tx() as (conn, _scope):
        rows = _clients(conn)
    groups: dict[tuple[str, str, str], int] = {}
    births: dict[str, int] = {}
    for row in rows:
        key = (row[6], row[1], row[2][:2])
        groups[key] = groups.get(key, 0) + 1
        if row[3]:
            births[row[3]] = births.get(row[3], 0) + 1
    assert max(groups.values()) > CANDIDATE_LIMIT
    assert max(births.values()) > CANDIDATE_LIMIT


def _brute_force(rows: list[tuple[Any, ...]], probe: Probe, scope: Scope, exclude: int) -> Any:
    """What the probe means, read from every client: the first 200 of each look-up (by
    id for the equal-value look-ups, by name then id for the postcode one), each kept
    when its name is close enough for the sign it shares."""
    from rapidfuzz import fuzz

    visible = [
        r
        for r in rows
        if r[0] != exclude and (scope.portfolio_all or r[7] == scope.user_id)
        if scope.portfolio_all or scope.portfolio_allows(scope.user_id)
    ]
    birth = probe.birth_date.isoformat() if probe.birth_date else None
    prefix = probe.display_name[:2]
    lookups = []
    if probe.company_uid:
        lookups.append([r for r in visible if r[4] == probe.company_uid])
    if birth:
        lookups.append([r for r in visible if r[3] == birth])
    if probe.email:
        lookups.append([r for r in visible if r[5] == probe.email])
    if probe.postcode and len(probe.display_name) >= 2:
        same = [
            r
            for r in visible
            if r[6] == probe.postcode and r[1] == probe.kind and r[2].startswith(prefix)
        ]
        lookups.append(sorted(same, key=lambda r: (r[2], r[0])))
    found: dict[int, tuple[Any, ...]] = {}
    for candidates in lookups:
        for r in candidates[:CANDIDATE_LIMIT]:
            if r[0] in found:
                continue
            score = round(fuzz.token_sort_ratio(fold(probe.display_name), fold(r[2])))
            uid = bool(probe.company_uid) and probe.company_uid == r[4]
            reasons = ["uid"] if uid else []
            if birth and r[3] == birth and score >= 85:
                reasons.append("birth_date")
            if probe.email and r[5] and probe.email.lower() == r[5].lower() and score >= 70:
                reasons.append("email")
            if probe.postcode and probe.postcode == r[6] and score >= 90:
                reasons.append("postcode")
            if reasons:
                if score == 100:
                    reasons.append("name")
                certain = uid or (score == 100 and len(reasons) > 1)
                found[r[0]] = (r[0], r[2], score, tuple(reasons), certain)
    return sorted(found.values(), key=lambda m: (not m[4], -m[2], m[0]))


def test_the_probe_finds_what_reading_every_client_finds(crowded):
    s = crowded.director
    scopes = _scopes(crowded)
    with s.tx() as (conn, _scope):
        rows = _clients(conn)
        found = _all_matches(conn, scopes)
    for (user_id, client_id), matches in found.items():
        scope = next(x for x in scopes if x.user_id == user_id)
        probe = _probe(next(r for r in rows if r[0] == client_id))
        expected = _brute_force(rows, probe, scope, client_id)
        got = [(m.client_id, m.display_name, m.score, m.reasons, m.certain) for m in matches]
        assert got == expected, (user_id, client_id)


def test_an_import_lists_the_same_duplicates_with_and_without_the_index(crowded, tmp_path):
    s = crowded.director
    path = write_csv(tmp_path / "encore.csv", HEADERS, crowd(11, 1000, 300), encoding="utf-8")
    rules = ("keep_apart", "merge_best")
    mappings = [Mapping(name="Foule", columns=MAPPING.columns, duplicates=r) for r in rules]
    with_index = [s.imports.preview(path, m) for m in mappings]
    with s.tx(write=True) as (conn, _scope):
        conn.exec_driver_sql(f"DROP INDEX {INDEX}")
    without_index = [s.imports.preview(path, m) for m in mappings]
    for before, after in zip(without_index, with_index, strict=True):
        assert after.duplicates == before.duplicates
        assert after.counts == before.counts
        assert after.counts.duplicates > 100
    assert with_index[1].counts.clients_created < with_index[0].counts.clients_created
