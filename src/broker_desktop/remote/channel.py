"""The workstation's end of the call channel (``/v1/channel`` on the server's channel port,
see ``server/channel.py``): WebSockets on pinned TLS connections, one per call under way,
kept for the next call of the same session (as an HTTP client keeps its connections).

Each WebSocket is websockets' sans-I/O protocol (it writes the opening request, reads the
answer, frames and unframes messages, answers pings) driven by the thread that makes the
call: the answer is read by the thread waiting for it, with no reader thread to hand it
over, which on a busy two-core workstation costs more than reading it.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any

from websockets.client import ClientProtocol
from websockets.exceptions import InvalidStatus, WebSocketException
from websockets.frames import Frame, Opcode
from websockets.protocol import State
from websockets.uri import parse_uri

from broker_desktop.wire import codec
from broker_desktop.wire.errors import InternalServerError, ServerUnreachable, decode_error

# websockets logs every frame at debug level: a call's arguments (a new password among
# them) must not reach a log, whatever level the application's logging is set to; nor its
# line per connection opened and closed.
_frames = logging.getLogger("broker_desktop.remote.channel")
_frames.setLevel(logging.WARNING)

IDLE_KEPT = 4  # connections kept open between calls (the UI runs a few tasks at once)
# A channel unused for longer is closed rather than used again: a firewall or a NAT may
# have forgotten the connection; a new one costs a TLS handshake, a few milliseconds.
REUSE_SECONDS = 15.0
_READ = 1 << 18
_MESSAGE = (Opcode.BINARY, Opcode.TEXT, Opcode.CONT)


class _Dropped(Exception):
    """The connection ended before the answer came."""


class ChannelUnavailable(Exception):
    """No channel could be opened (nothing was sent): ``error`` is the failure as the user
    reads it; the call may be sent another way."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


class _Channel:
    """One WebSocket on one TLS connection, used by one call at a time."""

    def __init__(self, sock: ssl.SSLSocket, protocol: ClientProtocol) -> None:
        self.sock = sock
        self.protocol = protocol

    def is_open(self) -> bool:
        """Still open, having read (without waiting) what the server sent since the last
        call: its pings are answered, its closing (idle, stopping) is seen."""
        if self.protocol.state is not State.OPEN:
            return False
        try:
            while self.sock.pending() or select.select([self.sock], [], [], 0)[0]:
                self.sock.settimeout(0)
                try:
                    data = self.sock.recv(_READ)
                except ssl.SSLWantReadError:  # a TLS record not complete yet, or no data
                    break
                self._receive(data)
                if self.protocol.state is not State.OPEN:
                    return False
        except (OSError, ValueError):
            return False
        return True

    def call(self, body: bytes, timeout: float) -> bytes:
        self.sock.settimeout(timeout)
        self.protocol.send_binary(body)
        self._flush()
        deadline = time.monotonic() + timeout
        parts: list[bytes] = []
        while True:
            for event in self.protocol.events_received():
                if isinstance(event, Frame) and event.opcode in _MESSAGE:
                    parts.append(bytes(event.data))
                    if event.fin:
                        return b"".join(parts)
            if self.protocol.state is not State.OPEN:
                raise _Dropped()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError()
            self.sock.settimeout(remaining)
            self._receive(self.sock.recv(_READ))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self.protocol.state is State.OPEN:
                self.protocol.send_close()
                self.sock.settimeout(0.5)
                self._flush()
        with contextlib.suppress(OSError):
            self.sock.close()

    def _receive(self, data: bytes) -> None:
        if data:
            self.protocol.receive_data(data)
        else:
            self.protocol.receive_eof()
        self._flush()  # pongs, the answer to a closing

    def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            if data:
                self.sock.sendall(data)


def _open(
    uri: str, host: str, port: int, context: ssl.SSLContext, token: str, timeout: float
) -> _Channel:
    """Connect, check the certificate (the context's pin or CA), send the opening request
    with the token; a refused opening raises the server's own error."""
    raw = socket.create_connection((host, port), timeout=timeout)
    try:
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock = context.wrap_socket(raw, server_hostname=host)
    except BaseException:
        raw.close()
        raise
    protocol = ClientProtocol(parse_uri(uri), max_size=None, logger=_frames)
    channel = _Channel(sock, protocol)
    try:
        request = protocol.connect()
        request.headers["Authorization"] = f"Bearer {token}"
        protocol.send_request(request)
        channel._flush()
        deadline = time.monotonic() + timeout
        while protocol.state is State.CONNECTING:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError()
            sock.settimeout(remaining)
            channel._receive(sock.recv(_READ))
        protocol.events_received()  # the opening answer
        refused = protocol.handshake_exc
        if isinstance(refused, InvalidStatus):  # the same answer as POST /v1/call
            doc: Any = None
            with contextlib.suppress(codec.CodecError):
                doc = codec.loads_doc(refused.response.body or b"")
            raise decode_error(doc.get("error") if isinstance(doc, dict) else None)
        if refused is not None or protocol.state is not State.OPEN:
            raise _Dropped()
    except BaseException:
        channel.close()
        raise
    return channel


class ChannelPool:
    def __init__(
        self,
        host: str,
        port: int,
        context: ssl.SSLContext,
        timeout: float,
        refused: Callable[[BaseException, int], Exception],
        address: str,
    ) -> None:
        self._uri = f"wss://{host}:{port}/v1/channel"
        self._host, self.port = host, port
        self._address = address  # the server's, as the user knows it (its HTTPS port)
        self._context = context
        self._timeout = timeout
        self._refused = refused  # a failed connection's exception, as the user reads it
        self._idle: list[tuple[str, float, _Channel]] = []  # token, when kept, channel
        self.reuse_seconds = REUSE_SECONDS
        self._lock = threading.Lock()
        self._closed = False

    def call(self, body: bytes, token: str) -> dict[str, Any]:
        """Send one call, wait for its answer: the answer's document, or its error raised."""
        channel = self._take(token)
        try:
            answer = channel.call(body, self._timeout)
        except TimeoutError:
            channel.close()
            raise ServerUnreachable(self._address, "no answer in time") from None
        except (OSError, _Dropped, WebSocketException):
            channel.close()
            raise ServerUnreachable(self._address, "the connection dropped") from None
        try:
            doc = codec.loads_doc(answer)
        except codec.CodecError:
            channel.close()
            raise InternalServerError() from None
        if not isinstance(doc, dict):
            channel.close()
            raise InternalServerError()
        if "error" in doc:
            channel.close()  # the server may end the channel with its answer: start afresh
            raise decode_error(doc["error"])
        self._give_back(token, channel)
        return doc

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for _token, _kept, channel in idle:
            channel.close()

    def _take(self, token: str) -> _Channel:
        while True:
            with self._lock:
                if not self._idle:
                    break
                owner, kept, channel = self._idle.pop()
            fresh = time.monotonic() - kept < self.reuse_seconds
            if owner == token and fresh and channel.is_open():
                return channel
            channel.close()
        try:
            return _open(
                self._uri,
                self._host,
                self.port,
                self._context,
                token,
                min(5.0, self._timeout),
            )
        except (OSError, _Dropped, WebSocketException) as exc:
            raise ChannelUnavailable(self._refused(exc, self.port)) from None

    def _give_back(self, token: str, channel: _Channel) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < IDLE_KEPT:
                self._idle.append((token, time.monotonic(), channel))
                return
        channel.close()
