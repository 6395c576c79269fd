"""Child process of test_crash_handling: the application's logging and crash file set
up as ``ui.app.run`` does, a Qt warning, then (when asked) a hard crash."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import qWarning  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from broker_desktop.ui.errors import enable_crash_file, route_qt_messages, setup_logging  # noqa: E402

folder = Path(sys.argv[1])
app = QApplication([sys.argv[0]])
handler = setup_logging(folder / "broker-desktop.log")
route_qt_messages()
enable_crash_file(folder / "crash.log")
qWarning("a warning from Qt's side")
if sys.argv[2] == "rotate":
    handler.doRollover()  # a new file, as when the log reaches its size
    qWarning("after the rotation")
handler.flush()
if sys.argv[2] == "crash":
    import faulthandler

    faulthandler._sigsegv()  # what a native library's bug does
print("no crash")
