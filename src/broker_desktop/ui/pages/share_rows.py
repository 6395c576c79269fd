"""The rows of a share table (a person, a percentage), as the commission split and a
contract's usual split edit them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QTableWidget

from broker_desktop.ui import formats


def add_share_row(
    table: QTableWidget, combo: QComboBox, share_bp: int, changed: Callable[..., None]
) -> None:
    """A new last row: ``combo`` for the person, a Swiss percentage for his share; both
    call ``changed`` when edited."""
    row = table.rowCount()
    table.insertRow(row)
    combo.currentIndexChanged.connect(changed)
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setDecimals(2)
    spin.setSuffix(" %")
    spin.setLocale(formats.swiss_locale())
    spin.setValue(share_bp / 100)
    spin.valueChanged.connect(changed)
    table.setCellWidget(row, 0, combo)
    table.setCellWidget(row, 1, spin)


def remove_current_row(table: QTableWidget, changed: Callable[[], None]) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)
        changed()


def share_rows(table: QTableWidget) -> Iterator[tuple[Any, int]]:
    """Each complete row's person (the combo's data) and share in basis points."""
    for row in range(table.rowCount()):
        combo, spin = table.cellWidget(row, 0), table.cellWidget(row, 1)
        if isinstance(combo, QComboBox) and isinstance(spin, QDoubleSpinBox):
            yield combo.currentData(), round(spin.value() * 100)
