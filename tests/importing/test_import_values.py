"""Values as brokers write them."""

from datetime import date, datetime

import pytest

from broker_desktop.core.importing.values import (
    ValueProblem,
    parse_amount_cents,
    parse_date,
    parse_phone,
    parse_rate_bp,
    parse_uid,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.12.2026", date(2026, 12, 31)),
        ("31.12.26", date(2026, 12, 31)),
        ("1.2.85", date(1985, 2, 1)),
        ("31/12/2026", date(2026, 12, 31)),
        ("2026-12-31", date(2026, 12, 31)),
        ("2026-12-31 00:00:00", date(2026, 12, 31)),
        (46387, date(2026, 12, 31)),
        ("46387", date(2026, 12, 31)),
        (46387.0, date(2026, 12, 31)),
        (datetime(2026, 12, 31, 0, 0), date(2026, 12, 31)),
    ],
)
def test_dates_as_brokers_write_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2026", "12/31/2026x", "hier", "0", "2026-13-01"])
def test_impossible_dates_are_refused_with_a_code(text):
    with pytest.raises(ValueProblem) as caught:
        parse_date(text)
    assert caught.value.code == "invalid_date"


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1'234.50", 123450),
        ("1’234.50", 123450),
        ("1 234,50", 123450),
        ("1\u202f234,50", 123450),
        ("1234.5", 123450),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("CHF 1'234.50", 123450),
        ("1'234.50 CHF", 123450),
        ("Fr. 1'234.-", 123400),
        ("-12.30", -1230),
        ("(12.30)", -1230),
        (1234.5, 123450),
        (1234, 123400),
        ("0.005", 1),
    ],
)
def test_amounts_as_brokers_write_them(text, cents):
    assert parse_amount_cents(text) == cents


@pytest.mark.parametrize("text", ["12.3.4", "douze", "1'2'3,4,5.6", "CHF"])
def test_amounts_that_are_not_amounts(text):
    with pytest.raises(ValueProblem):
        parse_amount_cents(text)


def test_phone_uid_and_rate():
    assert parse_phone("021 312 45 67") == "+41 21 312 45 67"
    assert parse_phone("+33 1 42 68 53 00") == "+33 1 42 68 53 00"
    with pytest.raises(ValueProblem):
        parse_phone("12")
    assert parse_uid("CHE116281710") == "CHE-116.281.710"
    with pytest.raises(ValueProblem) as caught:
        parse_uid("CHE-116.281.711")
    assert caught.value.code == "invalid_uid"
    assert parse_rate_bp("12,5 %") == 1250
    assert parse_rate_bp(0.125) == 1250
    with pytest.raises(ValueProblem):
        parse_rate_bp("150 %")


def test_value_maps_accept_the_office_side_in_words():
    from broker_desktop.core.importing.mapping import Mapping

    mapping = Mapping(
        name="m",
        values={
            "kind": {"P": "Personne", "E": "Entreprise"},
            "frequency": {"trim.": "trimestriel"},
        },
    )
    assert mapping.translate("kind", "E") == "company"
    assert mapping.translate("kind", "Privé") == "person"  # the usual words need no map
    assert mapping.translate("frequency", "TRIM.") == "quarterly"
    assert mapping.translate("insurer", "AXA Winterthur") == "AXA Winterthur"
