"""One lazy table model over the core's paging protocol.

The source (a core listing service) answers ``columns()``, ``count(query)`` and
``page(query, after=, before=, from_end=, offset=, limit=)``. Rows are fetched in
blocks of ``BLOCK`` when the view asks for them and kept in a bounded cache; a block
is read by keyset from a cached neighbour, from the end for the last block, by offset
otherwise. Sorting and filtering replace the query: SQL does the work. While a block
loads on the worker thread, its cells show a placeholder. Columns the source does not
list for this user are not in the model at all.

The first block is shown before the count; the count stops at ``COUNT_CAP`` ("more than
10,000") and the exact figure follows in the background. A new query supersedes the
old one's reads: queued ones are dropped, a running one is interrupted. A model made
with ``load=False`` reads nothing until ``ensure_loaded`` (its tab is first shown).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from broker_desktop.core.paging import COUNT_CAP
from broker_desktop.ui import formats
from broker_desktop.ui.tasks import TaskRunner

BLOCK = 200
MAX_BLOCKS = 40  # 8,000 rows in memory at most, whatever the table's size
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class PagingSource(Protocol):
    def columns(self) -> list[str]: ...
    def count(self, query: Any, *, exact: bool = True) -> int: ...
    def page(
        self,
        query: Any,
        *,
        after: Any = None,
        before: Any = None,
        from_end: bool = False,
        offset: int = 0,
        limit: int = BLOCK,
    ) -> list[Any]: ...


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # already translated by the page that declares it
    kind: str = "text"  # text | int | money | percent | date | datetime | bool | period
    sortable: bool = True
    label: Callable[[Any], str] | None = None  # translates a stored code for display
    render: Callable[[Any], str] | None = None  # the whole row -> the text (a sentence)


RowStyle = Callable[[Any], QColor | None]


def _display(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "money":
        return formats.money(value)
    if kind == "percent":
        return formats.percent(value)
    if kind == "date":
        return formats.date(value)
    if kind == "datetime":
        return formats.datetime(value)
    if kind == "period":
        return formats.period(value)
    if kind == "bool":
        yes = QCoreApplication.translate("PagedTableModel", "Yes")
        no = QCoreApplication.translate("PagedTableModel", "No")
        return yes if value else no
    if hasattr(value, "value") and not isinstance(value, (int, str)):  # enums
        return str(value.value)
    return str(value)


def _sort_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool):
        return int(value)
    if value is None or isinstance(value, (int, float, str)):
        return value
    return str(value)


class PagedTableModel(QAbstractTableModel):
    loaded = Signal()  # a new row count is in (after a reset, a sort or a filter)
    failed = Signal(object)

    def __init__(
        self,
        source: PagingSource,
        query: Any,
        columns: Sequence[Column],
        runner: TaskRunner,
        parent=None,
        *,
        row_style: RowStyle | None = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._declared = list(columns)
        self._runner = runner
        self._row_style = row_style
        self._query = query
        self._columns: list[Column] = []
        self._rows = 0
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._loading: set[int] = set()
        self._generation = 0
        self._counting = False
        self._exact = True
        self._in_data = False
        # the source's own list comes with the first block (read on the worker thread)
        self._columns = list(self._declared)
        self.loaded_once = load
        if load:
            self.refresh()

    # ----- public API ------------------------------------------------------------------
    @property
    def query(self) -> Any:
        return self._query

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def column_at(self, index: int) -> Column:
        return self._columns[index]

    def column_of(self, key: str) -> int:
        keys = self.column_keys()
        return keys.index(key) if key in keys else -1

    @property
    def counting(self) -> bool:
        """No count yet (not even the capped one)."""
        return self._counting

    @property
    def count_exact(self) -> bool:
        """The row count is exact (not "more than COUNT_CAP" waiting for the figure)."""
        return self._exact and not self._counting

    def count_text(self) -> str:
        """The number of rows as the user reads it: "12'345", or "more than 10'000"
        while the exact count runs."""
        if self._counting or self._exact:
            return formats.count(self._rows)
        return QCoreApplication.translate("PagedTableModel", "more than %1").replace(
            "%1", formats.count(COUNT_CAP)
        )

    def ensure_loaded(self) -> None:
        """Read the first rows if nothing was read yet (a tab shown for the first time)."""
        if not self.loaded_once:
            self.refresh()

    def set_query(self, query: Any) -> None:
        self._query = query
        if self.loaded_once:
            self.refresh()

    def update_query(self, **changes: Any) -> None:
        self.set_query(dataclasses.replace(self._query, **changes))

    def refresh(self) -> None:
        """Reload from the first block and count again (after a save, a filter, a rights
        change). The first block is shown before the count arrives: on a large portfolio
        counting takes far longer than one page."""
        self.loaded_once = True
        self._runner.supersede(self)
        self._loading.clear()
        self._generation += 1
        generation = self._generation
        self._counting = True
        self._exact = True
        query, source = self._query, self._source
        self._run(
            lambda: (source.columns(), source.page(query, limit=BLOCK)),
            lambda result: self._first_loaded(generation, *result),
            lambda exc: self._failed(generation, exc),
        )
        self._run(
            lambda: source.count(query, exact=False),
            lambda count: self._counted(generation, count, exact=False),
            lambda exc: self._failed(generation, exc),
        )

    def _run(self, operation, on_success, on_failure) -> None:
        """Reads of this list: a later query supersedes them."""
        self._runner.run(
            operation,
            on_success,
            on_failure,
            group=self,
            interrupt=getattr(self._source, "interrupt", None),
        )

    def clear(self) -> None:
        """Forget every row (the lock screen): nothing stays readable in memory."""
        self._runner.supersede(self)
        self._generation += 1
        self.beginResetModel()
        self._rows = 0
        self._blocks.clear()
        self._loading.clear()
        self._counting = False
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The row object if its block is loaded (requests it otherwise)."""
        if not 0 <= row < self._rows:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            self._request(block)
            rows = self._blocks.get(block)
            if rows is None:
                return None
        self._blocks.move_to_end(block)
        position = row - block * BLOCK
        return rows[position] if position < len(rows) else None

    def id_at(self, row: int) -> Any | None:
        item = self.row_at(row)
        return getattr(item, "id", None) if item is not None else None

    # ----- loading ------------------------------------------------------------------------
    def _select_columns(self, available: Sequence[str] | None = None) -> bool:
        keys = set(self._source.columns() if available is None else available)
        columns = [c for c in self._declared if c.key in keys]
        changed = columns != self._columns
        self._columns = columns
        return changed

    def _first_loaded(self, generation: int, available: list[str], rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._select_columns(available)
        self._blocks.clear()
        self._loading.clear()
        self._blocks[0] = list(rows)
        self._rows = len(rows)
        self.endResetModel()

    def _counted(self, generation: int, count: int, *, exact: bool = True) -> None:
        if generation != self._generation:
            return
        self._counting = False
        count = int(count)
        self._exact = exact or count <= COUNT_CAP
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        elif count < self._rows:  # rows were deleted between the page and the count
            self.beginResetModel()
            self._rows = count
            self._blocks.clear()
            self.endResetModel()
        self.loaded.emit()
        if not self._exact:  # "more than 10,000": the exact figure follows
            query, source = self._query, self._source
            self._run(
                lambda: source.count(query),
                lambda exact_count: self._counted(generation, exact_count),
                lambda exc: self._failed(generation, exc),
            )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._counting = False
            self._loading.clear()
            self.failed.emit(exc)

    def _request(self, block: int) -> None:
        if block in self._loading:  # rows load while the count runs
            return
        self._loading.add(block)
        generation = self._generation
        query, fetch = self._query, self._fetcher(block)
        self._run(
            lambda: fetch(query),
            lambda rows: self._block_loaded(generation, block, rows),
            lambda exc: self._failed(generation, exc),
        )

    def _fetcher(self, block: int) -> Callable[[Any], list[Any]]:
        page = self._source.page
        last_block = (self._rows - 1) // BLOCK
        previous = self._blocks.get(block - 1)
        following = self._blocks.get(block + 1)
        if previous is not None and len(previous) == BLOCK:
            cursor = previous[-1].cursor
            return lambda q: page(q, after=cursor, limit=BLOCK)
        if following:
            cursor = following[0].cursor
            return lambda q: page(q, before=cursor, limit=BLOCK)
        if block == last_block and block > 0 and self._exact:
            size = self._rows - block * BLOCK
            return lambda q: page(q, from_end=True, limit=size)
        return lambda q: page(q, offset=block * BLOCK, limit=BLOCK)

    def _block_loaded(self, generation: int, block: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._loading.discard(block)
        self._blocks[block] = list(rows)
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        if self._in_data or not self._columns:
            return  # loaded synchronously inside data(): the caller reads it right away
        first = block * BLOCK
        last = min(self._rows, first + BLOCK) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    # ----- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(self._columns[section])
        return None

    @staticmethod
    def _alignment(column: Column) -> int:
        if column.kind in ("money", "percent", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            SORT_ROLE,
            ID_ROLE,
            ROW_ROLE,
        ):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        self._in_data = True
        try:
            item = self.row_at(index.row())
        finally:
            self._in_data = False
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("PagedTableModel", "…")
            return None
        if role == ID_ROLE:
            return getattr(item, "id", None)
        if role == ROW_ROLE:
            return item
        value = getattr(item, column.key, None)
        if role == SORT_ROLE:
            return _sort_value(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self._row_style(item) if self._row_style else None
            return QBrush(color) if color is not None else None
        if column.render is not None:
            return column.render(item)
        if column.label is not None and value is not None:
            return column.label(value)
        return _display(column.kind, value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sortable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if getattr(self._query, "sort", None) == key and (
            getattr(self._query, "descending", False) == descending
        ):
            return
        self.update_query(sort=key, descending=descending)
