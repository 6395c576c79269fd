"""Clients and contracts written by the portfolio import are found by the search at
once (the search index follows the rows through triggers), and leave it with the undo."""

from __future__ import annotations

from tests.importing.extranet_files import axa_csv, axa_mapping_dict

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.importing.mapping import Mapping


def names(session, text: str) -> list[str]:
    return [r.name for r in session.clients.page(ClientQuery(search=text), limit=50)]


def test_imported_rows_are_found_then_gone_after_the_undo(office, tmp_path):
    s = office.director
    mapping = Mapping(
        name="Export AXA extranet",
        columns=axa_mapping_dict(),
        values={"insurer": {"AXA Winterthur": "AXA Assurances"}},
    )
    outcome = s.imports.run(axa_csv(tmp_path), mapping)
    # the file's "021 312 45 67", "helene.dupre@example.ch", "Lausanne", "AX-100"
    for text in ("+41 21 312 45 67", "0213124567", "helene.dupre", "dupre", "ax100"):
        assert names(s, text) == ["Dupré Hélène"], text
    query = ContractQuery(search="AX 100", sort="policy_number")
    assert [r.policy_number for r in s.contracts.page(query)] == ["AX-100"]
    s.imports.undo(outcome.batch_id)
    for text in ("0213124567", "helene.dupre", "dupre", "ax100"):
        assert names(s, text) == [], text
