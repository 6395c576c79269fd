"""The reconciliation screen: import an insurer's commission statement through its saved
mapping (a preview first, nothing written until confirmed; undoable as one batch), see
matched lines, differences, unknown policies and contracts expected but
missing, accept or flag each line; totals per insurer and period (exportable); and the
commission rate table. An agent sees only his share of his contracts' lines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import FieldError, ValidationError
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import UndoBlocked
from broker_desktop.core.permissions import Scope
from broker_desktop.core.reconciliation import ReconLine, StatementResult
from broker_desktop.core.rights import Right
from broker_desktop.ui import formats
from broker_desktop.ui.messages import explain
from broker_desktop.ui.page_context import Page
from broker_desktop.ui.pages.contract_picker import ContractPicker
from broker_desktop.ui.pages.form_support import FieldRows
from broker_desktop.ui.pages.import_page import (
    FILE_FILTER,
    _item,
    _table,
    detect,
    show_blockers,
)
from broker_desktop.ui.pages.import_texts import reason_text
from broker_desktop.ui.pages.mapping_editor import MappingEditor

MANAGE = (Right.COMMISSIONS_MANAGE,)
ALL = Scope.COMMISSION_AMOUNTS  # whole commissions: every line, every share


def _money(cents: int | None) -> str:
    return "" if cents is None else formats.money(cents)


class StatementMappingDialog(QDialog):
    def __init__(self, headers: tuple[str, ...], mapping: Mapping | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mapping of the statement"))
        self.editor = MappingEditor("statement")
        self.editor.set_headers(headers)
        if mapping is not None:
            self.editor.load(mapping)
        self.period_edit = QLineEdit()
        self.period_edit.setObjectName("period")
        self.period_edit.setPlaceholderText(self.tr("if the file has no period: 03.2026 or 2026"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period of the statement:")))
        period.addWidget(self.period_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(period)
        layout.addWidget(buttons)
        self.resize(720, 420)


class StatementsPanel(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        guard = context.guard
        self.insurer_combo = QComboBox()
        self.insurer_combo.setObjectName("insurer")
        self.insurer_combo.currentIndexChanged.connect(self.load_statements)
        self.statement_combo = QComboBox()
        self.statement_combo.setObjectName("statement")
        self.statement_combo.currentIndexChanged.connect(self.load_lines)
        self.mapping_combo = QComboBox()
        self.mapping_combo.setObjectName("statement_mapping")
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setObjectName("tolerance")
        self.tolerance.setRange(0, 1000)
        self.tolerance.setDecimals(2)
        self.tolerance.setValue(1.0)
        self.tolerance.setSuffix(" CHF")
        self.import_button = QPushButton(self.tr("Import a statement…"))
        self.import_button.setObjectName("import_statement")
        self.import_button.clicked.connect(self.choose_statement)
        guard.bind(self.import_button, see=(Right.IMPORT_RUN,), change=Right.COMMISSIONS_MANAGE)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category")
        self.category_combo.addItem(self.tr("All lines"), None)
        for key, text in self.categories().items():
            self.category_combo.addItem(text, key)
        self.category_combo.currentIndexChanged.connect(self.load_lines)
        self.lines_table = _table(
            [
                self.tr("Policy"),
                self.tr("Client"),
                self.tr("Period"),
                self.tr("Expected"),
                self.tr("Received"),
                self.tr("Difference"),
                self.tr("Result"),
                self.tr("Decision"),
                self.tr("Note"),
            ],
            "statement_lines",
        )
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("note for a flagged line"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("accept")
        self.accept_button.setToolTip(
            self.tr(
                "Creates or adjusts the commission with the amount received, split like the "
                "contract's usual split"
            )
        )
        self.accept_button.clicked.connect(self.accept_line)
        self.flag_button = QPushButton(self.tr("Flag"))
        self.flag_button.setObjectName("flag")
        self.flag_button.clicked.connect(self.flag_line)
        for button in (self.accept_button, self.flag_button):
            guard.bind(
                button,
                see=ALL,
                change=Right.COMMISSIONS_MANAGE,
                enabled_when=lambda: self.lines_table.selectionModel().hasSelection(),
            )
        guard.bind(self.note_edit, see=ALL)
        guard.follow_selection(self.lines_table)
        self.totals_table = _table(
            [
                self.tr("Insurer"),
                self.tr("Period"),
                self.tr("Expected"),
                self.tr("Received"),
                self.tr("Difference"),
            ],
            "totals",
        )
        self.totals_label = QLabel(self.tr("Totals per insurer and period"))
        self.export_button = QPushButton(self.tr("Export the totals…"))
        self.export_button.setObjectName("export_totals")
        self.export_button.clicked.connect(self.export_totals)
        for widget in (self.totals_table, self.totals_label):
            guard.bind(widget, see=ALL)
        guard.bind(self.export_button, see=ALL, change=Right.EXPORT)
        self.undo_button = QPushButton(self.tr("Undo this statement…"))
        self.undo_button.setObjectName("undo_statement")
        self.undo_button.setToolTip(
            self.tr("Takes the statement and all its lines out, as long as none was decided")
        )
        self.undo_button.clicked.connect(self.undo_statement)
        guard.bind(
            self.undo_button,
            see=(Right.IMPORT_RUN,),
            change=Right.COMMISSIONS_MANAGE,
            enabled_when=lambda: self.statement_combo.currentData() is not None,
        )
        self.statement_combo.currentIndexChanged.connect(guard.recheck)
        self.blockers = _table([self.tr("Record"), self.tr("No."), self.tr("Why")], "blockers")
        self.blockers.hide()
        # the dry run's preview: nothing is written until "Import" is pressed
        self.preview_box = QFrame()
        self.preview_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_box.setObjectName("statement_preview")
        self.preview_label = QLabel()
        self.preview_label.setObjectName("preview_summary")
        self.preview_label.setWordWrap(True)
        self.preview_rejected = _table([self.tr("Row"), self.tr("Why it is rejected")], "rejected")
        self.preview_rejected.setMaximumHeight(160)
        self.confirm_button = QPushButton(self.tr("Import this statement"))
        self.confirm_button.setObjectName("confirm_statement")
        self.confirm_button.clicked.connect(self.confirm_import)
        self.discard_button = QPushButton(self.tr("Cancel"))
        self.discard_button.setObjectName("discard_statement")
        self.discard_button.clicked.connect(self.discard_preview)
        preview_bar = QHBoxLayout()
        preview_bar.addWidget(self.preview_label, 1)
        preview_bar.addWidget(self.discard_button)
        preview_bar.addWidget(self.confirm_button)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.setContentsMargins(8, 6, 8, 6)
        preview_layout.addLayout(preview_bar)
        preview_layout.addWidget(self.preview_rejected)
        self.preview_box.hide()
        self.pending: tuple[Path, Mapping, int, str | None, int] | None = None
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Insurer:")))
        top.addWidget(self.insurer_combo, 1)
        top.addWidget(QLabel(self.tr("Statement:")))
        top.addWidget(self.statement_combo, 2)
        top.addWidget(self.undo_button)
        manage = QHBoxLayout()
        mapping_label = QLabel(self.tr("Mapping:"))
        tolerance_label = QLabel(self.tr("Tolerance:"))
        for managed in (mapping_label, self.mapping_combo, tolerance_label, self.tolerance):
            guard.bind(managed, see=MANAGE)
        manage.addWidget(mapping_label)
        manage.addWidget(self.mapping_combo, 1)
        manage.addWidget(tolerance_label)
        manage.addWidget(self.tolerance)
        manage.addWidget(self.import_button)
        lines_bar = QHBoxLayout()
        lines_bar.addWidget(QLabel(self.tr("Show:")))
        lines_bar.addWidget(self.category_combo)
        lines_bar.addStretch(1)
        lines_bar.addWidget(self.note_edit, 1)
        lines_bar.addWidget(self.flag_button)
        lines_bar.addWidget(self.accept_button)
        totals_bar = QHBoxLayout()
        totals_bar.addWidget(self.totals_label, 1)
        totals_bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(manage)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.blockers, 1)
        layout.addLayout(lines_bar)
        layout.addWidget(self.lines_table, 3)
        layout.addLayout(totals_bar)
        layout.addWidget(self.totals_table, 1)
        layout.addWidget(self.message)
        self.lines: list[ReconLine] = []

    def categories(self) -> dict[str, str]:
        return {
            "matched": self.tr("Matched"),
            "difference": self.tr("Difference above tolerance"),
            "no_rate": self.tr("No rate in the table"),
            "unknown": self.tr("Paid but unknown to the office"),
            "missing": self.tr("Expected but missing"),
        }

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(explain(exc))

    # ----- loading ------------------------------------------------------------------------
    def load(self) -> None:
        self.context.runner.run(
            lambda: [(i.id, i.name) for i in self.context.session.reference.insurers()],
            self._insurers,
            self._failed,
        )

    def _insurers(self, items: list[tuple[int, str]]) -> None:
        current = self.insurer_combo.currentData()
        self.insurer_combo.blockSignals(True)
        self.insurer_combo.clear()
        for insurer_id, name in items:
            self.insurer_combo.addItem(name, insurer_id)
        self.insurer_combo.setCurrentIndex(max(0, self.insurer_combo.findData(current)))
        self.insurer_combo.blockSignals(False)
        self.load_statements()

    def load_statements(self) -> None:
        insurer_id = self.insurer_combo.currentData()
        if insurer_id is None:
            return
        session, guard = self.context.session, self.context.guard
        manage = guard.can(Right.IMPORT_RUN) and guard.can(Right.COMMISSIONS_MANAGE)

        def work() -> tuple[list[Any], list[str], list[Any]]:
            names = session.mappings.names("statement", insurer_id) if manage else []
            totals = session.reconciliation.totals(insurer_id) if guard.can_any(ALL) else []
            return session.reconciliation.statements(insurer_id), names, totals

        self.context.runner.run(work, self._statements, self._failed)

    def _statements(self, result: tuple[list[Any], list[str], list[Any]]) -> None:
        statements, names, totals = result
        self.statement_combo.blockSignals(True)
        self.statement_combo.clear()
        for info in statements:
            when = formats.datetime(info.imported_at)
            self.statement_combo.addItem(
                f"{formats.period(info.period)} — {info.source_name} ({when})", info.id
            )
        self.statement_combo.blockSignals(False)
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("— a new mapping —"), None)
        for name in names:
            self.mapping_combo.addItem(name, name)
        self.mapping_combo.setCurrentIndex(1 if names else 0)
        self.totals_table.setRowCount(0)
        for total in totals:
            row = self.totals_table.rowCount()
            self.totals_table.insertRow(row)
            for col, value in enumerate(
                (
                    total.insurer,
                    formats.period(total.period),
                    _money(total.expected_cents),
                    _money(total.received_cents),
                    _money(total.difference_cents),
                )
            ):
                self.totals_table.setItem(row, col, _item(value))
        self.load_lines()

    def load_lines(self) -> None:
        statement_id = self.statement_combo.currentData()
        if statement_id is None:
            self.lines_table.setRowCount(0)
            return
        category = self.category_combo.currentData()
        self.context.runner.run(
            lambda: self.context.session.reconciliation.lines(statement_id, category),
            self._lines,
            self._failed,
        )

    def _lines(self, lines: list[ReconLine]) -> None:
        self.lines = lines
        names = self.categories()
        decisions = {"accepted": self.tr("accepted"), "flagged": self.tr("flagged"), "": ""}
        self.lines_table.setRowCount(0)
        for line in lines:
            row = self.lines_table.rowCount()
            self.lines_table.insertRow(row)
            for col, value in enumerate(
                (
                    line.policy_number,
                    line.client,
                    formats.period(line.period),
                    _money(line.expected_cents),
                    _money(line.received_cents),
                    _money(line.difference_cents),
                    names[line.category],
                    decisions.get(line.decision, line.decision),
                    line.note,
                )
            ):
                self.lines_table.setItem(row, col, _item(value))

    # ----- importing ----------------------------------------------------------------------
    def choose_statement(self) -> None:
        chosen = self.context.dialogs.open_file(
            self, self.tr("Commission statement"), str(Path.home()), FILE_FILTER
        )
        if chosen:
            self.import_statement(Path(chosen))

    def import_statement(self, path: Path, *, ask_mapping: bool = True) -> None:
        insurer_id = self.insurer_combo.currentData()
        name = self.mapping_combo.currentData()
        session = self.context.session

        def read() -> tuple[Mapping | None, tuple[str, ...]]:
            mapping = session.mappings.get(name, "statement") if name else None
            return mapping, detect(path, mapping).headers

        def got(result: tuple[Mapping | None, tuple[str, ...]]) -> None:
            mapping, headers = result
            period = None
            if mapping is None or ask_mapping and name is None:
                dialog = StatementMappingDialog(headers, mapping, self)
                if mapping is None:
                    dialog.editor.name_edit.setText(
                        self.tr("Statement %1").replace("%1", self.insurer_combo.currentText())
                    )
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                mapping = replace(dialog.editor.mapping(), insurer_id=insurer_id)
                period = formats.period_query(dialog.period_edit.text()) or None
            self._run_import(path, mapping, insurer_id, period)

        self.context.runner.run(read, got, self._failed)

    def _run_import(
        self, path: Path, mapping: Mapping, insurer_id: int, period: str | None
    ) -> None:
        """The dry run first: its counts, totals and rejected rows are shown, and nothing
        is written until the user confirms (``confirm_import``)."""
        session = self.context.session
        tolerance = round(self.tolerance.value() * 100)

        def work() -> StatementResult:
            session.mappings.save(mapping)
            return session.reconciliation.preview_statement(
                path, mapping, insurer_id, period=period, tolerance_cents=tolerance
            )

        def previewed(result: StatementResult) -> None:
            self.pending = (path, mapping, insurer_id, period, tolerance)
            self.blockers.hide()
            text = self.tr(
                "Preview of %1 (period %2), nothing written yet — matched: %3, differences: "
                "%4, unknown: %5, missing: %6, without rate: %7, rows rejected: %8. Expected "
                "%9, received %10."
            )
            values = [path.name, result.period]
            values += [
                str(result.counts.get(key, 0))
                for key in ("matched", "difference", "unknown", "missing", "no_rate")
            ]
            values += [
                str(len(result.rejected)),
                _money(result.expected_cents),
                _money(result.received_cents),
            ]
            for i in range(len(values), 0, -1):  # %10 before %1
                text = text.replace(f"%{i}", values[i - 1])
            self.preview_label.setText(text)
            self.preview_rejected.setRowCount(0)
            for rejected in result.rejected:
                row = self.preview_rejected.rowCount()
                self.preview_rejected.insertRow(row)
                self.preview_rejected.setItem(row, 0, _item(rejected.row))
                self.preview_rejected.setItem(
                    row, 1, _item("; ".join(reason_text(r) for r in rejected.reasons))
                )
            self.preview_rejected.setVisible(bool(result.rejected))
            self.preview_box.show()
            self.message.setText("")

        self.context.runner.run(work, previewed, self._failed)

    def discard_preview(self) -> None:
        self.pending = None
        self.preview_box.hide()
        self.message.setText(self.tr("Statement not imported: nothing was written."))

    def confirm_import(self) -> None:
        if self.pending is None:
            return
        path, mapping, insurer_id, period, tolerance = self.pending
        self.pending = None
        self.preview_box.hide()
        session = self.context.session

        def work() -> StatementResult:
            return session.reconciliation.import_statement(
                path, mapping, insurer_id, period=period, tolerance_cents=tolerance
            )

        def done(result: StatementResult) -> None:
            counts = result.counts
            text = self.tr(
                "Statement read — matched: %1, differences: %2, unknown: %3, missing: %4, "
                "without rate: %5, rows rejected: %6."
            )
            for i, key in enumerate(("matched", "difference", "unknown", "missing", "no_rate"), 1):
                text = text.replace(f"%{i}", str(counts.get(key, 0)))
            text = text.replace("%6", str(len(result.rejected)))
            text += " " + self.tr("Import no. %1: it can be undone as a whole.").replace(
                "%1", str(result.batch_id)
            )
            self.message.setText(text)
            self.load_statements()

        self.context.runner.run(work, done, self._failed)

    def undo_statement(self) -> None:
        statement_id = self.statement_combo.currentData()
        if statement_id is None:
            self.message.setText(self.tr("Choose a statement first."))
            return
        if not self.context.dialogs.confirm(
            self,
            self.tr("Undo the statement"),
            self.tr("Take this statement and all its lines out of the office?"),
            dangerous=True,
        ):
            return
        self.context.runner.run(
            lambda: self.context.session.reconciliation.undo_statement(statement_id),
            self._statement_undone,
            self._undo_failed,
        )

    def _statement_undone(self, _result: object) -> None:
        self.blockers.hide()
        self.message.setText(self.tr("The statement was undone: its lines are gone."))
        self.load_statements()

    def _undo_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UndoBlocked):
            show_blockers(self.blockers, exc)
            self.message.setText(
                self.tr(
                    "The statement cannot be undone: %n of its line(s) were accepted or "
                    "flagged since.",
                    "",
                    exc.total,
                )
            )
        else:
            self._failed(exc)

    # ----- decisions ---------------------------------------------------------------------
    def _selected(self) -> ReconLine | None:
        rows = self.lines_table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a line first."))
            return None
        return self.lines[rows[0].row()]

    def accept_line(self) -> None:
        line = self._selected()
        if line is None:
            return
        self.context.runner.run(
            lambda: self.context.session.reconciliation.accept(line.id, line.version),
            self._accepted,
            self._failed,
        )

    def _accepted(self, _commission_id: int | None) -> None:
        self.message.setText(self.tr("Line accepted."))
        self.load_statements()

    def _flagged(self, _result: object) -> None:
        self.note_edit.clear()
        self.load_lines()

    def flag_line(self) -> None:
        line = self._selected()
        if line is None:
            return
        note = self.note_edit.text()
        self.context.runner.run(
            lambda: self.context.session.reconciliation.flag(line.id, note, line.version),
            self._flagged,
            self._failed,
        )

    def export_totals(self) -> None:
        target = self.context.dialogs.save_file(
            self,
            self.tr("Export the totals"),
            str(Path.home() / "commissions.xlsx"),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not target:
            return
        insurer_id = self.insurer_combo.currentData()
        self.context.runner.run(
            lambda: self.context.session.reconciliation.export_totals(Path(target), insurer_id),
            lambda n: self.message.setText(self.tr("%n row(s) exported.", "", n)),
            self._failed,
        )


class RatesPanel(QWidget):
    """The commission rate table, edited by commission managers. Each of its two small
    forms (an insurer's rate, a contract's own rate) says what is wrong next to each
    field, every problem at once, as the edit dialogs do (``FieldRows``)."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = _table(
            [self.tr("Insurer"), self.tr("Line of business"), self.tr("Contract"), self.tr("Rate")],
            "rates",
        )
        # an insurer's rate, for one of its lines or for all of them
        insurer_form = QFormLayout()
        self.rate_rows = FieldRows(insurer_form)
        self.insurer_combo = self.rate_rows.add("insurer_id", self.tr("Insurer:"), QComboBox())
        self.insurer_combo.setObjectName("rate_insurer")
        self.line_combo = self.rate_rows.add("line_id", self.tr("Line of business:"), QComboBox())
        self.line_combo.setObjectName("rate_line")
        self.rate_spin = self.rate_rows.add("rate_bp", self.tr("Rate:"), _rate_spin())
        self.rate_spin.setObjectName("rate")
        save = QPushButton(self.tr("Save the rate"))
        save.setObjectName("save_rate")
        save.clicked.connect(self.save)
        delete = QPushButton(self.tr("Delete the selected rate"))
        delete.setObjectName("delete_rate")
        delete.clicked.connect(self.delete)
        context.guard.bind(save, change=Right.COMMISSIONS_MANAGE)
        context.guard.bind(
            delete,
            change=Right.COMMISSIONS_MANAGE,
            enabled_when=lambda: self.table.selectionModel().hasSelection(),
        )
        context.guard.follow_selection(self.table)
        insurer_buttons = QHBoxLayout()
        insurer_buttons.addStretch(1)
        insurer_buttons.addWidget(save)
        insurer_buttons.addWidget(delete)
        insurer_box = QGroupBox(self.tr("An insurer's rate"))
        insurer_layout = QVBoxLayout(insurer_box)
        insurer_layout.addLayout(insurer_form)
        insurer_layout.addStretch(1)
        insurer_layout.addLayout(insurer_buttons)

        # a contract's own rate, before its insurer's and line's
        contract_form = QFormLayout()
        self.contract_rows = FieldRows(contract_form)
        self.contract_picker = self.contract_rows.add(
            "contract_id",
            self.tr("Contract:"),
            ContractPicker(context.session, context.runner),
        )
        self.contract_picker.setObjectName("rate_contract")
        self.contract_rate_spin = self.contract_rows.add("rate_bp", self.tr("Rate:"), _rate_spin())
        self.contract_rate_spin.setObjectName("contract_rate")
        save_contract = QPushButton(self.tr("Save the contract's rate"))
        save_contract.setObjectName("save_contract_rate")
        save_contract.clicked.connect(self.save_contract_rate)
        for managed in (save_contract, self.contract_picker, self.contract_rate_spin):
            context.guard.bind(managed, change=Right.COMMISSIONS_MANAGE)
        contract_buttons = QHBoxLayout()
        contract_buttons.addStretch(1)
        contract_buttons.addWidget(save_contract)
        contract_box = QGroupBox(self.tr("A contract's own rate"))
        contract_layout = QVBoxLayout(contract_box)
        contract_layout.addLayout(contract_form)
        contract_layout.addStretch(1)
        contract_layout.addLayout(contract_buttons)

        self.message = QLabel()
        self.message.setObjectName("rate_message")
        self.message.setWordWrap(True)
        forms = QHBoxLayout()
        forms.addWidget(insurer_box, 1)
        forms.addWidget(contract_box, 1)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "The commission expected on a contract is its rate (a contract's own rate "
                "first, then the insurer's rate for its line, then the insurer's rate) "
                "times its premium."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.message)
        self.rates: list[Any] = []
        self.names: dict[str, dict[int, str]] = {"insurers": {}, "lines": {}}

    def load(self) -> None:
        session = self.context.session

        def work() -> tuple[list[Any], list[Any], list[Any]]:
            return (
                session.reference.insurers(),
                session.reference.lines(),
                session.reconciliation.rates(),
            )

        self.context.runner.run(work, self._show, lambda e: self._say(explain(e)))

    def _show(self, result: tuple[list[Any], list[Any], list[Any]]) -> None:
        insurers, lines, rates = result
        self.names = {
            "insurers": {i.id: i.name for i in insurers},
            "lines": {x.id: x.name(self.context.language) for x in lines},
        }
        # read again at each load (an insurer added or removed since), the choice kept
        _refill(self.insurer_combo, [(i.id, i.name) for i in insurers])
        _refill(
            self.line_combo,
            [(None, self.tr("every line"))]
            + [(x.id, x.name(self.context.language)) for x in lines],
        )
        self.rates = rates
        self.table.setRowCount(0)
        for rate in rates:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate(
                (
                    self.names["insurers"].get(rate.insurer_id, ""),
                    self.names["lines"].get(rate.line_id, self.tr("every line"))
                    if rate.line_id
                    else self.tr("every line"),
                    rate.policy_number if rate.contract_id else "",
                    formats.percent(rate.rate_bp),
                )
            ):
                self.table.setItem(row, col, _item(value))

    def save(self) -> None:
        """The core checks the insurer, the line and the rate together: every problem
        shows next to its field at once (an empty office has no insurer to choose; one
        deleted meanwhile on another workstation is no longer a choice)."""
        insurer_id, line_id = self.insurer_combo.currentData(), self.line_combo.currentData()
        rate_bp = round(self.rate_spin.value() * 100)
        self._say("")
        reconciliation = self.context.session.reconciliation

        def saved(_rate_id: int) -> None:
            self.rate_rows.clear()
            self.load()

        self.context.runner.run(
            lambda: reconciliation.set_rate(insurer_id, rate_bp, line_id=line_id),
            saved,
            lambda exc: self._refused(self.rate_rows, exc),
        )

    def save_contract_rate(self) -> None:
        contract_id = self.contract_picker.contract_id()
        self._say("")
        if contract_id is None:  # the rate itself cannot be wrong: the spin box bounds it
            self.contract_rows.show({"contract_id": FieldError("required", "Required.")})
            return
        rate_bp = round(self.contract_rate_spin.value() * 100)
        session = self.context.session

        def work() -> int:
            contract = session.contracts.get(contract_id)
            return int(
                session.reconciliation.set_rate(
                    contract.insurer_id, rate_bp, contract_id=contract_id
                )
            )

        def done(_rate_id: int) -> None:
            self.contract_rows.clear()
            self._say(
                self.tr("The contract's own rate is saved: %1.").replace(
                    "%1", formats.percent(rate_bp)
                )
            )
            self.load()

        self.context.runner.run(work, done, lambda exc: self._refused(self.contract_rows, exc))

    def _refused(self, rows: FieldRows, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._say("\n".join(rows.show(exc.errors)))
        else:
            rows.clear()
            self._say(explain(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def delete(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        rate = self.rates[rows[0].row()]
        percent = formats.percent(rate.rate_bp)
        if rate.contract_id:
            question = self.tr("Delete the own rate of contract %1 (%2)? This cannot be undone.")
            question = question.replace("%1", rate.policy_number).replace("%2", percent)
        else:
            question = self.tr("Delete the rate of %1 for %2 (%3)? This cannot be undone.")
            line = self.names["lines"].get(rate.line_id, "") if rate.line_id else ""
            question = (
                question.replace("%1", self.names["insurers"].get(rate.insurer_id, ""))
                .replace("%2", line or self.tr("every line"))
                .replace("%3", percent)
            )
        if not self.context.dialogs.confirm(
            self, self.tr("Delete the rate"), question, dangerous=True
        ):
            return
        rate_id = rate.id
        self.context.runner.run(
            lambda: self.context.session.reconciliation.delete_rate(rate_id),
            lambda _r: self.load(),
            lambda e: self._say(explain(e)),
        )


def _refill(combo: QComboBox, choices: list[tuple[int | None, str]]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)  # the field's error stays: the choice did not change
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)


def _rate_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setDecimals(2)
    spin.setSuffix(" %")
    spin.setLocale(formats.swiss_locale())  # 12.50 %, as the table and the split editors say
    return spin


class ReconciliationPage(Page):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statements = StatementsPanel(context)
        self.rates = RatesPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.statements, self.tr("Statements"))
        self.tabs.addTab(self.rates, self.tr("Commission rates"))
        index = self.tabs.indexOf(self.rates)
        self.tabs.setTabVisible(index, context.guard.can_any(ALL))
        self.tabs.currentChanged.connect(
            lambda i: self.rates.load() if self.tabs.widget(i) is self.rates else None
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._loaded = False

    def on_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.statements.load()

    def clear(self) -> None:
        """Locking: the screens forget what they showed."""
        for table in (
            self.statements.lines_table,
            self.statements.totals_table,
            self.statements.preview_rejected,
            self.statements.blockers,
            self.rates.table,
        ):
            table.setRowCount(0)
        self.statements.preview_box.hide()
        self.statements.pending = None
        self.statements.lines = []
        self.rates.rates = []
        self._loaded = False
