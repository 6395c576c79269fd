"""Export… of a list, with the filters it currently shows, to an Excel workbook or a CSV
file: the columns the user sees, in his order, with his headers and labels.

Hidden without the export right; the core writes exactly the rows the user's list holds,
off the GUI thread, with a progress bar and Cancel for long lists, and says how many."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QTableView, QWidget

from broker_desktop.core.clients import KINDS as CLIENT_KINDS
from broker_desktop.core.contracts import FREQUENCIES, STATUSES
from broker_desktop.core.deadlines import KINDS as DEADLINE_KINDS
from broker_desktop.core.export import ExportCancelled, ExportColumn
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import LANGUAGES
from broker_desktop.ui.messages import explain
from broker_desktop.ui.models.paged_table import Column, PagedTableModel

# Every stored code a list may show through a label (statuses, kinds, languages, …).
CODES = (
    *CLIENT_KINDS,
    *STATUSES,
    "expired",
    *FREQUENCIES,
    *DEADLINE_KINDS,
    *LANGUAGES,
)


def export_columns(view: QTableView) -> list[ExportColumn]:
    """The view's columns as the user sees them: his order, no hidden ones, his labels."""
    model = view.model()
    assert isinstance(model, PagedTableModel)  # noqa: S101 - every list view has one
    header = view.horizontalHeader()
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical) or logical >= model.columnCount():
            continue
        columns.append(export_column(model.column_at(logical)))
    return columns


def export_column(column: Column) -> ExportColumn:
    labels: tuple[tuple[str, str], ...] = ()
    if column.kind == "bool":
        labels = (
            ("true", QCoreApplication.translate("Export", "Yes")),
            ("false", QCoreApplication.translate("Export", "No")),
        )
    elif column.label is not None:
        labels = tuple(
            (code, text) for code in CODES if (text := column.label(code)) and text != code
        )
    kind = column.kind if column.label is None else "text"
    return ExportColumn(column.key, column.title, kind, labels)


class _Progress(QObject):
    """Carries the worker thread's progress to the GUI and its Cancel back."""

    advanced = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.advanced.emit(done, total)
        return not self.cancelled.is_set()


class ExportButton(QPushButton):
    def __init__(
        self,
        context,
        list_name: str,
        query: Callable[[], object],
        view: Callable[[], QTableView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Export…"), parent)
        self.context = context
        self.list_name = list_name
        self._query = query
        self._view = view
        self.progress: QProgressDialog | None = None
        self.setObjectName(f"export_{list_name}")
        self.setToolTip(self.tr("Save this list, as filtered and shown, for Excel"))
        context.guard.bind(self, see=(Right.EXPORT,))
        self.clicked.connect(self.export)

    def _file_word(self) -> str:
        return {
            "clients": self.tr("clients"),
            "contracts": self.tr("contracts"),
            "commissions": self.tr("commissions"),
            "deadlines": self.tr("deadlines"),
        }[self.list_name]

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        start = Path(folder) / f"{self._file_word()}-{dt.date.today():%d.%m.%Y}.xlsx"
        chosen = self.context.dialogs.save_file(
            self.window(),
            self.tr("Export the list"),
            str(start),
            self.tr("Excel workbook (*.xlsx);;CSV file for Excel (*.csv)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        file_format = target.suffix.lower().lstrip(".")
        session, list_name, query = self.context.session, self.list_name, self._query()
        columns = export_columns(self._view())
        carrier = _Progress()
        dialog = QProgressDialog(
            self.tr("Writing %1…").replace("%1", target.name),
            self.tr("Cancel"),
            0,
            0,
            self.window(),
        )
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(800)  # short lists: no flash of a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(carrier.cancelled.set)
        carrier.advanced.connect(lambda done, total: self._advance(dialog, done, total))
        self.progress = dialog
        self._carrier = carrier
        report = carrier.report  # through the office server too: the export streams it
        self.setEnabled(False)
        self.context.runner.run(
            lambda: session.exports.write(list_name, query, target, columns, file_format, report),
            lambda count: self._done(count, target),
            self._failed,
        )

    @staticmethod
    def _advance(dialog: QProgressDialog, done: int, total: int) -> None:
        dialog.setMaximum(max(total, done, 1))
        dialog.setValue(done)

    def _finish(self) -> None:
        self.setEnabled(True)
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, count: int, target: Path) -> None:
        self._finish()
        text = (
            self.tr("%1 rows were written to:\n%2")
            if count != 1
            else self.tr("1 row was written to:\n%2")
        )
        self.context.dialogs.information(
            self.window(),
            self.tr("Export done"),
            text.replace("%1", QLocale().toString(count)).replace("%2", str(target)),
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ExportCancelled):
            return
        self.context.dialogs.warning(self.window(), self.tr("Export"), explain(exc))
