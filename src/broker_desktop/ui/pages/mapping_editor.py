"""The mapping screen: for each field, the source column that feeds it and the value to
use when the cell is empty; the translations of the source's codes (insurer names as the
source spells them, "Privé/Entreprise", frequency words); saved by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.importing.mapping import KINDS, Mapping, guess_columns
from broker_desktop.core.importing.sources import SourceOptions

NOT_IMPORTED = ""


def field_label(name: str) -> str:
    labels = {
        "client_number": QCoreApplication.translate("Fields", "Client number (source)"),
        "kind": QCoreApplication.translate("Fields", "Person or company"),
        "last_name": QCoreApplication.translate("Fields", "Last name"),
        "first_name": QCoreApplication.translate("Fields", "First name"),
        "company_name": QCoreApplication.translate("Fields", "Company"),
        "birth_date": QCoreApplication.translate("Fields", "Date of birth"),
        "company_uid": QCoreApplication.translate("Fields", "UID (CHE-…)"),
        "street": QCoreApplication.translate("Fields", "Address"),
        "postcode": QCoreApplication.translate("Fields", "Postcode"),
        "city": QCoreApplication.translate("Fields", "City"),
        "country": QCoreApplication.translate("Fields", "Country"),
        "language": QCoreApplication.translate("Fields", "Language"),
        "email": QCoreApplication.translate("Fields", "E-mail"),
        "phone": QCoreApplication.translate("Fields", "Phone"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "agent": QCoreApplication.translate("Fields", "Agent"),
        "insurer": QCoreApplication.translate("Fields", "Insurer"),
        "line": QCoreApplication.translate("Fields", "Line of business"),
        "policy_number": QCoreApplication.translate("Fields", "Policy number"),
        "start_date": QCoreApplication.translate("Fields", "Start"),
        "expiry_date": QCoreApplication.translate("Fields", "Renewal date"),
        "notice_months": QCoreApplication.translate("Fields", "Notice (months)"),
        "premium": QCoreApplication.translate("Fields", "Annual premium"),
        "frequency": QCoreApplication.translate("Fields", "Payment frequency"),
        "status": QCoreApplication.translate("Fields", "Status"),
        "cancel_reason": QCoreApplication.translate("Fields", "Cancellation reason"),
        "period": QCoreApplication.translate("Fields", "Period"),
        "amount": QCoreApplication.translate("Fields", "Commission received"),
        "rate": QCoreApplication.translate("Fields", "Rate"),
        "split": QCoreApplication.translate("Fields", "Commission split (one cell)"),
        "split_person_1": QCoreApplication.translate("Fields", "Split: person 1"),
        "split_share_1": QCoreApplication.translate("Fields", "Split: share 1 (%)"),
        "split_person_2": QCoreApplication.translate("Fields", "Split: person 2"),
        "split_share_2": QCoreApplication.translate("Fields", "Split: share 2 (%)"),
        "split_person_3": QCoreApplication.translate("Fields", "Split: person 3"),
        "split_share_3": QCoreApplication.translate("Fields", "Split: share 3 (%)"),
        "follow_up_date": QCoreApplication.translate("Fields", "Follow-up date"),
        "follow_up_title": QCoreApplication.translate("Fields", "Follow-up subject"),
    }
    return labels.get(name, name)


class MappingEditor(QWidget):
    """Edits a Mapping against the columns of one source file."""

    def __init__(self, kind: str = "portfolio", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.fields = KINDS[kind]
        self.headers: tuple[str, ...] = ()
        self.source = SourceOptions()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("mapping_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Export AXA extranet"))
        self.table = QTableWidget(len(self.fields), 3)
        self.table.setObjectName("mapping_columns")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Column of the file"), self.tr("If empty")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        self.defaults: dict[str, QLineEdit] = {}
        for row, name in enumerate(self.fields):
            item = QTableWidgetItem(field_label(name))
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            self.combos[name] = combo
            self.table.setCellWidget(row, 1, combo)
            default = QLineEdit()
            default.setObjectName(f"default_{name}")
            self.defaults[name] = default
            self.table.setCellWidget(row, 2, default)
        self.values = QTableWidget(0, 3)
        self.values.setObjectName("mapping_values")
        self.values.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("In the file"), self.tr("In the office")]
        )
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.value_field = QComboBox()
        for name in ("insurer", "line", "kind", "frequency", "status", "language", "agent"):
            if name in self.fields:
                self.value_field.addItem(field_label(name), name)
        add_value = QPushButton(self.tr("Add a translation"))
        add_value.clicked.connect(
            lambda: self.add_value(str(self.value_field.currentData()), "", "")
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mapping name:")))
        top.addWidget(self.name_edit, 1)
        values_bar = QHBoxLayout()
        values_bar.addWidget(QLabel(self.tr("Codes of the file:")))
        values_bar.addWidget(self.value_field)
        values_bar.addWidget(add_value)
        values_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addLayout(values_bar)
        layout.addWidget(self.values, 1)

    def set_headers(self, headers: tuple[str, ...]) -> None:
        self.headers = headers
        for combo in self.combos.values():
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for header in headers:
                combo.addItem(header, header)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
        if not any(c.currentData() for c in self.combos.values()):
            self._select(guess_columns(headers, self.kind))

    def _select(self, columns: dict[str, str]) -> None:
        for name, combo in self.combos.items():
            index = combo.findData(columns.get(name, NOT_IMPORTED))
            combo.setCurrentIndex(max(0, index))

    def add_value(self, name: str, source: str, office: str) -> None:
        row = self.values.rowCount()
        self.values.insertRow(row)
        item = QTableWidgetItem(field_label(name))
        item.setData(256, name)  # Qt.UserRole
        item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
        self.values.setItem(row, 0, item)
        self.values.setItem(row, 1, QTableWidgetItem(source))
        self.values.setItem(row, 2, QTableWidgetItem(office))

    def load(self, mapping: Mapping) -> None:
        self.name_edit.setText(mapping.name)
        self.source = mapping.source
        self._select(mapping.columns)
        for name, edit in self.defaults.items():
            edit.setText(mapping.defaults.get(name, ""))
        self.values.setRowCount(0)
        for name, words in mapping.values.items():
            for source, office in words.items():
                self.add_value(name, source, office)

    def mapping(self) -> Mapping:
        columns = {n: str(c.currentData()) for n, c in self.combos.items() if c.currentData()}
        defaults = {n: e.text().strip() for n, e in self.defaults.items() if e.text().strip()}
        values: dict[str, dict[str, str]] = {}
        for row in range(self.values.rowCount()):
            name = (self.values.item(row, 0) or QTableWidgetItem()).data(256)
            source = (self.values.item(row, 1) or QTableWidgetItem()).text().strip()
            office = (self.values.item(row, 2) or QTableWidgetItem()).text().strip()
            if source and office:
                values.setdefault(str(name), {})[source] = office
        return Mapping(
            name=self.name_edit.text().strip(),
            kind=self.kind,
            columns=columns,
            values=values,
            defaults=defaults,
            source=self.source,
        )
