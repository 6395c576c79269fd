"""A page (tab) of the main window, and what every page receives through its constructor."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from broker_desktop.core.office import Session
from broker_desktop.ui.changes import LiveChanges
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.guard import Guard
from broker_desktop.ui.settings import Settings
from broker_desktop.ui.tasks import TaskRunner


@dataclass
class PageContext:
    session: Session
    runner: TaskRunner
    dialogs: Dialogs
    guard: Guard
    settings: Settings
    language: str
    changes: LiveChanges | None = None  # the change-notification path, on the GUI thread


class Page(QWidget):
    """A tab of the main window."""

    def clear(self) -> None:
        """Forget every row shown (the window is being locked)."""
        raise NotImplementedError

    def on_shown(self) -> None:
        """The tab was brought to the front."""

    def save_state(self) -> None:
        """Remember column widths and the like (the window is closing)."""
