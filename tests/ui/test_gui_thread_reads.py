"""Opening the main window and showing its first tab asks nothing of the database on
the GUI thread: the rights come from the login (read on the worker thread), pick lists,
role names and rows are read by the task runner's thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSettings
from ui_harness import FAST

from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.guard import Guard
from broker_desktop.ui.main_window import MainWindow
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.page_context import PageContext
from broker_desktop.ui.settings import Settings
from broker_desktop.ui.tasks import TaskRunner


def test_the_main_window_reads_nothing_on_the_gui_thread(qtbot, demo, tmp_path):
    session = Opener(security=FAST).open(demo.path, "directeur", DEMO_PASSWORD)
    gui = threading.get_ident()
    on_gui: list[str] = []
    on_worker: list[str] = []
    database = session.database
    transaction = database._transaction

    def spy(begin):
        (on_gui if threading.get_ident() == gui else on_worker).append(begin)
        return transaction(begin)

    database._transaction = spy
    runner = TaskRunner()
    try:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        guard = Guard(session.rights, "fr", initial=session.known_rights())
        window = MainWindow(PageContext(session, runner, Dialogs(), guard, settings, "fr"))
        qtbot.addWidget(window)
        window.show()
        clients = window.pages["portfolio"].clients
        qtbot.waitUntil(lambda: clients.rowCount() > 0 and not runner.busy, timeout=20_000)
        assert on_worker  # the rows, the pick lists and the role names were read
        assert on_gui == []
    finally:
        runner.shutdown()
        session.close()
