"""The search fields: clients and contracts found by name, policy number, phone, e-mail,
postcode and city, accent- and case-insensitively, within the user's scope, with the
search indexes kept in step with every write (migration 0008_search)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.contracts import ContractInput, ContractQuery
from broker_desktop.core.search_sqlite import phone_digits, policy_key, terms_of
from broker_desktop.core.seed import AGENT


def client_names(session, text: str) -> list[str]:
    return [r.name for r in session.clients.page(ClientQuery(search=text), limit=100)]


def policies(session, text: str) -> list[str]:
    query = ContractQuery(search=text, sort="policy_number")
    return [r.policy_number for r in session.contracts.page(query, limit=100)]


def person(session, last: str, first: str, agent_id: int | None = None, **fields) -> int:
    return session.clients.create(
        ClientInput(kind="person", last_name=last, first_name=first, agent_id=agent_id, **fields)
    )


def contract(session, client_id: int, policy: str, agent_id: int | None = None) -> int:
    expiry = date.today() + timedelta(days=200)
    return session.contracts.create(
        ContractInput(
            client_id=client_id,
            insurer_id=1,
            line_id=1,
            policy_number=policy,
            start_date=expiry - timedelta(days=365),
            expiry_date=expiry,
            premium_cents=120_00,
            agent_id=agent_id,
        )
    )


def build(office) -> dict[str, int]:
    s = office.director
    anna = office.add_user("anna", AGENT)
    bruno = office.add_user("bruno", AGENT)
    ids = {
        "anna": anna,
        "bruno": bruno,
        "muller": person(
            s,
            "Müller",
            "Hans",
            anna,
            postcode="1003",
            city="Lausanne",
            email="hans.mueller@example.ch",
            phone="+41 79 123 45 67",
        ),
        "favre": person(
            s,
            "Favre",
            "Élodie",
            anna,
            postcode="1204",
            city="Genève",
            email="elodie@favre-conseil.ch",
            phone="022 310 20 30",
        ),
        "rochat": person(
            s,
            "Rochat",
            "Luc",
            bruno,
            postcode="1800",
            city="Vevey",
            email="luc.rochat@bluewin.ch",
            phone="+41 21 921 00 11",
        ),
    }
    ids["muller_policy"] = contract(s, ids["muller"], "AX-12.345.678")
    ids["favre_policy"] = contract(s, ids["favre"], "ZU 998877")
    ids["rochat_policy"] = contract(s, ids["rochat"], "BA/55-001")
    return ids


def test_every_field_kind_finds_its_client(office):
    build(office)
    s = office.director
    assert client_names(s, "Müller") == ["Müller Hans"]
    assert client_names(s, "muller") == ["Müller Hans"]  # accents and case
    assert client_names(s, "MÜLL") == ["Müller Hans"]
    assert client_names(s, "hans muller") == ["Müller Hans"]  # both words, any order
    assert client_names(s, "geneve") == ["Favre Élodie"]
    assert client_names(s, "elodie") == ["Favre Élodie"]
    assert client_names(s, "vevey") == ["Rochat Luc"]
    assert client_names(s, "favre-conseil") == ["Favre Élodie"]  # e-mail
    assert client_names(s, "luc.rochat@bluewin.ch") == ["Rochat Luc"]
    assert client_names(s, "1003") == ["Müller Hans"]  # postcode
    assert client_names(s, "12") == ["Favre Élodie"]  # start of a postcode
    assert client_names(s, "18") == ["Rochat Luc"]
    assert client_names(s, "Ro") == ["Rochat Luc"]  # start of a word, short input
    assert client_names(s, "gé") == ["Favre Élodie"]
    assert client_names(s, "zz") == []
    for odd in ('x"y', "a OR b", "NEAR(", "--*", '"*"'):  # no FTS5 syntax error
        assert client_names(s, odd) == [], odd
        assert policies(s, odd) == [], odd
    everyone = client_names(s, "")
    for nothing_to_search in ('"', "*", "-", "'"):  # as an empty field
        assert client_names(s, nothing_to_search) == everyone


def test_a_phone_is_found_in_any_usual_format(office):
    build(office)
    s = office.director
    for typed in ("+41 79 123 45 67", "079 123 45 67", "0791234567", "0041791234567"):
        assert client_names(s, typed) == ["Müller Hans"], typed
    assert client_names(s, "123 45 67") == ["Müller Hans"]  # a part of the number
    assert client_names(s, "+41 22 310 20 30") == ["Favre Élodie"]  # typed as 022 ...
    assert client_names(s, "0223102030") == ["Favre Élodie"]
    assert client_names(s, "021 921 00 11") == ["Rochat Luc"]
    assert client_names(s, "079 999 99 99") == []


def test_a_policy_number_is_found_with_or_without_separators(office):
    build(office)
    s = office.director
    for typed in ("AX-12.345.678", "ax12345678", "AX 12 345", "ax-12"):
        assert client_names(s, typed) == ["Müller Hans"], typed
        assert policies(s, typed) == ["AX-12.345.678"], typed
    assert policies(s, "zu998877") == ["ZU 998877"]
    assert policies(s, "ba55001") == ["BA/55-001"]
    # a contract is also found by its client's fields
    assert policies(s, "vevey") == ["BA/55-001"]
    assert policies(s, "079 123 45 67") == ["AX-12.345.678"]
    assert policies(s, "geneve") == ["ZU 998877"]
    assert s.contracts.count(ContractQuery(search="ax12")) == 1


def test_an_agent_never_finds_a_colleagues_client(office):
    ids = build(office)
    anna = office.login("anna")
    bruno = office.login("bruno")
    assert client_names(anna, "vevey") == []
    assert client_names(bruno, "vevey") == ["Rochat Luc"]
    for text in ("+41 21 921 00 11", "921 00 11", "luc.rochat", "BA/55-001", "ba55", "Rochat"):
        assert client_names(anna, text) == [], text
        assert policies(anna, text) == [], text
    for text in ("079 123 45 67", "hans.mueller", "AX-12.345.678", "1003", "Müller", "12"):
        assert client_names(bruno, text) == [], text
        assert policies(bruno, text) == [], text
    assert client_names(anna, "079 123 45 67") == ["Müller Hans"]
    assert policies(anna, "ax12") == ["AX-12.345.678"]

    # Bruno manages a contract for Anna's client Müller: he sees Müller through it, but
    # Anna's own contract on Müller stays hidden, also from the search
    contract(office.director, ids["muller"], "BR-777", agent_id=ids["bruno"])
    assert client_names(bruno, "br777") == ["Müller Hans"]
    assert client_names(bruno, "AX-12.345.678") == []
    assert policies(bruno, "AX-12.345.678") == []
    assert policies(bruno, "Müller") == ["BR-777"]
    assert client_names(anna, "br-777") == ["Müller Hans"]


def test_the_index_follows_edits_and_deletes(office):
    ids = build(office)
    s = office.director
    client = s.clients.get(ids["rochat"])
    changed = client.as_input().__class__(
        **{
            **client.as_input().__dict__,
            "phone": "+41 78 555 66 77",
            "city": "Montreux",
            "postcode": "1820",
            "email": "luc@rochat.ch",
            "last_name": "Rochat-Blanc",
        }
    )
    s.clients.update(ids["rochat"], changed, client.version)
    assert client_names(s, "921 00 11") == []
    assert client_names(s, "vevey") == []
    assert client_names(s, "bluewin") == []
    assert client_names(s, "078 555 66 77") == ["Rochat-Blanc Luc"]
    assert client_names(s, "montreux") == ["Rochat-Blanc Luc"]
    assert client_names(s, "1820") == ["Rochat-Blanc Luc"]
    assert client_names(s, "blanc") == ["Rochat-Blanc Luc"]

    agreement = s.contracts.get(ids["rochat_policy"])
    s.contracts.update(
        ids["rochat_policy"],
        agreement.as_input().__class__(
            **{**agreement.as_input().__dict__, "policy_number": "CH-42"}
        ),
        agreement.version,
    )
    assert policies(s, "ba55") == []
    assert policies(s, "ch42") == ["CH-42"]
    s.contracts.delete(ids["rochat_policy"], s.contracts.get(ids["rochat_policy"]).version)
    s.clients.delete(ids["rochat"], s.clients.get(ids["rochat"]).version)
    for text in ("078 555 66 77", "montreux", "1820", "ro", "ch42"):
        assert client_names(s, text) == [], text


def test_the_index_follows_a_merge(office):
    ids = build(office)
    s = office.director
    twin = person(
        s, "Muller", "Hans", ids["anna"], city="Renens", phone="+41 76 400 50 60", postcode="1020"
    )
    assert client_names(s, "renens") == ["Muller Hans"]
    keep = s.clients.get(ids["muller"])
    other = s.clients.get(twin)
    s.client_merge.merge(keep.id, keep.version, other.id, other.version)
    assert client_names(s, "renens") == []
    assert client_names(s, "076 400 50 60") == []
    assert client_names(s, "muller") == ["Müller Hans"]
    assert client_names(s, "079 123 45 67") == ["Müller Hans"]


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("+41 79 123 45 67", "41791234567"),
        ("079 123 45 67", "41791234567"),
        ("0791234567", "41791234567"),
        ("0041 79 123 45 67", "41791234567"),
        ("+33 6 12 34 56 78", "33612345678"),
        ("123 45", "12345"),  # a part: the digits as typed
        ("079 12", "07912"),
        ("1003", None),  # a postcode
        ("Rue 12345", None),
    ],
)
def test_what_a_phone_search_looks_for(typed, digits):
    assert phone_digits(typed) == digits


def test_short_inputs_use_the_prefix_index_and_long_ones_the_trigrams():
    assert terms_of("ma").prefix is not None and terms_of("ma").words is None
    assert terms_of("1003").prefix is not None and terms_of("1003").policy == "1003"
    assert terms_of("12").policy is None  # too short to ask a million policy numbers
    assert terms_of("mart").words is not None
    assert terms_of("é'").prefix == '{name city postcode} : ("é" *)'
    assert terms_of('a"bc').words == '{name email city postcode} : "a""bc"'  # quoted
    assert terms_of("   ").empty
    assert policy_key("ax-12.34 5/6") == "AX123456"
    assert policy_key("zé-1") == "Zé1"  # SQLite's upper() folds ASCII only, like this


@pytest.mark.embedded_only
def test_a_broad_search_walks_the_sort_index_and_finds_the_same_rows(office, monkeypatch):
    """A search matching many rows (BROAD, lowered here to a few) reads its pages by
    walking the list's sort index instead of sorting every match: the same rows in the
    same order, every sort, both directions, from either end."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from catalogue import SORTS, plan
    from harness import SqlCapture

    from broker_desktop.core import search_sqlite

    build(office)
    s = office.director
    for last in ("Martin", "Marti", "Mariaz", "Maret"):
        person(s, last, "Anne", city="Martigny", phone="+41 27 722 00 00")

    def pages(service, query):
        return [
            [r.id for r in service.page(query, limit=3)],
            [r.id for r in service.page(query, from_end=True, limit=3)],
            [r.id for r in service.page(query, offset=2, limit=3)],
        ]

    queries = []
    for text in ("ma", "mart", "027 722", "ax12", "1003", "e"):
        for sort in SORTS["clients"]:
            queries += [
                (s.clients, ClientQuery(search=text, sort=sort, descending=d))
                for d in (False, True)
            ]
        for sort in SORTS["contract_search"]:
            queries += [
                (s.contracts, ContractQuery(search=text, sort=sort, descending=d))
                for d in (False, True)
            ]
    narrow = [pages(service, query) for service, query in queries]
    monkeypatch.setattr(search_sqlite, "BROAD", 2)
    assert [pages(service, query) for service, query in queries] == narrow

    capture = SqlCapture(s.database.engine)
    with capture.capturing():
        s.clients.page(ClientQuery(search="ma"), limit=200)
        s.contracts.page(ContractQuery(search="ma", sort="policy_number"), limit=200)
    pages_sql = [(sql, p) for sql, p in capture.statements if "likelihood" in sql]
    assert len(pages_sql) == 2
    for sql, parameters in pages_sql:
        with s.database._lock:
            lines = plan(s.database._raw, sql, parameters)
        assert not [line for line in lines if "TEMP B-TREE FOR ORDER BY" in line], lines
        assert any(line.startswith("SCAN") and "USING INDEX" in line for line in lines), lines
