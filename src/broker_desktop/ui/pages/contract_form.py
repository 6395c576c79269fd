"""Contract detail and edit form, with inline validation and the conflict rule."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from broker_desktop.core.contracts import FREQUENCIES, STATUSES, ContractInput, cancel_by_of
from broker_desktop.core.errors import FieldError
from broker_desktop.ui import formats, labels
from broker_desktop.ui.pages.form_support import (
    FieldRows,
    SaveOutcome,
    choice_combo,
    date_edit,
    date_value,
    parse_money,
    required_date_value,
    set_date,
)
from broker_desktop.ui.pages.reference_choices import person_combo


class ContractDialog(SaveOutcome, QDialog):
    def __init__(
        self,
        session,
        runner,
        dialogs,
        choices,
        *,
        client_id: int,
        contract=None,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._contract = contract
        self._client_id = client_id
        self._version = contract.version if contract else None
        self._original = contract.as_input() if contract else None
        self.setWindowTitle(self.tr("Contract") if contract else self.tr("New contract"))
        self.setMinimumWidth(500)
        form = QFormLayout()
        self.rows = FieldRows(form)
        self.policy = self.rows.add("policy_number", self.tr("Policy number:"), QLineEdit())
        self.insurer = self.rows.add(
            "insurer_id",
            self.tr("Insurer:"),
            choice_combo(choices.insurers(), contract.insurer_id if contract else None),
        )
        self.line = self.rows.add(
            "line_id",
            self.tr("Line of business:"),
            choice_combo(choices.lines(), contract.line_id if contract else None),
        )
        self.start = self.rows.add("start_date", self.tr("Start:"), date_edit())
        self.expiry = self.rows.add("expiry_date", self.tr("Renewal date:"), date_edit())
        self.notice = self.rows.add("notice_months", self.tr("Notice (months):"), QSpinBox())
        self.notice.setRange(0, 24)
        self.notice.setValue(3)
        self.cancel_by = QLabel()
        form.addRow(self.tr("Cancel by:"), self.cancel_by)
        self.premium = self.rows.add("premium_cents", self.tr("Annual premium (CHF):"), QLineEdit())
        self.frequency = self.rows.add("frequency", self.tr("Payment:"), QComboBox())
        for code in FREQUENCIES:
            self.frequency.addItem(labels.frequency(code), code)
        self.status = self.rows.add("status", self.tr("Status:"), QComboBox())
        for code in STATUSES:
            self.status.addItem(labels.contract_status(code), code)
        self.cancel_reason = self.rows.add(
            "cancel_reason", self.tr("Cancellation reason:"), QLineEdit()
        )
        self.agent = self.rows.add(
            "agent_id",
            self.tr("Responsible agent:"),
            person_combo(
                choices.people(),
                contract.agent_id if contract else None,
                none_label=self.tr("The client's agent"),
            ),
        )
        self._add_footer(form)
        if contract is None:
            start = date_value(self.start) or dt.date.today()
            self.expiry.set_value(formats.from_qdate(formats.to_qdate(start).addYears(1)))
        else:
            self._load(contract)
        for signal in (self.expiry.dateChanged, self.notice.valueChanged):
            signal.connect(self._update_cancel_by)
        self._update_cancel_by()
        if not editable:
            self.save_button.hide()
            for widget in self.rows.widgets.values():
                widget.setEnabled(False)

    def _load(self, c) -> None:
        self.policy.setText(c.policy_number)
        set_date(self.start, c.start_date)
        set_date(self.expiry, c.expiry_date)
        self.notice.setValue(c.notice_months)
        self.premium.setText(formats.number(c.premium_cents))
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(c.frequency)))
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        self.cancel_reason.setText(c.cancel_reason or "")

    def _update_cancel_by(self) -> None:
        expiry = date_value(self.expiry)
        if expiry is not None:
            self.cancel_by.setText(formats.date(cancel_by_of(expiry, self.notice.value())))

    def save(self) -> None:
        if self.rows.check_local():
            return
        premium = parse_money(self.premium.text())
        if premium is None:
            self.rows.show({"premium_cents": FieldError("invalid_amount", "Not an amount.")})
            return
        data = ContractInput(
            client_id=self._client_id,
            insurer_id=self.insurer.currentData(),
            line_id=self.line.currentData(),
            policy_number=self.policy.text(),
            start_date=required_date_value(self.start),
            expiry_date=required_date_value(self.expiry),
            premium_cents=premium,
            notice_months=self.notice.value(),
            frequency=self.frequency.currentData(),
            status=self.status.currentData(),
            cancel_reason=self.cancel_reason.text() or None,
            agent_id=self.agent.currentData(),
        )
        service = self._session.contracts
        self.save_button.setEnabled(False)
        self.message.hide()
        if self._contract is None:
            operation = lambda: service.create(data)  # noqa: E731
        else:
            contract_id, version = self._contract.id, self._version
            operation = lambda: service.update(contract_id, data, version)  # noqa: E731
            self._attempt = data
        self._runner.run(operation, lambda _r: self.accept(), self._refused)

    def _current_version(self) -> int:
        return self._session.contracts.get(self._contract.id).version

    def _current_record(self):
        return self._session.contracts.get(self._contract.id)

    def _record_name(self) -> str:
        return self._contract.policy_number
