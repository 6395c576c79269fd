"""Enter a commission and split it between people, with the 100 % rule explained inline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.commissions import FULL, CommissionInput, ShareInput
from broker_desktop.core.errors import ConflictError, FieldError, ValidationError
from broker_desktop.ui import formats
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.contract_picker import ContractPicker
from broker_desktop.ui.pages.form_support import (
    FieldRows,
    conflict_text,
    parse_money,
    show_with_core,
)
from broker_desktop.ui.pages.reference_choices import person_combo
from broker_desktop.ui.pages.share_rows import add_share_row, remove_current_row, share_rows
from broker_desktop.ui.widgets import message_label, note_label, set_default_button

OFFICE = -1  # combo data for "the office" (beneficiary None)


class SplitDialog(QDialog):
    def __init__(
        self, context, choices, *, contract_id=None, commission=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._choices = choices
        self._commission = commission
        self._version = commission.version if commission else None
        self.setWindowTitle(self.tr("Commission and its split"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.rows = FieldRows(form)
        self.contract = self.rows.add(
            "contract_id",
            self.tr("Contract:"),
            ContractPicker(context.session, context.runner),
        )
        if commission is not None:
            self.contract.set_contract(commission.contract_id)
            self.contract.fix_choice()
        elif contract_id:
            self.contract.set_contract(contract_id)
        self.period = self.rows.add("period", self.tr("Period (2026 or 03.2026):"), QLineEdit())
        self.amount = self.rows.add("amount_cents", self.tr("Commission (CHF):"), QLineEdit())
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Beneficiary"), self.tr("Share (%)")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.verticalHeader().hide()
        add = QPushButton(self.tr("Add a beneficiary"))
        add.clicked.connect(lambda: self._add_share(None, 0))
        remove = QPushButton(self.tr("Remove the selected line"))
        remove.clicked.connect(self._remove_share)
        self.rule = QLabel()
        self.rule.setObjectName("split_rule")
        self.rule.setWordWrap(True)
        self.shares_error = message_label()
        self.message = message_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        share_buttons = QHBoxLayout()
        share_buttons.addWidget(add)
        share_buttons.addWidget(remove)
        share_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Split:")))
        layout.addWidget(self.table)
        layout.addLayout(share_buttons)
        layout.addWidget(
            note_label(
                self.tr(
                    "The 100 % rule: the shares together make 100 % of the "
                    "commission. What is not given to a person stays with the "
                    "office; more than 100 % cannot be saved."
                )
            )
        )
        layout.addWidget(self.rule)
        layout.addWidget(self.shares_error)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        set_default_button(self, self.save_button)
        if commission is not None:
            self.period.setText(formats.period(commission.period))
            self.amount.setText(formats.number(commission.amount_cents))
            for share in commission.shares:
                self._add_share(share.beneficiary_id, share.share_bp)
        else:
            self._add_share(None, FULL)
        self.amount.textChanged.connect(self._update_rule)
        self._update_rule()
        # a new commission starts from its contract's usual split, until the user edits it
        self._prefilled: list[ShareInput] = self.shares()
        if commission is None:
            self.contract.changed.connect(self._contract_chosen)
            self._contract_chosen()

    def _contract_chosen(self) -> None:
        contract_id = self.contract.contract_id()
        if contract_id is None:
            return
        session = self._context.session
        self._context.runner.run(
            lambda: session.reconciliation.usual_split_of(contract_id),
            self._prefill,
            lambda _exc: None,  # no usual split to offer: the user enters one
        )

    def _prefill(self, shares) -> None:
        if self.shares() != self._prefilled:
            return  # the user already changed the split: his wins
        self.table.setRowCount(0)
        for share in shares:
            self._add_share(share.beneficiary_id, share.share_bp)
        self._prefilled = self.shares()

    def _add_share(self, beneficiary_id, share_bp: int) -> None:
        # a beneficiary deactivated since stays (marked), never silently the office
        combo = person_combo(
            self._choices.people(),
            OFFICE if beneficiary_id is None else beneficiary_id,
            none_label=self.tr("The office"),
        )
        combo.setItemData(0, OFFICE)
        add_share_row(self.table, combo, share_bp, self._update_rule)
        self._update_rule()

    def _remove_share(self) -> None:
        remove_current_row(self.table, self._update_rule)

    def shares(self) -> list[ShareInput]:
        return [
            ShareInput(None if person == OFFICE else person, bp)
            for person, bp in share_rows(self.table)
        ]

    def _update_rule(self, *_args) -> None:
        total = sum(s.share_bp for s in self.shares())
        amount = parse_money(self.amount.text()) or 0
        rest = FULL - total
        if rest < 0:
            text = self.tr("The shares add up to %1: that is more than 100 %.").replace(
                "%1", formats.percent(total)
            )
            self.rule.setStyleSheet("color: #b00020;")
        elif rest == 0:
            text = self.tr("The shares add up to 100 % (%1).").replace("%1", formats.money(amount))
            self.rule.setStyleSheet("color: #1b5e20;")
        else:
            text = (
                self.tr("The shares add up to %1; the remaining %2 (%3) stays with the office.")
                .replace("%1", formats.percent(total))
                .replace("%2", formats.percent(rest))
                .replace("%3", formats.money(amount * rest // FULL))
            )
            self.rule.setStyleSheet("")
        self.rule.setText(text)
        self.shares_error.hide()  # the split changed: its error (if any) was about the old one
        self.save_button.setEnabled(rest >= 0)

    def save(self) -> None:
        local: dict[str, FieldError] = {}
        amount = parse_money(self.amount.text())
        if amount is None:
            local["amount_cents"] = FieldError("invalid_amount", "Not an amount.")
        shares = [s for s in self.shares() if s.share_bp > 0]
        rest = FULL - sum(s.share_bp for s in shares)
        if rest > 0:
            office = next((s for s in shares if s.beneficiary_id is None), None)
            shares = [s for s in shares if s is not office]
            shares.append(ShareInput(None, rest + (office.share_bp if office else 0)))
        data = CommissionInput(
            self.contract.contract_id(),  # type: ignore[arg-type] # None: "required"
            formats.period_query(self.period.text()),
            amount or 0,
            tuple(shares),
        )
        service = self._context.session.commissions
        own_id = self._commission.id if self._commission is not None else None
        if local:  # said together with what the core finds in the other fields
            self.shares_error.hide()
            show_with_core(
                self.rows,
                self._context.runner,
                lambda: service.validate(data, own_id),
                local,
                self._say,
            )
            return
        self.save_button.setEnabled(False)
        if self._commission is None:
            operation = lambda: service.create(data)  # noqa: E731
        else:
            commission_id, version = self._commission.id, self._version
            operation = lambda: service.update(commission_id, data, version)  # noqa: E731
        self._context.runner.run(operation, lambda _r: self.accept(), self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.shares_error.hide()
        self.message.hide()
        if isinstance(exc, ValidationError):
            errors = dict(exc.errors)
            share_error = errors.pop("shares", None)
            orphans = self.rows.show(errors)
            if share_error is not None:
                from broker_desktop.ui.messages import field_message

                self.shares_error.setText(field_message(share_error))
                self.shares_error.show()
            if orphans:
                self.message.setText("\n".join(orphans))
                self.message.show()
        elif isinstance(exc, ConflictError):
            self.message.setText(conflict_text())
            self.message.show()
            commission_id = self._commission.id
            self._context.runner.run(
                lambda: self._context.session.commissions.get(commission_id).version,
                self._set_version,
                lambda _e: None,
            )
        else:
            self.message.setText(explain(exc))
            self.message.show()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_version(self, version: int) -> None:
        self._version = version
