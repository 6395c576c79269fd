"""Unexpected errors and crashes: everything lands in the log folder, which only the
user can read; an unexpected exception is shown in a dialog naming the log file, and the
app keeps running. (Expected failures are put into words by ``ui/messages.py``.)

The log folder holds ``broker-desktop.log`` (the application's log, with Qt's own
warnings) and ``crash.log`` (where ``faulthandler`` writes the Python stacks of a hard
crash: a segmentation fault in a native library, an abort). Folder 0700, files 0600.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

from broker_desktop.storage.clock import utc_now
from broker_desktop.ui.dialogs import Dialogs

log = logging.getLogger("broker_desktop")
qt_log = logging.getLogger("qt")

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600

# The log file the dialog names; set by setup_logging.
_log_file: Path | None = None
# faulthandler writes to this file descriptor until the process ends: kept open here.
_crash_file: io.TextIOWrapper | None = None


def private_folder(folder: Path) -> Path:
    """``folder``, created if needed, readable by the user only (also when it existed)."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix":
        folder.chmod(PRIVATE_FOLDER)
    return folder


def _open_private(path: Path, mode: str) -> io.TextIOWrapper:
    """Open a text file for appending ("a") or writing, created 0600 (made so if older)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_FILE)
    return io.TextIOWrapper(io.BufferedWriter(io.FileIO(fd, "w")), encoding="utf-8")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file, including those rotation starts, is 0600."""

    def _open(self) -> io.TextIOWrapper:
        return _open_private(Path(self.baseFilename), self.mode)


def setup_logging(log_file: Path) -> logging.Handler:
    """The application's log, in a private folder (``route_qt_messages`` adds Qt's)."""
    global _log_file
    private_folder(log_file.parent)
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = log_file
    return handler


def log_file() -> Path | None:
    return _log_file


# ----- Qt's own messages ---------------------------------------------------------------------
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> object:
    """qWarning and friends (a failed signal connection, a missing plugin, a style
    problem) go to the log instead of a console nobody sees. Returns the handler it
    replaced."""
    return qInstallMessageHandler(_qt_message)


# ----- hard crashes --------------------------------------------------------------------------
def enable_crash_file(path: Path) -> Path:
    """On a fatal signal, ``faulthandler`` writes every thread's Python stack to ``path``
    (private, appended to: each start writes a dated line first)."""
    global _crash_file
    private_folder(path.parent)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = _open_private(path, "a")
    _crash_file.write(f"--- Broker Desktop started {utc_now().isoformat(timespec='seconds')}\n")
    _crash_file.flush()
    faulthandler.enable(file=_crash_file, all_threads=True)
    return path


# ----- unexpected exceptions -----------------------------------------------------------------
def install_excepthook(
    dialogs: Dialogs, parent: Callable[[], QWidget | None] = lambda: None
) -> None:
    """Log the traceback (code locations and messages only: our messages never carry a
    secret, and local variables are not written) and tell the user."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report_unexpected(dialogs, parent(), exc)

    sys.excepthook = hook


def report_unexpected(dialogs: Dialogs, parent: QWidget | None, exc: BaseException) -> None:
    """Write the traceback to the log file, then tell the user; the app goes on."""
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_unexpected(dialogs, parent, exc, "".join(traceback.format_exception(exc)))


def unexpected_text(exc: BaseException) -> str:
    """What the dialog says: the kind of error, that saved work is safe, where the log is."""
    where = _log_file
    if where is None:
        return QCoreApplication.translate(
            "Errors",
            "Something went wrong: %1\n\nWhat was already saved is safe.",
        ).replace("%1", type(exc).__name__)
    return (
        QCoreApplication.translate(
            "Errors",
            "Something went wrong: %1\n\nWhat was already saved is safe. The details were "
            "written to the log file:\n%2",
        )
        .replace("%1", type(exc).__name__)
        .replace("%2", str(where))
    )


def show_unexpected(
    dialogs: Dialogs, parent: QWidget | None, exc: BaseException, details: str = ""
) -> None:
    title = QCoreApplication.translate("Errors", "Unexpected error")
    dialogs.error(parent, title, unexpected_text(exc), details)
