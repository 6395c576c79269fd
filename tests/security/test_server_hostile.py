"""A hostile workstation: agent1's token and raw requests (httpx and websockets, not the
project's client) to every endpoint of a real office server, the calls both as HTTP
requests and as messages on the call channel. Nothing outside agent1's scope comes back,
every refusal is a clear error, the denials are audited."""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import httpx
import pytest
from tests.server.server_harness import ServerProcess
from tests.server.server_office import DIRECTOR_PASSWORD, PASSWORD, SENTINEL, build_office
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.protocol import State
from websockets.sync.client import ClientConnection, connect

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.commissions import CommissionInput, CommissionQuery, ShareInput
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.rights import Right
from broker_desktop.remote.tls import pinned_context
from broker_desktop.wire.codec import to_jsonable
from broker_desktop.wire.protocol import call_envelope

# Answers that name or number anything of agent2's would contain one of these.
FORBIDDEN_TEXT = (SENTINEL, "Dupraz", "P-Zyxwv", "P-Dupra")


class Answer:
    """A message answered on the call channel, read like an HTTP response: its status is
    the one ``/v1/call`` would have given (the error's ``status``, 200 for a result)."""

    def __init__(self, status_code: int, text: str) -> None:
        self.status_code, self.text = status_code, text

    def json(self) -> Any:
        return json.loads(self.text)


class Raw:
    """Counts every request; checks every answer for leaks and for a clear error. Calls go
    as HTTP requests (``over="http"``) or as messages on the call channel."""

    def __init__(self, port: int, channel_port: int, pem: str, over: str = "http") -> None:
        self.port, self.channel_port, self.pem, self.over = port, channel_port, pem, over
        self.client = httpx.Client(
            base_url=f"https://127.0.0.1:{port}", verify=pinned_context(pem), timeout=30
        )
        self.channels: dict[str, ClientConnection] = {}
        self.requests = 0
        self.refusals = 0

    def check(self, where: str, status_code: int, text: str, doc: Any) -> None:
        for forbidden in FORBIDDEN_TEXT:
            assert forbidden not in text, f"{where} leaked {forbidden!r}: {text[:300]}"
        if status_code >= 400:
            self.refusals += 1
            error = doc()["error"]  # every refusal is a typed, readable error
            assert error["type"] and len(error["message"]) > 10, error

    def send(self, method: str, path: str, *, token: str | None = None, **kwargs) -> httpx.Response:
        headers = kwargs.pop("headers", {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        response = self.client.request(method, path, headers=headers, **kwargs)
        self.requests += 1
        self.check(path, response.status_code, response.text, response.json)
        return response

    def channel(self, token: str) -> ClientConnection:
        conn = self.channels.get(token)
        if conn is None or conn.protocol.state is not State.OPEN:
            conn = connect(
                f"wss://127.0.0.1:{self.channel_port}/v1/channel",
                ssl=pinned_context(self.pem),
                additional_headers={"Authorization": f"Bearer {token}"},
                proxy=None,
                max_size=None,
                legacy=True,
            )
            self.channels[token] = conn
        return conn

    def message(self, token: str, data: bytes | str) -> Answer:
        """One message on ``token``'s channel (opened first if need be); a refused opening
        answers like a refused request."""
        self.requests += 1
        try:
            conn = self.channel(token)
        except InvalidStatus as exc:
            answer = Answer(exc.response.status_code, exc.response.body.decode())
        else:
            conn.send(data)
            text = conn.recv(timeout=30, decode=False).decode("utf-8")
            answer = Answer(json.loads(text).get("status", 200), text)
            if answer.status_code in (401, 403) and "Session" in text or "AccountClosed" in text:
                self.channels.pop(token).close()  # the server ends the channel with its answer
        self.check("/v1/channel", answer.status_code, answer.text, answer.json)
        return answer

    def call(self, token, service, method, *args, raw_args=None, **kwargs) -> Any:
        body = call_envelope(service, method, args, kwargs)
        if raw_args is not None:
            body["args"] = raw_args
        if self.over == "channel":
            return self.message(token, json.dumps(body))
        return self.send("POST", "/v1/call", token=token, json=body)

    def login(self, login: str, password: str) -> str:
        response = self.send("POST", "/v1/login", json={"login": login, "password": password})
        assert response.status_code == 200, response.text
        return response.json()["token"]

    def close(self) -> None:
        for conn in self.channels.values():
            conn.close()
        self.client.close()


@pytest.fixture(scope="module", params=["http", "channel"])
def hostile(request, tmp_path_factory, test_certificate):
    path, ids, _code = build_office(tmp_path_factory.mktemp("hostile"))
    server = ServerProcess(path, *test_certificate, extra=("--login-rate", "1000")).start()
    raw = Raw(server.port, server.channel_port, server.pem, over=request.param)
    yield server, ids, raw
    raw.close()
    server.stop()


def rows_of(response: Any) -> list[dict]:
    """The rows of a page answer, as the wire carries them (``$page``: keys, a code per
    column, then the columns), with their plain columns (ids and names) only."""
    result = response.json()["result"]
    if not result:
        return []
    assert set(result) == {"$page", "k", "c", "v"}, result
    plain = [
        (k, v) for k, c, v in zip(result["k"], result["c"], result["v"], strict=True) if c == "p"
    ]
    keys = [k for k, _ in plain]
    assert "id" in keys, result["c"]
    return [
        dict(zip(keys, values, strict=True)) for values in zip(*(v for _, v in plain), strict=True)
    ]


def test_agent1_reaches_nothing_of_agent2_through_any_call(hostile, security_tally):
    server, ids, raw = hostile
    token = raw.login("agent1", PASSWORD)
    me = ids["agent1"]
    theirs = {
        "client": ids[f"client:{SENTINEL}"],
        "contract": ids[f"contract:{SENTINEL}"],
        "commission": ids[f"commission:{SENTINEL}"],
    }
    denied_before = raw.refusals

    # by id, on every service that takes one
    for service, method, args in [
        ("clients", "get", (theirs["client"],)),
        ("clients", "update", (theirs["client"], ClientInput(kind="person", last_name="X"), 1)),
        ("clients", "delete", (theirs["client"], 1)),
        ("contracts", "get", (theirs["contract"],)),
        ("contracts", "delete", (theirs["contract"], 1)),
        ("commissions", "get", (theirs["commission"],)),
        ("commissions", "get_line", (theirs["commission"] * 2,)),
        ("commissions", "delete", (theirs["commission"], 1)),
        (
            "commissions",
            "create",
            (CommissionInput(theirs["contract"], "2026", 100, (ShareInput(me, 10_000),)),),
        ),
        ("commissions", "set_shares", (theirs["commission"], (ShareInput(me, 10_000),), 1)),
        ("deadlines", "get", (ids[f"deadline:{SENTINEL}"],)),
        ("deadlines", "set_done", (ids[f"deadline:{SENTINEL}"], True, 1)),
        ("admin", "users", ()),
        ("admin", "explain_rights", (ids["agent2"],)),
        ("admin", "reset_password", (ids["directeur"], "Hijacked-Pass-1")),
        ("admin", "grant_right", (me, Right.PORTFOLIO_VIEW_ALL)),
        ("admin", "add_member", (1, me)),
        ("audit", "page", ()),
        ("audit", "verify", ()),
        ("maintenance", "recovery_code", ()),
        ("maintenance", "change_key", ()),
        ("maintenance", "backup", ("stolen.db",)),
        ("reference", "create_insurer", ("Fake AG",)),
        # moving contracts across books, and handing a colleague's book to himself
        ("contracts", "move_preview", (ids["contract:Keller"], theirs["client"])),
        ("contracts", "move_to_client", (ids["contract:Keller"], theirs["client"], 1)),
        ("contracts", "move_to_client", (theirs["contract"], ids["client:Keller"], 1)),
        ("transfers", "agents", ()),
        ("transfers", "book", (ids["agent2"],)),
        ("transfers", "preview", (ids["agent2"], me)),
        ("transfers", "run", (ids["agent2"], me)),
        ("transfers", "run", (ids["agent2"], me, [theirs["client"]])),
        ("transfers", "history", ()),
        ("transfers", "get", (1,)),
        ("transfers", "undo_check", (1,)),
        ("transfers", "undo", (1,)),
        # taking a commission statement or an import back
        ("reconciliation", "undo_statement", (1,)),
        ("reconciliation", "undo_statement_blockers", (1,)),
        ("reconciliation", "usual_split_of", (theirs["contract"],)),
        ("reconciliation", "usual_split", (theirs["contract"],)),
        ("reconciliation", "set_usual_split", (theirs["contract"], (ShareInput(me, 10_000),), "")),
        ("imports", "undo", (1,)),
    ]:
        response = raw.call(token, service, method, *args)
        assert response.status_code in (403, 404, 422), (service, method, response.text)

    # lists with colleague ids as filters, injected sorts and search strings
    injections = ["name; DROP TABLE clients", "' OR 1=1 --", "agent_id", "id) OR (1=1", "\x00"]
    for query in [
        ClientQuery(agent_id=ids["agent2"]),
        ClientQuery(search="Zyxwv"),
        ClientQuery(search="%"),
        *(ClientQuery(sort=s) for s in injections),
        *(ClientQuery(search=s) for s in injections),
    ]:
        response = raw.call(token, "clients", "page", query)
        assert response.status_code in (200, 422), response.text
        if response.status_code == 200:
            assert all(r["agent_id"] == me for r in rows_of(response))
    own = {
        s: raw.call(token, s, "count").json()["result"]
        for s in ("contracts", "commissions", "deadlines")
    }
    assert own == {"contracts": 1, "commissions": 1, "deadlines": 2}
    for service, query in [
        ("contracts", ContractQuery(client_id=theirs["client"])),
        ("contracts", ContractQuery(agent_id=ids["agent2"])),
        ("contracts", ContractQuery(policy_number="P-")),
        ("contracts", ContractQuery(sort="premium_cents desc, (select 1)")),
        ("commissions", CommissionQuery(beneficiary_id=ids["agent2"])),
        ("commissions", CommissionQuery(contract_id=theirs["contract"])),
        ("commissions", CommissionQuery(sort="commission_cents")),
        ("deadlines", DeadlineQuery(sort="owner_id; --")),
    ]:
        for method in ("page", "count"):
            response = raw.call(token, service, method, query)
            assert response.status_code in (200, 422), response.text
            if method == "count" and response.status_code == 200:
                assert response.json()["result"] <= own[service]
            if method == "page" and response.status_code == 200:
                for row in rows_of(response):
                    assert row.get("agent_id", me) == me
                    assert row.get("beneficiary_id", me) == me
    # sums: his own share only
    assert raw.call(token, "commissions", "sum").json()["result"] == 30_000
    response = raw.call(token, "contracts", "premium_total", ContractQuery(agent_id=ids["agent2"]))
    assert response.json()["result"] == 0

    # the wire itself: private methods, attributes, unknown services and types
    for service, method in [
        ("session", "tx"),
        ("session", "log"),
        ("session", "close"),
        ("session", "enable_keyring_unlock"),
        ("session", "_db"),
        ("session", "database"),
        ("clients", "_s"),
        ("clients", "_listing"),
        ("clients", "__class__"),
        ("maintenance", "__init__"),
        ("database", "backup"),
        ("exports", "to_csv"),  # a file export goes through /v1/export only
        ("", ""),
    ]:
        response = raw.call(token, service, method)
        assert response.status_code == 400, (service, method, response.text)
    for raw_args in [
        [{"$record": "Session", "f": {}}],
        [{"$record": "ClientQuery", "f": {"sql": "1"}}],
        [{"$row": "ClientRow", "k": ["id"], "v": [1]}],
        [{"$rows": "ClientRow", "k": ["id"], "v": [[1]]}],
        [{"$page": "ClientRow", "k": ["id", "cursor"], "c": ["p", "p"], "v": [[1], [2]]}],
        [{"$bytes": "AAAA"}],
        [{"$enum": "Right", "v": "superuser"}],
        [{"$nothing": 1}],
        [{"$date": "2026-13-45"}],
        [{"$tuple": [1], "$date": "2026-01-01"}],
        [{"$tuple": [{"$tuple": [{"$map": [[{"$frozenset": [[]]}, 1]]}]}]}],
    ]:
        response = raw.call(token, "clients", "page", raw_args=raw_args)
        assert response.status_code in (400, 422), (raw_args, response.text)

    # exports: no right, then a colleague's list through a filter
    body = {
        "service": "exports",
        "method": "to_csv",
        "args": ["clients", to_jsonable(ClientQuery()), "x.csv"],
    }
    assert raw.send("POST", "/v1/export", token=token, json=body).status_code == 403
    body["method"] = "backup"
    assert raw.send("POST", "/v1/export", token=token, json=body).status_code == 400

    denied = raw.refusals - denied_before
    security_tally.bad_inputs += raw.requests
    security_tally.out_of_scope += denied
    security_tally.server_requests += raw.requests

    # every refusal of a logged-in call was audited as a denial (validation refusals
    # and wire errors aside, which write nothing)
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        audited = director.audit.count(AuditQuery(action="access.denied", user_id=me))
    finally:
        director.close()
    assert audited >= 35 + 13  # the id-based calls and the refused wire names above


def test_tokens_that_are_not_agent1s_own_get_nothing(hostile, security_tally):
    server, ids, raw = hostile
    before = raw.requests
    logged_out = raw.login("agent1", PASSWORD)
    raw.send("POST", "/v1/logout", token=logged_out)
    agent2 = raw.login("agent2", PASSWORD)
    raw.send("POST", "/v1/logout", token=agent2)
    forged = [
        secrets.token_urlsafe(32),
        "null",
        logged_out,
        agent2,
        logged_out[:-1],
        logged_out + "A",
        "x" * 5000,
        "../../etc/passwd",
    ]
    for token in forged:
        for method, path in (
            ("POST", "/v1/call"),
            ("POST", "/v1/export"),
            ("GET", "/v1/events"),
            ("POST", "/v1/logout"),
        ):
            kwargs = {"json": {"service": "clients", "method": "page", "args": [], "kwargs": {}}}
            response = raw.send(method, path, token=token, **(kwargs if method == "POST" else {}))
            assert response.status_code == 401, (token[:20], path, response.text)
    for header in ("Basic YWdlbnQxOnBhc3M=", "Bearer", "bearer x y", f"Token {logged_out}"):
        response = raw.send("POST", "/v1/call", headers={"Authorization": header}, json={})
        assert response.status_code == 401
    # a token travels in the header only: a query-string token is not one
    response = raw.send("GET", f"/v1/events?token={logged_out}")
    assert response.status_code == 401
    security_tally.bad_inputs += raw.requests - before
    security_tally.server_requests += raw.requests - before


def test_malformed_and_oversized_requests_are_refused(hostile, security_tally):
    server, ids, raw = hostile
    before = raw.requests
    token = raw.login("agent1", PASSWORD)
    big = b'{"service": "clients", "method": "page", "args": ["' + b"A" * (8 * 1024 * 1024) + b'"]}'
    for content in [big, b"{", b"[]", b"null", b'"x"', b"{" * 100_000, "é".encode("latin-1")]:
        response = raw.send(
            "POST",
            "/v1/call",
            token=token,
            content=content,
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code in (400, 413), response.text
    assert raw.send("POST", "/v1/call", token=token, content=big).status_code == 413
    # login: wrong shapes, oversized, and the same answer for unknown logins
    for body in [
        {"login": 1, "password": 2},
        {"login": "agent1"},
        [],
        {"login": "a" * 10_000, "password": "b"},
    ]:
        response = raw.send("POST", "/v1/login", json=body)
        assert response.status_code in (400, 401), response.text
    unknown = raw.send("POST", "/v1/login", json={"login": "ghost", "password": "Wrong-Pass-0"})
    wrong = raw.send("POST", "/v1/login", json={"login": "agent2", "password": "Wrong-Pass-0"})
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json()["error"]["message"] == wrong.json()["error"]["message"]
    # unknown paths and methods
    assert raw.client.get("/v1/call").status_code == 405
    assert raw.client.get("/admin").status_code == 404
    raw.requests += 2
    security_tally.bad_inputs += raw.requests - before
    security_tally.server_requests += raw.requests - before


def test_the_change_feed_names_kinds_never_records(hostile, security_tally):
    server, ids, raw = hostile
    token = raw.login("agent1", PASSWORD)
    last = raw.send("GET", "/v1/events", token=token, params={"after": -1}).json()["last"]
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        director.clients.create(
            ClientInput(
                kind="person", last_name=SENTINEL + "2", first_name="Eve", agent_id=ids["agent2"]
            )
        )
    finally:
        director.close()
    response = raw.send("GET", "/v1/events", token=token, params={"after": last})
    events = response.json()["events"]
    assert events and all(set(e) == {"seq", "entities", "rights", "everything"} for e in events)
    assert "client" in events[-1]["entities"]
    for bad in ("abc", "-5", "9" * 30, str(2**70)):
        assert raw.send("GET", "/v1/events", token=token, params={"after": bad}).status_code in (
            200,
            400,
        )
    security_tally.server_requests += 6


def test_requests_after_deactivation_are_refused(hostile, security_tally):
    server, ids, raw = hostile
    before = raw.requests
    token = raw.login("secretaire", PASSWORD)
    assert raw.call(token, "clients", "count").json()["result"] >= 3
    director = server.login("directeur", DIRECTOR_PASSWORD)
    try:
        director.admin.deactivate_user(ids["secretaire"])
        for service, method in (("clients", "count"), ("clients", "page"), ("session", "rights")):
            response = raw.call(token, service, method)
            assert response.status_code == 403
            assert response.json()["error"]["type"] == "AccountClosed"
        body = {
            "service": "exports",
            "method": "to_csv",
            "args": ["clients", to_jsonable(ClientQuery()), "x.csv"],
        }
        assert raw.send("POST", "/v1/export", token=token, json=body).status_code == 403
        response = raw.send("POST", "/v1/login", json={"login": "secretaire", "password": PASSWORD})
        assert response.status_code == 403
        assert response.json()["error"]["type"] == "AccountDeactivated"
    finally:
        director.admin.reactivate_user(ids["secretaire"], PASSWORD, confirm=True)
        director.close()
    security_tally.bad_inputs += raw.requests - before
    security_tally.server_requests += raw.requests - before


@pytest.mark.parametrize("hostile", ["channel"], indirect=True)
def test_the_call_channel_opens_only_for_a_live_token_and_survives_bad_messages(
    hostile, security_tally
):
    server, ids, raw = hostile
    before = raw.requests
    envelope = json.dumps(call_envelope("clients", "count", ()))
    logged_out = raw.login("agent1", PASSWORD)
    raw.send("POST", "/v1/logout", token=logged_out)
    for token in (secrets.token_urlsafe(32), logged_out, logged_out + "A", "x" * 5000, "null"):
        answer = raw.message(token, envelope)
        assert answer.status_code == 401, (token[:20], answer.text)
        assert answer.json()["error"]["type"] == "SessionEnded"
    for headers in ({}, {"Authorization": "Basic YWdlbnQxOnBhc3M="}, {"Authorization": "Bearer"}):
        with pytest.raises(InvalidStatus) as refused:
            connect(
                f"wss://127.0.0.1:{server.channel_port}/v1/channel",
                ssl=pinned_context(server.pem),
                additional_headers=headers,
                proxy=None,
                legacy=True,
            )
        raw.requests += 1
        assert refused.value.response.status_code == 401
        assert json.loads(refused.value.response.body)["error"]["type"] == "SessionEnded"
    # no channel without TLS
    with pytest.raises((OSError, ConnectionClosed, InvalidStatus, Exception)):
        connect(
            f"ws://127.0.0.1:{server.channel_port}/v1/channel",
            proxy=None,
            open_timeout=5,
            legacy=True,
        )
    raw.requests += 1

    # the channel's port answers nothing but a WebSocket opening on /v1/channel
    token = raw.login("agent1", PASSWORD)
    with httpx.Client(
        base_url=f"https://127.0.0.1:{server.channel_port}",
        verify=pinned_context(server.pem),
        timeout=30,
    ) as other:
        auth = {"Authorization": f"Bearer {token}"}
        for path in ("/v1/channel", "/", "/v1/call"):  # not an opening: a typed refusal
            answer = other.get(path, headers=auth)
            raw.requests += 1
            raw.check(path, answer.status_code, answer.text, answer.json)
            assert answer.status_code == 400, (path, answer.text)
        # what is not even a GET (websockets reads nothing else) is cut off unanswered
        with pytest.raises(httpx.RemoteProtocolError):
            other.post("/v1/call", headers=auth, content=envelope)
        raw.requests += 1

    # malformed messages are refused one by one; the channel stays open for the next call
    own = raw.message(token, envelope).json()["result"]
    assert own >= 1
    for data in [b"{", b"[]", b"null", b'"x"', b"{" * 100_000, "é".encode("latin-1"), "{}", b""]:
        answer = raw.message(token, data)
        assert answer.status_code == 400, (data[:20], answer.text)
        assert raw.message(token, envelope).json()["result"] == own
    # a message over the size limit ends the channel at the protocol level (1009)
    conn = raw.channel(token)
    with pytest.raises(ConnectionClosed) as closed:  # while sending, or at the answer
        conn.send(b'{"service":"clients","method":"page","args":["' + b"A" * (8 << 20) + b'"]}')
        conn.recv(timeout=30)
    raw.requests += 1
    # the server says why (1009) unless it dropped the connection before the client read it
    assert closed.value.rcvd is None or closed.value.rcvd.code == 1009
    assert raw.message(token, envelope).json()["result"] == own  # on a new channel

    # one session holds at most PER_SESSION channels; a closed one makes room
    from broker_desktop.server.channel import PER_SESSION

    held = [raw.channel(token)]
    raw.channels.clear()
    while len(held) < PER_SESSION:
        held.append(raw.channel(token))
        raw.channels.clear()
    raw.requests += PER_SESSION
    refused = raw.message(token, envelope)  # the opening refused, typed
    assert refused.status_code == 429 and refused.json()["error"]["type"] == "TooManyChannels"
    held.pop().close()
    deadline = time.monotonic() + 20  # until the server has seen the close
    while (answer := raw.message(token, envelope)).status_code == 429:
        assert time.monotonic() < deadline, "a closed channel never made room"
        time.sleep(0.05)
    assert answer.json()["result"] == own
    for conn in held:
        conn.close()

    # a session ended elsewhere ends its open channel at the channel's next message
    conn = raw.channel(token)
    assert raw.message(token, envelope).status_code == 200
    raw.send("POST", "/v1/logout", token=token)
    answer = raw.message(token, envelope)
    assert answer.status_code == 401 and answer.json()["error"]["type"] == "SessionEnded"
    with pytest.raises(ConnectionClosed):
        conn.recv(timeout=10)
    assert conn.close_code == 1008
    security_tally.bad_inputs += raw.requests - before
    security_tally.server_requests += raw.requests - before
