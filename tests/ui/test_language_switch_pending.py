"""The language switch rebuilds the main window while background operations of the old
window are still running (the commission total, the audit page's load). Their results
must not reach the deleted widgets: that crashed with "Internal C++ object (QLabel)
already deleted" in CommissionsPage._show_total."""

from __future__ import annotations

import threading

from broker_desktop.ui.main_window import MainWindow
from broker_desktop.ui.settings_dialog import SettingsDialog


def _switch_language(ctrl, language: str) -> MainWindow:
    ctrl.edit_settings()
    dialog = ctrl.window_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.accept()
    return ctrl.window


def test_commissions_then_audit_then_english_while_the_total_is_computing(
    qtbot, qapp, open_app, demo
):
    ctrl = open_app(demo.path, "directeur")
    reported: list[BaseException] = []
    ctrl.runner.failed.connect(reported.append)
    ctrl.runner.inline = False  # a real worker thread from here on, as in the app
    gate = threading.Event()
    try:
        old = ctrl.window
        ctrl.runner.run(gate.wait)  # the worker is busy: what follows stays pending
        old.show_page("commissions")
        old.pages["commissions"]._update_total()  # the total query is queued
        old.show_page("audit")
        new = _switch_language(ctrl, "en")
        assert new is not old
        import shiboken6
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(old)  # the old window is gone
        gate.set()
        qtbot.waitUntil(lambda: not ctrl.runner.busy, timeout=20_000)
        qapp.processEvents()
        assert reported == []
        # the new window's commissions page works and shows its own total
        page = new.pages["commissions"]
        new.show_page("commissions")
        page._update_total()
        qtbot.waitUntil(lambda: page.total_label.text() != "", timeout=20_000)
        assert page.total_label.text().startswith("Total of the listed shares")
    finally:
        gate.set()
        ctrl.runner.shutdown()
        ctrl.runner.inline = True


def test_a_result_for_a_deleted_widget_is_dropped_not_raised(qtbot, qapp, thread_runner):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    kept = QLabel()
    qtbot.addWidget(kept)
    gate = threading.Event()
    thread_runner.run(gate.wait)
    thread_runner.run(lambda: "late", label.setText)  # bound method of the deleted label
    thread_runner.run(lambda: "late", lambda text: label.setText(text))  # closure over it
    thread_runner.run(lambda: "on time", kept.setText)
    label.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    qtbot.waitUntil(lambda: not thread_runner.busy, timeout=20_000)
    assert kept.text() == "on time"
