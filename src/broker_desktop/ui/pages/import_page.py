"""The Import tab: the import wizard (file → mapping → preview and duplicates → run with
progress and cancel → result with undo), the history of imports (undo), and the merge
screen for duplicate clients already in the office. Database work runs on the
TaskRunner's worker thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import (
    Decision,
    Duplicate,
    ImportCancelled,
    Outcome,
    UndoBlocked,
)
from broker_desktop.core.importing.sources import Detected, Source, SourceError, SourceOptions
from broker_desktop.core.rights import Right
from broker_desktop.ui import formats
from broker_desktop.ui.counts import Counts
from broker_desktop.ui.messages import explain
from broker_desktop.ui.page_context import Page
from broker_desktop.ui.pages.import_texts import count_labels, match_reasons, reason_text
from broker_desktop.ui.pages.mapping_editor import MappingEditor
from broker_desktop.ui.progress import ProgressBridge

FILE_FILTER = "CSV, Excel (*.csv *.txt *.xlsx);;*"


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(value: Any) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def detect(path: Path, mapping: Mapping | None) -> Detected:
    with Source(path, mapping.source if mapping else None) as source:
        return source.detected


class ImportWizard(QWidget):
    FILE, MAPPING, PREVIEW, RUN, RESULT = range(5)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.outcome: Outcome | None = None
        self.result: Outcome | None = None
        self.bridge = ProgressBridge(self)
        self.bridge.progressed.connect(self._progressed)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.editor = MappingEditor("portfolio")
        self.steps.addWidget(self._mapping_step())
        self.steps.addWidget(self._preview_step())
        self.steps.addWidget(self._run_step())
        self.steps.addWidget(self._result_step())
        self.title = QLabel()
        self.title.setObjectName("step_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self._show(self.FILE)

    # ----- steps ----------------------------------------------------------------------
    def _file_step(self) -> QWidget:
        page = QWidget()
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.path_label = QLabel(self.tr("No file chosen."))
        self.path_label.setObjectName("path")
        self.path_label.setWordWrap(True)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("saved_mappings")
        self.detected_label = QLabel()
        self.detected_label.setObjectName("detected")
        self.detected_label.setWordWrap(True)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding")
        self.encoding_combo.addItem(self.tr("detect"), None)
        for name in ("utf-8", "utf-8-sig", "cp1252", "iso-8859-1", "utf-16"):
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiter")
        self.delimiter_combo.addItem(self.tr("detect"), None)
        for text, char in ((";", ";"), (",", ","), (self.tr("tab"), "\t"), ("|", "|")):
            self.delimiter_combo.addItem(text, char)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("header_row")
        self.header_spin.setRange(0, 20)
        self.header_spin.setSpecialValueText(self.tr("detect"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.addItem(self.tr("the first one"), None)
        reread = QPushButton(self.tr("Read again with these settings"))
        reread.setObjectName("reread")
        reread.clicked.connect(self.reread)
        overrides = QVBoxLayout()  # two rows: one would not fit a 1024-pixel screen
        for pairs, last in (
            (
                (
                    (self.tr("Encoding:"), self.encoding_combo),
                    (self.tr("Separator:"), self.delimiter_combo),
                ),
                None,
            ),
            (
                (
                    (self.tr("Column names on row:"), self.header_spin),
                    (self.tr("Sheet:"), self.sheet_combo),
                ),
                reread,
            ),
        ):
            row = QHBoxLayout()
            for label, widget in pairs:
                row.addWidget(QLabel(label))
                row.addWidget(widget)
            if last is not None:
                row.addWidget(last)
            row.addStretch(1)
            overrides.addLayout(row)
        form = QFormLayout(page)
        form.addRow(self.choose_button, self.path_label)
        form.addRow(self.tr("Saved mapping:"), self.saved_combo)
        form.addRow(self.tr("Detected:"), self.detected_label)
        form.addRow(self.tr("Override:"), overrides)
        hint = QLabel(
            self.tr(
                "CSV (any separator, UTF-8 or Windows) or Excel XLSX, as exported by your "
                "previous software or an insurer's extranet. Nothing is written before you "
                "have seen the preview."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        self.save_mapping_button = QPushButton(self.tr("Save the mapping"))
        self.save_mapping_button.setObjectName("save_mapping")
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("duplicate_rule")
        self.rule_combo.addItem(self.tr("Keep probable duplicates apart"), "keep_apart")
        self.rule_combo.addItem(
            self.tr("Merge when certain (same UID, same name and sign)"), "merge_certain"
        )
        self.rule_combo.addItem(self.tr("Always merge with the best match"), "merge_best")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Duplicates:")))
        bar.addWidget(self.rule_combo, 1)
        bar.addWidget(self.save_mapping_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bar)
        return page

    def _preview_step(self) -> QWidget:
        page = QWidget()
        counts = QFormLayout()
        self.count_values: dict[str, QLabel] = {}
        for key, text in count_labels():
            value = QLabel("0")
            value.setObjectName(f"count_{key}")
            self.count_values[key] = value
            counts.addRow(text, value)
        self.rejected_table = _table([self.tr("Row"), self.tr("Why it is rejected")], "rejected")
        self.duplicates_table = _table(
            [
                self.tr("Merge"),
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Already known"),
                self.tr("Similarity"),
                self.tr("Signs"),
            ],
            "duplicates",
        )
        self.save_rejected_button = QPushButton(self.tr("Save the rejected rows…"))
        self.save_rejected_button.setObjectName("save_rejected")
        self.save_rejected_button.clicked.connect(self.save_rejected)
        self.refresh_button = QPushButton(self.tr("Preview again with these choices"))
        self.refresh_button.setObjectName("refresh_preview")
        self.refresh_button.clicked.connect(self.preview)
        left = QVBoxLayout()
        left.addLayout(counts)
        left.addStretch(1)
        left.addWidget(self.refresh_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Probable duplicate clients (tick to merge):")))
        right.addWidget(self.duplicates_table, 1)
        rejected_bar = QHBoxLayout()
        rejected_bar.addWidget(QLabel(self.tr("Rejected rows:")), 1)
        rejected_bar.addWidget(self.save_rejected_button)
        right.addLayout(rejected_bar)
        right.addWidget(self.rejected_table, 1)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        return page

    def _run_step(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1000)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_rows")
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setObjectName("cancel_import")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

    def _result_step(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo)
        self.blockers = _table([self.tr("Record"), self.tr("No."), self.tr("Why")], "blockers")
        self.blockers.hide()
        self.again_button = QPushButton(self.tr("Import another file"))
        self.again_button.clicked.connect(self.restart)
        bar = QHBoxLayout()
        bar.addWidget(self.undo_button)
        bar.addWidget(self.again_button)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addLayout(bar)
        layout.addWidget(self.blockers, 1)
        return page

    # ----- navigation -------------------------------------------------------------------
    def _show(self, step: int) -> None:
        titles = {
            self.FILE: self.tr("1. The file"),
            self.MAPPING: self.tr("2. Which column is which field"),
            self.PREVIEW: self.tr("3. Preview: nothing is written yet"),
            self.RUN: self.tr("4. Importing"),
            self.RESULT: self.tr("5. Done"),
        }
        nexts = {
            self.FILE: self.tr("Next"),
            self.MAPPING: self.tr("Preview"),
            self.PREVIEW: self.tr("Import"),
        }
        self.steps.setCurrentIndex(step)
        self.title.setText(titles[step])
        self.back_button.setVisible(step in (self.MAPPING, self.PREVIEW))
        self.next_button.setVisible(step in nexts)
        self.next_button.setText(nexts.get(step, ""))
        self.next_button.setEnabled(step != self.FILE or self.path is not None)
        self.message.clear()

    def back(self) -> None:
        self._show(max(self.FILE, self.steps.currentIndex() - 1))

    def next(self) -> None:
        step = self.steps.currentIndex()
        if step == self.FILE:
            self._show(self.MAPPING)
        elif step == self.MAPPING:
            self.preview()
        elif step == self.PREVIEW:
            self.run()

    def restart(self) -> None:
        self.path = None
        self.outcome = self.result = None
        self.path_label.setText(self.tr("No file chosen."))
        self.detected_label.clear()
        self._show(self.FILE)

    def load_saved_names(self) -> None:
        self.context.runner.run(
            lambda: self.context.session.mappings.names(), self._saved_names, self._failed
        )

    def _saved_names(self, names: list[str]) -> None:
        current = self.saved_combo.currentData()
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("— a new mapping —"), None)
        for name in names:
            self.saved_combo.addItem(name, name)
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(current)))

    # ----- actions ------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.message.setText(explain(exc))

    def choose_file(self) -> None:
        chosen = self.context.dialogs.open_file(
            self, self.tr("File to import"), str(Path.home()), FILE_FILTER
        )
        if chosen:
            self.open_path(Path(chosen))

    def reread(self) -> None:
        if self.path is not None:
            self.open_path(self.path, True)

    def overrides(self) -> SourceOptions:
        return SourceOptions(
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
            sheet=self.sheet_combo.currentData(),
            header_row=self.header_spin.value() or None,
        )

    def _show_overrides(self, options: SourceOptions, detected: Detected) -> None:
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(options.encoding)))
        self.delimiter_combo.setCurrentIndex(
            max(0, self.delimiter_combo.findData(options.delimiter))
        )
        self.header_spin.setValue(options.header_row or 0)
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self.tr("the first one"), None)
        for sheet in detected.sheets:
            self.sheet_combo.addItem(sheet, sheet)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(options.sheet)))

    def open_path(self, path: Path, use_overrides: bool = False) -> None:
        name = self.saved_combo.currentData()
        session = self.context.session
        chosen = self.overrides() if use_overrides else None
        current = self.editor.mapping()  # read on the GUI thread

        def work() -> tuple[Mapping | None, Detected]:
            mapping = session.mappings.get(name) if name else None
            if chosen is not None:
                mapping = replace(mapping or current, source=chosen)
            return mapping, detect(path, mapping)

        def done(result: tuple[Mapping | None, Detected]) -> None:
            mapping, detected = result
            self.path = path
            self.path_label.setText(str(path))
            self.editor.set_headers(detected.headers)
            options = mapping.source if mapping is not None else SourceOptions()
            self.editor.source = options
            self._show_overrides(options, detected)
            if mapping is not None and chosen is None:
                self.editor.load(mapping)
                self.rule_combo.setCurrentIndex(
                    max(0, self.rule_combo.findData(mapping.duplicates))
                )
            if detected.format == "csv":
                text = self.tr(
                    "CSV, encoding %1, separator “%2”, column names on row %3, %4 columns"
                )
                text = text.replace("%1", str(detected.encoding)).replace(
                    "%2", self.tr("tab") if detected.delimiter == "\t" else str(detected.delimiter)
                )
            else:
                text = self.tr("Excel, sheet “%1”, column names on row %3, %4 columns")
                text = text.replace("%1", str(detected.sheet))
            text = text.replace("%3", str(detected.header_row)).replace(
                "%4", str(len(detected.headers))
            )
            self.detected_label.setText(text)
            self.next_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SourceError):
                self.message.setText(
                    self.tr("This file cannot be read: %1").replace("%1", str(exc))
                )
            else:
                self._failed(exc)

        self.context.runner.run(work, done, failed)

    def mapping(self) -> Mapping:
        mapping = self.editor.mapping()
        if not mapping.name:
            mapping = replace(mapping, name=self.path.stem if self.path else "Import")
        return replace(mapping, duplicates=str(self.rule_combo.currentData()))

    def save_mapping(self) -> None:
        mapping = self.mapping()
        self.context.runner.run(
            lambda: self.context.session.mappings.save(mapping),
            lambda _id: self._mapping_saved(mapping.name),
            self._failed,
        )

    def _mapping_saved(self, name: str) -> None:
        self.message.setText(self.tr("Mapping “%1” saved.").replace("%1", name))
        self.load_saved_names()

    def decisions(self) -> dict[str, Decision]:
        if self.outcome is None:
            return {}
        out: dict[str, Decision] = {}
        for row in range(self.duplicates_table.rowCount()):
            box = self.duplicates_table.cellWidget(row, 0)
            assert isinstance(box, QCheckBox)
            dup: Duplicate = box.property("duplicate")
            if dup.key in out and out[dup.key] is not None:
                continue
            out[dup.key] = dup.candidate if box.isChecked() else None
        return out

    def preview(self) -> None:
        assert self.path is not None
        path, mapping, decisions = self.path, self.mapping(), self.decisions()
        self.message.setText(self.tr("Reading the file…"))
        self.context.runner.run(
            lambda: self.context.session.imports.preview(path, mapping, decisions),
            self._previewed,
            self._failed,
        )

    def _previewed(self, outcome: Outcome) -> None:
        self.outcome = outcome
        for key, value in outcome.counts.as_dict().items():
            self.count_values[key].setText(formats.swiss_locale().toString(value))
        self.rejected_table.setRowCount(0)
        for rejected in outcome.rejected:
            row = self.rejected_table.rowCount()
            self.rejected_table.insertRow(row)
            self.rejected_table.setItem(row, 0, _item(rejected.row))
            self.rejected_table.setItem(
                row, 1, _item("; ".join(reason_text(r) for r in rejected.reasons))
            )
        self.duplicates_table.setRowCount(0)
        for dup in outcome.duplicates:
            row = self.duplicates_table.rowCount()
            self.duplicates_table.insertRow(row)
            box = QCheckBox()
            box.setProperty("duplicate", dup)
            box.setChecked(dup.certain and self.rule_combo.currentData() != "keep_apart")
            self.duplicates_table.setCellWidget(row, 0, box)
            self.duplicates_table.setItem(row, 1, _item(dup.row))
            self.duplicates_table.setItem(row, 2, _item(dup.name))
            self.duplicates_table.setItem(row, 3, _item(dup.candidate_name))
            self.duplicates_table.setItem(row, 4, _item(f"{dup.score} %"))
            self.duplicates_table.setItem(row, 5, _item(match_reasons(dup.reasons)))
        self._show(self.PREVIEW)

    def save_rejected(self) -> None:
        if self.path is None:
            return
        target = self.context.dialogs.save_file(
            self,
            self.tr("Save the rejected rows"),
            str(self.path.with_name(self.path.stem + "-rejets.csv")),
            "CSV (*.csv)",
        )
        if not target:
            return
        path, mapping = self.path, self.mapping()
        self.context.runner.run(
            lambda: self.context.session.imports.save_rejected(path, mapping, Path(target)),
            lambda n: self.message.setText(self.tr("%n rejected row(s) saved.", "", n)),
            self._failed,
        )

    def run(self) -> None:
        assert self.path is not None
        path, mapping, decisions = self.path, self.mapping(), self.decisions()
        self.bridge.reset()
        self.progress.setValue(0)
        self.progress_label.clear()
        self.cancel_button.setEnabled(True)
        self._show(self.RUN)
        self.context.runner.run(
            lambda: self.context.session.imports.run(
                path,
                mapping,
                decisions,
                progress=self.bridge.report,
                cancelled=self.bridge.cancelled,
            ),
            self._imported,
            self._run_failed,
        )

    def _progressed(self, rows: int, share: float) -> None:
        self.progress.setValue(int(share * 1000))
        self.progress_label.setText(self.tr("%n row(s) read", "", rows))

    def cancel(self) -> None:
        self.bridge.cancel()
        self.cancel_button.setEnabled(False)

    def _imported(self, outcome: Outcome) -> None:
        self.result = outcome
        counts = outcome.counts
        n = Counts()
        text = (
            self.tr(
                "Import no. %1 done: %2 created, %3 updated, %4 rejected. It can be undone as "
                "a whole as long as nobody changes these records."
            )
            .replace("%1", str(outcome.batch_id))
            .replace(
                "%2",
                n.listing(n.clients(counts.clients_created), n.contracts(counts.contracts_created)),
            )
            .replace(
                "%3",
                n.listing(n.clients(counts.clients_updated), n.contracts(counts.contracts_updated)),
            )
            .replace("%4", n.rows(counts.rejected))
        )
        self.result_label.setText(text)
        self.undo_button.setEnabled(True)
        self.blockers.hide()
        self._show(self.RESULT)

    def _run_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            self._show(self.PREVIEW)
            self.message.setText(self.tr("Import cancelled: nothing was written."))
        else:
            self._show(self.PREVIEW)
            self._failed(exc)

    def undo(self) -> None:
        if self.result is None or self.result.batch_id is None:
            return
        if not self.context.dialogs.confirm(
            self,
            self.tr("Undo the import"),
            self.tr("Remove what this import created and restore what it changed?"),
            dangerous=True,
        ):
            return
        batch_id = self.result.batch_id
        self.context.runner.run(
            lambda: self.context.session.imports.undo(batch_id), self._undone, self._undo_failed
        )

    def _undone(self, _result: object) -> None:
        self.result_label.setText(self.tr("The import was undone: the office is as before."))
        self.undo_button.setEnabled(False)

    def _undo_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UndoBlocked):
            show_blockers(self.blockers, exc)
            self.message.setText(
                self.tr(
                    "The import cannot be undone: %n record(s) were changed since.", "", exc.total
                )
            )
        else:
            self._failed(exc)


def show_blockers(table: QTableWidget, exc: UndoBlocked) -> None:
    from PySide6.QtCore import QCoreApplication

    entities = {
        "client": QCoreApplication.translate("ImportTexts", "Client"),
        "contract": QCoreApplication.translate("ImportTexts", "Contract"),
        "deadline": QCoreApplication.translate("ImportTexts", "Deadline"),
        "commission": QCoreApplication.translate("ImportTexts", "Commission"),
        "commission_rate": QCoreApplication.translate("ImportTexts", "Commission rate"),
        "statement": QCoreApplication.translate("ImportTexts", "Statement line"),
        "statement_line": QCoreApplication.translate("ImportTexts", "Statement line"),
        "contract_split": QCoreApplication.translate("ImportTexts", "Commission split"),
    }
    reasons = {
        "changed": QCoreApplication.translate("ImportTexts", "changed since the import"),
        "added_to_imported_client": QCoreApplication.translate(
            "ImportTexts", "added to an imported client"
        ),
        "on_imported_contract": QCoreApplication.translate(
            "ImportTexts", "recorded on an imported contract"
        ),
        "on_imported_record": QCoreApplication.translate(
            "ImportTexts", "added to an imported record"
        ),
        "decided": QCoreApplication.translate("ImportTexts", "accepted or flagged since"),
    }
    table.setRowCount(0)
    for blocker in exc.blockers:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, _item(entities.get(blocker.entity, blocker.entity)))
        table.setItem(row, 1, _item(blocker.entity_id))
        label = reasons.get(blocker.reason, blocker.reason)
        table.setItem(row, 2, _item(f"{label} {blocker.label}".strip()))
    table.show()


class ImportHistory(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = _table(
            [
                self.tr("No."),
                self.tr("Started"),
                self.tr("File"),
                self.tr("Mapping"),
                self.tr("State"),
                self.tr("Clients created"),
                self.tr("Contracts created"),
            ],
            "batches",
        )
        self.undo_button = QPushButton(self.tr("Undo the selected import"))
        self.undo_button.setObjectName("undo_batch")
        self.undo_button.clicked.connect(self.undo)
        context.guard.bind(
            self.undo_button, enabled_when=lambda: self.table.selectionModel().hasSelection()
        )
        context.guard.follow_selection(self.table)
        reload = QPushButton(self.tr("Refresh"))
        reload.clicked.connect(self.reload)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.blockers = _table([self.tr("Record"), self.tr("No."), self.tr("Why")], "blockers")
        self.blockers.hide()
        bar = QHBoxLayout()
        bar.addWidget(reload)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(bar)
        layout.addWidget(self.blockers, 1)

    def reload(self) -> None:
        self.context.runner.run(
            lambda: self.context.session.imports.batches(), self._show, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(explain(exc))

    def _show(self, batches: list[Any]) -> None:
        states = {
            "done": self.tr("imported"),
            "undone": self.tr("undone"),
            "running": self.tr("interrupted"),
        }
        self.table.setRowCount(0)
        for batch in batches:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate(
                (
                    batch.id,
                    formats.datetime(batch.started_at),
                    batch.source_name,
                    batch.mapping_name,
                    states.get(batch.status, batch.status),
                    batch.counts.get("clients_created", 0),
                    batch.counts.get("contracts_created", 0),
                )
            ):
                self.table.setItem(row, col, _item(value))

    def _undone(self, _result: object) -> None:
        self.blockers.hide()
        self.message.setText(self.tr("Import undone."))
        self.reload()

    def undo(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        batch_id = int(item.text())
        if not self.context.dialogs.confirm(
            self,
            self.tr("Undo the import"),
            self.tr("Remove what import no. %1 created and restore what it changed?").replace(
                "%1", str(batch_id)
            ),
            dangerous=True,
        ):
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UndoBlocked):
                show_blockers(self.blockers, exc)
                self.message.setText(
                    self.tr(
                        "The import cannot be undone: %n record(s) were changed since.",
                        "",
                        exc.total,
                    )
                )
            else:
                self._failed(exc)

        self.context.runner.run(
            lambda: self.context.session.imports.undo(batch_id),
            self._undone,
            failed,
        )


class DuplicateClients(QWidget):
    """The merge screen for probable duplicate clients already in the office."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = _table(
            [self.tr("Keep"), self.tr("Merge into it"), self.tr("Similarity"), self.tr("Signs")],
            "client_pairs",
        )
        find = QPushButton(self.tr("Look for duplicates"))
        find.setObjectName("find_duplicates")
        find.clicked.connect(self.reload)
        self.merge_button = QPushButton(self.tr("Merge the selected pair"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge)
        context.guard.bind(
            self.merge_button,
            change=Right.PORTFOLIO_DELETE,
            enabled_when=lambda: self.table.selectionModel().hasSelection(),
        )
        context.guard.follow_selection(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Merging keeps the first client, moves the second one's contracts and deadlines to "
                "him, fills his empty fields and deletes the second one. It is recorded in the "
                "audit log."
            )
        )
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(find)
        bar.addWidget(self.merge_button)
        bar.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.pairs: list[Any] = []

    def reload(self) -> None:
        self.context.runner.run(
            lambda: self.context.session.client_merge.probable_pairs(),
            self._show,
            lambda exc: self.message.setText(explain(exc)),
        )

    def _show(self, pairs: list[Any]) -> None:
        self.pairs = pairs
        self.table.setRowCount(0)
        for pair in pairs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate(
                (
                    f"{pair.keep_name} (n° {pair.keep_id})",
                    f"{pair.other_name} (n° {pair.other_id})",
                    f"{pair.score} %",
                    match_reasons(pair.reasons),
                )
            ):
                self.table.setItem(row, col, _item(value))
        self.message.setText(self.tr("%n probable pair(s).", "", len(pairs)))

    def _merged(self, _version: int) -> None:
        self.message.setText(self.tr("Clients merged."))
        self.reload()

    def merge(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a pair first."))
            return
        pair = self.pairs[rows[0].row()]
        if not self.context.dialogs.confirm(
            self,
            self.tr("Merge two clients"),
            self.tr("Merge “%1” into “%2”? The first one is deleted.")
            .replace("%1", pair.other_name)
            .replace("%2", pair.keep_name),
            dangerous=True,
        ):
            return
        session = self.context.session

        def work() -> int:
            keep, other = session.clients.get(pair.keep_id), session.clients.get(pair.other_id)
            return int(session.client_merge.merge(keep.id, keep.version, other.id, other.version))

        self.context.runner.run(
            work,
            self._merged,
            lambda exc: self.message.setText(explain(exc)),
        )


class ImportPage(Page):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.wizard = ImportWizard(context)
        self.history = ImportHistory(context)
        self.duplicates = DuplicateClients(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("import_tabs")
        self.tabs.addTab(self.wizard, self.tr("Import a file"))
        self.tabs.addTab(self.history, self.tr("Past imports"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicate clients"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._loaded = False

    def on_shown(self) -> None:
        if not self._loaded and self.context.guard.can(Right.IMPORT_RUN):
            self._loaded = True
            self.wizard.load_saved_names()

    def clear(self) -> None:
        """Locking: the screens forget what they showed."""
        self.wizard.restart()
        for table in (
            self.wizard.rejected_table,
            self.wizard.duplicates_table,
            self.history.table,
            self.duplicates.table,
            self.wizard.blockers,
            self.history.blockers,
        ):
            table.setRowCount(0)
        self.duplicates.pairs = []
        self._loaded = False

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.history:
            self.history.reload()
