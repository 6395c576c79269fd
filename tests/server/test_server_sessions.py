"""The office server's sessions, pushed changes, TLS and start-up rules, against real
server processes on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import threading
import time
import warnings

import httpx
import pytest
from tests.server.server_harness import ServerProcess
from tests.server.server_office import DIRECTOR_PASSWORD, PASSWORD, SENTINEL, build_office

from broker_desktop.core.changes import CLIENT, ChangeSet
from broker_desktop.core.clients import ClientInput
from broker_desktop.core.commissions import ShareInput
from broker_desktop.core.errors import (
    AccountClosed,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from broker_desktop.core.rights import Right
from broker_desktop.remote.session import connect
from broker_desktop.remote.tls import fetch_certificate, fingerprint
from broker_desktop.server import certs
from broker_desktop.storage.errors import AccountLocked, InvalidCredentials
from broker_desktop.wire.errors import (
    CertificateChanged,
    ServerUnreachable,
    SessionEnded,
    TooManyRequests,
)


@pytest.fixture(scope="module")
def served(tmp_path_factory, test_certificate):
    folder = tmp_path_factory.mktemp("served")
    path, ids, _code = build_office(folder)
    server = ServerProcess(path, *test_certificate, extra=("--login-rate", "1000")).start()
    yield server, ids
    server.stop()


def wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_an_agent_sees_only_his_clients_through_the_server(served):
    server, ids = served
    agent = server.login("agent1", PASSWORD)
    try:
        assert [r.name for r in agent.clients.page()] == ["Keller Jean"]
        assert agent.clients.count() == 1
        assert agent.commissions.sum() == 30_000  # his 60 % of CHF 500
        with pytest.raises(PermissionDenied):
            agent.clients.get(ids[f"client:{SENTINEL}"])
        assert not agent.can(Right.USERS_MANAGE)
    finally:
        agent.close()


def test_changes_are_pushed_to_other_workstations(served):
    server, ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    agent = server.login("agent1", PASSWORD)
    received: list[ChangeSet] = []
    agent.changes.subscribe(received.append)
    agent.watcher.start()
    try:
        assert wait_for(lambda: agent.watcher.connected is True)
        director.clients.create(
            ClientInput(
                kind="person", last_name="Nouveau", first_name="Paul", agent_id=ids["agent1"]
            )
        )
        assert wait_for(lambda: any(CLIENT in c.entities for c in received))
        change = next(c for c in received if CLIENT in c.entities)
        assert change.origin == "server" and not change.records  # kinds only, never ids
        director.admin.grant_right(ids["agent1"], Right.EXPORT)
        assert wait_for(lambda: any(c.rights_changed for c in received))
        assert agent.can(Right.EXPORT)
        director.admin.revoke_right(ids["agent1"], Right.EXPORT)
        assert not agent.can(Right.EXPORT)  # narrowed at the next request
    finally:
        agent.close()
        director.close()


def test_deactivation_ends_the_open_session_at_its_next_request(served):
    server, ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    agent = server.login("secretaire", PASSWORD)
    closed: list[ChangeSet] = []
    agent.changes.subscribe(lambda c: closed.append(c) if c.account_closed else None)
    agent.watcher.start()
    try:
        assert agent.clients.count() >= 3
        director.admin.deactivate_user(ids["secretaire"])
        with pytest.raises(AccountClosed):
            agent.clients.count()
        with pytest.raises(AccountClosed):  # the token is dead for good
            agent.clients.count()
        assert wait_for(lambda: bool(closed))
        with pytest.raises(Exception) as refused:
            server.login("secretaire", PASSWORD)
        assert "deactivated" in str(refused.value)
    finally:
        director.admin.reactivate_user(ids["secretaire"], PASSWORD, confirm=True)
        agent.close()
        director.close()


def test_unknown_login_and_wrong_password_get_the_same_answer_then_lockout(served):
    server, _ids = served
    with pytest.raises(InvalidCredentials) as unknown:
        server.login("nobody", "Wrong-Pass-000")
    for _ in range(2):
        with pytest.raises(InvalidCredentials) as wrong:
            server.login("agent2", "Wrong-Pass-000")
    assert str(unknown.value) == str(wrong.value) == "Wrong login or password."
    with pytest.raises(AccountLocked):
        server.login("agent2", "Wrong-Pass-000")
    with pytest.raises(AccountLocked):  # even the right password, until the lock ends
        server.login("agent2", PASSWORD)
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        director.admin.unlock_user(_ids["agent2"])
    finally:
        director.close()
    server.login("agent2", PASSWORD).close()


def test_a_closed_session_token_is_refused(served):
    server, _ids = served
    agent = server.login("agent1", PASSWORD)
    token = agent._token
    agent.close()
    response = httpx.post(
        f"https://127.0.0.1:{server.port}/v1/call",
        json={"service": "clients", "method": "count", "args": [], "kwargs": {}},
        headers={"Authorization": f"Bearer {token}"},
        verify=ssl_context(server.pem),
    )
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "SessionEnded"


def ssl_context(pem: str) -> ssl.SSLContext:
    from broker_desktop.remote.tls import pinned_context

    return pinned_context(pem)


def test_tls_is_1_2_or_newer_and_1_3_is_negotiated(served):
    server, _ids = served
    context = ssl_context(server.pem)
    import socket

    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        with context.wrap_socket(raw) as tls:
            assert tls.version() == "TLSv1.3"
    tls12 = ssl_context(server.pem)
    tls12.maximum_version = ssl.TLSVersion.TLSv1_2
    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        with tls12.wrap_socket(raw) as tls:
            assert tls.version() == "TLSv1.2"
    old = ssl_context(server.pem)
    old.set_ciphers("DEFAULT:@SECLEVEL=0")  # this client would speak TLS 1.1; the server not
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        old.minimum_version = ssl.TLSVersion.TLSv1_1
        old.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises((ssl.SSLError, OSError)):
        with socket.create_connection(("127.0.0.1", server.port)) as raw:
            with old.wrap_socket(raw):
                pass


def test_plain_http_is_refused(served):
    server, _ids = served
    with pytest.raises(httpx.HTTPError):
        httpx.post(
            f"http://127.0.0.1:{server.port}/v1/login",
            json={"login": "agent1", "password": PASSWORD},
            timeout=5,
        )


def test_another_certificate_on_the_same_address_is_refused(served, tmp_path):
    server, _ids = served
    other_cert, other_key = tmp_path / "other.pem", tmp_path / "other-key.pem"
    certs.generate(other_cert, other_key, "127.0.0.1")
    with pytest.raises(CertificateChanged) as refused:
        connect("127.0.0.1", server.port, "agent1", PASSWORD, pinned_pem=other_cert.read_text())
    assert "different certificate" in str(refused.value)
    assert refused.value.presented == server.fingerprint
    assert refused.value.expected == fingerprint(other_cert.read_text())
    # what the login window shows before pinning is the fingerprint the server printed
    assert fingerprint(fetch_certificate("127.0.0.1", server.port)) == server.fingerprint


def test_an_unreachable_server_gets_a_clear_message(served):
    server, _ids = served
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    with pytest.raises(ServerUnreachable) as refused:
        connect("127.0.0.1", free_port, "agent1", PASSWORD, pinned_pem=server.pem)
    assert "cannot be reached" in str(refused.value)


def test_login_attempts_are_limited_per_address(tmp_path, test_certificate):
    path, _ids, _code = build_office(tmp_path)
    server = ServerProcess(path, *test_certificate, extra=("--login-rate", "4")).start()
    try:
        for _ in range(4):
            with pytest.raises(InvalidCredentials):
                server.login(f"guess{_}", "Wrong-Pass-000")
        with pytest.raises(TooManyRequests) as limited:
            server.login("agent1", PASSWORD)
        assert "Too many login attempts" in str(limited.value)
    finally:
        server.stop()


def test_idle_sessions_expire(tmp_path, test_certificate):
    path, _ids, _code = build_office(tmp_path)
    server = ServerProcess(path, *test_certificate, extra=("--idle-minutes", "0.02")).start()
    try:
        agent = server.login("agent1", PASSWORD)
        assert agent.clients.count() == 1
        told: list[str] = []
        agent.watcher.on_ended = told.append
        agent.watcher.start()  # its polling is no activity: it must not keep the session
        time.sleep(1.5)
        with pytest.raises(SessionEnded) as ended:
            agent.clients.count()
        assert ended.value.reason == "expired"
        assert wait_for(lambda: told == ["expired"])
    finally:
        server.stop()


def test_an_unsafe_secret_file_stops_the_start(tmp_path, test_certificate):
    path, _ids, _code = build_office(tmp_path)
    secret = path.with_name(path.name + ".server-secret")
    os.chmod(secret, 0o644)
    with pytest.raises(RuntimeError) as failed:
        ServerProcess(path, *test_certificate).start(timeout=60)
    assert "chmod 600" in str(failed.value)


def test_sigterm_stops_cleanly_and_the_log_is_private(tmp_path, test_certificate):
    path, _ids, _code = build_office(tmp_path)
    server = ServerProcess(path, *test_certificate).start()
    agent = server.login("agent1", PASSWORD)
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_reading() -> None:
        while not stop.is_set():
            try:
                agent.clients.page()
            except Exception as exc:  # the server going away mid-request is expected
                errors.append(exc)
                return

    reader = threading.Thread(target=keep_reading)
    reader.start()
    time.sleep(0.3)
    assert server.stop() == 0
    stop.set()
    reader.join(10)
    log = path.with_name(path.name + ".server.log")
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    text = log.read_text()
    assert "Server stopped." in text and "All sessions closed." in text
    assert DIRECTOR_PASSWORD not in text and PASSWORD not in text


def test_serve_creates_a_new_office_and_prints_the_recovery_code_once(tmp_path):
    path = tmp_path / "new" / "office.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "broker_desktop",
            "serve",
            "--db",
            str(path),
            "--listen",
            "127.0.0.1:0",
            "--create",
            "directeur",
            "--director-name",
            "Claire",
            "--fast-kdf",
            "--bcrypt-rounds",
            "4",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(DIRECTOR_PASSWORD + "\n")
    proc.stdin.close()
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line)
            if "listening on" in line:
                break
        code = next(line.split(": ", 1)[1].strip() for line in lines if "RECOVERY CODE" in line)
        port = int(lines[-1].rsplit(":", 1)[1])
        pem = path.with_name(path.name + ".server-cert.pem").read_text()
        director = connect("127.0.0.1", port, "directeur", DIRECTOR_PASSWORD, pinned_pem=pem)
        assert director.user.display_name == "Claire" and director.can(Right.USERS_MANAGE)
        director.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert code not in path.with_name(path.name + ".server.log").read_text()
    assert oct(path.with_name(path.name + ".server-secret").stat().st_mode & 0o777) == "0o600"


def test_withdrawing_the_server_slot_leaves_its_old_secret_useless(tmp_path, test_certificate):
    from broker_desktop.server.custody import ServerSecret, open_with_secret
    from broker_desktop.storage.errors import InvalidCredentials as WrongSecret

    path, _ids, _code = build_office(tmp_path)
    secret_file = path.with_name(path.name + ".server-secret")
    old = ServerSecret.read(secret_file)
    open_with_secret(path, old).close()  # it opens the office before
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "broker_desktop",
            "serve",
            "--db",
            str(path),
            "--withdraw",
            "--fast-kdf",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Change the database key" in result.stderr
    assert not secret_file.exists()
    with pytest.raises(WrongSecret):
        open_with_secret(path, old)
    with pytest.raises(RuntimeError) as failed:
        ServerProcess(path, *test_certificate).start()
    assert "No server secret" in str(failed.value)


def test_the_allow_list_names_only_calls_the_core_has():
    import importlib
    import inspect

    from broker_desktop.remote.session import _SERVICE_CLASSES
    from broker_desktop.wire.protocol import ALLOWED

    for service, (module, name) in _SERVICE_CLASSES.items():
        cls = getattr(importlib.import_module(module), name)
        for method in ALLOWED[service]:
            assert inspect.isfunction(getattr(cls, method, None)), f"{service}.{method}"


def test_the_newer_services_through_the_server(served):
    from broker_desktop.remote.session import NotAvailableRemotely

    server, ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        assert isinstance(director.mappings.names(), list)
        assert isinstance(director.client_merge.probable_pairs(), list)
        assert director.reconciliation.statements() == []
        assert director.imports.batches() == []
        # a contract's usual split: read, changed, refused over a change made since
        contract = ids["contract:Keller"]
        split = director.reconciliation.usual_split(contract)
        shares = (ShareInput(ids["agent1"], 7000), ShareInput(ids["directeur"], 3000))
        saved = director.reconciliation.set_usual_split(contract, shares, split.stamp)
        assert director.reconciliation.usual_split(contract) == saved
        assert sorted(s.share_bp for s in saved.shares) == [3000, 7000]
        with pytest.raises(ConflictError):
            director.reconciliation.set_usual_split(contract, (), split.stamp)
        with pytest.raises(ValidationError):
            director.reconciliation.set_usual_split(
                contract, (ShareInput(ids["agent1"], 5000),), saved.stamp
            )
        agent2 = server.login("agent2", PASSWORD)
        try:
            with pytest.raises((PermissionDenied, NotFound)):
                agent2.reconciliation.usual_split(contract)
        finally:
            agent2.close()
        with pytest.raises(NotAvailableRemotely):  # a core call the server does not offer
            director.imports.open_source("portfolio.csv")
        assert getattr(director.clients, "interrupt", None) is None  # local-only call
    finally:
        director.close()


def test_sessions_survive_a_restart_but_not_a_logout_a_deactivation_or_idleness(
    tmp_path, test_certificate
):
    from tests.server.server_office import SECURITY

    from broker_desktop.core.office import open_session
    from broker_desktop.server.sessions import token_hash
    from broker_desktop.storage.database import Database
    from broker_desktop.storage.schema import server_sessions

    path, ids, code = build_office(tmp_path)
    server = ServerProcess(path, *test_certificate).start()
    port = server.port
    agent = server.login("agent1", PASSWORD)
    secretary = server.login("secretaire", PASSWORD)
    gone = server.login("agent2", PASSWORD)
    gone_token = gone._token
    gone.close()  # logged out: not to be resumed
    try:
        assert agent.clients.count() == 1
        assert server.stop() == 0
        # while the server is down, the director deactivates the secretary (file mode)
        director = open_session(path, "directeur", DIRECTOR_PASSWORD, security=SECURITY)
        director.admin.deactivate_user(ids["secretaire"])
        director.close()
        db = Database.open_with_recovery_code(path, code)
        with db.read() as conn:
            rows = [tuple(r) for r in conn.execute(server_sessions.select())]
        db.close()
        assert {r[0] for r in rows} == {token_hash(agent._token), token_hash(secretary._token)}
        assert not any(agent._token in repr(r) or secretary._token in repr(r) for r in rows)

        server = ServerProcess(path, *test_certificate).start(port=port)
        assert agent.clients.count() == 1  # the same session, no new login
        assert [r.name for r in agent.clients.page()] == ["Keller Jean"]  # his scope still
        with pytest.raises(AccountClosed):
            secretary.clients.count()
        response = httpx.post(
            f"https://127.0.0.1:{port}/v1/call",
            json={"service": "clients", "method": "count", "args": [], "kwargs": {}},
            headers={"Authorization": f"Bearer {gone_token}"},
            verify=ssl_context(server.pem),
        )
        assert response.status_code == 401
    finally:
        agent.close()
        secretary.close()
        server.stop()

    idle = ServerProcess(path, *test_certificate, extra=("--idle-minutes", "0.02")).start()
    try:
        agent = idle.login("agent1", PASSWORD)
        assert agent.clients.count() == 1
        idle.stop()
        time.sleep(1.5)
        idle = ServerProcess(path, *test_certificate, extra=("--idle-minutes", "0.02")).start(
            port=idle.port
        )
        with pytest.raises(SessionEnded) as ended:
            agent.clients.count()
        assert ended.value.reason in ("expired", "unknown")  # unknown: purged at the start
    finally:
        idle.stop()
