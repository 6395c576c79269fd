"""Create or edit a follow-up: title, due date, owner, optionally tied to a client or to
one of his contracts. Renewal and cancel-by deadlines come from their contract: for them
only the owner can change here."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from broker_desktop.core.deadlines import Deadline, DeadlineInput
from broker_desktop.core.errors import NotFound, PermissionDenied
from broker_desktop.core.rights import Right
from broker_desktop.ui.pages.client_picker import ClientPicker
from broker_desktop.ui.pages.contract_picker import ContractPicker
from broker_desktop.ui.pages.form_support import (
    FieldRows,
    SaveOutcome,
    date_edit,
    required_date_value,
    set_date,
    show_with_core,
)
from broker_desktop.ui.pages.reference_choices import person_combo

# what the contract decides for a renewal or cancel-by deadline (not editable here)
DERIVED_FIELDS = ("title", "due_date", "client_id", "contract_id")


@dataclass(frozen=True)
class StoredFollowUp:
    """The deadline as stored now, with the client and contract as the pickers name
    them (read with it, off the GUI thread), for the conflict dialog."""

    deadline: Deadline
    names: dict[tuple[str, int], str]  # (field, id) -> the client's name, the policy number

    @property
    def version(self) -> int:
        return self.deadline.version

    def as_input(self) -> DeadlineInput:
        return self.deadline.as_input()


class FollowUpDialog(SaveOutcome, QDialog):
    def __init__(
        self,
        context,
        choices,
        *,
        deadline=None,
        client_id: int | None = None,
        contract_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = context.session
        self._runner = context.runner
        self._deadline = deadline
        self._version = deadline.version if deadline else None
        self._original = deadline.as_input() if deadline else None
        self._names: dict[tuple[str, int], str] = {}
        self.setWindowTitle(self.tr("Follow-up") if deadline else self.tr("New follow-up"))
        self.setMinimumWidth(480)
        form = QFormLayout()
        self.rows = FieldRows(form)
        self.title_edit = self.rows.add("title", self.tr("What to do:"), QLineEdit())
        self.title_edit.setObjectName("follow_up_title")
        self.due = self.rows.add("due_date", self.tr("Due:"), date_edit())
        me = context.session.user.id
        people = choices.people() if context.guard.can(Right.DEADLINES_VIEW_ALL) else []
        if not any(pid == me for pid, _name, _active in people):
            people = [(me, context.session.user.display_name, True), *people]
        self.owner: QComboBox = self.rows.add(
            "owner_id",
            self.tr("Owner:"),
            person_combo(people, deadline.owner_id if deadline else me),
        )
        self.owner.setEnabled(self.owner.count() > 1)
        self.client = self.rows.add(
            "client_id", self.tr("Client:"), ClientPicker(context.session, context.runner)
        )
        self.contract = self.rows.add(
            "contract_id", self.tr("Contract:"), ContractPicker(context.session, context.runner)
        )
        self._add_footer(form)
        if deadline is not None:
            self.title_edit.setText(deadline.title)
            set_date(self.due, deadline.due_date)
            if deadline.client_id is not None:
                self.client.set_client(deadline.client_id)
                self._name_client(deadline.client_id)
            if deadline.contract_id is not None:
                self.contract.set_contract(deadline.contract_id)
            if deadline.kind != "follow_up":  # the contract decides the date and title
                for widget in (self.title_edit, self.due, self.client, self.contract):
                    widget.setEnabled(False)
        else:
            if client_id is not None:
                self.client.set_client(client_id)
                self._name_client(client_id)
            if contract_id is not None:
                self.contract.set_contract(contract_id)
        self.title_edit.setFocus()

    def _name_client(self, client_id: int) -> None:
        session = self._session

        def shown(client) -> None:
            if self.client.client_id() == client_id:
                self.client.set_client(client_id, client.display_name)

        self._runner.run(lambda: session.clients.get(client_id), shown, lambda _exc: None)

    def value_without_date(self) -> DeadlineInput:
        """The input while the date field holds no valid date (the core checks the rest)."""
        return DeadlineInput(
            due_date=None,  # type: ignore[arg-type] # the form says what is wrong with it
            title=self.title_edit.text(),
            owner_id=self.owner.currentData(),
            contract_id=self.contract.contract_id(),
            client_id=self.client.client_id(),
        )

    def value(self) -> DeadlineInput:
        return DeadlineInput(
            due_date=required_date_value(self.due),
            title=self.title_edit.text(),
            owner_id=self.owner.currentData(),
            contract_id=self.contract.contract_id(),
            client_id=self.client.client_id(),
        )

    def save(self) -> None:
        service = self._session.deadlines
        local = self.rows.local_problems()
        if local:  # said together with what the core finds in the other fields
            data = self.value_without_date()
            show_with_core(
                self.rows, self._runner, lambda: service.validate(data), local, self._say
            )
            return
        data = self.value()
        self.save_button.setEnabled(False)
        self.message.hide()
        if self._deadline is None:
            operation = lambda: service.create(data)  # noqa: E731
        else:
            deadline_id, version = self._deadline.id, self._version
            operation = lambda: service.update(deadline_id, data, version)  # noqa: E731
            self._attempt = data  # a conflict then shows both versions, never saves blindly
        self._runner.run(operation, lambda _r: self.accept(), self._refused)

    def _current_version(self) -> int:
        return self._session.deadlines.get(self._deadline.id).version

    # ----- conflicts (SaveOutcome shows the field-by-field dialog) ------------------------
    def _current_record(self) -> StoredFollowUp:
        session, mine = self._session, self._attempt
        deadline = session.deadlines.get(self._deadline.id)
        names: dict[tuple[str, int], str] = {}
        for data in (deadline, mine):  # theirs and his, named as the pickers name them
            try:  # a record he cannot open keeps its number
                if data.client_id is not None:
                    client = session.clients.get(data.client_id)
                    names["client_id", data.client_id] = client.display_name
                if data.contract_id is not None:
                    contract = session.contracts.get(data.contract_id)
                    names["contract_id", data.contract_id] = contract.policy_number
            except (NotFound, PermissionDenied):
                pass
        return StoredFollowUp(deadline, names)

    def _record_name(self) -> str:
        return self._deadline.title

    def _show_conflict(self, current: Any) -> None:
        self._names = current.names
        if self._deadline.kind != "follow_up" and self._attempt is not None:
            # only the owner is his to choose: the rest follows their (the contract's) version
            theirs = current.as_input()
            for name in DERIVED_FIELDS:
                self._fill(name, getattr(theirs, name))
            self._attempt = dataclasses.replace(
                self._attempt, **{name: getattr(theirs, name) for name in DERIVED_FIELDS}
            )
        super()._show_conflict(current)

    def _shown(self, name: str, value: Any) -> str:
        if name in ("client_id", "contract_id") and value is not None:
            return self._names.get((name, value), f"#{value}")
        return super()._shown(name, value)

    def _fill(self, name: str, value: Any) -> None:
        if name == "client_id":
            self.client.set_client(value, self._names.get((name, value), ""))
        elif name == "contract_id":
            self.contract.set_contract(value)
        else:
            super()._fill(name, value)
