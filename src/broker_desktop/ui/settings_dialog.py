"""User settings: language and automatic lock delay."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.ui.settings import Settings
from broker_desktop.ui.widgets import note_label, set_default_button


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), "")
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.lock_spin = QSpinBox()
        self.lock_spin.setRange(0, 240)
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setSpecialValueText(self.tr("never"))
        self.lock_spin.setValue(settings.auto_lock_minutes)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Lock after inactivity:"), self.lock_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note_label(self.tr("A language change rebuilds the window; nothing is lost."))
        )
        layout.addWidget(buttons)
        set_default_button(self, buttons.button(QDialogButtonBox.StandardButton.Ok))

    def accept(self) -> None:
        self._settings.language = self.language_combo.currentData()
        self._settings.auto_lock_minutes = self.lock_spin.value()
        super().accept()
