"""The call channel seen from the workstation: calls travel on kept WebSockets, several
threads at once each get their own answer, HTTP gives the same results, and a stopping
server answers every call it started (against real server processes on 127.0.0.1)."""

from __future__ import annotations

import socket
import threading
import time

import psutil
import pytest
from tests.server.server_harness import ServerProcess, make_test_certificate
from tests.server.server_office import DIRECTOR_PASSWORD, PASSWORD, build_office

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.storage.database import Database
from broker_desktop.wire.errors import CertificateChanged, RemoteError


@pytest.fixture(scope="module")
def served(tmp_path_factory, test_certificate):
    path, ids, _code = build_office(tmp_path_factory.mktemp("channel"))
    server = ServerProcess(path, *test_certificate, extra=("--login-rate", "1000")).start()
    yield server, ids
    server.stop()


def connections_to(port: int) -> int:
    return sum(
        1
        for c in psutil.Process().net_connections(kind="tcp")
        if c.raddr and c.raddr.port == port and c.status == psutil.CONN_ESTABLISHED
    )


def test_calls_travel_on_one_kept_channel(served):
    server, _ids = served
    assert server.channel_port not in (0, server.port)
    before = connections_to(server.port), connections_to(server.channel_port)
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        assert director._transport.use_channel
        counted = director.clients.count(ClientQuery())
        http = connections_to(server.port) - before[0]
        for _ in range(30):
            assert director.clients.count(ClientQuery()) == counted
            director.contracts.page(ContractQuery(), limit=50)
        # one channel, kept: no new connection per call, none over HTTP
        assert connections_to(server.channel_port) - before[1] == 1
        assert connections_to(server.port) - before[0] == http <= 1
    finally:
        director.close()
    assert (connections_to(server.port), connections_to(server.channel_port)) == before


def test_a_channel_that_moved_is_found_again(tmp_path, test_certificate):
    """The server restarted with its channel on another port: the workstation's next call
    finds no channel where it was, asks the server where it is now, and goes on there."""
    path, _ids, _code = build_office(tmp_path)
    server = ServerProcess(path, *test_certificate).start()
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        counted = director.clients.count(ClientQuery())
        old = server.channel_port
        assert server.stop() == 0
        server.channel_port = 0  # any free port this time
        server.start(port=server.port)
        assert server.channel_port != old
        assert director.clients.count(ClientQuery()) == counted  # the session resumed
        assert director._transport._channels.port == server.channel_port
        assert connections_to(server.channel_port) == 1
    finally:
        director.close()
        server.stop()


def test_a_channel_showing_another_certificate_is_refused_not_worked_around(
    served, tmp_path, test_certificate
):
    """A channel port answering with a certificate other than the pinned one (a machine
    in between) is the user's to decide, as on the HTTPS port: the call is refused with
    the certificate error, never sent over HTTPS instead."""
    server, _ids = served
    other_path, _ids2, _code = build_office(tmp_path)
    stranger = ServerProcess(other_path, *make_test_certificate(tmp_path / "other")).start()
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        director._transport.set_channel(stranger.channel_port)
        for _ in range(2):
            with pytest.raises(CertificateChanged) as refused:
                director.clients.count(ClientQuery())
            assert refused.value.presented == stranger.fingerprint
        director._transport.set_channel(server.channel_port)
        assert director.clients.count(ClientQuery()) >= 1
    finally:
        director.close()
        stranger.stop()


def test_a_channel_left_unused_is_replaced_and_one_the_server_closed_too(served):
    """A channel unused for longer than ``reuse_seconds`` is not trusted again (the server
    pings it, a firewall may have dropped it): the next call opens a new one. One the
    server closed meanwhile is seen closed before it is used."""
    server, _ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    pool = director._transport._channels
    try:
        counted = director.clients.count(ClientQuery())
        first = pool._idle[-1][2]
        assert director.clients.count(ClientQuery()) == counted
        assert pool._idle[-1][2] is first  # kept and used again
        pool.reuse_seconds = 0.2
        time.sleep(0.3)
        assert director.clients.count(ClientQuery()) == counted
        second = pool._idle[-1][2]
        assert second is not first and first.sock.fileno() == -1  # the old one closed
        pool.reuse_seconds = 60
        second.sock.shutdown(socket.SHUT_RD)  # as if the server had closed it
        assert director.clients.count(ClientQuery()) == counted
        assert pool._idle[-1][2] is not second
    finally:
        director.close()


def test_threads_calling_at_once_each_get_their_own_answer(served):
    server, ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    agent = server.login("agent1", PASSWORD)
    try:
        expected = {
            "director": director.clients.count(ClientQuery()),
            "agent": agent.clients.count(ClientQuery()),
            "contracts": director.contracts.count(ContractQuery()),
        }
        assert expected["agent"] < expected["director"]
        failures: list[BaseException] = []

        def work(n: int) -> None:
            try:
                for _ in range(15):
                    if n % 3 == 0:
                        assert director.clients.count(ClientQuery()) == expected["director"]
                    elif n % 3 == 1:
                        assert agent.clients.count(ClientQuery()) == expected["agent"]
                        assert all(r.agent_id == ids["agent1"] for r in agent.clients.page())
                    else:
                        rows = director.contracts.page(ContractQuery(), limit=500)
                        assert len(rows) == expected["contracts"]
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(9)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not failures, failures[:3]
    finally:
        director.close()
        agent.close()


def test_http_calls_give_the_same_results_as_the_channel(served):
    server, _ids = served
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        query = ContractQuery(sort="premium_cents", descending=True)
        on_channel = (director.contracts.page(query), director.clients.count(ClientQuery()))
        director._transport.set_channel(None)
        over_http = (director.contracts.page(query), director.clients.count(ClientQuery()))
        assert on_channel == over_http and on_channel[0]
    finally:
        director.close()


def test_a_stopping_server_answers_every_write_it_started(tmp_path, test_certificate):
    """SIGTERM while a workstation keeps writing: every client the server wrote is one the
    workstation was told was written (uvicorn alone would close the channel under a call
    still running, and the workstation would not know its write was done)."""
    path, _ids, code = build_office(tmp_path)
    server = ServerProcess(path, *test_certificate).start()
    director = server.login("directeur", DIRECTOR_PASSWORD)
    written: list[str] = []
    stopped = threading.Event()
    started = threading.Event()

    def keep_writing() -> None:
        n = 0
        while True:
            name = f"Drain{n:05}"
            try:
                director.clients.create(
                    ClientInput(kind="person", last_name=name, first_name="Zed")
                )
            except RemoteError:
                stopped.set()
                return
            except BaseException:
                stopped.set()
                raise
            written.append(name)
            started.set()
            n += 1

    writers = [threading.Thread(target=keep_writing) for _ in range(3)]
    try:
        for w in writers:
            w.start()
        assert started.wait(60)
    finally:
        assert server.stop() == 0
        for w in writers:
            w.join(30)
    assert stopped.is_set() and written
    db = Database.open_with_recovery_code(path, code)
    try:
        with db.read() as conn:
            stored = {
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT last_name FROM clients WHERE last_name LIKE 'Drain%'"
                )
            }
    finally:
        db.close()
    assert stored == set(written)
