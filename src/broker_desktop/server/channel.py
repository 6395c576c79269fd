"""The call channel: the calls of ``POST /v1/call`` over one WebSocket on the same TLS
connection (``/v1/channel``), one after the other, each a message answered by one message.

An HTTP/1.1 request per call costs both ends more than a 200-row page itself (pure-Python
HTTP parsing and framing, headers, two TLS records each way); a message on an open
channel costs a frame. What a call may do does not change: the same token, checked again
at every message (so expiry, logout and deactivation end the channel at its next call),
the same allow-list, binding, ``Scope``, audit and typed errors as ``/v1/call``.

A message is the call's JSON object; its answer is ``{"result": ...}`` or
``{"error": ..., "status": <the HTTP status /v1/call would have given>}``. An opening
request whose token is refused gets the same HTTP error answer as ``/v1/call``.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from typing import Any, Protocol

from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection
from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect

from broker_desktop.core.errors import AccountClosed
from broker_desktop.server.sessions import ServerSession
from broker_desktop.wire import codec
from broker_desktop.wire.errors import (
    RequestTooLarge,
    SessionEnded,
    TooManyChannels,
    encode_error,
    http_status,
)

log = logging.getLogger("broker_desktop.server")

# A workstation keeps a few (one per call under way, ``remote/channel.py``); more from one
# session is somebody's own code holding the server's connections.
PER_SESSION = 16

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

    async def authenticate(self, request: HTTPConnection) -> tuple[str, ServerSession]: ...

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

    def refusal(self, exc: Exception) -> Response: ...


class CallChannels:
    """The open channels of one server, and their orderly end at shutdown: calls under way
    finish and send their answers before the channels close; a call arriving meanwhile is
    not started (its channel closes, as a dropped connection: nothing was done)."""

    def __init__(self, server: CallServer) -> None:
        self._server = server
        self._per_session: collections.Counter[str] = collections.Counter()
        self._running = 0
        self._draining = False
        self._idle: asyncio.Event | None = None

    async def serve(self, websocket: WebSocket) -> None:
        server = self._server
        try:
            key, _ss = await server.authenticate(websocket)
            if self._per_session[key] >= PER_SESSION:
                raise TooManyChannels(PER_SESSION)
        except Exception as exc:
            await websocket.send_denial_response(server.refusal(exc))
            return
        self._per_session[key] += 1
        try:
            await self._serve(websocket, key)
        finally:
            self._per_session[key] -= 1
            if not self._per_session[key]:
                del self._per_session[key]

    async def _serve(self, websocket: WebSocket, key: str) -> None:
        server = self._server
        await websocket.accept()
        while True:
            try:
                async with asyncio.timeout(server.config.idle_seconds):
                    message = await websocket.receive()
            except TimeoutError:  # nothing asked for as long as a session may stay idle
                await websocket.close(NORMAL)
                return
            if message["type"] == "websocket.disconnect":
                return
            if self._draining:
                await websocket.close(RESTART)
                return
            data = message.get("bytes")
            if data is None:
                data = (message.get("text") or "").encode("utf-8")
            self._running += 1
            try:
                answer, ended = await self._answer(key, data)
            finally:
                self._running -= 1
                if self._running == 0 and self._idle is not None:
                    self._idle.set()
            try:
                await websocket.send_bytes(answer)
                if ended:
                    await websocket.close(POLICY)
            except (WebSocketDisconnect, RuntimeError, OSError):
                return  # the workstation went away; the call itself ran to its end
            if ended:
                return

    async def _answer(self, key: str, data: bytes) -> tuple[bytes, bool]:
        """The answer to one message, and whether the channel ends with it (its session
        did). The session is looked up again by the key of the opening's token."""
        server = self._server
        try:
            if len(data) > server.config.max_body:
                raise RequestTooLarge(server.config.max_body)
            key, ss = server.live_session(key)
            service, method, args, kwargs = server.parse_call(data)
            answer: bytes = await run_in_threadpool(
                server.answer, key, ss, service, method, args, kwargs
            )
            return answer, False
        except Exception as exc:
            public = server.public_error(exc)
            doc = {"error": encode_error(public), "status": http_status(public)}
            return codec.dumps_doc(doc), isinstance(public, (SessionEnded, AccountClosed))

    async def drain(self, timeout: float) -> None:
        """Stop starting calls; wait (at most ``timeout``) for those under way."""
        self._draining = True
        if self._running == 0:
            return
        self._idle = asyncio.Event()
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            log.warning("%d call(s) still running at shutdown.", self._running)
