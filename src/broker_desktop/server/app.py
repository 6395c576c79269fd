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
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePath
from typing import Any

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection, Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from broker_desktop.core.errors import AccountClosed, CoreError, ValidationError
from broker_desktop.core.importing.sources import SourceError
from broker_desktop.core.office import SecurityParams, open_session
from broker_desktop.core.paging import ListingService
from broker_desktop.server.channel import CallChannels
from broker_desktop.server.feed import ChangeFeed
from broker_desktop.server.session_store import SessionStore
from broker_desktop.server.sessions import (
    LoginRateLimiter,
    ServerSession,
    SessionRegistry,
    token_hash,
)
from broker_desktop.server.transfers import Job, Jobs, Uploads, private_file
from broker_desktop.server.workdir import fresh_work_dir
from broker_desktop.storage.driver_sql import run_sql
from broker_desktop.storage.errors import StorageError
from broker_desktop.storage.schema import users
from broker_desktop.wire import codec
from broker_desktop.wire.errors import (
    BadRequest,
    InternalServerError,
    RequestTooLarge,
    SessionEnded,
    TooManyChannels,
    TooManyRequests,
    encode_error,
    http_status,
)
from broker_desktop.wire.protocol import (
    CALLBACKS,
    FILE,
    JOB_HEARTBEAT_SECONDS,
    LONG_POLL_SECONDS,
    MAX_BODY_BYTES,
    MAX_UPLOAD_BYTES,
    PROTOCOL_VERSION,
    SERVER_NAME,
    UPLOAD_CHUNK,
    file_input,
    kind_of,
)

log = logging.getLogger("broker_desktop.server")

SAFE_NAME = re.compile(r"^[\w][\w .()-]{0,99}\.[A-Za-z0-9]{1,8}$")
SAFE_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,8}$")


def safe_name(raw: str, default: str) -> str:
    """The workstation's file name if it is a plain one, else ``default`` with its
    suffix (the readers and writers go by the suffix: .csv, .xlsx, .db)."""
    name = PurePath(raw).name if raw and "\x00" not in raw else ""
    if SAFE_NAME.match(name):
        return name
    suffix = PurePath(name).suffix if name else ""
    if SAFE_SUFFIX.match(suffix):
        return default.rsplit(".", 1)[0] + suffix
    return default


@cache
def _method_signature(func: Callable[..., Any]) -> inspect.Signature:
    """A method's signature without ``self`` (as on a bound method), read once."""
    signature = inspect.signature(func)
    return signature.replace(parameters=list(signature.parameters.values())[1:])


@cache
def _active_sql(dialect: sa.Dialect) -> str:
    """Whether a user is still active, compiled once (it runs before every call)."""
    stmt = sa.select(users.c.active).where(users.c.id == sa.bindparam("user_id"))
    return str(stmt.compile(dialect=dialect))


@dataclass(frozen=True)
class ServerConfig:
    database: Path
    security: SecurityParams
    backup_dir: Path
    idle_seconds: float = 30 * 60
    login_attempts_per_minute: int = 30
    max_body: int = MAX_BODY_BYTES
    max_upload: int = MAX_UPLOAD_BYTES
    long_poll_seconds: float = LONG_POLL_SECONDS


def error_response(exc: BaseException) -> Response:
    headers = {}
    if isinstance(exc, TooManyRequests):
        headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, SessionEnded):
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse({"error": encode_error(exc)}, status_code=http_status(exc), headers=headers)


def _bearer(header: str) -> str:
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200:
        raise SessionEnded("unknown")
    return token


def _address(request: HTTPConnection) -> str:
    return request.client.host if request.client else "unknown"


class OfficeServer:
    def __init__(self, config: ServerConfig, store: SessionStore | None = None) -> None:
        self.config = config
        self.store = store  # sessions that survive a restart; None: in memory only
        self.sessions = SessionRegistry(
            config.idle_seconds, forget=store.forget if store is not None else None
        )
        self._resume_lock = threading.Lock()
        self.limiter = LoginRateLimiter(config.login_attempts_per_minute)
        self.feed = ChangeFeed()
        self.should_stop: Callable[[], bool] = lambda: False
        self._work_dir = fresh_work_dir()
        self.uploads = Uploads(self._work_dir / "uploads")
        self.jobs = Jobs()
        self.channels = CallChannels(self)

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
                Route("/v1/upload", self.upload, methods=["POST"]),
                Route("/v1/job", self.job, methods=["POST"]),
                Route("/v1/cancel", self.cancel, methods=["POST"]),
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
            dropped = await run_in_threadpool(self.uploads.sweep, self.sessions.keys())
            if dropped:
                log.info("Deleted %d unused upload(s).", dropped)

    # ----- helpers ----------------------------------------------------------------------------
    def refusal(self, exc: Exception) -> Response:
        """The HTTP answer to a failed request (its public error, typed)."""
        return error_response(self.public_error(exc))

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

    async def authenticate(
        self, request: HTTPConnection, *, touch: bool = True
    ) -> tuple[str, ServerSession]:
        token = _bearer(request.headers.get("authorization", ""))
        found = self._open_session(token, touch)
        if found is not None:
            return found
        return await run_in_threadpool(self._resume, token, _address(request))

    def session_of(self, authorization: str, address: str) -> tuple[str, ServerSession]:
        """``authenticate`` for a call channel's opening, on the channel's own thread."""
        token = _bearer(authorization)
        return self._open_session(token, True) or self._resume(token, address)

    def _open_session(self, token: str, touch: bool) -> tuple[str, ServerSession] | None:
        """The token's session if it is open in this process; None if it may be one of
        before a restart (to resume, which reads the database: not on the event loop)."""
        try:
            return self.live_session(token_hash(token), touch=touch)
        except SessionEnded as exc:
            if exc.reason != "unknown" or self.store is None:
                raise
        return None

    def live_session(self, key: str, *, touch: bool = True) -> tuple[str, ServerSession]:
        """The session of a token's key if it is still open (``AccountClosed`` once its
        user was deactivated, else ``SessionEnded``)."""
        try:
            return self.sessions.get_key(key, touch=touch)
        except SessionEnded as exc:
            if exc.reason == "deactivated":
                raise AccountClosed() from None
            raise

    def _resume(self, token: str, address: str) -> tuple[str, ServerSession]:
        assert self.store is not None
        with self._resume_lock:  # the events poll and a call may both come first
            try:
                return self.sessions.get(token)
            except SessionEnded:
                pass
            key = token_hash(token)
            outcome = self.store.resume(key, token)
            if outcome == "deactivated":
                raise AccountClosed()
            if isinstance(outcome, str):
                raise SessionEnded(outcome)
            core, first_address = outcome
            core.changes.subscribe(self.feed.publish)
            ss = self.sessions.adopt(key, core, first_address)
        log.info("Session of %s resumed after a restart, from %s.", core.user.login, address)
        return key, ss

    def parse_call(self, body: bytes) -> tuple[str, str, list[Any], dict[str, Any]]:
        """``{"service", "method", "args": [...], "kwargs": {...}}``; values in the codec."""
        return self._parse_envelope(self._json_object(body))

    @staticmethod
    def _json_object(body: bytes) -> dict[str, Any]:
        try:
            doc = codec.loads_doc(body)
        except codec.CodecError as exc:
            raise BadRequest(str(exc)) from None
        if not isinstance(doc, dict):
            raise BadRequest("a call is a JSON object")
        return doc

    @staticmethod
    def _parse_envelope(doc: dict[str, Any]) -> tuple[str, str, list[Any], dict[str, Any]]:
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
            rows = run_sql(conn, _active_sql(conn.dialect), (ss.user_id,))
        active = bool(rows and rows[0][0])
        if not active:
            self.sessions.end(key, "deactivated")
            log.info("Session of %s ended: account deactivated.", ss.core.user.login)
            raise AccountClosed()
        now = time.monotonic()
        if self.store is not None and now - ss.stored_at > self.store.touch_every:
            ss.stored_at = now
            try:
                self.store.touch(key, ss.core)
            except StorageError:
                log.warning("Could not record the use of a session.", exc_info=True)

    def _deny(self, ss: ServerSession, call: str) -> None:
        """A call outside the allow-list is a denial like any other: audited."""
        log.warning("Refused call %r by %s from %s.", call[:100], ss.core.user.login, ss.address)
        with ss.lock, ss.core.database.write() as conn:
            ss.core.log(conn, "access.denied", detail={"call": call[:100]})

    @staticmethod
    def _bind(
        fn: Callable[..., Any], call: str, args: list[Any], kwargs: dict[str, Any]
    ) -> inspect.BoundArguments:
        func = getattr(fn, "__func__", None)
        signature = _method_signature(func) if func is not None else inspect.signature(fn)
        try:
            return signature.bind(*args, **kwargs)
        except TypeError:
            raise BadRequest(f"wrong arguments for {call}") from None

    def _invoke(
        self, ss: ServerSession, call: str, fn: Callable[..., Any], bound: inspect.BoundArguments
    ) -> Any:
        try:
            return fn(*bound.args, **bound.kwargs)
        except (CoreError, StorageError, SourceError):
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
        if method == "page" and isinstance(owner, ListingService):
            # the same page, left in columns: the wire sends it column by column
            return owner.page_columns
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
        return JSONResponse(
            {
                "server": SERVER_NAME,
                "protocol": PROTOCOL_VERSION,
                "channel_port": self.channels.port,
            }
        )

    async def login(self, request: Request) -> Response:
        address = _address(request)
        try:
            wait = self.limiter.retry_after(address)
            if wait is not None:
                log.warning("Login attempts from %s refused: rate limit.", address)
                raise TooManyRequests(wait)
            body = await self._body(request)
            try:
                doc = codec.loads_doc(body)
            except codec.CodecError as exc:
                raise BadRequest(str(exc)) from None
            if not isinstance(doc, dict):
                raise BadRequest("a login is a JSON object")
            login, password = doc.get("login"), doc.get("password")
            if not isinstance(login, str) or not isinstance(password, str):
                raise BadRequest("login and password must be text")
            return JSONResponse(await run_in_threadpool(self._login, login, password, address))
        except Exception as exc:
            return self.refusal(exc)

    def _login(self, login: str, password: str, address: str) -> dict[str, Any]:
        try:
            core = open_session(
                self.config.database, login, password, security=self.config.security
            )
        except (CoreError, StorageError) as exc:
            log.info("Login refused for %r from %s: %s", login[:64], address, type(exc).__name__)
            raise
        core.changes.subscribe(self.feed.publish)
        token, key = self.sessions.open(core, address)
        if self.store is not None:
            try:
                self.store.save(key, token, core, address)
            except (CoreError, StorageError):
                log.warning("The session of %s will not survive a restart.", core.user.login)
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
            "channel_port": self.channels.port,
        }

    async def logout(self, request: Request) -> Response:
        try:
            key, ss = await self.authenticate(request)
            self.jobs.cancel_owner(key)
            await run_in_threadpool(self.sessions.end, key, "logged_out")
            self.uploads.drop_owner(key)
            log.info("Logout of %s.", ss.core.user.login)
            return JSONResponse({"ok": True})
        except Exception as exc:
            return self.refusal(exc)

    async def call(self, request: Request) -> Response:
        try:
            key, ss = await self.authenticate(request)
            service, method, args, kwargs = self.parse_call(await self._body(request))
            # encoded on the worker thread too: the event loop only moves bytes
            answer = await run_in_threadpool(self.answer, key, ss, service, method, args, kwargs)
            return Response(answer, media_type="application/json")
        except Exception as exc:
            return self.refusal(exc)

    def answer(
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
        if file_input(service, method) is not None:
            raise BadRequest(f"{call} reads a file: upload it, then call it as a job")
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
            key, ss = await self.authenticate(request)
            service, method, args, kwargs = self.parse_call(await self._body(request))
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
            return self.refusal(exc)

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
        if file_input(service, method) is not None:
            raise BadRequest(f"{call} reads a file: upload it, then call it as a job")
        with ss.lock:
            self._check_active(key, ss)
            fn = self._target(ss, service, method)
            bound = self._bind(fn, call, args, kwargs)
            path = self._output_path(bound)
            try:
                result = self._invoke(ss, call, fn, bound)
            except BaseException:
                self._discard(path)
                raise
        if not path.exists():
            raise InternalServerError()
        return path, result

    def _output_path(self, bound: inspect.BoundArguments) -> Path:
        """Where a file call writes on the server: the workstation's file name (it is what
        the audit log records), in a folder of its own that only this account can read."""
        wanted = bound.arguments.get("target")
        raw = str(wanted) if isinstance(wanted, (str, PurePath)) else ""
        path = Path(tempfile.mkdtemp(dir=self._work_dir)) / safe_name(raw, "export.csv")
        bound.arguments["target"] = path
        return path

    # ----- uploads and jobs -----------------------------------------------------------------
    async def upload(self, request: Request) -> Response:
        """The body, streamed into a private file of the server; answers its upload id."""
        try:
            key, ss = await self.authenticate(request)
            name = safe_name(request.query_params.get("name", "")[:300], "upload")
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.config.max_upload:
                raise RequestTooLarge(self.config.max_upload)
            await run_in_threadpool(self._active, key, ss)
            upload_id, path = self.uploads.new(key, name)
            total = 0
            try:
                with open(private_file(path), "wb") as handle:
                    async for chunk in request.stream():
                        total += len(chunk)
                        if total > self.config.max_upload:
                            raise RequestTooLarge(self.config.max_upload)
                        handle.write(chunk)
            except BaseException:
                Uploads.discard(path)
                raise
            self.uploads.register(upload_id, key, path)
            log.info("Upload of %d bytes by %s.", total, ss.core.user.login)
            return JSONResponse({"upload": upload_id, "size": total})
        except Exception as exc:
            return self.refusal(exc)

    def _active(self, key: str, ss: ServerSession) -> None:
        with ss.lock:
            self._check_active(key, ss)

    def _claim_upload(self, key: str, ss: ServerSession, upload_id: object) -> Path:
        owner = None
        if isinstance(upload_id, str) and len(upload_id) <= 100:
            owner = self.uploads.owner_of(upload_id)
        if owner is not None and owner != key:  # another session's file: a denial
            self._deny(ss, "upload of another session")
        path = self.uploads.take(upload_id, key) if isinstance(upload_id, str) else None
        if path is None:
            raise BadRequest("there is no such upload of this session (each serves one call)")
        return path

    async def job(self, request: Request) -> Response:
        """A call that may read an uploaded file, write a file to stream back, and report
        its progress: the answer is a stream of JSON lines (``{"progress": [...]}``, or
        ``{}`` while nothing moved), then ``{"result": ...}`` or ``{"error": ...}``; for a
        file call the result line has the file's ``size`` and the file's bytes follow."""
        try:
            key, ss = await self.authenticate(request)
            doc = self._json_object(await self._body(request))
            service, method, args, kwargs = self._parse_envelope(doc)
            job_id, files = doc.get("job"), doc.get("files", {})
            callbacks = doc.get("callbacks", [])
            if not isinstance(job_id, str) or not 8 <= len(job_id) <= 64:
                raise BadRequest("a job needs an id of 8 to 64 characters")
            if not isinstance(files, dict) or len(files) > 1:
                raise BadRequest("files must be an object naming at most one upload")
            if not isinstance(callbacks, list) or not all(
                isinstance(c, str) and c in CALLBACKS for c in callbacks
            ):
                raise BadRequest(f"callbacks are among {', '.join(sorted(CALLBACKS))}")
            job = self.jobs.start(key, job_id)
            if job is None:
                raise BadRequest("a job of that id is already running")
            if doc.get("cancelled") is True:  # cancelled before it started
                job.cancel()
        except Exception as exc:
            return self.refusal(exc)
        for name in callbacks:
            kwargs[name] = job.report if name == "progress" else job.cancelled
        loop, wake = asyncio.get_running_loop(), asyncio.Event()
        job.bind(lambda: loop.call_soon_threadsafe(wake.set))
        task = asyncio.ensure_future(
            run_in_threadpool(self._run_job, key, ss, service, method, args, kwargs, files)
        )
        return StreamingResponse(
            self._job_stream(task, job, wake), media_type="application/x-ndjson"
        )

    def _run_job(
        self,
        key: str,
        ss: ServerSession,
        service: str,
        method: str,
        args: list[Any],
        kwargs: dict[str, Any],
        files: dict[str, Any],
    ) -> tuple[Any, Path | None]:
        call = f"{service}.{method}"
        kind = kind_of(service, method)
        if kind is None:
            self._deny(ss, call)
            raise BadRequest(f"there is no call named {call[:100]!r}")
        wanted = file_input(service, method)
        upload: Path | None = None
        output: Path | None = None
        try:
            with ss.lock:
                self._check_active(key, ss)
                if any(name != wanted for name in files):
                    raise BadRequest(f"{call} reads no uploaded file by that name")
                if wanted is not None:
                    if wanted in kwargs:
                        raise BadRequest("a file is named by its upload, never by a path")
                    if wanted not in files:
                        raise BadRequest(f"{call} reads a file: upload it first")
                    upload = self._claim_upload(key, ss, files[wanted])
                    kwargs[wanted] = upload
                fn = self._target(ss, service, method)
                bound = self._bind(fn, call, args, kwargs)
                if call == "maintenance.backup" and "target" in bound.arguments:
                    bound.arguments["target"] = self._backup_target(bound.arguments["target"])
                if kind == FILE:
                    output = self._output_path(bound)
                result = self._invoke(ss, call, fn, bound)
            if output is not None and not output.exists():
                raise InternalServerError()
            return result, output
        except BaseException:
            if output is not None:
                self._discard(output)
            raise
        finally:
            if upload is not None:
                Uploads.discard(upload)

    async def _job_stream(
        self, task: asyncio.Future[Any], job: Job, wake: asyncio.Event
    ) -> AsyncIterator[bytes]:
        handed_over = False
        try:
            while True:
                woken = asyncio.ensure_future(wake.wait())
                await asyncio.wait(
                    {task, woken},
                    timeout=JOB_HEARTBEAT_SECONDS,
                    return_when=asyncio.FIRST_COMPLETED,
                )
                woken.cancel()
                wake.clear()
                asked = job.question()
                if asked is not None:  # the core waits for the answer (/v1/cancel)
                    yield codec.dumps_doc({"progress": list(asked), "ask": True}) + b"\n"
                elif not task.done():
                    yield b"{}\n"  # still working: the workstation may cancel meanwhile
                if task.done():
                    break
            handed_over = True
            try:
                result, output = task.result()
                line: dict[str, Any] = {"result": codec.to_jsonable(result)}
            except Exception as exc:
                yield codec.dumps_doc({"error": encode_error(self.public_error(exc))}) + b"\n"
                return
            if output is None:
                yield codec.dumps_doc(line) + b"\n"
                return
            try:
                line["size"] = output.stat().st_size
                yield codec.dumps_doc(line) + b"\n"
                with open(output, "rb") as handle:
                    while chunk := handle.read(UPLOAD_CHUNK):
                        yield chunk
            finally:
                self._discard(output)
        finally:
            self.jobs.finish(job)
            if not handed_over:  # the workstation went away: stop the work, drop its file
                job.cancel()
                task.add_done_callback(self._discard_result)

    def _discard_result(self, task: asyncio.Future[Any]) -> None:
        if task.cancelled() or task.exception() is not None:
            return
        _result, output = task.result()
        if output is not None:
            self._discard(output)

    async def cancel(self, request: Request) -> Response:
        try:
            key, _ss = await self.authenticate(request)
            doc = self._json_object(await self._body(request))
            job_id, go_on = doc.get("job"), doc.get("go_on", False)
            if not isinstance(job_id, str) or len(job_id) > 64 or not isinstance(go_on, bool):
                raise BadRequest("name the job, and whether it goes on")
            return JSONResponse({"found": self.jobs.answer(key, job_id, go_on)})
        except Exception as exc:
            return self.refusal(exc)

    @staticmethod
    def _discard(path: Path) -> None:
        with contextlib.suppress(OSError):
            path.unlink()
        with contextlib.suppress(OSError):
            path.parent.rmdir()

    async def events(self, request: Request) -> Response:
        try:
            _key, ss = await self.authenticate(request, touch=False)
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
            return self.refusal(exc)

    @staticmethod
    def public_error(exc: Exception) -> BaseException:
        if isinstance(
            exc,
            (
                CoreError,
                StorageError,
                SourceError,
                BadRequest,
                SessionEnded,
                TooManyRequests,
                TooManyChannels,
                RequestTooLarge,
                InternalServerError,
            ),
        ):
            return exc
        log.exception("Unexpected server error")
        return InternalServerError()
