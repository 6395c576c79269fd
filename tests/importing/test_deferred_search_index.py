"""The portfolio import indexes the clients it creates for the search in one statement at
its end (core/search_index.py) instead of through the insert trigger, one client at a
time: the index holds exactly what the trigger would have written, the trigger's own
text uses the same expressions, and the deferral never outlives the import's
transaction, whatever way it ends."""

from __future__ import annotations

import pytest
from tests.importing.extranet_files import axa_csv, axa_mapping_dict, write_csv
from tests.importing.test_duplicate_probe import HEADERS, MAPPING, crowd

from broker_desktop.core import search_index
from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import ImportCancelled, RejectedRows
from broker_desktop.core.office import create_office
from broker_desktop.core.seed import AGENT

PASSWORD = "Bureau-2026!x"  # noqa: S105


def axa() -> Mapping:
    return Mapping(
        name="Export AXA extranet",
        columns=axa_mapping_dict(),
        values={"insurer": {"AXA Winterthur": "AXA Assurances"}},
    )


def _rows(session, sql: str) -> list[tuple]:
    with session.database.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def _index_content(session) -> dict[str, list[tuple]]:
    """Every token of both search tables, by row, column and position (fts5vocab)."""
    content = {}
    for table in ("client_search", "client_search_prefix"):
        with session.database.write() as conn:
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE temp.vocab_{table} USING fts5vocab(main, {table}, instance)"
            )
        content[table] = _rows(
            session, f"SELECT term, doc, col, offset FROM temp.vocab_{table} ORDER BY 1, 2, 3, 4"
        )
    return content


def _searching(session, text: str) -> list[str]:
    return [r.name for r in session.clients.page(ClientQuery(search=text), limit=50)]


def test_the_trigger_uses_the_same_expressions_and_waits_while_deferred(office):
    (sql,) = _rows(
        office.director,
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'clients_search_ai'",
    )[0]
    assert (
        f"INSERT INTO client_search ({search_index.SEARCH_COLUMNS}) "
        f"VALUES ({search_index.search_values('new')});"
    ) in sql
    assert (
        f"INSERT INTO client_search_prefix ({search_index.PREFIX_COLUMNS}) "
        f"VALUES ({search_index.prefix_values('new')});"
    ) in sql
    assert f"WHEN NOT EXISTS (SELECT 1 FROM meta WHERE name = '{search_index.DEFERRED}')" in sql


@pytest.mark.parametrize("source", ["axa", "crowd"])
def test_an_import_indexes_its_clients_as_the_trigger_would(
    office, tmp_path, security, monkeypatch, source
):
    """The same file into two new offices: through the deferral, and through the trigger
    (the deferral switched off); both search indexes hold the same tokens."""
    if source == "axa":
        path, mapping = axa_csv(tmp_path), axa()
    else:
        path = write_csv(tmp_path / "foule.csv", HEADERS, crowd(3, 1, 150), encoding="utf-8")
        mapping = MAPPING
        for login in ("agent1", "agent2"):
            office.add_user(login, AGENT)
    deferred = office.director
    outcome = deferred.imports.run(path, mapping)
    assert outcome.counts.clients_created > 3
    with monkeypatch.context() as patch:
        patch.setattr(search_index, "defer", lambda cursor: None)
        patch.setattr(search_index, "fill_from", lambda cursor, first_id: None)
        other, _code = create_office(
            tmp_path / "trigger.db",
            login="directeur",
            display_name="Claire Morel",
            password=PASSWORD,
            security=security,
        )
        try:
            if source == "crowd":
                roles = {r.name: r.id for r in other.admin.roles()}
                for login in ("agent1", "agent2"):
                    other.admin.create_user(
                        login, login.title(), "Temporary-99!", roles=(roles[AGENT],)
                    )
            assert other.imports.run(path, mapping).counts == outcome.counts
            by_trigger = _index_content(other)
        finally:
            other.close()
    by_import = _index_content(deferred)
    assert len(by_import["client_search"]) > 10 * outcome.counts.clients_created
    assert by_import == by_trigger


def test_the_deferral_ends_with_the_import_however_it_ends(office, tmp_path):
    s = office.director
    path = axa_csv(tmp_path)
    flag = f"SELECT count(*) FROM meta WHERE name = '{search_index.DEFERRED}'"
    s.imports.preview(path, axa())
    with pytest.raises(ImportCancelled):
        s.imports.run(path, axa(), cancelled=lambda: True)
    with pytest.raises(RejectedRows):
        s.imports.run(path, axa(), all_or_nothing=True)
    assert _rows(s, flag) == [(0,)]
    assert _searching(s, "dupre") == []  # nothing of those stayed
    s.imports.run(path, axa())
    assert _rows(s, flag) == [(0,)]
    assert _searching(s, "dupre") == ["Dupré Hélène"]
    # a client created afterwards is indexed by the trigger again
    s.clients.create(ClientInput(kind="person", last_name="Zwahlen", first_name="Odile"))
    assert _searching(s, "zwahl") == ["Zwahlen Odile"]
    assert _searching(s, "zw") == ["Zwahlen Odile"]
