"""Unexpected errors: written to the log file, shown in a dialog, the app keeps running.
(Expected failures are put into words by ``ui/messages.py``.)"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from broker_desktop.ui.dialogs import Dialogs

log = logging.getLogger("broker_desktop")


def setup_logging(log_file: Path) -> logging.Handler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def install_excepthook(dialogs: Dialogs, parent: Callable = lambda: None) -> None:
    """Log the traceback (code locations and messages only: our messages never carry a
    secret, and local variables are not written) and tell the user."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_unexpected(dialogs, parent(), exc)

    sys.excepthook = hook


def report_unexpected(dialogs: Dialogs, parent, exc: BaseException) -> None:
    """Write the traceback to the log file, then tell the user; the app goes on."""
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_unexpected(dialogs, parent, exc, "".join(traceback.format_exception(exc)))


def show_unexpected(dialogs: Dialogs, parent, exc: BaseException, details: str = "") -> None:
    title = QCoreApplication.translate("Errors", "Unexpected error")
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong: %1\n\nWhat was already saved is safe. The details were "
        "written to the log file.",
    ).replace("%1", type(exc).__name__)
    dialogs.error(parent, title, text, details)
