"""A table view for the lazy models: sorting in SQL, state kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from broker_desktop.ui.models.paged_table import PagedTableModel
from broker_desktop.ui.settings import Settings

FIT_ROWS = 100


class PagedTableView(QTableView):
    def __init__(
        self, name: str, model: PagedTableModel, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._settings = settings
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(140)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        query = model.query
        column = model.column_of(getattr(query, "sort", ""))
        if column >= 0:
            order = (
                Qt.SortOrder.DescendingOrder
                if getattr(query, "descending", False)
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(column, order)
        header.sortIndicatorChanged.connect(self._sort_requested)
        model.modelReset.connect(self._restore)
        self._restore()

    @property
    def paged_model(self) -> PagedTableModel:
        model = self.model()
        if not isinstance(model, PagedTableModel):
            raise TypeError(f"{type(self).__name__} shows a {type(model).__name__}")
        return model

    def _key(self) -> str:
        return f"{self._name}/{'-'.join(self.paged_model.column_keys())}"

    def _restore(self) -> None:
        state = self._settings.header_state(self._key())
        header = self.horizontalHeader()
        if state is None and self.paged_model.rowCount():
            self._fit_columns()
        if state is not None:
            header.blockSignals(True)
            header.restoreState(state)
            header.blockSignals(False)
            self._sort_requested(header.sortIndicatorSection(), header.sortIndicatorOrder())

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

    def _fit_columns(self) -> None:
        """First time: fit the columns to the first rows (one block, already cached).

        Measured from the texts rather than with resizeColumnsToContents, which only
        looks at the rows the viewport shows at that moment (a few, before the window
        has its size)."""
        model, header = self.paged_model, self.horizontalHeader()
        cells, titles = self.fontMetrics(), header.fontMetrics()
        rows = min(model.rowCount(), FIT_ROWS)
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = titles.horizontalAdvance(title) + 28  # room for the sort arrow
            for row in range(rows):
                text = model.data(model.index(row, column))
                if text:
                    width = max(width, cells.horizontalAdvance(str(text)) + 24)
            header.resizeSection(column, min(max(width, 70), 320))

    def save_state(self) -> None:
        """An empty table that was never fitted keeps no state: the first rows fit it."""
        model = self.paged_model
        if model.columnCount() and (
            model.rowCount() or self._settings.header_state(self._key()) is not None
        ):
            self._settings.set_header_state(self._key(), self.horizontalHeader().saveState())

    def selected_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_id(self):
        row = self.selected_row()
        return self.paged_model.id_at(row) if row >= 0 else None
