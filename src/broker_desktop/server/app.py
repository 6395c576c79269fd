"""The office server's HTTP interface (Starlette): login, one whitelisted call endpoint,
file exports, pushed changes.

Every call runs on the caller's own core ``Session``, so it is authorised by the same
``Scope``, checked and audited exactly as in the embedded mode.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import re
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from broker_desktop.core.errors import AccountClosed, CoreError, ValidationError
from broker_desktop.core.office import SecurityParams, open_session
from broker_desktop.server.feed import ChangeFeed
from broker_desktop.server.sessions import LoginRateLimiter, ServerSession, SessionRegistry
from broker_desktop.storage.errors import StorageError
from broker_desktop.storage.schema import users
from broker_desktop.wire import codec
from broker_desktop.wire.errors import (
    BadRequest,
    InternalServerError,
    RequestTooLarge,
    SessionEnded,
    TooManyRequests,
    encode_error,
    http_status,
)
from broker_desktop.wire.protocol import (
    FILE,
    LONG_POLL_SECONDS,
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    SERVER_NAME,
    kind_of,
)

log = logging.getLogger("broker_desktop.server")

SAFE_NAME = re.compile(r"^[\w][\w .()-]{0,99}\.[A-Za-z0-9]{1,8}$")


@dataclass(frozen=True)
class ServerConfig:
    database: Path
    security: SecurityParams
    backup_dir: Path
    idle_seconds: float = 30 * 60
    login_attempts_per_minute: int = 30
    max_body: int = MAX_BODY_BYTES
    long_poll_seconds: float = LONG_POLL_SECONDS


def error_response(exc: BaseException) -> Response:
    headers = {}
    if isinstance(exc, TooManyRequests):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, SessionEnded):
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse({"error": encode_error(exc)}, status_code=http_status(exc), headers=headers)


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class OfficeServer:
    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.sessions = SessionRegistry(config.idle_seconds)
        self.limiter = LoginRateLimiter(config.login_attempts_per_minute)
        self.feed = ChangeFeed()
        self.should_stop: Callable[[], bool] = lambda: False
        self._work_dir = Path(tempfile.mkdtemp(prefix="broker-server-"))

    # ----- the application ------------------------------------------------------------------
    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/v1/hello", self.hello, methods=["GET"]),
                Route("/v1/login", self.login, methods=["POST"]),
                Route("/v1/logout", self.logout, methods=["POST"]),
                Route("/v1/call", self.call, methods=["POST"]),
                Route("/v1/export", self.export, methods=["POST"]),
                Route("/v1/events", self.events, methods=["GET"]),
            ],
            lifespan=self._lifespan,
        )

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.feed.bind(asyncio.get_running_loop())
        sweeper = asyncio.create_task(self._sweep_forever())
        try:
            yield
        finally:
            sweeper.cancel()
            await run_in_threadpool(self.sessions.close_all)
            shutil.rmtree(self._work_dir, ignore_errors=True)
            log.info("All sessions closed.")

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(max(1.0, min(30.0, self.config.idle_seconds / 4)))
            closed = await run_in_threadpool(self.sessions.sweep)
            if closed:
                log.info("Closed %d idle session(s).", closed)

    # ----- helpers ----------------------------------------------------------------------------
    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.config.max_body:
            raise RequestTooLarge(self.config.max_body)
        chunks, total = [], 0
        async for chunk in request.stream():
            total += len(chunk)
            if total > self.config.max_body:
                raise RequestTooLarge(self.config.max_body)
            chunks.append(chunk)
        return b"".join(chunks)

    def _auth(self, request: Request, *, touch: bool = True) -> tuple[str, ServerSession]:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token or len(token) > 200:
            raise SessionEnded("unknown")
        try:
            return self.sessions.get(token.strip(), touch=touch)
        except SessionEnded as exc:
            if exc.reason == "deactivated":
                raise AccountClosed() from None
            raise

    def _parse_call(self, body: bytes) -> tuple[str, str, list[Any], dict[str, Any]]:
        """``{"service", "method", "args": [...], "kwargs": {...}}``; values in the codec."""
        try:
            doc = json.loads(body)
        except (ValueError, RecursionError):
            raise BadRequest("the body is not valid JSON") from None
        if not isinstance(doc, dict):
            raise BadRequest("a call is a JSON object")
        service, method = doc.get("service"), doc.get("method")
        raw_args, raw_kwargs = doc.get("args", []), doc.get("kwargs", {})
        if not isinstance(service, str) or not isinstance(method, str):
            raise BadRequest("service and method must be names")
        if not isinstance(raw_args, list) or not isinstance(raw_kwargs, dict):
            raise BadRequest("args must be a list and kwargs an object")
        try:
            args = [codec.from_jsonable(a, codec.SERVER_RULES) for a in raw_args]
            kwargs = {k: codec.from_jsonable(v, codec.SERVER_RULES) for k, v in raw_kwargs.items()}
        except codec.CodecError as exc:
            raise BadRequest(str(exc)) from None
        except RecursionError:
            raise BadRequest("arguments nested too deeply") from None
        return service, method, args, kwargs

    def _check_active(self, key: str, ss: ServerSession) -> None:
        """A deactivated user's session ends at its next request."""
        with ss.core.database.read() as conn:
            active = conn.execute(
                sa.select(users.c.active).where(users.c.id == ss.user_id)
            ).scalar()
        if not active:
            self.sessions.end(key, "deactivated")
            log.info("Session of %s ended: account deactivated.", ss.core.user.login)
            raise AccountClosed()

    def _deny(self, ss: ServerSession, call: str) -> None:
        """A call outside the allow-list is a denial like any other: audited."""
        log.warning("Refused call %r by %s from %s.", call[:100], ss.core.user.login, ss.address)
        with ss.lock, ss.core.database.write() as conn:
            ss.core.log(conn, "access.denied", detail={"call": call[:100]})

    @staticmethod
    def _bind(
        fn: Callable[..., Any], call: str, args: list[Any], kwargs: dict[str, Any]
    ) -> inspect.BoundArguments:
        try:
            return inspect.signature(fn).bind(*args, **kwargs)
        except TypeError:
            raise BadRequest(f"wrong arguments for {call}") from None

    def _invoke(
        self, ss: ServerSession, call: str, fn: Callable[..., Any], bound: inspect.BoundArguments
    ) -> Any:
        try:
            return fn(*bound.args, **bound.kwargs)
        except (CoreError, StorageError):
            raise
        except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
            log.warning(
                "Invalid arguments for %s by %s: %s", call, ss.core.user.login, type(exc).__name__
            )
            raise BadRequest(f"invalid arguments for {call}") from None
        except Exception:
            log.exception("Unexpected error in %s by %s", call, ss.core.user.login)
            raise InternalServerError() from None

    def _target(self, ss: ServerSession, service: str, method: str) -> Callable[..., Any]:
        owner = ss.core if service == "session" else getattr(ss.core, service)
        fn: Callable[..., Any] = getattr(owner, method)
        return fn

    def _backup_target(self, value: Any) -> Path:
        name = PurePath(str(value)).name if isinstance(value, (str, PurePath)) else ""
        if not name or name.startswith(".") or len(name) > 200 or "\x00" in name:
            raise ValidationError.single(
                "target", "invalid_name", "Give the backup a plain file name."
            )
        return self.config.backup_dir / name

    # ----- endpoints ----------------------------------------------------------------------------
    async def hello(self, request: Request) -> Response:
        return JSONResponse({"server": SERVER_NAME, "protocol": PROTOCOL_VERSION})

    async def login(self, request: Request) -> Response:
        address = _address(request)
        try:
            wait = self.limiter.retry_after(address)
            if wait is not None:
                log.warning("Login attempts from %s refused: rate limit.", address)
                raise TooManyRequests(wait)
            body = await self._body(request)
            try:
                doc = json.loads(body)
            except (ValueError, RecursionError):
                raise BadRequest("the body is not valid JSON") from None
            if not isinstance(doc, dict):
                raise BadRequest("a login is a JSON object")
            login, password = doc.get("login"), doc.get("password")
            if not isinstance(login, str) or not isinstance(password, str):
                raise BadRequest("login and password must be text")
            return JSONResponse(await run_in_threadpool(self._login, login, password, address))
        except Exception as exc:
            return error_response(self._public(exc))

    def _login(self, login: str, password: str, address: str) -> dict[str, Any]:
        try:
            core = open_session(
                self.config.database, login, password, security=self.config.security
            )
        except (CoreError, StorageError) as exc:
            log.info("Login refused for %r from %s: %s", login[:64], address, type(exc).__name__)
            raise
        core.changes.subscribe(self.feed.publish)
        token = self.sessions.open(core, address)
        log.info("Login of %s from %s.", core.user.login, address)
        return {
            "token": token,
            "user": {
                "id": core.user.id,
                "login": core.user.login,
                "display_name": core.user.display_name,
            },
            "must_change_password": core.must_change_password,
            "database_id": core.database_id,
            "idle_seconds": self.config.idle_seconds,
            "protocol": PROTOCOL_VERSION,
        }

    async def logout(self, request: Request) -> Response:
        try:
            key, ss = self._auth(request)
            await run_in_threadpool(self.sessions.end, key, "logged_out")
            log.info("Logout of %s.", ss.core.user.login)
            return JSONResponse({"ok": True})
        except Exception as exc:
            return error_response(self._public(exc))

    async def call(self, request: Request) -> Response:
        try:
            key, ss = self._auth(request)
            service, method, args, kwargs = self._parse_call(await self._body(request))
            # encoded on the worker thread too: the event loop only moves bytes
            answer = await run_in_threadpool(self._answer, key, ss, service, method, args, kwargs)
            return Response(answer, media_type="application/json")
        except Exception as exc:
            return error_response(self._public(exc))

    def _answer(
        self,
        key: str,
        ss: ServerSession,
        service: str,
        method: str,
        args: list[Any],
        kwargs: dict[str, Any],
    ) -> bytes:
        return codec.dumps_result(self._call(key, ss, service, method, args, kwargs))

    def _call(
        self,
        key: str,
        ss: ServerSession,
        service: str,
        method: str,
        args: list[Any],
        kwargs: dict[str, Any],
    ) -> Any:
        call = f"{service}.{method}"
        kind = kind_of(service, method)
        if kind is None or kind == FILE:
            self._deny(ss, call)
            raise BadRequest(f"there is no call named {call[:100]!r}")
        with ss.lock:
            self._check_active(key, ss)
            fn = self._target(ss, service, method)
            bound = self._bind(fn, call, args, kwargs)
            if call == "maintenance.backup" and "target" in bound.arguments:
                bound.arguments["target"] = self._backup_target(bound.arguments["target"])
            result = self._invoke(ss, call, fn, bound)
        return result

    async def export(self, request: Request) -> Response:
        try:
            key, ss = self._auth(request)
            service, method, args, kwargs = self._parse_call(await self._body(request))
            path, result = await run_in_threadpool(
                self._export, key, ss, service, method, args, kwargs
            )
            return FileResponse(
                path,
                media_type="application/octet-stream",
                headers={"X-Broker-Result": json.dumps(codec.to_jsonable(result))},
                background=BackgroundTask(self._discard, path),
            )
        except Exception as exc:
            return error_response(self._public(exc))

    def _export(
        self,
        key: str,
        ss: ServerSession,
        service: str,
        method: str,
        args: list[Any],
        kwargs: dict[str, Any],
    ) -> tuple[Path, Any]:
        call = f"{service}.{method}"
        if kind_of(service, method) != FILE:
            self._deny(ss, call)
            raise BadRequest(f"there is no export named {call[:100]!r}")
        with ss.lock:
            self._check_active(key, ss)
            fn = self._target(ss, service, method)
            bound = self._bind(fn, call, args, kwargs)
            wanted = bound.arguments.get("target")
            name = PurePath(str(wanted)).name if isinstance(wanted, (str, PurePath)) else ""
            if not SAFE_NAME.match(name):
                name = "export.csv"
            # the workstation's file name (it is what the audit log records), in a
            # folder of its own that only this server account can read
            path = Path(tempfile.mkdtemp(dir=self._work_dir)) / name
            bound.arguments["target"] = path
            try:
                result = self._invoke(ss, call, fn, bound)
            except BaseException:
                self._discard(path)
                raise
        if not path.exists():
            raise InternalServerError()
        return path, result

    @staticmethod
    def _discard(path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
        with contextlib.suppress(OSError):
            path.parent.rmdir()

    async def events(self, request: Request) -> Response:
        try:
            _key, ss = self._auth(request, touch=False)
            raw = request.query_params.get("after", "-1")
            try:
                after = int(raw) if len(raw) < 20 else -1
            except ValueError:
                raise BadRequest("after must be an integer") from None
            if 0 <= after <= self.feed.seq:
                # no longer than the session has to live: its expiry is then told at once
                idle_left = self.config.idle_seconds - (time.monotonic() - ss.last_used)
                timeout = min(self.config.long_poll_seconds, max(0.05, idle_left + 0.05))
                await self.feed.wait(after, timeout, self.should_stop)
            events, last, gap = self.feed.since(max(after, 0))
            return JSONResponse(
                {"events": events if after >= 0 else [], "last": last, "gap": gap and after >= 0}
            )
        except Exception as exc:
            return error_response(self._public(exc))

    @staticmethod
    def _public(exc: Exception) -> BaseException:
        if isinstance(
            exc,
            (
                CoreError,
                StorageError,
                BadRequest,
                SessionEnded,
                TooManyRequests,
                RequestTooLarge,
                InternalServerError,
            ),
        ):
            return exc
        log.exception("Unexpected server error")
        return InternalServerError()
