"""Keyset pagination shared by every listing service.

A listing is a set of labelled column expressions over a FROM clause, filtered by the
permission scope. Pages are ordered by (sort key, id); a row's ``cursor`` is that pair,
so the next page starts strictly after it whatever was inserted in between.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Generic, NamedTuple, Protocol, TypeGuard, TypeVar

import sqlalchemy as sa
from sqlalchemy.sql.elements import AsBoolean, True_
from sqlalchemy.sql.util import find_tables

from broker_desktop.core.errors import ValidationError
from broker_desktop.core.permissions import Scope
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.core.validation import INT64_MAX, is_int

MAX_LIMIT = 5000
PLANNED_LIMIT = 200  # the smallest LIMIT a page query is planned with (see Listing.page)
# Counts stop at this many rows; past it the list shows "more than 10,000" and asks
# for the exact figure in the background (``count(exact=True)``).
COUNT_CAP = 10_000

# A page's rows: named tuples built per list (``row_class``), with ``id``, ``cursor`` and
# the list's columns as attributes; their class exists only at run time.
PageRow = Any


class Cursor(NamedTuple):
    sort_value: Any
    id: int


@cache
def row_class(name: str, keys: tuple[str, ...]) -> type[Any]:
    """An immutable row with ``id``, ``cursor`` and exactly these column attributes.

    A named tuple rather than a dataclass: a page builds 200 of them, and tuple
    construction is several times cheaper than a frozen dataclass's ``__init__``.
    """
    return namedtuple(name, ["id", "cursor", *(k for k in keys if k != "id")])


@dataclass(frozen=True)
class Listing:
    name: str
    columns: Mapping[str, sa.ColumnElement[Any]]  # visible column key -> expression
    id_col: sa.ColumnElement[int]
    from_: sa.FromClause
    where: sa.ColumnElement[bool]
    sort_exprs: Mapping[str, sa.ColumnElement[Any]]  # every sortable key -> non-null expression
    # The base table with only the joins that never change the row count (inner joins
    # on required foreign keys) left out: counts, sums and deep offsets run on it when
    # the filters and the sort need nothing else, instead of joining a million rows.
    narrow_from: sa.FromClause | None = None

    def _from_for(self, *exprs: sa.ColumnElement[Any]) -> sa.FromClause:
        if self.narrow_from is None:
            return self.from_
        in_full = set(find_tables(self.from_, include_aliases=True))
        needed = set()
        for expr in exprs:
            needed.update(find_tables(expr, check_columns=True, include_aliases=True))
        if needed & in_full <= set(find_tables(self.narrow_from, include_aliases=True)):
            return self.narrow_from
        return self.from_

    def sort_expr(self, key: object) -> sa.ColumnElement[Any]:
        if (
            not isinstance(key, str)
            or key not in self.sort_exprs
            or (key not in self.columns and key != "id")
        ):
            raise ValidationError.single(
                "sort", "unknown_sort_key", f"Cannot sort by {key!r}.", key=key
            )
        return self.sort_exprs[key]

    def _filtered(self, stmt: sa.Select[Any]) -> sa.Select[Any]:
        """``stmt`` with the list's WHERE, left out when it is always true: SQLite counts a
        whole table from its b-tree alone, but not under ``WHERE 1 = 1``."""
        if _always_true(self.where):
            return stmt
        return stmt.where(self.where)

    def count(self, conn: sa.Connection, cap: int | None = None) -> int:
        """The number of rows; with ``cap``, at most ``cap + 1`` (more than ``cap``) so
        that a count never walks more than that many matching rows."""
        from_ = self._from_for(self.where)
        if cap is None or _always_true(self.where):
            return int(
                conn.execute(
                    self._filtered(sa.select(sa.func.count()).select_from(from_))
                ).scalar_one()
            )
        rows = self._filtered(sa.select(sa.literal_column("1")).select_from(from_))
        bounded = rows.limit(int(cap) + 1).subquery()
        return int(conn.execute(sa.select(sa.func.count()).select_from(bounded)).scalar_one())

    def total(self, conn: sa.Connection, expr: sa.ColumnElement[Any]) -> int:
        return int(
            conn.execute(
                self._filtered(
                    sa.select(sa.func.coalesce(sa.func.sum(expr), 0)).select_from(
                        self._from_for(self.where, expr)
                    )
                )
            ).scalar_one()
        )

    def page(
        self,
        conn: sa.Connection,
        *,
        sort: str,
        descending: bool,
        after: object = None,
        before: object = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[PageRow]:
        for name, value in (("limit", limit), ("offset", offset)):
            if not is_int(value):
                raise ValidationError.single(name, "not_an_integer", "Expected a whole number.")
        after_row = _cursor_arg("after", after)
        before_row = _cursor_arg("before", before)
        limit = max(0, min(limit, MAX_LIMIT))
        offset = max(0, min(offset, INT64_MAX))
        sort_col = self.sort_expr(sort)
        keys = tuple(self.columns)
        cls = row_class(self.name, keys)
        select = self._filtered(
            sa.select(
                self.id_col.label("_id"),
                sort_col.label("_sort"),
                *(expr.label(key) for key, expr in self.columns.items()),
            ).select_from(self.from_)
        )
        ascending = not descending

        def ordered(stmt: sa.Select[Any], up: bool) -> sa.Select[Any]:
            if up:
                return stmt.order_by(sort_col.asc(), self.id_col.asc())
            return stmt.order_by(sort_col.desc(), self.id_col.desc())

        def beyond(cursor: Cursor, up: bool, inclusive: bool = False) -> sa.ColumnElement[bool]:
            if isinstance(cursor.sort_value, bool):  # stored as 0/1; SQL compares numbers
                cursor = Cursor(int(cursor.sort_value), cursor.id)
            id_after = self.id_col >= cursor.id if inclusive else self.id_col > cursor.id
            id_before = self.id_col <= cursor.id if inclusive else self.id_col < cursor.id
            if up:
                return sa.and_(
                    sort_col >= cursor.sort_value,
                    sa.or_(sort_col > cursor.sort_value, id_after),
                )
            return sa.and_(
                sort_col <= cursor.sort_value,
                sa.or_(sort_col < cursor.sort_value, id_before),
            )

        reverse = False
        if after_row is not None:
            stmt = ordered(select.where(beyond(after_row, ascending)), ascending)
        elif before_row is not None:
            stmt = ordered(select.where(beyond(before_row, not ascending)), not ascending)
            reverse = True
        elif from_end:
            stmt = ordered(select, not ascending)
            reverse = True
        elif int(offset) > 0 and (narrow := self._from_for(self.where, sort_col)) is not self.from_:
            # Skip ``offset`` rows on the narrow FROM (an index walk), then read the
            # page by keyset: the joins run for 200 rows, not for every row skipped.
            seek = ordered(
                self._filtered(sa.select(sort_col, self.id_col).select_from(narrow)),
                ascending,
            ).offset(int(offset))
            start = conn.execute(seek.limit(1)).first()
            if start is None:
                return []
            stmt = ordered(select.where(beyond(Cursor(*start), ascending, True)), ascending)
        else:
            stmt = ordered(select, ascending).offset(offset)
        # Asked for a handful of rows (a short last block, a picker), SQLite's planner may
        # judge sorting the whole join cheaper than walking the sort index: it always gets
        # a page's worth, and the surplus (the rows farthest from the start) is dropped.
        rows = list(conn.execute(stmt.limit(max(limit, PLANNED_LIMIT))).all())[:limit]
        if reverse:
            rows.reverse()
        if "id" in keys:  # the id column is also the row's own id: not repeated
            skip = 2 + keys.index("id")
            return [cls(r[0], Cursor(r[1], r[0]), *r[2:skip], *r[skip + 1 :]) for r in rows]
        return [cls(r[0], Cursor(r[1], r[0]), *r[2:]) for r in rows]


def _always_true(where: sa.ColumnElement[bool]) -> bool:
    """``sa.true()``, also as ``and_`` leaves it when every other condition is absent."""
    if isinstance(where, AsBoolean):
        where = where.element
    return isinstance(where, True_)


def _cursor_arg(name: str, cursor: object) -> Cursor | None:
    if cursor is None:
        return None
    if not _valid_cursor(cursor):
        raise ValidationError.single(name, "invalid_cursor", "Not a row of this list.")
    return Cursor(*cursor)


def _valid_cursor(cursor: object) -> TypeGuard[tuple[object, int]]:
    """A (sort value, id) pair as the rows carry it; never NULL (sort keys are not)."""
    if not (isinstance(cursor, tuple) and len(cursor) == 2):
        return False
    value, row_id = cursor
    in_range = is_int(row_id) and abs(row_id) <= INT64_MAX
    if isinstance(value, bool):  # a yes/no column ("done"): a value like any other
        return in_range
    if isinstance(value, int):
        return in_range and abs(value) <= INT64_MAX
    return in_range and isinstance(value, (str, float, date))


class SortedQuery(Protocol):
    """What every list's query has: the key it is sorted by and the direction."""

    @property
    def sort(self) -> str: ...

    @property
    def descending(self) -> bool: ...


Q = TypeVar("Q", bound=SortedQuery)


class ListingService(Generic[Q]):
    """``count``, ``total`` and ``page`` of one list, for the paging protocol the lazy
    tables use. A subclass names its query type and builds its ``Listing`` from the
    user's current scope."""

    query_type: type[Q]

    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    def _listing(self, scope: Scope, query: Q) -> Listing:
        raise NotImplementedError

    def _listing_for(
        self, conn: sa.Connection, scope: Scope, query: Q, *, ordered: bool
    ) -> Listing:
        """The listing for one call; a subclass may first look at the data (how many rows
        a search matches) to tell the planner how to read an ``ordered`` page."""
        return self._listing(scope, query)

    def interrupt(self, thread_id: int) -> None:
        """Stop this list's query running on ``thread_id`` (a superseded filter)."""
        self._s.database.interrupt(thread_id)

    def count(self, query: Q | None = None, *, exact: bool = True) -> int:
        """Rows in the list; with ``exact=False`` at most ``COUNT_CAP + 1`` (meaning
        "more than COUNT_CAP"), which stays fast whatever the list's size."""
        query = self.query_type() if query is None else query
        with self._s.tx() as (conn, scope):
            listing = self._listing_for(conn, scope, query, ordered=False)
            return listing.count(conn, None if exact else COUNT_CAP)

    def _total(self, query: Q | None, expr: sa.ColumnElement[Any]) -> int:
        query = self.query_type() if query is None else query
        with self._s.tx() as (conn, scope):
            return self._listing_for(conn, scope, query, ordered=False).total(conn, expr)

    def page(
        self,
        query: Q | None = None,
        *,
        after: object = None,
        before: object = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[PageRow]:
        query = self.query_type() if query is None else query
        with self._s.tx() as (conn, scope):
            return self._listing_for(conn, scope, query, ordered=True).page(
                conn,
                sort=query.sort,
                descending=query.descending,
                after=after,
                before=before,
                from_end=from_end,
                offset=offset,
                limit=limit,
            )


def text_sort(expr: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return sa.type_coerce(sa.func.coalesce(expr, ""), sa.String)


def int_sort(expr: sa.ColumnElement[Any]) -> sa.ColumnElement[int]:
    return sa.type_coerce(sa.func.coalesce(expr, -1), sa.Integer)
