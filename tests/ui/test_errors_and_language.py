"""Unexpected exceptions: a dialog through the dialogs facade, the traceback in the log
file (never a password), the app keeps running. The language switch retranslates."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from broker_desktop.core import office as office_module
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.ui.errors import install_excepthook, setup_logging
from broker_desktop.ui.main_window import MainWindow
from broker_desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "logs" / "broker-desktop.log"
    handler = setup_logging(path)
    hook = sys.excepthook
    yield path
    sys.excepthook = hook
    logging.getLogger().removeHandler(handler)
    handler.close()


def logged(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text("utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_shown_and_survived(qtbot, open_app, demo, log_file):
    ctrl = open_app(demo.path, "directeur")
    install_excepthook(ctrl.dialogs, ctrl.active_window)
    button = QPushButton("boom")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        password = DEMO_PASSWORD  # a secret in the failing frame is not written out
        raise RuntimeError(f"broken slot ({len(password)})")

    button.clicked.connect(broken_slot)
    ctrl.dialogs.queue_answer(None)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    kind, title, text = ctrl.dialogs.asked[-1]
    assert (kind, title) == ("error", "Erreur inattendue")
    assert "RuntimeError" in text and "journal" in text
    content = logged(log_file)
    assert "Unexpected error" in content and "Traceback" in content
    assert "RuntimeError: broken slot" in content
    assert DEMO_PASSWORD not in content
    # still running: the window works on
    assert isinstance(ctrl.window, MainWindow)
    portfolio = ctrl.window.pages["portfolio"]
    portfolio.reload()
    assert portfolio.clients.rowCount() > 0


def test_an_unexpected_login_failure_is_logged_without_the_password(
    qtbot, monkeypatch, tmp_path, demo, log_file
):
    from ui_harness import controller

    ctrl = controller(tmp_path, demo.path)
    ctrl.start()
    dialog = ctrl.current_dialog

    def broken_open(path, login, password, **_kwargs):
        raise RuntimeError("the disk answered nonsense")

    monkeypatch.setattr(office_module, "open_session", broken_open)
    ctrl.dialogs.queue_answer(None)
    try:
        dialog.login_edit.clear()
        qtbot.keyClicks(dialog.login_edit, "agent1")
        qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert ctrl.dialogs.asked and ctrl.dialogs.asked[-1][0] == "error"
        assert dialog.message.text() == "La connexion a échoué de manière inattendue. Réessayez."
        content = logged(log_file)
        assert "RuntimeError: the disk answered nonsense" in content
        assert DEMO_PASSWORD not in content
        assert dialog.isVisible() and ctrl.window is None
        monkeypatch.undo()
        qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert isinstance(ctrl.window, MainWindow)
    finally:
        ctrl.shutdown()


def test_a_failed_background_operation_nobody_handles_is_reported(open_app, demo, log_file):
    ctrl = open_app(demo.path, "agent1")
    ctrl.dialogs.queue_answer(None)
    ctrl.runner.run(lambda: 1 / 0)
    assert ctrl.dialogs.asked[-1][:2] == ("error", "Erreur inattendue")
    assert "ZeroDivisionError" in logged(log_file)
    assert isinstance(ctrl.window, MainWindow)


def switch_language(ctrl, language: str) -> MainWindow:
    ctrl.edit_settings()
    dialog = ctrl.window_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.accept()
    assert ctrl.window_dialog is None
    return ctrl.window


def test_language_switch_retranslates_the_main_window(open_app, demo):
    ctrl = open_app(demo.path, "directeur")
    window = ctrl.window
    window.show_page("deadlines")
    assert window.tabs.tabText(0) == "Portefeuille"
    english = switch_language(ctrl, "en")
    try:
        assert english is not window and ctrl.settings.language == "en"
        assert [english.tabs.tabText(i) for i in range(english.tabs.count())] == [
            "Portfolio",
            "Commissions",
            "Deadlines",
            "Administration",
            "Audit log",
            "Import",
            "Statements",
        ]
        assert english.menuBar().actions()[0].text() == "&Office"
        assert "roles:" in english.user_label.text()
        assert english.current_page_name() == "deadlines"  # nothing lost, same place
        assert english.pages["portfolio"].new_client_button.text() == "New client…"
    finally:
        french = switch_language(ctrl, "fr")
    assert french.tabs.tabText(0) == "Portefeuille"
    assert french.menuBar().actions()[0].text() == "&Bureau"
    assert french.pages["portfolio"].new_client_button.text() == "Nouveau client…"
