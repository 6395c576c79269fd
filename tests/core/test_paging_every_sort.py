"""Paging by every sort key each list accepts (booleans, NULLs, dates, accented text),
for the director and an agent, past the third page: forwards by ``after``, backwards by
``from_end`` and ``before``, and by ``offset`` — each gives the one ordered list."""

from __future__ import annotations

from datetime import date, timedelta
from types import NoneType

import pytest

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineInput, DeadlineQuery
from broker_desktop.core.errors import ValidationError
from broker_desktop.core.paging import ISO_DATE, PLAIN, Cursor
from broker_desktop.core.seed import AGENT

PAGE = 4
NAMES = ("Émery", "Emery", "émile", "Zürcher", "Ångström", "Ølberg", "Bühler", "bühler", "Ñúñez")

QUERIES = {
    "clients": ClientQuery,
    "contracts": ContractQuery,
    "deadlines": DeadlineQuery,
    "commissions": CommissionQuery,
    "audit": AuditQuery,
}


@pytest.fixture
def full_office(office):
    director = office.director
    agent = office.add_user("agent1", AGENT)
    for i in range(21):
        owner = agent if i % 3 else director.user.id
        name = NAMES[i % len(NAMES)]
        company = i % 5 == 0
        client_id = director.clients.create(
            ClientInput(
                kind="company" if company else "person",
                company_name=f"{name} SA" if company else None,
                company_uid="CHE-116.281.710" if company and i % 2 else None,
                last_name=None if company else name,
                first_name=None if company else "Zoé",
                birth_date=None if company or i % 4 == 0 else date(1960 + i, 1 + i % 12, 3),
                city=("Genève", "Sion", "", "Écublens")[i % 4],
                postcode=("1200", "", "1950", "1024")[i % 4],
                email="" if i % 3 else f"p{i}@example.ch",
                agent_id=owner,
            )
        )
        renewal = date.today() + timedelta(days=30 + i % 5)
        contract = office.contract(
            client_id, f"P-{i:03}", 1000 * (i % 6), renewal, insurer=1 + i % 3
        )
        shares = [(agent, 8000), (None, 2000)]
        if owner != agent:
            shares = [(owner, 5000), (agent, 3000), (None, 2000)]
        office.commission(contract, 10_000 * (1 + i % 3), *shares)
        deadline = director.deadlines.create(
            DeadlineInput(renewal - timedelta(days=i % 3), f"Relance {name}", owner_id=owner)
        )
        if i % 2:
            director.deadlines.set_done(deadline, True, director.deadlines.get(deadline).version)
    return office, agent


def _sort_keys(service, name: str) -> list[str]:
    """Every column of the list the service accepts as a sort key, and the id."""
    keys = []
    for key in ["id", *service.columns()]:
        try:
            service.page(QUERIES[name](sort=key), limit=1)
        except ValidationError as exc:
            assert exc.errors["sort"].code == "unknown_sort_key"
            continue
        keys.append(key)
    return keys


def _walk(service, query) -> tuple[list[int], list[int], dict[int, list[int]], list[object]]:
    forward, values, after = [], [], None
    for _ in range(1000):
        page = service.page(query, after=after, limit=PAGE)
        forward += [r.id for r in page]
        values += [r.cursor.sort_value for r in page]
        if len(page) < PAGE:
            break
        after = page[-1].cursor
    page = service.page(query, from_end=True, limit=PAGE)
    backward = [r.id for r in page]
    for _ in range(1000):
        if len(page) < PAGE:
            break
        page = service.page(query, before=page[0].cursor, limit=PAGE)
        backward = [r.id for r in page] + backward
    by_offset = {
        offset: [r.id for r in service.page(query, offset=offset, limit=PAGE)]
        for offset in (0, 3 * PAGE + 1, len(forward) - 1)
    }
    return forward, backward, by_offset, values


@pytest.mark.parametrize("name", list(QUERIES))
@pytest.mark.parametrize("who", ["directeur", "agent1"])
def test_every_sort_key_pages_the_same_list_every_way(full_office, name, who, backend):
    office, _agent = full_office
    if backend == "server" and name not in ("deadlines", "clients"):
        pytest.skip("the server carries cursors the same way for every list: two suffice")
    session = office.director if who == "directeur" else office.login(who)
    try:
        service = getattr(session, name)
        if name == "audit" and who == "agent1":
            pytest.skip("an agent has no access to the audit log")
        keys = _sort_keys(service, name)
        assert len(keys) >= 3
        pages_past_third = 0
        for key in keys:
            for descending in (False, True):
                query = QUERIES[name](sort=key, descending=descending)
                whole = [r.id for r in service.page(query, limit=5000)]
                assert sorted(whole) == sorted(set(whole)), f"{key}: a row twice"
                assert len(whole) == service.count(QUERIES[name]())
                forward, backward, by_offset, values = _walk(service, query)
                label = f"{name} by {key}{' desc' if descending else ''}"
                assert forward == whole, f"{label}: after"
                assert backward == whole, f"{label}: before"
                for offset, rows in by_offset.items():
                    assert rows == whole[offset : offset + PAGE], f"{label}: offset {offset}"
                comparable = [v for v in values if not isinstance(v, str)]
                if comparable and len(comparable) == len(values):
                    assert values == sorted(values, reverse=descending), f"{label}: order"
                pages_past_third += len(whole) > 3 * PAGE
        assert pages_past_third > 0
    finally:
        if session is not office.director:
            session.close()


@pytest.mark.embedded_only  # page_columns is the server's own call: checked on the core
@pytest.mark.parametrize("name", list(QUERIES))
def test_a_page_left_in_columns_is_the_same_page(full_office, name):
    """``page_columns`` (what the office server sends) gives ``page``'s rows, the wire's
    encoding of it is the rows' encoding, for every sort key and every way of paging."""
    from broker_desktop.wire import codec

    office, _agent = full_office
    for who in ("directeur", "agent1"):
        session = office.director if who == "directeur" else office.login(who)
        try:
            if name == "audit" and who == "agent1":
                continue
            service = getattr(session, name)
            for key in _sort_keys(service, name):
                for descending in (False, True):
                    query = QUERIES[name](sort=key, descending=descending)
                    first = service.page(query, limit=PAGE)
                    assert first
                    for kwargs in (
                        {"limit": PAGE},
                        {"limit": 5000},
                        {"after": first[-1].cursor, "limit": PAGE},
                        {"before": first[-1].cursor, "limit": PAGE},
                        {"from_end": True, "limit": PAGE},
                        {"offset": 2 * PAGE + 1, "limit": PAGE},
                        {"offset": 100_000, "limit": PAGE},
                        {"after": Cursor(first[0].cursor.sort_value, 10**9), "limit": PAGE},
                    ):
                        rows = service.page(query, **kwargs)
                        columns = service.page_columns(query, **kwargs)
                        label = f"{who} {name} by {key} {descending} {kwargs}"
                        if not rows:
                            assert columns == [], label
                            continue
                        assert columns.rows() == rows, label
                        # what the columns say they hold, they hold: the encoder trusts it
                        assert len(columns.kinds) == len(columns.columns), label
                        for values, kind in zip(columns.columns, columns.kinds, strict=True):
                            if kind == PLAIN:
                                assert set(map(type, values)) <= {str, int, float, NoneType}
                            elif kind == ISO_DATE:
                                assert set(map(type, values)) <= {str, NoneType}
                        for sent in (columns, rows):
                            decoded = codec.loads(codec.dumps(sent), codec.CLIENT_RULES)
                            assert decoded == rows, label
                            assert [type(r) for r in decoded] == [type(r) for r in rows]
                            assert [list(map(type, r)) for r in decoded] == [
                                list(map(type, r)) for r in rows
                            ], label
        finally:
            if session is not office.director:
                session.close()
