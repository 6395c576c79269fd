"""Keyset pagination shared by every listing service.

A listing is a set of labelled column expressions over a FROM clause, filtered by the
permission scope. Pages are ordered by (sort key, id); a row's ``cursor`` is that pair,
so the next page starts strictly after it whatever was inserted in between.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any, Generic, NamedTuple, Protocol, TypeGuard, TypeVar

import sqlalchemy as sa
from sqlalchemy.sql.elements import AsBoolean, True_
from sqlalchemy.sql.util import find_tables

from broker_desktop.core.errors import ValidationError
from broker_desktop.core.permissions import Scope
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.core.validation import INT64_MAX, is_int
from broker_desktop.storage.driver_sql import run_sql

MAX_LIMIT = 5000
PLANNED_LIMIT = 200  # the smallest LIMIT a page query is planned with (see Listing.page)
# Counts stop at this many rows; past it the list shows "more than 10,000" and asks
# for the exact figure in the background (``count(exact=True)``).
COUNT_CAP = 10_000
# Compiled page and count statements kept per service (oldest dropped first): a list's sorts and
# filters as the user goes through them.
PLAN_CACHE_SIZE = 128

# A page's rows: named tuples built per list (``row_class``), with ``id``, ``cursor`` and
# the list's columns as attributes; their class exists only at run time.
PageRow = Any


class Cursor(NamedTuple):
    sort_value: Any
    id: int


@dataclass(frozen=True, slots=True, eq=False)
class PageColumns:
    """A page as ``page`` returns it, left column by column, the rows never built: the
    ids, the cursors' sort values, then the rows' other fields in ``row_class``'s order.
    The office server sends pages column by column (``wire.codec``): building 200 rows
    only to take them apart again would cost it more than the encoding itself."""

    row_class: type[Any]
    columns: list[tuple[Any, ...]]
    # what each column holds, as the database gave it: PLAIN (text, integers, floats or
    # NULL, carried as they are), ISO_DATE (dates still in their ISO text), or "" (values
    # converted from their stored form: the encoder looks at them)
    kinds: tuple[str, ...]

    def rows(self) -> list[PageRow]:
        columns = [
            _from_iso(column) if kind == ISO_DATE else column
            for column, kind in zip(self.columns, self.kinds, strict=True)
        ]
        return _rows(partial(_new, self.row_class), columns)


PLAIN = "p"
ISO_DATE = "D"


def _from_iso(column: tuple[Any, ...]) -> tuple[Any, ...]:
    if None in column:
        return tuple(None if v is None else date.fromisoformat(v) for v in column)
    return tuple(map(date.fromisoformat, column))


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
        if always_true(self.where):
            return stmt
        return stmt.where(self.where)

    def count(self, conn: sa.Connection, cap: int | None = None) -> int:
        """The number of rows; with ``cap``, at most ``cap + 1`` (more than ``cap``) so
        that a count never walks more than that many matching rows."""
        return self.count_plan(conn.dialect, cap).run(conn)

    def count_plan(self, dialect: sa.Dialect, cap: int | None = None) -> CountPlan:
        """The compiled count (``ListingService.count`` keeps it per listing shape)."""
        from_ = self._from_for(self.where)
        if cap is None or always_true(self.where):
            stmt = self._filtered(sa.select(sa.func.count()).select_from(from_))
        else:
            rows = self._filtered(sa.select(sa.literal_column("1")).select_from(from_))
            bounded = rows.limit(int(cap) + 1).subquery()
            stmt = sa.select(sa.func.count()).select_from(bounded)
        return CountPlan(_Compiled(stmt, dialect))

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
        """One page, its statement built and compiled for this call (the services keep
        the compiled plan per listing shape: ``ListingService.page``)."""
        mode = page_mode(after, before, from_end)
        plan = self.page_plan(conn.dialect, sort=sort, descending=descending, mode=mode)
        return plan.run(conn, after=after, before=before, offset=offset, limit=limit)

    def page_plan(self, dialect: sa.Dialect, *, sort: str, descending: bool, mode: str) -> PagePlan:
        """The compiled statement(s) of one kind of page (``page_mode``): the cursor,
        offset and limit are bound parameters, so the plan serves every page of the shape."""
        sort_col = self.sort_expr(sort)
        keys = tuple(self.columns)
        select = self._filtered(
            sa.select(
                self.id_col.label("_id"),
                sort_col.label("_sort"),
                *(expr.label(key) for key, expr in self.columns.items()),
            ).select_from(self.from_)
        )
        ascending = not descending
        cursor_value = sa.bindparam("_cursor_sort", None, type_=sort_col.type)
        cursor_id = sa.bindparam("_cursor_id", None, type_=sa.Integer)
        limit = sa.bindparam("_limit", None, type_=sa.Integer)
        offset = sa.bindparam("_offset", None, type_=sa.Integer)

        def ordered(stmt: sa.Select[Any], up: bool) -> sa.Select[Any]:
            if up:
                return stmt.order_by(sort_col.asc(), self.id_col.asc())
            return stmt.order_by(sort_col.desc(), self.id_col.desc())

        def beyond(up: bool, inclusive: bool = False) -> sa.ColumnElement[bool]:
            id_after = self.id_col >= cursor_id if inclusive else self.id_col > cursor_id
            id_before = self.id_col <= cursor_id if inclusive else self.id_col < cursor_id
            if up:
                return sa.and_(sort_col >= cursor_value, sa.or_(sort_col > cursor_value, id_after))
            return sa.and_(sort_col <= cursor_value, sa.or_(sort_col < cursor_value, id_before))

        seek: sa.Select[Any] | None = None
        if mode == "after":
            stmt = ordered(select.where(beyond(ascending)), ascending)
        elif mode in ("before", "end"):
            where = select.where(beyond(not ascending)) if mode == "before" else select
            stmt = ordered(where, not ascending)
        else:
            stmt = ordered(select, ascending).offset(offset)
            narrow = self._from_for(self.where, sort_col)
            if narrow is not self.from_:
                # Skip ``offset`` rows on the narrow FROM (an index walk), then read the
                # page by keyset: the joins run for 200 rows, not for every row skipped.
                seek = (
                    ordered(
                        self._filtered(sa.select(sort_col, self.id_col).select_from(narrow)),
                        ascending,
                    )
                    .offset(offset)
                    .limit(1)
                )
                from_seek = ordered(select.where(beyond(ascending, True)), ascending)
        compiled_seek = None
        if seek is not None:
            compiled_seek = (_Compiled(seek, dialect), _Compiled(from_seek.limit(limit), dialect))
        return PagePlan(
            _Compiled(stmt.limit(limit), dialect),
            compiled_seek,
            row_class(self.name, keys),
            keys.index("id") + 2 if "id" in keys else None,
            reverse=mode in ("before", "end"),
        )


def page_mode(after: object, before: object, from_end: bool) -> str:
    """Which kind of page a call asks for: each kind has its own statement."""
    if after is not None:
        return "after"
    if before is not None:
        return "before"
    return "end" if from_end else "offset"


class _Compiled:
    """A statement compiled once: its SQL text, and its parameters in order with their
    bind processors; the cursor, offset and limit (``_``-named) are given per call."""

    def __init__(self, stmt: sa.Select[Any], dialect: sa.Dialect) -> None:
        compiled: Any = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        self.sql: str = str(compiled)
        processors: Mapping[str, Any] = compiled._bind_processors
        fixed = compiled.construct_params()
        names: list[str] = list(compiled.positiontup or ())
        self.params: list[Any] = []
        self.variable: list[tuple[int, str, Any]] = []
        for position, name in enumerate(names):
            value = fixed[name]
            if name.startswith("_"):
                self.variable.append((position, name, processors.get(name)))
                value = None
            elif name in processors:
                value = processors[name](value)
            self.params.append(value)
        # converters of the result columns that have one (dates from their ISO text)
        self.results: list[tuple[int, Any, bool]] = [
            (i, proc, _is_date(column.type))
            for i, column in enumerate(compiled._result_columns)
            if (proc := column.type._cached_result_processor(dialect, None)) is not None
        ]
        converted = {i: is_date for i, _proc, is_date in self.results}
        self.kinds: list[str] = [
            (ISO_DATE if converted[i] else "")
            if i in converted
            else (PLAIN if isinstance(column.type, _PLAIN_TYPES) else "")
            for i, column in enumerate(compiled._result_columns)
        ]

    def execute(self, conn: sa.Connection, values: Mapping[str, Any]) -> list[Any]:
        """The rows as the driver returns them (``columns`` converts them)."""
        params = list(self.params)
        for position, name, processor in self.variable:
            value = values[name]
            params[position] = value if processor is None or value is None else processor(value)
        return run_sql(conn, self.sql, tuple(params))

    def columns(self, rows: list[Any], *, iso_dates: bool = False) -> list[Any]:
        """``rows`` (not empty) column by column, converted (dates left in their ISO text
        if ``iso_dates``: see ``kinds``): C-level loops throughout."""
        columns: list[Any] = list(zip(*rows, strict=True))
        for i, processor, is_date in self.results:
            column = columns[i]
            if is_date and iso_dates:
                continue
            if is_date and None not in column:
                # SQLAlchemy's converter checks for NULL value by value: twice as slow
                processor = date.fromisoformat
            columns[i] = tuple(map(processor, column))
        return columns


# stored as they are read back (no result converter): JSON scalars or NULL
_PLAIN_TYPES = (sa.Integer, sa.String, sa.Float)


def _is_date(type_: Any) -> bool:
    """A plain date column (SQLAlchemy stores it as ISO text: ``YYYY-MM-DD``)."""
    return isinstance(type_, sa.Date) and not isinstance(type_, sa.DateTime)


_new = tuple.__new__
_new_cursor = partial(_new, Cursor)


def _rows(
    new_row: Callable[[tuple[Any, ...]], PageRow], columns: list[tuple[Any, ...]]
) -> list[PageRow]:
    """The rows of a page's columns (ids, sort values, the other fields): C-level loops."""
    ids, sort_values, *rest = columns
    cursors = map(_new_cursor, zip(sort_values, ids, strict=True))
    return list(map(new_row, zip(ids, cursors, *rest, strict=True)))


class CountPlan:
    """A list's compiled count (``Listing.count_plan``)."""

    def __init__(self, stmt: _Compiled) -> None:
        self._stmt = stmt

    def run(self, conn: sa.Connection) -> int:
        return int(self._stmt.execute(conn, {})[0][0])  # an integer: nothing to convert


class PagePlan:
    """Ready-to-run statements of one listing shape (``Listing.page_plan``)."""

    def __init__(
        self,
        stmt: _Compiled,
        seek: tuple[_Compiled, _Compiled] | None,
        cls: type[Any],
        id_at: int | None,
        *,
        reverse: bool,
    ) -> None:
        self._stmt = stmt
        self._seek = seek
        self._cls = cls
        self._new_row = partial(_new, cls)
        self._id_at = id_at
        self._reverse = reverse

    def run(
        self,
        conn: sa.Connection,
        *,
        after: object = None,
        before: object = None,
        offset: int = 0,
        limit: int = 200,
    ) -> list[PageRow]:
        found = self._columns(conn, after, before, offset, limit)
        return [] if found is None else _rows(self._new_row, found[0])

    def run_columns(
        self,
        conn: sa.Connection,
        *,
        after: object = None,
        before: object = None,
        offset: int = 0,
        limit: int = 200,
    ) -> PageColumns | list[PageRow]:
        """``run``'s page as ``PageColumns`` (an empty page: ``[]``, as ``run``)."""
        found = self._columns(conn, after, before, offset, limit, iso_dates=True)
        return [] if found is None else PageColumns(self._cls, *found)

    def _columns(
        self,
        conn: sa.Connection,
        after: object,
        before: object,
        offset: int,
        limit: int,
        *,
        iso_dates: bool = False,
    ) -> tuple[list[tuple[Any, ...]], tuple[str, ...]] | None:
        """The page's ids, sort values and the rows' other fields, and what each column
        holds (``PageColumns.kinds``, with ``iso_dates``); None if it is empty."""
        for name, value in (("limit", limit), ("offset", offset)):
            if not is_int(value):
                raise ValidationError.single(name, "not_an_integer", "Expected a whole number.")
        cursor = _cursor_arg("after", after) or _cursor_arg("before", before)
        limit = max(0, min(limit, MAX_LIMIT))
        offset = max(0, min(offset, INT64_MAX))
        # Asked for a handful of rows (a short last block, a picker), SQLite's planner may
        # judge sorting the whole join cheaper than walking the sort index: it always gets
        # a page's worth, and the surplus (the rows farthest from the start) is dropped.
        values: dict[str, Any] = {"_limit": max(limit, PLANNED_LIMIT), "_offset": offset}
        stmt = self._stmt
        if self._seek is not None and offset > 0:
            seek = self._seek[0]
            start = seek.execute(conn, {"_offset": offset})
            if not start:
                return None
            sort_value, row_id = seek.columns(start)
            cursor = Cursor(sort_value[0], row_id[0])
            stmt = self._seek[1]
        if cursor is not None:
            value = cursor.sort_value
            # a yes/no sort key is stored as 0/1; SQL compares numbers
            values["_cursor_sort"] = int(value) if isinstance(value, bool) else value
            values["_cursor_id"] = cursor.id
        rows = stmt.execute(conn, values)
        if len(rows) > limit:
            del rows[limit:]
        if not rows:
            return None
        if self._reverse:
            rows.reverse()
        # column by column: ids, sort values, the other columns
        columns = stmt.columns(rows, iso_dates=iso_dates)
        kinds = list(stmt.kinds)
        if self._id_at is not None:  # the id column is also the row's own id: not repeated
            del columns[self._id_at]
            del kinds[self._id_at]
        return columns, tuple(kinds)


def always_true(where: sa.ColumnElement[bool]) -> bool:
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
        self._plans: dict[Hashable, PagePlan | CountPlan] = {}

    def _listing(self, scope: Scope, query: Q) -> Listing:
        raise NotImplementedError

    def _variant(self, conn: sa.Connection, scope: Scope, query: Q, *, ordered: bool) -> Hashable:
        """What the listing depends on besides the query, the rights and the date: a
        subclass may first look at the data (how many rows a search matches) to tell the
        planner how to read an ``ordered`` page. Part of the compiled plan's key."""
        return None

    def _listing_for(self, scope: Scope, query: Q, variant: Hashable) -> Listing:
        """The listing for ``_variant``'s answer (by default there is only one)."""
        return self._listing(scope, query)

    def interrupt(self, thread_id: int) -> None:
        """Stop this list's query running on ``thread_id`` (a superseded filter)."""
        self._s.database.interrupt(thread_id)

    def count(self, query: Q | None = None, *, exact: bool = True) -> int:
        """Rows in the list; with ``exact=False`` at most ``COUNT_CAP + 1`` (meaning
        "more than COUNT_CAP"), which stays fast whatever the list's size."""
        query = self.query_type() if query is None else query
        with self._s.tx() as (conn, scope):
            variant = self._variant(conn, scope, query, ordered=False)
            key = self._key(query, scope, ("exact count" if exact else "count", variant))
            plan = self._plans.get(key)
            if not isinstance(plan, CountPlan):
                plan = self._listing_for(scope, query, variant).count_plan(
                    conn.dialect, None if exact else COUNT_CAP
                )
                self._remember(key, plan)
            return plan.run(conn)

    def _total(self, query: Q | None, expr: sa.ColumnElement[Any]) -> int:
        query = self.query_type() if query is None else query
        with self._s.tx() as (conn, scope):
            variant = self._variant(conn, scope, query, ordered=False)
            return self._listing_for(scope, query, variant).total(conn, expr)

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
        rows: list[PageRow] = self._paged(
            PagePlan.run, query, after, before, from_end, offset, limit
        )
        return rows

    def page_columns(
        self,
        query: Q | None = None,
        *,
        after: object = None,
        before: object = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> PageColumns | list[PageRow]:
        """``page``'s rows as ``PageColumns`` (for the office server's wire)."""
        page: PageColumns | list[PageRow] = self._paged(
            PagePlan.run_columns, query, after, before, from_end, offset, limit
        )
        return page

    def _paged(
        self,
        run: Callable[..., Any],
        query: Q | None,
        after: object,
        before: object,
        from_end: bool,
        offset: int,
        limit: int,
    ) -> Any:
        query = self.query_type() if query is None else query
        mode = page_mode(after, before, from_end)
        with self._s.tx() as (conn, scope):
            variant = self._variant(conn, scope, query, ordered=True)
            key = self._key(query, scope, (mode, variant))
            plan = self._plans.get(key)
            if not isinstance(plan, PagePlan):
                plan = self._listing_for(scope, query, variant).page_plan(
                    conn.dialect, sort=query.sort, descending=query.descending, mode=mode
                )
                self._remember(key, plan)
            return run(plan, conn, after=after, before=before, offset=offset, limit=limit)

    @staticmethod
    def _key(query: Q, scope: Scope, kind: Hashable) -> Hashable:
        """A listing depends on the query, the user's rights and the date (derived
        statuses) only: its compiled statements serve every call of that shape. The query
        is keyed by its repr: types included (True is not 1), so a hit is always a query
        ``_listing`` has checked, and a malformed one (a list where a number belongs)
        reaches ``_listing``, which says what is wrong."""
        return (type(query), repr(query), scope.user_id, scope.rights, date.today(), kind)

    def _remember(self, key: Hashable, plan: PagePlan | CountPlan) -> None:
        plans = self._plans
        plans[key] = plan
        if len(plans) > PLAN_CACHE_SIZE:
            plans.pop(next(iter(plans)))


def text_sort(expr: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    return sa.type_coerce(sa.func.coalesce(expr, ""), sa.String)


def int_sort(expr: sa.ColumnElement[Any]) -> sa.ColumnElement[int]:
    return sa.type_coerce(sa.func.coalesce(expr, -1), sa.Integer)
