"""DeadlinesPage (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DeadlinesPage(QWidget):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        QVBoxLayout(self).addWidget(QLabel("…"))

    def on_shown(self) -> None:
        pass

    def clear(self) -> None:
        pass
