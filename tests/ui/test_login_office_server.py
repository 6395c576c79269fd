"""The login window's office-server mode against a real server process: the fingerprint
shown and pinned on first connection, the choice remembered, a changed certificate and
an unreachable server refused with a clear message, a lost connection shown by a banner
that goes when the restarted server resumes the session."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from tests.server.server_harness import ServerProcess
from tests.server.server_office import PASSWORD, SECURITY, build_office

from broker_desktop.remote.known_servers import KnownServers
from broker_desktop.remote.session import RemoteSession
from broker_desktop.server import certs
from broker_desktop.ui.app import Controller
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.i18n import Translations
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.paths import AppPaths
from broker_desktop.ui.settings import Settings
from broker_desktop.ui.tasks import TaskRunner


@pytest.fixture(scope="module")
def office_server(tmp_path_factory, test_certificate):
    path, ids, _code = build_office(tmp_path_factory.mktemp("ui-server"))
    server = ServerProcess(path, *test_certificate, extra=("--login-rate", "1000")).start()
    yield server
    server.stop()


def workstation(folder, port: int) -> Controller:
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    settings.connection_mode = "server"
    settings.server_host = "127.0.0.1"
    settings.server_port = port
    app = QApplication.instance()
    translations = Translations(app)
    translations.load("en")
    return Controller(
        app,
        settings,
        Dialogs(),
        TaskRunner(inline=True),
        translations,
        Opener(security=SECURITY, servers=KnownServers(folder / "known_servers.json")),
        AppPaths(folder / "data"),
        None,
    )


def submit(ctrl: Controller, login: str, password: str):
    dialog = ctrl.current_dialog
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    dialog.submit()
    return dialog


def test_first_connection_pins_the_confirmed_fingerprint(qtbot, tmp_path, office_server):
    ctrl = workstation(tmp_path, office_server.port)
    ctrl.start()  # no database file on this workstation: straight to the login window
    dialog = ctrl.current_dialog
    assert dialog.server_radio.isChecked() and dialog.server_row.isVisibleTo(dialog)
    assert not dialog.location_row.isVisibleTo(dialog)
    ctrl.dialogs.queue_answer(True)  # the user compared the fingerprint: identical
    submit(ctrl, "agent1", PASSWORD)
    kind, _title, text = ctrl.dialogs.asked[0]
    assert kind == "confirm" and office_server.fingerprint in text
    known = KnownServers(tmp_path / "known_servers.json")
    assert known.pinned_fingerprint("127.0.0.1", office_server.port) == office_server.fingerprint
    assert isinstance(ctrl.session, RemoteSession) and ctrl.window is not None
    assert ctrl.settings.connection_mode == "server"
    ctrl.logout()
    # the second time: no question, the pin is used
    submit(ctrl, "agent1", PASSWORD)
    assert len(ctrl.dialogs.asked) == 1 and ctrl.window is not None
    ctrl.logout()
    ctrl.current_dialog.reject()


def test_a_declined_fingerprint_pins_nothing_and_sends_nothing(qtbot, tmp_path, office_server):
    ctrl = workstation(tmp_path, office_server.port)
    ctrl.start()
    ctrl.dialogs.queue_answer(False)
    dialog = submit(ctrl, "agent1", PASSWORD)
    assert ctrl.session is None
    assert "not trusted" in dialog.message.text()
    known = KnownServers(tmp_path / "known_servers.json")
    assert known.pinned("127.0.0.1", office_server.port) is None
    dialog.reject()


def test_a_changed_certificate_is_refused_with_a_clear_message(qtbot, tmp_path, office_server):
    other_cert, other_key = tmp_path / "other.pem", tmp_path / "other-key.pem"
    certs.generate(other_cert, other_key, "127.0.0.1")
    KnownServers(tmp_path / "known_servers.json").pin(
        "127.0.0.1", office_server.port, other_cert.read_text()
    )
    ctrl = workstation(tmp_path, office_server.port)
    ctrl.start()
    dialog = submit(ctrl, "agent1", PASSWORD)
    assert ctrl.session is None and ctrl.dialogs.asked == []  # never silently re-pinned
    assert "different certificate" in dialog.message.text()
    assert office_server.fingerprint in dialog.message.text()
    dialog.reject()


def test_an_unreachable_server_is_said_and_retried_keeping_the_input(qtbot, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    ctrl = workstation(tmp_path, port)
    ctrl.start()
    dialog = submit(ctrl, "agent1", PASSWORD)
    assert "cannot be reached" in dialog.message.text()
    assert dialog.retry_timer.isActive()
    assert dialog.password_edit.text() == PASSWORD  # nothing to type again
    dialog.password_edit.textEdited.emit("x")  # the user edits: no retry behind his back
    assert not dialog.retry_timer.isActive()
    dialog.reject()


def test_a_lost_connection_shows_a_banner(qtbot, tmp_path, test_certificate):
    path, _ids, _code = build_office(tmp_path / "office")
    server = ServerProcess(path, *test_certificate).start()
    try:
        ctrl = workstation(tmp_path, server.port)
        KnownServers(tmp_path / "known_servers.json").pin("127.0.0.1", server.port, server.pem)
        ctrl.start()
        submit(ctrl, "agent1", PASSWORD)
        window = ctrl.window
        assert window is not None and not window.connection_bar.isVisibleTo(window)
        ctrl.session.watcher.interval = 0.2
        server.stop()
        qtbot.waitUntil(lambda: window.connection_bar.isVisibleTo(window))
        assert "connection to the office server is lost" in window.connection_banner.text()
        # the server comes back on the same address and resumes the session (kept in its
        # database): the banner goes, the window stays as it was, nobody logs in again
        session = ctrl.session
        server.start(port=server.port)
        qtbot.waitUntil(lambda: not window.connection_bar.isVisibleTo(window), timeout=30_000)
        assert ctrl.window is window and ctrl.session is session
        assert session.clients.count() == 1
        ctrl.logout()
        ctrl.current_dialog.reject()
    finally:
        server.stop()


def test_a_session_the_restarted_server_cannot_resume_returns_to_the_login(
    qtbot, tmp_path, test_certificate
):
    from broker_desktop.storage.database import Database
    from broker_desktop.storage.schema import server_sessions

    path, _ids, code = build_office(tmp_path / "office")
    server = ServerProcess(path, *test_certificate).start()
    try:
        ctrl = workstation(tmp_path, server.port)
        KnownServers(tmp_path / "known_servers.json").pin("127.0.0.1", server.port, server.pem)
        ctrl.start()
        submit(ctrl, "agent1", PASSWORD)
        assert ctrl.window is not None
        ctrl.session.watcher.interval = 0.2
        server.stop()
        db = Database.open_with_recovery_code(path, code)  # its record is gone meanwhile
        with db.write() as conn:
            conn.execute(server_sessions.delete())
        db.close()
        server.start(port=server.port)
        qtbot.waitUntil(lambda: ctrl.window is None, timeout=30_000)
        assert "no longer knows your session" in ctrl.current_dialog.notice.text()
        submit(ctrl, "agent1", PASSWORD)  # logging in again works
        assert ctrl.window is not None
        ctrl.logout()
        ctrl.current_dialog.reject()
    finally:
        server.stop()


def test_an_office_ca_chosen_in_the_login_window_replaces_the_fingerprint(
    qtbot, tmp_path, test_certificate
):
    from tests.server.office_ca import make_ca_and_server_certificate

    path, _ids, _code = build_office(tmp_path / "office")
    ca, cert, key = make_ca_and_server_certificate(tmp_path)
    server = ServerProcess(path, cert, key).start()
    try:
        ctrl = workstation(tmp_path, server.port)
        ctrl.start()
        dialog = ctrl.current_dialog
        ctrl.dialogs.queue_answer(str(ca))  # the file chosen
        dialog.ca_button.click()
        assert ctrl.settings.office_ca_file == str(ca) and "ca.pem" in dialog.ca_button.text()
        submit(ctrl, "agent1", PASSWORD)
        assert ctrl.window is not None
        assert [kind for kind, _t, _x in ctrl.dialogs.asked] == ["open_file"]  # no fingerprint
        assert (
            KnownServers(tmp_path / "known_servers.json").pinned("127.0.0.1", server.port) is None
        )
        ctrl.logout()
        # cancelling the file dialog offers to stop trusting the CA
        dialog = ctrl.current_dialog
        ctrl.dialogs.queue_answer("")
        ctrl.dialogs.queue_answer(True)
        dialog.ca_button.click()
        assert ctrl.settings.office_ca_file == ""
        dialog.reject()
    finally:
        server.stop()
