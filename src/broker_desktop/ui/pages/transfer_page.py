"""Transfer a book (Office menu, portfolio.transfer): choose who hands over, all his
clients or some of them, who takes over; read the counts the core previews; confirm;
see the result. The second tab lists past transfers, each undoable by a reverse
transfer. Every read and write runs on the worker thread. Both tabs follow the one change
path (``LiveRefresh``): a client handed over, an agent deactivated or a transfer made on
another workstation shows here without closing the dialog, and the clients ticked stay
ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.changes import CLIENT, COMMISSION, CONTRACT, DEADLINE, USER
from broker_desktop.core.transfers import TransferUndoBlocked
from broker_desktop.ui import formats
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.counts import Counts
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.reference_choices import INACTIVE, inactive_tip, person_label
from broker_desktop.ui.tab_style import keep_accents
from broker_desktop.ui.widgets import message_label, note_label

# what a transfer moves, and its agents: a change to any of them changes the lists, the
# preview's counts or what an undo would find edited since (a transfer or an undo made
# elsewhere declares these too)
SOURCES = (CLIENT, CONTRACT, DEADLINE, COMMISSION, USER)


class TransferForm(QWidget):
    """A new transfer: the two agents, the selection, the preview, the button."""

    def __init__(self, context, on_done, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._on_done = on_done
        self.agents: list = []
        self.preview = None
        self._generation = 0
        self._book_of: int | None = None  # whose book the client list shows
        self._run_error = ""  # a refused transfer, said again after the lists are reloaded
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("transfer_source")
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("transfer_target")
        self.whole_radio = QRadioButton(self.tr("All his clients"))
        self.whole_radio.setObjectName("transfer_whole")
        self.chosen_radio = QRadioButton(self.tr("Only the clients ticked below"))
        self.chosen_radio.setObjectName("transfer_chosen")
        self.whole_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole_radio)
        group.addButton(self.chosen_radio)
        self.client_list = QListWidget()
        self.client_list.setObjectName("transfer_clients")
        self.client_list.setEnabled(False)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Tick none"))

        self.counts = QLabel()
        self.counts.setObjectName("transfer_counts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.explanation = note_label()
        self.explanation.setObjectName("transfer_explanation")
        self.message = message_label()
        self.message.setObjectName("transfer_message")
        self.result = QLabel()
        self.result.setObjectName("transfer_result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.result.hide()
        self.run_button = QPushButton(self.tr("Transfer…"))
        self.run_button.setObjectName("transfer_run")
        self.run_button.setEnabled(False)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.target_combo.currentIndexChanged.connect(self._preview_timer.start)
        self.whole_radio.toggled.connect(self._mode_changed)
        self.client_list.itemChanged.connect(lambda _item: self._preview_timer.start())
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.run_button.clicked.connect(self.confirm_and_run)

        form = QFormLayout()
        form.addRow(self.tr("Hands over:"), self.source_combo)
        form.addRow(self.tr("Takes over:"), self.target_combo)
        which = QGroupBox(self.tr("What moves"))
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.whole_radio)
        which_layout.addWidget(self.chosen_radio)
        which_layout.addWidget(self.client_list, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        which_layout.addLayout(ticks)
        preview = QGroupBox(self.tr("Preview — nothing is written yet"))
        preview.setObjectName("transfer_preview_box")
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.counts)
        preview_layout.addWidget(self.explanation)
        preview_layout.addStretch(1)
        preview_layout.addWidget(self.message)
        preview_layout.addWidget(self.result)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.run_button)
        preview_layout.addLayout(bottom)
        columns = QHBoxLayout()
        columns.addWidget(which, 3)
        columns.addWidget(preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns, 1)
        self._show_counts(None)

    # ----- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        transfers = self.context.session.transfers
        self.context.runner.run(transfers.agents, self._show_agents, self._reload_failed)

    def _reload_failed(self, exc: BaseException) -> None:
        """The agents cannot be read (the right was withdrawn meanwhile): nothing read
        before stays on the screen."""
        self.clear()
        self._failed(exc)

    def clear(self) -> None:
        """Forget every agent, client and count shown."""
        self._generation += 1  # a preview still on its way is for what was forgotten
        self._preview_timer.stop()
        self.agents, self.preview, self._book_of = [], None, None
        for combo in (self.source_combo, self.target_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.client_list.blockSignals(True)
        self.client_list.clear()
        self.client_list.blockSignals(False)
        self.run_button.setEnabled(False)
        self._show_counts(None)

    def _show_agents(self, agents: list) -> None:
        self.agents = agents
        source = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for agent in agents:
            self.source_combo.addItem(self._agent_text(agent, with_clients=True), agent.id)
            if not agent.active:  # marked as the pickers mark him: grey, with their tooltip
                index = self.source_combo.count() - 1
                self.source_combo.setItemData(index, INACTIVE, Qt.ItemDataRole.ForegroundRole)
                self.source_combo.setItemData(index, inactive_tip(), Qt.ItemDataRole.ToolTipRole)
        index = self.source_combo.findData(source) if source is not None else -1
        if index < 0:  # a deactivated agent with clients is the usual source
            index = next(
                (i for i, a in enumerate(agents) if not a.active and a.clients),
                next((i for i, a in enumerate(agents) if a.clients), 0),
            )
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)
        self._source_changed()

    def _agent_text(self, agent, with_clients: bool = False) -> str:
        text = person_label(agent.name, agent.active)
        if with_clients:
            text = self.tr("%1 — %n client(s)", "", agent.clients).replace("%1", text)
        return text

    def _source_changed(self) -> None:
        source = self.source_combo.currentData()
        target = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for agent in self.agents:
            if agent.active and agent.id != source:
                self.target_combo.addItem(self._agent_text(agent), agent.id)
        index = self.target_combo.findData(target) if target is not None else -1
        self.target_combo.setCurrentIndex(max(0, index))
        self.target_combo.blockSignals(False)
        # the same agent's book read again (a change elsewhere): his ticks stay
        ticked = set(self._ticked()) if source == self._book_of else set()
        if source != self._book_of:
            self.client_list.clear()
        self._book_of = source
        if source is None:
            self._show_counts(None)
            return
        transfers = self.context.session.transfers
        self.context.runner.run(
            lambda: transfers.book(source),
            lambda book: self._show_book(source, book, ticked),
            self._failed,
        )

    def _ticked(self) -> list[int]:
        return [
            self.client_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.client_list.count())
            if self.client_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _show_book(self, source: int, book: list, ticked: set[int]) -> None:
        if source != self.source_combo.currentData():
            return  # another agent was chosen while this book was on its way
        scrolled = self.client_list.verticalScrollBar().value()
        self.client_list.blockSignals(True)
        self.client_list.clear()
        for client in book:
            place = " ".join(p for p in (client.postcode, client.city) if p)
            text = f"{client.name} — {place}" if place else client.name
            text += "  " + self.tr("(%n contract(s))", "", client.contracts)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if client.id in ticked else Qt.CheckState.Unchecked
            )
            self.client_list.addItem(item)
        self.client_list.blockSignals(False)
        self.client_list.verticalScrollBar().setValue(scrolled)
        self.refresh_preview()

    def _mode_changed(self) -> None:
        chosen = self.chosen_radio.isChecked()
        for widget in (self.client_list, self.all_button, self.none_button):
            widget.setEnabled(chosen)
        self._preview_timer.start()

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.client_list.blockSignals(True)
        for row in range(self.client_list.count()):
            self.client_list.item(row).setCheckState(state)
        self.client_list.blockSignals(False)
        self._preview_timer.start()

    def selection(self) -> list[int] | None:
        if self.whole_radio.isChecked():
            return None
        return self._ticked()

    # ----- the preview ----------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        self.preview = None
        self.run_button.setEnabled(False)
        self.message.hide()
        source, target = self.source_combo.currentData(), self.target_combo.currentData()
        chosen = self.selection()
        self._generation += 1
        generation = self._generation
        if source is None or target is None:
            self._show_counts(None)
            return
        if chosen == []:
            self._show_counts(None)
            self.message.setText(self.tr("Tick at least one client, or choose all of them."))
            self.message.show()
            self._say_run_error()
            return
        transfers = self.context.session.transfers
        self.context.runner.run(
            lambda: transfers.preview(source, target, chosen),
            lambda preview: self._show_preview(generation, preview),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _show_preview(self, generation: int, preview) -> None:
        if generation != self._generation:
            return
        self.preview = preview
        self._show_counts(preview)
        self.run_button.setEnabled(not _empty(preview.counts))
        if _empty(preview.counts):
            self.message.setText(self.tr("This agent has nothing to hand over."))
            self.message.show()
        self._say_run_error()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._show_counts(None)
        self.message.setText(explain(exc))
        self.message.show()
        self._say_run_error()

    def _show_counts(self, preview) -> None:
        if preview is None:
            self.counts.setText("")
            self.explanation.setText(
                self.tr("Choose who hands over and who takes over: the counts show here.")
            )
            return
        c = preview.counts
        rows = [
            (self.tr("Clients"), c.clients),
            (self.tr("Contracts"), c.contracts),
            (self.tr("Deadlines"), c.deadlines),
            (self.tr("Commission share lines"), c.shares),
        ]
        cells = "".join(
            f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;<b>{formats.count(value)}</b>"
            "</td></tr>"
            for label, value in rows
        )
        self.counts.setText(f"<table cellspacing='4'>{cells}</table>")
        text = self.tr(
            "Deadlines: the open ones, and the renewal and cancel-by dates of the contracts "
            "that move. Commission shares: those of periods from %1 on not yet received; "
            "earlier periods stay with the agent who earned them."
        ).replace("%1", formats.period(preview.future_from))
        if c.shares_kept:
            text += " " + self.tr(
                "%n future share line(s) stay: the new agent already has a share of those "
                "commissions.",
                "",
                c.shares_kept,
            )
        self.explanation.setText(text)

    # ----- the transfer ----------------------------------------------------------------------
    def confirm_and_run(self) -> None:
        preview = self.preview
        if preview is None:
            return
        names = {a.id: a.name for a in self.agents}
        c = preview.counts
        question = (
            self.tr("Hand %1 from %2 to %3? The transfer can be undone afterwards.")
            .replace("%1", Counts().book(c.clients, c.contracts, c.deadlines, c.shares))
            .replace("%2", names.get(preview.source_id, ""))
            .replace("%3", names.get(preview.target_id, ""))
        )
        if not self.context.dialogs.confirm(self, self.tr("Transfer a book"), question):
            return
        self.run_button.setEnabled(False)
        transfers = self.context.session.transfers
        source, target, chosen = preview.source_id, preview.target_id, self.selection()
        self.context.runner.run(
            lambda: transfers.run(source, target, chosen), self._done, self._run_failed
        )

    def _done(self, transfer) -> None:
        names = {a.id: a.name for a in self.agents}
        c = transfer.counts
        self.result.setText(
            self.tr("Transfer no. %1 done: %2 went from %3 to %4.")
            .replace("%1", str(transfer.id))
            .replace("%2", Counts().book(c.clients, c.contracts, c.deadlines, c.shares))
            .replace("%3", names.get(transfer.source_id, ""))
            .replace("%4", names.get(transfer.target_id, ""))
        )
        self.result.show()
        self.reload()
        self._on_done()

    def _run_failed(self, exc: BaseException) -> None:
        """Say why, then read the agents, the book and the counts again: what was
        refused may come from a change made meanwhile elsewhere."""
        self._run_error = explain(exc)
        self.reload()

    def _say_run_error(self) -> None:
        if self._run_error:
            self.message.setText(self._run_error)
            self.message.show()
            self._run_error = ""

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(explain(exc))
        self.message.show()


def _empty(counts) -> bool:
    return not (counts.clients or counts.contracts or counts.deadlines or counts.shares)


class TransferHistory(QWidget):
    """Past transfers, newest first; the selected one can be undone."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list = []
        self.names: dict[int, str] = {}
        headers = [
            self.tr("No."),
            self.tr("Date"),
            self.tr("From"),
            self.tr("To"),
            self.tr("What"),
            self.tr("Clients"),
            self.tr("Contracts"),
            self.tr("Deadlines"),
            self.tr("Shares"),
            self.tr("Status"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("transfer_history")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("Undo this transfer"))
        self.undo_button.setObjectName("transfer_undo")
        self.undo_button.clicked.connect(self.undo)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def reload(self) -> None:
        transfers = self.context.session.transfers

        def load():
            return transfers.history(), transfers.agents()

        self.context.runner.run(load, self._show, self._reload_failed)

    def _reload_failed(self, exc: BaseException) -> None:
        self.clear()
        self._failed(exc)

    def clear(self) -> None:
        """Forget every transfer shown."""
        self.items, self.names = [], {}
        self.table.setRowCount(0)
        self._selection_changed()

    def _show(self, loaded) -> None:
        chosen = self.selected()
        self.items, agents = loaded
        self.names = {a.id: a.name for a in agents}
        self.table.setRowCount(len(self.items))
        for row, t in enumerate(self.items):
            c = t.counts
            what = self.tr("Whole book") if t.whole_book else self.tr("Chosen clients")
            status = (
                self.tr("Done")
                if t.status == "done"
                else self.tr("Undone on %1").replace("%1", formats.datetime(t.undone_at))
            )
            cells = [
                str(t.id),
                formats.datetime(t.at),
                self.names.get(t.source_id, str(t.source_id)),
                self.names.get(t.target_id, str(t.target_id)),
                what,
                formats.count(c.clients),
                formats.count(c.contracts),
                formats.count(c.deadlines),
                formats.count(c.shares),
                status,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (0, 5, 6, 7, 8):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if t.status != "done":
                    cell.setForeground(INACTIVE)
                self.table.setItem(row, column, cell)
        # the same transfer stays selected, wherever a newer one put it (never its row)
        self.table.clearSelection()
        ids = [t.id for t in self.items]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _selection_changed(self) -> None:
        item = self.selected()
        self.undo_button.setEnabled(item is not None and item.status == "done")

    def undo(self) -> None:
        item = self.selected()
        if item is None:
            return
        transfers = self.context.session.transfers
        self.context.runner.run(
            lambda: transfers.undo_check(item.id),
            lambda check: self._confirm_undo(item, check),
            self._failed,
        )

    def _confirm_undo(self, item, check) -> None:
        dialogs = self.context.dialogs
        if check.blocking:
            dialogs.warning(self, self.tr("Undo this transfer"), self.blockers_text(check))
            return
        text = (
            self.tr("Give back to %1 everything transfer no. %2 handed to %3?")
            .replace("%1", self.names.get(item.source_id, ""))
            .replace("%2", str(item.id))
            .replace("%3", self.names.get(item.target_id, ""))
        )
        if check.deleted:
            text += " " + self.tr(
                "%n record(s) were deleted since: they are not given back.", "", check.deleted
            )
        if not dialogs.confirm(self, self.tr("Undo this transfer"), text):
            return
        transfers = self.context.session.transfers
        self.context.runner.run(
            lambda: transfers.undo(item.id), lambda _t: self.reload(), self._failed
        )

    def blockers_text(self, check) -> str:
        kinds = {
            "client": self.tr("client"),
            "contract": self.tr("contract"),
            "deadline": self.tr("deadline"),
            "commission_share": self.tr("commission share, period"),
            "contract_split": self.tr("usual split of contract"),
        }
        lines = [
            self.tr(
                "The transfer cannot be undone: %n record(s) were changed since it was made. "
                "Change them back or move them by hand:",
                "",
                check.blocking,
            )
        ]
        for blocker in check.blockers:
            if not blocker.blocking:
                continue
            label = blocker.label
            if blocker.entity == "commission_share":
                label = formats.period(label)
            number = self.tr("(no. %1)").replace("%1", str(blocker.entity_id))
            lines.append(f"• {kinds.get(blocker.entity, blocker.entity)} {label} {number}")
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TransferUndoBlocked):
            self.context.dialogs.warning(
                self, self.tr("Undo this transfer"), self.blockers_text(exc.check)
            )
            self.reload()
            return
        self.message.setText(explain(exc))
        self.message.show()


class TransferDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfer_book")
        self.setWindowTitle(self.tr("Transfer a book"))
        self.resize(900, 560)
        self.history = TransferHistory(context)
        self.form = TransferForm(context, self.history.reload)
        self.tabs = QTabWidget()
        keep_accents(self.tabs)
        self.tabs.addTab(self.form, self.tr("New transfer"))
        self.tabs.addTab(self.history, self.tr("Past transfers"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.live = LiveRefresh(
            self, context.changes, context.guard, SOURCES, self.reload, self.clear
        )
        self.reload()

    def reload(self) -> None:
        self.form.reload()
        self.history.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.live.shown()

    def clear(self) -> None:
        self.form.clear()
        self.history.clear()
