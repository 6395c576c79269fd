"""Insurers and lines of business: create, rename, deactivate or reactivate, delete one no
contract uses (reference.manage). Opened from the Office menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core.errors import ValidationError
from broker_desktop.ui.messages import explain
from broker_desktop.ui.pages.form_support import FieldRows
from broker_desktop.ui.pages.reference_choices import INACTIVE
from broker_desktop.ui.tab_style import keep_accents
from broker_desktop.ui.widgets import grow_to_fit, message_label, submit_buttons


class ReferenceEditDialog(QDialog):
    """New or renamed insurer (``kind`` "insurer") or line of business ("line")."""

    def __init__(self, context, kind: str, item=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = context.session
        self._runner = context.runner
        self._kind = kind
        self._item = item
        if kind == "insurer":
            title = self.tr("New insurer") if item is None else self.tr("Rename the insurer")
        else:
            title = self.tr("New line of business") if item is None else self.tr("Rename the line")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        form = QFormLayout()
        self.rows = FieldRows(form)
        if kind == "insurer":
            self.name_edit = self.rows.add("name", self.tr("Name:"), QLineEdit())
            self.name_edit.setText(item.name if item else "")
        else:
            self.code_edit = self.rows.add("code", self.tr("Code:"), QLineEdit())
            self.code_edit.setText(item.code if item else "")
            self.code_edit.setEnabled(item is None)  # a stable key: fixed once created
            self.name_edit = self.rows.add("name_fr", self.tr("Name (French):"), QLineEdit())
            self.name_edit.setText(item.name_fr if item else "")
            self.name_en_edit = self.rows.add("name_en", self.tr("Name (English):"), QLineEdit())
            self.name_en_edit.setText(item.name_en if item else "")
        self.name_edit.setObjectName("reference_name")
        self.message = message_label()
        buttons, self.ok_button = submit_buttons(
            self, self.tr("Create") if item is None else self.tr("Rename")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.code_edit if kind == "line" and item is None else self.name_edit).setFocus()

    def submit(self) -> None:
        reference, item, name = self._session.reference, self._item, self.name_edit.text()
        if self._kind == "insurer":
            if item is None:
                operation = lambda: reference.create_insurer(name)  # noqa: E731
            else:
                operation = lambda: reference.update_insurer(  # noqa: E731
                    item.id, name, item.active, item.version
                )
        else:
            name_en = self.name_en_edit.text()
            if item is None:
                code = self.code_edit.text()
                operation = lambda: reference.create_line(code, name, name_en)  # noqa: E731
            else:
                operation = lambda: reference.update_line(  # noqa: E731
                    item.id, name, name_en, item.active, item.version
                )
        self.ok_button.setEnabled(False)
        self.message.hide()
        self._runner.run(operation, lambda _r: self.accept(), self._refused)

    def _refused(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            orphans = self.rows.show(exc.errors)
            self.message.setText("\n".join(orphans))
            self.message.setVisible(bool(orphans))
        else:
            self.rows.clear()
            self.message.setText(explain(exc))
            self.message.show()
        grow_to_fit(self)


class ReferenceList(QWidget):
    """One kind of reference data: a table, and its actions."""

    def __init__(self, context, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.items: list = []
        self.usage: dict[int, int] = {}
        headers = (
            [self.tr("Name"), self.tr("Contracts"), self.tr("Status")]
            if kind == "insurer"
            else [
                self.tr("Code"),
                self.tr("Name (French)"),
                self.tr("Name (English)"),
                self.tr("Contracts"),
                self.tr("Status"),
            ]
        )
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{kind}_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0 if kind == "insurer" else 1, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("New…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for name, button in (
            ("new", self.new_button),
            ("rename", self.rename_button),
            ("active", self.active_button),
            ("delete", self.delete_button),
        ):
            button.setObjectName(f"{kind}_{name}")
        self.new_button.clicked.connect(self.create_item)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.rename())
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    # ----- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        reference = self.context.session.reference
        kind = self.kind

        def load():
            items = (
                reference.insurers(include_inactive=True)
                if kind == "insurer"
                else reference.lines(include_inactive=True)
            )
            return items, reference.usage()[kind]

        self.context.runner.run(load, self._show, self._failed)

    def _show(self, loaded) -> None:
        selected = self.selected()
        self.items, self.usage = loaded
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            used = str(self.usage.get(item.id, 0))
            state = self.tr("Active", "insurer or line") if item.active else self.tr("Deactivated")
            if self.kind == "insurer":
                cells = [item.name, used, state]
            else:
                cells = [item.code, item.name_fr, item.name_en, used, state]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if text == used:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not item.active:
                    cell.setForeground(INACTIVE)
                self.table.setItem(row, column, cell)
            if selected is not None and item.id == selected.id:
                self.table.selectRow(row)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> None:
        self.context.dialogs.warning(self, self.window().windowTitle(), explain(exc))

    # ----- actions ------------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _selection_changed(self) -> None:
        item = self.selected()
        for button in (self.rename_button, self.active_button, self.delete_button):
            button.setEnabled(item is not None)
        if item is not None:
            self.active_button.setText(
                self.tr("Deactivate") if item.active else self.tr("Reactivate")
            )
            used = self.usage.get(item.id, 0)
            self.delete_button.setEnabled(used == 0)
            self.delete_button.setToolTip(
                ""
                if used == 0
                else self.tr("Used by %1 contracts: deactivate it instead.").replace(
                    "%1", str(used)
                )
            )

    def create_item(self) -> None:
        if ReferenceEditDialog(self.context, self.kind, parent=self).exec():
            self.reload()

    def rename(self) -> None:
        item = self.selected()
        if item is not None and ReferenceEditDialog(self.context, self.kind, item, self).exec():
            self.reload()

    def toggle_active(self) -> None:
        item = self.selected()
        if item is None:
            return
        reference = self.context.session.reference
        if self.kind == "insurer":
            operation = lambda: reference.update_insurer(  # noqa: E731
                item.id, item.name, not item.active, item.version
            )
        else:
            operation = lambda: reference.update_line(  # noqa: E731
                item.id, item.name_fr, item.name_en, not item.active, item.version
            )
        self.context.runner.run(operation, lambda _r: self.reload(), self._failed)

    def delete(self) -> None:
        item = self.selected()
        if item is None:
            return
        name = item.name if self.kind == "insurer" else item.name_fr
        if not self.context.dialogs.confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”? This cannot be undone.").replace("%1", name),
            dangerous=True,
        ):
            return
        reference = self.context.session.reference
        if self.kind == "insurer":
            operation = lambda: reference.delete_insurer(item.id, item.version)  # noqa: E731
        else:
            operation = lambda: reference.delete_line(item.id, item.version)  # noqa: E731
        self.context.runner.run(operation, lambda _r: self.reload(), self._failed)


class ReferenceDataDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reference_data")
        self.setWindowTitle(self.tr("Insurers and lines of business"))
        self.resize(760, 480)
        self.insurers = ReferenceList(context, "insurer")
        self.lines = ReferenceList(context, "line")
        self.tabs = QTabWidget()
        keep_accents(self.tabs)
        self.tabs.addTab(self.insurers, self.tr("Insurers"))
        self.tabs.addTab(self.lines, self.tr("Lines of business"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.insurers.reload()
        self.lines.reload()
