"""Client detail and edit form, with the core's validation shown next to each field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from broker_desktop.core.clients import KINDS, ClientInput
from broker_desktop.core.validation import LANGUAGES
from broker_desktop.ui import labels
from broker_desktop.ui.pages.form_support import (
    FieldRows,
    SaveOutcome,
    date_edit,
    date_value,
    set_date,
)
from broker_desktop.ui.pages.reference_choices import person_combo


class ClientDialog(SaveOutcome, QDialog):
    def __init__(
        self,
        session,
        runner,
        dialogs,
        choices,
        *,
        client=None,
        editable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._client = client
        self._version = client.version if client else None
        self._original = client.as_input() if client else None
        self.setWindowTitle(self.tr("Client") if client else self.tr("New client"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.rows = FieldRows(form)
        self.kind_combo = self.rows.add("kind", self.tr("Type:"), QComboBox())
        for code in KINDS:
            self.kind_combo.addItem(labels.client_kind(code), code)
        self.last_name = self.rows.add("last_name", self.tr("Last name:"), QLineEdit())
        self.first_name = self.rows.add("first_name", self.tr("First name:"), QLineEdit())
        self.company_name = self.rows.add("company_name", self.tr("Company:"), QLineEdit())
        self.company_uid = self.rows.add("company_uid", self.tr("UID (CHE-…):"), QLineEdit())
        self.birth_date = self.rows.add(
            "birth_date", self.tr("Date of birth:"), date_edit(optional=True, past_only=True)
        )
        self.street = self.rows.add("street", self.tr("Street:"), QLineEdit())
        self.postcode = self.rows.add("postcode", self.tr("Postcode:"), QLineEdit())
        self.city = self.rows.add("city", self.tr("City:"), QLineEdit())
        self.language_combo = self.rows.add("language", self.tr("Language:"), QComboBox())
        for code in LANGUAGES:
            self.language_combo.addItem(labels.language(code), code)
        self.email = self.rows.add("email", self.tr("E-mail:"), QLineEdit())
        self.phone = self.rows.add("phone", self.tr("Phone:"), QLineEdit())
        self.agent_combo = self.rows.add(
            "agent_id",
            self.tr("Responsible agent:"),
            person_combo(choices.people(), client.agent_id if client else session.user.id),
        )
        self.notes = self.rows.add("notes", self.tr("Notes:"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._add_footer(form)
        if client is not None:
            self._load(client)
        self._kind_changed()
        if not editable:
            self.save_button.hide()
            for widget in self.rows.widgets.values():
                widget.setEnabled(False)

    def _load(self, c) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(c.kind)))
        self.last_name.setText(c.last_name or "")
        self.first_name.setText(c.first_name or "")
        self.company_name.setText(c.company_name or "")
        self.company_uid.setText(c.company_uid or "")
        set_date(self.birth_date, c.birth_date)
        self.street.setText(c.street)
        self.postcode.setText(c.postcode)
        self.city.setText(c.city)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(c.language)))
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.notes.setPlainText(c.notes)

    def _kind_changed(self) -> None:
        person = self.kind_combo.currentData() == "person"
        for name in ("last_name", "first_name", "birth_date"):
            self._row_visible(name, person)
        for name in ("company_name", "company_uid"):
            self._row_visible(name, not person)

    def _row_visible(self, name: str, visible: bool) -> None:
        holder = self.rows.errors[name].parentWidget()
        if holder is not None:
            self.rows.form.setRowVisible(holder, visible)

    def value(self) -> ClientInput:
        return ClientInput(
            kind=self.kind_combo.currentData(),
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            company_name=self.company_name.text(),
            company_uid=self.company_uid.text() or None,
            birth_date=date_value(self.birth_date),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            language=self.language_combo.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            agent_id=self.agent_combo.currentData(),
        )

    def save(self) -> None:
        if self.rows.check_local():
            return
        data = self.value()
        service = self._session.clients
        self.save_button.setEnabled(False)
        self.message.hide()
        if self._client is None:
            operation = lambda: service.create(data)  # noqa: E731
        else:
            client_id, version = self._client.id, self._version
            operation = lambda: service.update(client_id, data, version)  # noqa: E731
            self._attempt = data
        self._runner.run(operation, self._saved, self._refused)

    def _saved(self, _result) -> None:
        self.accept()

    def _current_version(self) -> int:
        return self._session.clients.get(self._client.id).version

    def _current_record(self):
        return self._session.clients.get(self._client.id)

    def _record_name(self) -> str:
        return self._client.display_name
