"""The page encoding of the wire codec: column by column, each column with one code; the
same rows come back, and a malformed page is a CodecError, never wrong rows."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from broker_desktop.core.paging import ISO_DATE, PLAIN, Cursor, PageColumns, row_class
from broker_desktop.wire import codec
from broker_desktop.wire.codec import CLIENT_RULES, SERVER_RULES, CodecError, from_jsonable

Row = row_class("ContractRow", ("policy", "start", "end", "amount", "stamp", "active"))


def _page() -> list[object]:
    return [
        Row(
            1,
            Cursor(date(2026, 12, 4), 1),
            "P-1",
            date(2019, 12, 1),
            None,
            Decimal("1.50"),
            datetime(2026, 1, 2, 3, 4),
            True,
        ),
        Row(
            2,
            Cursor(date(2026, 12, 5), 2),
            None,
            date(2020, 1, 31),
            date(2027, 1, 1),
            float("nan"),
            None,
            False,
        ),
        Row(
            3,
            Cursor(None, 3),
            "Pâquerette «ü»",
            date(1, 1, 1),
            date(9999, 12, 31),
            2,
            datetime(2026, 2, 3),
            None,
        ),
    ]


def test_a_page_crosses_column_by_column_and_comes_back_the_same():
    page = _page()
    doc = codec.to_jsonable(page)
    assert doc["$page"] == "ContractRow" and doc["k"] == list(Row._fields)
    assert doc["c"][:4] == ["p", "n:Cursor", "p", "d"] and doc["c"][5] == "g"
    back = codec.loads(codec.dumps(page), CLIENT_RULES)
    assert [type(r) for r in back] == [Row] * 3
    assert back[0] == page[0] and back[2] == page[2]
    assert back[1][:5] == page[1][:5] and back[1].amount != back[1].amount  # NaN stays NaN
    assert back[2].cursor == Cursor(None, 3) and back[1].end == date(2027, 1, 1)


def _doc(**changes: object) -> dict[str, object]:
    doc = codec.to_jsonable(_page())
    doc.update(changes)
    return doc


@pytest.mark.parametrize(
    "bad",
    [
        {"c": ["p"] * 8},  # one code short
        {"v": [[1, 2, 3]] * 7},  # one column short
        {"c": ["x"] * 8},  # unknown code
        {"c": ["p", "n:Session", "p", "d", "d", "g", "g", "p"]},  # not a named tuple
        {"c": ["p", "n:Right", "p", "d", "d", "g", "g", "p"]},
        {"k": ["id", "policy", "cursor", "start", "end", "amount", "stamp", "active"]},
    ],
)
def test_a_malformed_page_is_refused(bad):
    with pytest.raises(CodecError):
        from_jsonable(_doc(**bad), CLIENT_RULES)


def test_columns_holding_other_things_than_their_code_are_refused():
    for index, column in [
        (0, [{"$date": "2026-01-01"}, 2, 3]),  # a structured value in a plain column
        (0, [[1], 2, 3]),
        (3, ["2019-12-01", 737000, 737001]),  # text in a day-number column
        (3, [True, 737000, 737001]),
        (3, [10**9, 737000, 737001]),  # beyond year 9999
        (2, ["a", "b"]),  # shorter than the others
    ]:
        doc = _doc()
        columns = list(doc["v"])  # type: ignore[call-overload]
        columns[index] = column
        with pytest.raises(CodecError):
            from_jsonable({**doc, "v": columns}, CLIENT_RULES)


def test_the_server_accepts_no_page():
    with pytest.raises(CodecError, match="rows are not accepted"):
        from_jsonable(codec.to_jsonable(_page()), SERVER_RULES)


def _columns() -> PageColumns:
    """A page as the office server reads it: dates still ISO text, the cursors' sort value
    the same as the rows' ``end`` (as when a list is sorted by one of its fields)."""
    return PageColumns(
        Row,
        [
            (1, 2, 3),
            ("2026-12-04", "2027-01-01", None),
            ("P-1", None, "Pâquerette «ü»"),
            ("2019-12-01", "2020-01-31", "0001-01-01"),
            ("2026-12-04", "2027-01-01", None),
            (Decimal("1.50"), float("nan"), 2),
            (datetime(2026, 1, 2, 3, 4), None, datetime(2026, 2, 3)),
            (True, False, None),
        ],
        (PLAIN, ISO_DATE, PLAIN, ISO_DATE, ISO_DATE, "", "", ""),
    )


def test_columns_read_from_the_database_cross_as_they_are_and_come_back_as_rows():
    page = _columns()
    doc = codec.to_jsonable(page)
    assert doc["c"][:5] == ["p", "n:Cursor", "p", "D", "D"]
    assert list(doc["v"][3]) == ["2019-12-01", "2020-01-31", "0001-01-01"]  # the text, as read
    assert doc["v"][1] == [["=4", "=0"], [None, None]]  # the cursors repeat end and id
    back = codec.loads(codec.dumps(page), CLIENT_RULES)
    rows = page.rows()
    assert back[0] == rows[0] and back[2] == rows[2] and back[1][:5] == rows[1][:5]
    assert back[0].start == date(2019, 12, 1) and back[2].cursor == Cursor(None, 3)
    assert back[1].cursor == Cursor(date(2027, 1, 1), 2)
    # a sort value of its own (not one of the row's fields) is sent with the cursors
    other = PageColumns(
        Row, [*page.columns[:1], ("2030-01-01",) * 3, *page.columns[2:]], page.kinds
    )
    assert codec.to_jsonable(other)["v"][1][0] == ["D", "=0"]
    assert codec.loads(codec.dumps(other), CLIENT_RULES)[2].cursor == Cursor(date(2030, 1, 1), 3)


@pytest.mark.parametrize(
    ("where", "bad"),
    [
        ((1, 0, 0), "=9"),  # no such column
        ((1, 0, 0), "=1"),  # the cursors' own column
        ((1, 0, 0), "=x"),
        ((1, 0, 0), "=-1"),
        ((0,), "=0"),  # a reference outside a named tuple column
        ((3,), "d"),  # ISO text read as day numbers
    ],
)
def test_a_malformed_column_reference_is_refused(where, bad):
    doc = codec.to_jsonable(_columns())
    codes = doc["c"] if len(where) == 1 else doc["v"][where[0]][0]  # type: ignore[index]
    codes[where[-1]] = bad
    with pytest.raises(CodecError):
        from_jsonable(doc, CLIENT_RULES)


@pytest.mark.parametrize(
    "column", [["2026-13-01", None, None], [737000, None, None], [["2026-01-01"], None, None]]
)
def test_an_iso_date_column_holding_something_else_is_refused(column):
    doc = codec.to_jsonable(_columns())
    doc["v"][3] = column  # type: ignore[index]
    with pytest.raises(CodecError):
        from_jsonable(doc, CLIENT_RULES)
