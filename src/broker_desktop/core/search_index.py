"""The client search index's rows (``client_search``, ``client_search_prefix``), filled
by the portfolio import itself for the clients it creates.

A trigger (``clients_search_ai``, migrations 0008 and 0013) indexes every new client as
its row is inserted, unless ``meta`` holds the row ``DEFERRED``: the import writes that
row in its transaction, creates its clients, then indexes all of them with one INSERT
... SELECT per index and deletes the row, before anything else can see the transaction.
One statement instead of one per client: the trigger's upkeep was a fifth of the
import's CPU at size M (docs/benchmarks.md).

The expressions must stay identical to the trigger's (migration 0008_search):
tests/importing/test_deferred_search_index.py compares them with the trigger's text.
"""

from __future__ import annotations

from typing import Any

DEFERRED = "client_search_deferred"  # meta row: the insert trigger leaves the index alone

# Country codes whose national numbers are written with a trunk 0 (CH, FR, DE, AT).
_TRUNK_ZERO = ("41", "33", "49", "43")
SEARCH_COLUMNS = "rowid, name, email, city, postcode, phone"
PREFIX_COLUMNS = "rowid, name, city, postcode"


def _digits(expr: str) -> str:
    for char in (" ", "+", "-", ".", "/", "(", ")"):
        expr = f"replace({expr}, '{char}', '')"
    return expr


def _phone_forms(column: str) -> str:
    """The phone's international digits, then its national digits when its country
    writes them with a trunk 0."""
    digits = _digits(column)
    international = (
        f"(CASE WHEN {column} LIKE '+%' THEN {digits} "
        f"WHEN {digits} LIKE '00%' THEN substr({digits}, 3) "
        f"WHEN {digits} LIKE '0%' THEN '41' || substr({digits}, 2) "
        f"ELSE {digits} END)"
    )
    codes = ", ".join(f"'{c}'" for c in _TRUNK_ZERO)
    return (
        f"(SELECT CASE WHEN d = '' THEN '' "
        f"WHEN substr(d, 1, 2) IN ({codes}) THEN d || ' 0' || substr(d, 3) "
        f"ELSE d END FROM (SELECT {international} AS d))"
    )


def search_values(row: str) -> str:
    return (
        f"{row}.id, {row}.display_name, {row}.email, {row}.city, {row}.postcode, "
        f"{_phone_forms(f'{row}.phone')}"
    )


def prefix_values(row: str) -> str:
    return f"{row}.id, {row}.display_name, {row}.city, {row}.postcode"


def defer(cursor: Any) -> None:
    """From now on in this transaction, new clients wait for ``fill_from``."""
    cursor.execute("INSERT INTO meta (name, value) VALUES (?, '1')", (DEFERRED,))


def fill_from(cursor: Any, first_id: int) -> None:
    """Indexes the clients from ``first_id`` on (those created since ``defer``, whose
    ids are contiguous in the one write transaction) and ends the deferral."""
    for table, columns, values in (
        ("client_search", SEARCH_COLUMNS, search_values("c")),
        ("client_search_prefix", PREFIX_COLUMNS, prefix_values("c")),
    ):
        cursor.execute(
            f"INSERT INTO {table} ({columns}) SELECT {values} FROM clients AS c "
            "WHERE c.id >= ? ORDER BY c.id",
            (first_id,),
        )
    cursor.execute("DELETE FROM meta WHERE name = ?", (DEFERRED,))
