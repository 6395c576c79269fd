"""A contract's usual commission split, in its own place (portfolio, commissions.manage):
who shares the contract's commissions and in what proportion, what a new commission and
reconciliation's acceptance start from. The core applies the import's rule (people of the
office, each once, exactly 100 %, or none) and says what is wrong under the split; a split
changed meanwhile by someone else is shown again, never overwritten blindly."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.commissions import FULL, ShareInput
from broker_desktop.core.errors import ConflictError, ValidationError
from broker_desktop.ui import formats
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.form_support import FieldRows
from broker_desktop.ui.pages.reference_choices import person_combo
from broker_desktop.ui.pages.share_rows import add_share_row, remove_current_row, share_rows
from broker_desktop.ui.widgets import grow_to_fit, message_label, note_label, submit_buttons


class UsualSplitDialog(QDialog):
    def __init__(
        self,
        context,
        choices,
        contract_id: int,
        policy_number: str,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usual_split")
        self._session = context.session
        self._runner = context.runner
        self._choices = choices
        self._contract_id = contract_id
        self.stamp: str | None = None  # the stored split's, once read
        self.setWindowTitle(self.tr("Usual split of a contract"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.addRow(self.tr("Contract:"), QLabel(f"{policy_number} — {client_name}"))
        self.rows = FieldRows(form)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("usual_split_shares")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Share (%)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 280)
        self.table.verticalHeader().hide()
        self.rows.add("shares", self.tr("Split:"), self.table)
        add = QPushButton(self.tr("Add a person"))
        add.setObjectName("usual_split_add")
        add.clicked.connect(lambda: self.add_share(None, 0))
        remove = QPushButton(self.tr("Remove the selected line"))
        remove.clicked.connect(self._remove_share)
        share_buttons = QHBoxLayout()
        share_buttons.addWidget(add)
        share_buttons.addWidget(remove)
        share_buttons.addStretch(1)
        self.rule = QLabel()
        self.rule.setObjectName("usual_split_rule")
        self.rule.setWordWrap(True)
        self.message = message_label()
        self.message.setObjectName("message")
        buttons, self.save_button = submit_buttons(self, self.tr("Save the split"))
        self.save_button.setEnabled(False)  # until the stored split is read
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(share_buttons)
        layout.addWidget(
            note_label(
                self.tr(
                    "A new commission of this contract, and the acceptance of a statement "
                    "line, start from this split. The shares add up to exactly 100 %. With "
                    "no line at all, they start from the contract's last commission, else "
                    "give everything to its agent."
                )
            )
        )
        layout.addWidget(self.rule)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_rule()
        self.load()

    # ----- reading -------------------------------------------------------------------------
    def load(self) -> None:
        reconciliation, contract_id = self._session.reconciliation, self._contract_id
        self._runner.run(lambda: reconciliation.usual_split(contract_id), self._show, self._failed)

    def _show(self, split) -> None:
        self.stamp = split.stamp
        self.table.setRowCount(0)
        for share in split.shares:
            self.add_share(share.beneficiary_id, share.share_bp)
        self.save_button.setEnabled(True)
        self._update_rule()

    def _failed(self, exc: BaseException) -> None:
        self._say(explain(exc))

    # ----- the split -----------------------------------------------------------------------
    def add_share(self, person_id: int | None, share_bp: int) -> None:
        # someone deactivated since stays (marked) where he is; a new line offers the active
        combo = person_combo(self._choices.people(), person_id)
        add_share_row(self.table, combo, share_bp, self._update_rule)
        self._update_rule()

    def _remove_share(self) -> None:
        remove_current_row(self.table, self._update_rule)

    def shares(self) -> list[ShareInput]:
        return [ShareInput(person, bp) for person, bp in share_rows(self.table)]

    def _update_rule(self, *_args) -> None:
        shares = self.shares()
        total = sum(s.share_bp for s in shares)
        if not shares:
            text = self.tr("No usual split: new commissions start from the last one.")
            style = ""
        elif total == FULL:
            text = self.tr("The shares add up to 100 %.")
            style = "color: #1b5e20;"
        else:
            text = self.tr("The shares add up to %1; they must make exactly 100 %.").replace(
                "%1", formats.percent(total)
            )
            style = "color: #b00020;"
        self.rule.setText(text)
        self.rule.setStyleSheet(style)
        self.rows.errors["shares"].clear_error()  # the split changed: its error was about the old

    # ----- saving --------------------------------------------------------------------------
    def submit(self) -> None:
        if self.stamp is None:
            return
        self._say("")
        self.save_button.setEnabled(False)
        reconciliation, contract_id = self._session.reconciliation, self._contract_id
        shares, stamp = self.shares(), self.stamp
        self._runner.run(
            lambda: reconciliation.set_usual_split(contract_id, shares, stamp),
            lambda _split: self.accept(),
            self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._say("\n".join(self.rows.show(exc.errors)))
        elif isinstance(exc, ConflictError):
            self._say(
                self.tr(
                    "Someone else changed this split since you opened it: it is shown "
                    "again as it is now. Make your change again, then save."
                )
            )
            self.save_button.setEnabled(False)
            self.load()
        else:
            self._say(explain(exc))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)
