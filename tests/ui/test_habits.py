"""Habits of an office: Help → About and the user guide, Qt's own dialogs in French, the
recovery code marked secret on the clipboard and cleared, periods as 12.2026, role names
unique whatever their case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from broker_desktop.core.errors import ValidationError
from broker_desktop.ui import formats
from broker_desktop.ui.secret_clipboard import SecretClipboard


def test_help_about_names_version_database_and_mode(open_app, demo):
    import broker_desktop

    window = open_app(demo.path, "agent1").window
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Bureau", "&Aide"]
    about = window.help.show_about()
    assert about.windowTitle() == "À propos de Broker Desktop"
    assert about.version_label.text() == broker_desktop.__version__
    assert about.database_label.text() == str(demo.path)
    assert about.mode_label.text() == "Fichier de base de données ouvert sur ce poste"
    about.close()
    guide = window.help.show_guide()
    assert guide.windowTitle() == "Guide de l'utilisateur"
    assert "Tapez-les comme vous en avez l'habitude" in guide.browser.toPlainText()
    guide.close()


def test_qt_own_dialogs_speak_french(open_app, demo):
    open_app(demo.path, "agent1")
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_the_recovery_code_is_a_secret_and_does_not_stay(qapp, qtbot):
    holder = SecretClipboard(clear_after_ms=50)
    holder.copy("ABCD-EFGH-IJKL")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "ABCD-EFGH-IJKL"
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    # something copied since is left alone
    holder.copy("SECRET")
    clipboard.setText("a colleague's address")
    holder.clear()
    assert clipboard.text() == "a colleague's address"


def test_periods_are_written_the_swiss_way(open_app, demo):
    assert formats.period("2026-12") == "12.2026" and formats.period("2026") == "2026"
    assert formats.period_query("3.2026") == "2026-03"
    assert formats.period_query("2026-03") == "2026-03"
    window = open_app(demo.path, "directeur").window
    window.show_page("commissions")
    page = window.pages["commissions"]
    column = page.model.column_of("period")
    shown = [
        (page.model.row_at(r).period, page.model.data(page.model.index(r, column)))
        for r in range(min(page.model.rowCount(), 50))
    ]
    assert shown
    for stored, text in shown:
        assert "-" not in text and text == formats.period(stored)
    page.period_from.setText("01.2026")
    page.period_to.setText("03.2026")
    page.apply_filters()
    assert (page.model.query.period_from, page.model.query.period_to) == ("2026-01", "2026-03")


def test_role_names_are_unique_whatever_their_case(open_app, office):
    session = open_app(office, "directeur").window.context.session
    with pytest.raises(ValidationError) as refused:
        session.admin.create_role("agent")
    assert refused.value.errors["name"].code == "already_exists"


def test_stored_moments_show_in_the_workstation_time(monkeypatch):
    """The database keeps UTC without a zone (storage.clock.db_now): an import, a
    transfer or an audit entry made at 12:00 UTC reads 13:00 in Zurich in winter."""
    import datetime as dt
    import time

    monkeypatch.setenv("TZ", "Europe/Zurich")
    time.tzset()
    try:
        assert formats.datetime(dt.datetime(2026, 12, 1, 12, 0)) == "01.12.2026 13:00"
        assert formats.datetime(dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.UTC)) == (
            "01.07.2026 14:00"
        )
    finally:
        monkeypatch.undo()
        time.tzset()
