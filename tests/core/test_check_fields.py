"""check_fields reads a dataclass's resolved annotations, postponed or not: the same
input is refused whether or not its module has ``from __future__ import annotations``."""

import dataclasses
from datetime import date

import pytest
from tests.core.postponed_fields import Postponed

from broker_desktop.core.errors import ValidationError
from broker_desktop.core.validation import check_fields
from broker_desktop.storage.schema import clients


@dataclasses.dataclass
class Eager:  # this module has no postponed annotations: the types are real objects
    name: str
    count: int
    since: date | None = None
    active: bool = True


def _codes(data):
    with pytest.raises(ValidationError) as caught:
        check_fields(data, clients)
    return {name: err.code for name, err in caught.value.errors.items()}


def test_real_annotations_are_checked():
    check_fields(Eager("Favre", 3), clients)
    assert _codes(Eager(12, "3", date(2026, 1, 1).isoformat(), "yes")) == {
        "name": "not_text",
        "count": "not_an_integer",
        "since": "invalid_date",
        "active": "not_a_boolean",
    }


def test_postponed_annotations_are_checked_the_same():
    assert isinstance(dataclasses.fields(Postponed)[0].type, str)
    assert _codes(Postponed(12, "3", "2026-01-01", "yes")) == _codes(
        Eager(12, "3", "2026-01-01", "yes")
    )


def test_none_only_where_the_annotation_allows_it():
    assert _codes(Eager(None, None)) == {"name": "required", "count": "required"}
    check_fields(Eager("Favre", 1, None), clients)


def test_text_longer_than_its_column_is_refused():
    limit = clients.c.first_name.type.length
    assert limit

    @dataclasses.dataclass
    class Named:
        first_name: str

    assert _codes(Named("x" * (limit + 1))) == {"first_name": "too_long"}
