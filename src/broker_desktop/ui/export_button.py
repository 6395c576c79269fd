"""Export… of a list, with the filters it currently shows, to a CSV file for Excel.

Hidden without the export right; the core writes exactly the rows and columns the user's
list holds, off the GUI thread, and says how many."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QPushButton, QWidget

from broker_desktop.core.rights import Right
from broker_desktop.ui.messages import explain


class ExportButton(QPushButton):
    def __init__(
        self,
        context,
        list_name: str,
        query: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Export…"), parent)
        self.context = context
        self.list_name = list_name
        self._query = query
        self.setObjectName(f"export_{list_name}")
        self.setToolTip(self.tr("Save this list, as filtered, to a CSV file for Excel"))
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
        start = Path(folder) / f"{self._file_word()}-{dt.date.today()}.csv"
        chosen = self.context.dialogs.save_file(
            self.window(),
            self.tr("Export to a CSV file"),
            str(start),
            self.tr("CSV files for Excel (*.csv)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        session, list_name, query = self.context.session, self.list_name, self._query()
        self.setEnabled(False)
        self.context.runner.run(
            lambda: session.exports.to_csv(list_name, query, target),
            lambda count: self._done(count, target),
            self._failed,
        )

    def _done(self, count: int, target: Path) -> None:
        self.setEnabled(True)
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
        self.setEnabled(True)
        self.context.dialogs.warning(self.window(), self.tr("Export"), explain(exc))
