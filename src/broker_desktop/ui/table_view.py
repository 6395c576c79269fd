"""A table view for the lazy models: sorting in SQL, columns kept in the settings.

Column widths are kept per column key (with the order, the hidden columns and the sort)
and restored once per set of columns, clamped to sensible bounds; a list opened for the
first time fits its columns to the first page's texts. No column stretches to fill the
view, except the one a list names as its main text (the audit log's sentence), which
takes the room left — never at the expense of the others.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from broker_desktop.ui.models.paged_table import PagedTableModel
from broker_desktop.ui.settings import Settings

FIT_ROWS = 100
MIN_WIDTH = 48  # a restored column is never narrower (nor wider than MAX_WIDTH)
MAX_WIDTH = 600
FIT_MAX = 360  # a column fitted to its texts stays within this (the tooltip shows the rest)
STRETCH_MAX = 1200


def _strings(value: object) -> list[str]:
    """A saved list of column keys; nothing when the setting is not one (damaged)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class PagedTableView(QTableView):
    def __init__(
        self,
        name: str,
        model: PagedTableModel,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        stretch: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._settings = settings
        self._stretch = stretch
        self._applied: list[str] | None = None  # the column keys the widths were set for
        # the stretch column follows the view's width until the user sizes it himself
        self._stretch_fit: int | None = None
        self._sizing = False
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(MIN_WIDTH)
        header.setDefaultSectionSize(140)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        self._restore_sort(model)
        header.sortIndicatorChanged.connect(self._sort_requested)
        header.sectionResized.connect(self._section_resized)
        model.modelReset.connect(self._apply_columns)
        self._apply_columns()

    @property
    def paged_model(self) -> PagedTableModel:
        model = self.model()
        if not isinstance(model, PagedTableModel):
            raise TypeError(f"{type(self).__name__} shows a {type(model).__name__}")
        return model

    # ----- restoring -----------------------------------------------------------------------
    def _saved(self) -> dict[str, Any]:
        return self._settings.table_columns(self._name)

    def _restore_sort(self, model: PagedTableModel) -> None:
        """The saved sort goes into the query before the first read (one read, not two)."""
        saved = self._saved()
        query = model.query
        key = saved.get("sort")
        column = model.column_of(key) if isinstance(key, str) else -1
        if column >= 0 and model.is_sortable(column):
            descending = bool(saved.get("descending", False))
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            model.sort(column, order)
        else:
            column = model.column_of(getattr(query, "sort", ""))
        if column >= 0:
            descending = bool(getattr(model.query, "descending", False))
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.horizontalHeader().setSortIndicator(column, order)

    def _apply_columns(self) -> None:
        """Once per set of columns (the first rows, a rights change): the saved widths,
        order and hidden columns, or widths fitted to the first page. Later reloads (a
        filter, a refresh) leave the user's widths alone."""
        model = self.paged_model
        keys = model.column_keys()
        if not keys or keys == self._applied:
            return
        saved = self._saved()
        stored = saved.get("widths")
        widths: dict[str, Any] = stored if isinstance(stored, dict) else {}
        if not model.rowCount() and not all(k in widths for k in keys):
            return  # nothing to go by yet for some column: the first rows will fit it
        self._applied = keys
        header = self.horizontalHeader()
        order = [k for k in _strings(saved.get("order")) if k in keys]
        for visual, key in enumerate(order):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        hidden = set(_strings(saved.get("hidden"))) & set(keys)
        for logical, key in enumerate(keys):
            header.setSectionHidden(logical, key in hidden)
        fitted = self._fitted_widths()
        for logical, key in enumerate(keys):
            width = widths.get(key)
            if isinstance(width, int) and not isinstance(width, bool):
                header.resizeSection(logical, min(max(width, MIN_WIDTH), MAX_WIDTH))
            else:
                header.resizeSection(logical, fitted[logical])
        self._stretch_fit = None
        if self._stretch in keys and self._stretch not in widths:
            self._stretch_fit = fitted[keys.index(self._stretch)]
            self._give_room()

    def _fitted_widths(self) -> list[int]:
        """Each column's width for its title and the first rows' texts (one block, already
        cached), measured from the texts: resizeColumnsToContents only looks at the rows
        the viewport shows at that moment (a few, before the window has its size)."""
        model, header = self.paged_model, self.horizontalHeader()
        cells, titles = self.fontMetrics(), header.fontMetrics()
        rows = min(model.rowCount(), FIT_ROWS)
        widths = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = titles.horizontalAdvance(title) + 28  # room for the sort arrow
            for row in range(rows):
                text = model.data(model.index(row, column))
                if text:
                    width = max(width, cells.horizontalAdvance(str(text)) + 24)
            widths.append(min(max(width, MIN_WIDTH), FIT_MAX))
        return widths

    def _give_room(self) -> None:
        """The main text column takes the width the others leave (up to STRETCH_MAX),
        never less than its fit."""
        model = self.paged_model
        column = model.column_of(self._stretch or "")
        if self._stretch_fit is None or column < 0:
            return
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != column and not header.isSectionHidden(c)
        )
        scrollbar = self.verticalScrollBar()
        reserve = 0 if scrollbar.isVisible() else scrollbar.sizeHint().width()
        room = self.viewport().width() - others - reserve - 2
        self._sizing = True
        try:
            header.resizeSection(column, min(max(self._stretch_fit, room), STRETCH_MAX))
        finally:
            self._sizing = False

    def _section_resized(self, logical: int, _old: int, _new: int) -> None:
        if self._sizing or self._stretch_fit is None:
            return
        if logical == self.paged_model.column_of(self._stretch or ""):
            self._stretch_fit = None  # the user chose its width: it stays

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._give_room()

    # ----- sorting -------------------------------------------------------------------------
    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column the list cannot sort by leaves the current order (and its
        arrow) as it was."""
        model = self.paged_model
        if model.is_sortable(column):
            model.sort(column, order)
            return
        query = model.query
        current = model.column_of(getattr(query, "sort", ""))
        header = self.horizontalHeader()
        header.blockSignals(True)
        if current >= 0:
            descending = getattr(query, "descending", False)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
            )
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # ----- saving --------------------------------------------------------------------------
    def save_state(self) -> None:
        """Widths by column key (those of columns this user does not have are kept), the
        order, the hidden columns and the sort. A list never fitted keeps no state: its
        first rows will fit it."""
        if self._applied is None:
            return
        model, header = self.paged_model, self.horizontalHeader()
        keys = model.column_keys()
        saved = self._saved()
        widths = dict(saved.get("widths") or {}) if isinstance(saved.get("widths"), dict) else {}
        for logical, key in enumerate(keys):
            if not header.isSectionHidden(logical):
                widths[key] = header.sectionSize(logical)
        query = model.query
        self._settings.set_table_columns(
            self._name,
            {
                "widths": widths,
                "order": [keys[header.logicalIndex(v)] for v in range(header.count())],
                "hidden": [k for i, k in enumerate(keys) if header.isSectionHidden(i)],
                "sort": getattr(query, "sort", None),
                "descending": bool(getattr(query, "descending", False)),
            },
        )

    # ----- selection -----------------------------------------------------------------------
    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_id(self):
        row = self.selected_row()
        return self.paged_model.id_at(row) if row >= 0 else None
