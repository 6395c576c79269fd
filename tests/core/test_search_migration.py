"""Migration 0008_search back-fills the search indexes of an office that already has
clients and contracts: after the upgrade they are found by phone, e-mail, city,
postcode and policy number, and the index follows the next edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.contracts import ContractInput, ContractQuery
from broker_desktop.core.office import create_office, open_session
from broker_desktop.storage import migrate

pytestmark = pytest.mark.embedded_only

PASSWORD = "Bureau-2026!x"  # noqa: S105


def names(session, text: str) -> list[str]:
    return [r.name for r in session.clients.page(ClientQuery(search=text), limit=50)]


def test_existing_rows_are_found_after_the_upgrade(db_path, security, monkeypatch):
    real_upgrade = migrate.upgrade
    monkeypatch.setattr(
        migrate, "upgrade", lambda conn, target="head": real_upgrade(conn, "0004_listing_speed")
    )
    director, _code = create_office(
        db_path,
        login="directeur",
        display_name="Claire Morel",
        password=PASSWORD,
        security=security,
    )
    with director.database.read() as conn:
        assert migrate.current_revision(conn) == "0004_listing_speed"
    client_id = director.clients.create(
        ClientInput(
            kind="person",
            last_name="Jäggi",
            first_name="Anaïs",
            postcode="2000",
            city="Neuchâtel",
            email="anais@jaeggi.ch",
            phone="+41 32 725 11 22",
        )
    )
    director.contracts.create(
        ContractInput(
            client_id=client_id,
            insurer_id=1,
            line_id=1,
            policy_number="MO.44-1234",
            start_date=date(2026, 1, 1),
            expiry_date=date(2027, 1, 1),
            premium_cents=500_00,
        )
    )
    director.close()
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)

    session = open_session(db_path, "directeur", PASSWORD, security=security)
    try:
        with session.database.read() as conn:
            assert migrate.current_revision(conn) == migrate.head()
        for text in ("jaggi", "032 725 11 22", "jaeggi.ch", "neuchatel", "2000", "20", "mo441"):
            assert names(session, text) == ["Jäggi Anaïs"], text
        query = ContractQuery(search="MO 44", sort="policy_number")
        assert [r.policy_number for r in session.contracts.page(query)] == ["MO.44-1234"]
        client = session.clients.get(client_id)
        session.clients.update(client_id, replace(client.as_input(), city="Bienne"), 1)
        assert names(session, "neuchatel") == []
        assert names(session, "bienne") == ["Jäggi Anaïs"]
    finally:
        session.close()
