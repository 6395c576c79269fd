"""The call channel: the calls of ``POST /v1/call`` as messages on a kept WebSocket, one
after the other, each answered by one message. It listens on a port of its own (the HTTP
port plus one by default, announced by ``/v1/hello`` and the login), with the same TLS
certificate and context as the HTTP side.

An HTTP/1.1 request per call costs both ends more than a 200-row page itself; so does an
event loop between the socket and the call (asyncio's TLS is pure Python, and every call
is handed to a worker thread and its answer handed back). Here each channel has a thread
of its own that reads its socket, runs the call and writes the answer: TLS in OpenSSL,
framing by websockets' sans-I/O protocol, no hand-over. A slow call holds only its own
channel; a workstation opens another for its next call (``remote/channel.py``).

What a call may do does not change: the same token, checked again at every message (so
expiry, logout and deactivation end the channel at its next call), the same allow-list,
binding, ``Scope``, audit and typed errors as ``/v1/call``. A message is the call's JSON
object; its answer is ``{"result": ...}`` or ``{"error": ..., "status": <the HTTP status
/v1/call would have given>}``. An opening whose token is refused gets the same HTTP error
answer as ``/v1/call``.
"""

from __future__ import annotations

import collections
import contextlib
import http
import logging
import os
import socket
import ssl
import threading
import time
from typing import Any, Protocol

from starlette.responses import Response as HTTPResponse
from websockets.datastructures import Headers
from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.server import ServerProtocol

from broker_desktop.core.errors import AccountClosed
from broker_desktop.server.sessions import ServerSession
from broker_desktop.wire import codec
from broker_desktop.wire.errors import (
    BadRequest,
    RequestTooLarge,
    SessionEnded,
    TooManyChannels,
    encode_error,
    http_status,
)

log = logging.getLogger("broker_desktop.server")
# websockets logs every frame at debug level: a call's arguments (a new password among
# them) must not reach a log, whatever level the application's logging is set to; nor its
# line per connection opened and closed.
_frames = logging.getLogger("broker_desktop.server.frames")
_frames.setLevel(logging.WARNING)

PATH = "/v1/channel"
# A workstation keeps a few (one per call under way, ``remote/channel.py``); more from one
# session is somebody's own code holding the server's connections.
PER_SESSION = 16
# Every connection has a thread; past this many (an office of 200 keeps a few hundred),
# new ones are closed at once rather than letting anyone exhaust the server's threads.
MAX_CONNECTIONS = 1024
# Calls running at once on the channels. The server's Python runs on one core at a time:
# past about two calls per core, more threads only take the interpreter from each other
# at every socket read and SQL step (the 50-workstation load, uncapped and capped at 4 in
# turn on two cores: 102/149/99 against 165/156/141 requests per second). A call waiting
# for a slot has been received: it runs, and the shutdown waits for it like the others.
CALLS_AT_ONCE = max(4, 2 * (os.cpu_count() or 1))
OPENING_SECONDS = 10.0  # TLS handshake and opening request, before any token is known
CLOSING_SECONDS = 2.0  # waiting for the workstation's answer to a closing
_READ = 1 << 18
_MESSAGE = (Opcode.BINARY, Opcode.TEXT, Opcode.CONT)

# RFC 6455 close codes
NORMAL = 1000
POLICY = 1008  # the session ended: the channel with it
RESTART = 1012  # the server is stopping


class _Limits(Protocol):
    @property
    def idle_seconds(self) -> float: ...

    @property
    def max_body(self) -> int: ...


class CallServer(Protocol):
    """What a channel needs of the server: the steps of ``POST /v1/call``."""

    @property
    def config(self) -> _Limits: ...

    def session_of(self, authorization: str, address: str) -> tuple[str, ServerSession]: ...

    def live_session(self, key: str, *, touch: bool = True) -> tuple[str, ServerSession]: ...

    def parse_call(self, body: bytes) -> tuple[str, str, list[Any], dict[str, Any]]: ...

    def answer(
        self,
        key: str,
        ss: ServerSession,
        service: str,
        method: str,
        args: list[Any],
        kwargs: dict[str, Any],
    ) -> bytes: ...

    def public_error(self, exc: Exception) -> BaseException: ...

    def refusal(self, exc: Exception) -> HTTPResponse: ...


class _Gone(Exception):
    """The workstation closed the connection, or it failed."""


class _Connection:
    """One accepted connection and its WebSocket protocol, served by one thread."""

    def __init__(self, sock: ssl.SSLSocket, protocol: ServerProtocol, address: str) -> None:
        self.sock = sock
        self.protocol = protocol
        self.address = address
        self.busy = False  # a call is running: the shutdown waits for its answer

    def receive(self) -> None:
        """Read what the workstation sent (blocking, within the socket's timeout)."""
        try:
            data = self.sock.recv(_READ)
        except (ssl.SSLError, ConnectionError) as exc:
            raise _Gone() from exc
        if data:
            self.protocol.receive_data(data)
        else:
            self.protocol.receive_eof()
        self.flush()  # pongs, the answer to a closing

    def flush(self) -> None:
        for data in self.protocol.data_to_send():
            if data:
                try:
                    self.sock.sendall(data)
                except (ssl.SSLError, OSError) as exc:
                    raise _Gone() from exc
            else:  # the protocol is done with the connection
                self.abort()

    def close(self, code: int) -> None:
        """Close the WebSocket: send the closing, wait a little for the workstation's."""
        with contextlib.suppress(_Gone, OSError):
            if self.protocol.state is State.OPEN:
                self.protocol.send_close(code)
                self.flush()
                deadline = time.monotonic() + CLOSING_SECONDS
                while self._closing():
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self.sock.settimeout(remaining)
                    self.receive()
        self.abort()

    def _closing(self) -> bool:
        return self.protocol.state is not State.CLOSED  # (read anew: receive() moves it)

    def abort(self) -> None:
        """End the TCP connection now; a thread reading it wakes up. ``socket.socket``'s
        own shutdown: the TLS socket's would drop its TLS state under the reading thread."""
        with contextlib.suppress(OSError):
            socket.socket.shutdown(self.sock, socket.SHUT_RDWR)


class CallChannels:
    """The channels' listening socket, one thread per connection, and their orderly end at
    shutdown: calls under way finish and send their answers before the channels close; a
    call arriving meanwhile is not started (its channel closes, as a dropped connection:
    nothing was done)."""

    def __init__(self, server: CallServer) -> None:
        self._server = server
        self._lock = threading.Lock()
        self._calls_done = threading.Condition(self._lock)
        self._connections: set[_Connection] = set()
        self._opening = 0  # accepted, not yet a _Connection
        self._per_session: collections.Counter[str] = collections.Counter()
        self._running = 0
        self._slots = threading.BoundedSemaphore(CALLS_AT_ONCE)
        self._draining = False
        self._listener: socket.socket | None = None
        self._context: ssl.SSLContext | None = None
        self._accepting: threading.Thread | None = None

    @property
    def port(self) -> int | None:
        return self._listener.getsockname()[1] if self._listener is not None else None

    def start(self, listener: socket.socket, context: ssl.SSLContext) -> None:
        """Serve the channels on ``listener`` (bound and listening) with ``context``, the
        TLS context of the HTTP side."""
        self._listener, self._context = listener, context
        self._accepting = threading.Thread(
            target=self._accept_forever, name="channel-accept", daemon=True
        )
        self._accepting.start()

    def _accept_forever(self) -> None:
        assert self._listener is not None
        while True:
            try:
                raw, peer = self._listener.accept()
            except OSError:
                if self._draining:
                    return
                time.sleep(0.1)  # out of file descriptors, perhaps: try again
                continue
            with self._lock:
                full = len(self._connections) + self._opening >= MAX_CONNECTIONS
                if not (full or self._draining):
                    self._opening += 1
            if full or self._draining:
                raw.close()
                if full:
                    log.warning("Call channel from %s refused: too many connections.", peer[0])
                continue
            threading.Thread(
                target=self._serve, args=(raw, str(peer[0])), name="channel", daemon=True
            ).start()

    # ----- one connection -------------------------------------------------------------------
    def _serve(self, raw: socket.socket, address: str) -> None:
        conn = None
        try:
            conn = self._open(raw, address)
        except (_Gone, OSError, ValueError):
            pass
        finally:
            with self._lock:
                self._opening -= 1
                if conn is not None:
                    self._connections.add(conn)
            if conn is None:
                raw.close()
        if conn is None:
            return
        key = None
        try:
            key = self._opening_answer(conn)
            if key is not None:
                self._serve_calls(conn, key)
        except (_Gone, OSError):
            pass
        finally:
            conn.abort()
            with contextlib.suppress(OSError):
                conn.sock.close()
            with self._lock:
                self._connections.discard(conn)
            if key is not None:
                self._release(key)

    def _open(self, raw: socket.socket, address: str) -> _Connection | None:
        """The TLS handshake and the opening request, both within ``OPENING_SECONDS``."""
        assert self._context is not None
        raw.settimeout(OPENING_SECONDS)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        try:
            sock = self._context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            return None  # plain HTTP, a failed handshake, a port scan
        protocol = ServerProtocol(max_size=self._server.config.max_body, logger=_frames)
        return _Connection(sock, protocol, address)

    def _opening_answer(self, conn: _Connection) -> str | None:
        """Read the opening request and answer it: the session's key if it is accepted."""
        deadline = time.monotonic() + OPENING_SECONDS
        request = None
        while request is None:
            if conn.protocol.state is not State.CONNECTING:
                return None  # not an HTTP request: the protocol closed the connection
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            conn.sock.settimeout(remaining)
            conn.receive()
            for event in conn.protocol.events_received():
                if isinstance(event, Request):
                    request = event
        key = None
        try:
            if request.path != PATH:
                raise BadRequest(f"this port serves the call channel ({PATH}) only")
            key = self._admit(request, conn.address)
            response = conn.protocol.accept(request)
            if response.status_code != 101:
                self._release(key)
                key = None
                raise BadRequest("the call channel opens with a WebSocket handshake")
        except Exception as exc:  # a refused token: the same answer as POST /v1/call
            response = self._refusal(exc)
        try:
            conn.protocol.send_response(response)
            conn.flush()
        except BaseException:
            if key is not None:
                self._release(key)
            raise
        return key

    def _admit(self, request: Request, address: str) -> str:
        key, _ss = self._server.session_of(request.headers.get("Authorization", ""), address)
        with self._lock:
            if self._per_session[key] >= PER_SESSION:
                raise TooManyChannels(PER_SESSION)
            self._per_session[key] += 1
        return key

    def _release(self, key: str) -> None:
        with self._lock:
            self._per_session[key] -= 1
            if not self._per_session[key]:
                del self._per_session[key]

    def _refusal(self, exc: Exception) -> Response:
        """``POST /v1/call``'s answer to the same failure, as the opening's answer."""
        answer = self._server.refusal(exc)
        headers = Headers([*answer.headers.items(), ("Connection", "close")])
        status = answer.status_code
        return Response(status, http.HTTPStatus(status).phrase, headers, bytes(answer.body))

    def _serve_calls(self, conn: _Connection, key: str) -> None:
        idle = self._server.config.idle_seconds
        parts: list[bytes] = []
        while conn.protocol.state is State.OPEN:
            conn.sock.settimeout(idle)
            try:
                conn.receive()
            except TimeoutError:  # nothing asked for as long as a session may stay idle
                conn.close(NORMAL)
                return
            for event in conn.protocol.events_received():
                if not (isinstance(event, Frame) and event.opcode in _MESSAGE):
                    continue
                parts.append(bytes(event.data))
                if not event.fin:
                    continue
                message, parts = b"".join(parts), []
                with self._lock:
                    stopping = self._draining
                    if not stopping:
                        conn.busy = True
                        self._running += 1
                if stopping:
                    conn.close(RESTART)
                    return
                try:
                    with self._slots:
                        answer, ended = self._answer(key, message)
                finally:
                    with self._lock:
                        conn.busy = False
                        self._running -= 1
                        if self._running == 0:
                            self._calls_done.notify_all()
                conn.protocol.send_binary(answer)
                conn.flush()
                if ended:
                    conn.close(POLICY)
                    return
                if self._draining:
                    conn.close(RESTART)
                    return

    def _answer(self, key: str, data: bytes) -> tuple[bytes, bool]:
        """The answer to one message, and whether the channel ends with it (its session
        did). The session is looked up again by the key of the opening's token."""
        server = self._server
        try:
            if len(data) > server.config.max_body:
                raise RequestTooLarge(server.config.max_body)
            key, ss = server.live_session(key)
            service, method, args, kwargs = server.parse_call(data)
            return server.answer(key, ss, service, method, args, kwargs), False
        except Exception as exc:
            public = server.public_error(exc)
            doc = {"error": encode_error(public), "status": http_status(public)}
            return codec.dumps_doc(doc), isinstance(public, (SessionEnded, AccountClosed))

    # ----- the end --------------------------------------------------------------------------
    def drain(self, timeout: float) -> None:
        """Stop accepting and starting calls; close the idle channels; wait (at most
        ``timeout``) for the calls under way, whose channels close once they answered."""
        with self._lock:
            self._draining = True
            idle = [conn for conn in self._connections if not conn.busy]
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            with contextlib.suppress(OSError):
                self._listener.close()
        for conn in idle:
            conn.abort()
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._running:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    log.warning("%d call(s) still running at shutdown.", self._running)
                    return
                self._calls_done.wait(remaining)
