"""``broker-desktop serve``: run the office server (headless; stops cleanly on SIGTERM or
Ctrl-C: the running requests finish, their transactions commit or roll back)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import ipaddress
import logging
import os
import signal
import socket
import ssl
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from broker_desktop.storage.files import sidecar
from broker_desktop.wire.protocol import MAX_UPLOAD_BYTES

if TYPE_CHECKING:
    from broker_desktop.core.office import SecurityParams
    from broker_desktop.server.custody import KeyringCustody

log = logging.getLogger("broker_desktop.server")

DEFAULT_PORT = 8443


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="run the office server (workstations connect to it)")
    serve.add_argument("--db", metavar="PATH", required=True, help="the office database")
    serve.add_argument(
        "--listen",
        metavar="HOST:PORT",
        default=f"0.0.0.0:{DEFAULT_PORT}",
        help=f"address to listen on (default 0.0.0.0:{DEFAULT_PORT}; port 0 = any free port)",
    )
    serve.add_argument(
        "--channel-port",
        type=int,
        metavar="PORT",
        help="port of the call channel, on the same address (default: the --listen port "
        "plus one; any free port if that is 0)",
    )
    serve.add_argument(
        "--secret", metavar="PATH", help="server secret file (default DB.server-secret)"
    )
    serve.add_argument(
        "--keyring",
        action="store_true",
        help="keep the server secret in the operating system's keyring instead of the file "
        "(with --create, --enroll, --withdraw and at every start)",
    )
    serve.add_argument(
        "--cert", metavar="PATH", help="TLS certificate (default DB.server-cert.pem)"
    )
    serve.add_argument("--key", metavar="PATH", help="TLS private key (default DB.server-key.pem)")
    serve.add_argument("--log", metavar="PATH", help="log file (default DB.server.log)")
    serve.add_argument(
        "--backup-dir", metavar="PATH", help="where backups go (default DB folder/backups)"
    )
    serve.add_argument("--idle-minutes", type=float, default=30.0, help="idle session expiry")
    serve.add_argument(
        "--login-rate", type=int, default=30, help="login attempts per minute per address"
    )
    serve.add_argument(
        "--max-upload-mb",
        type=int,
        default=MAX_UPLOAD_BYTES // (1024 * 1024),
        help="largest file a workstation may upload (an import, a backup to compare)",
    )
    serve.add_argument(
        "--enroll",
        action="store_true",
        help="give the server its key slot (asks for the recovery code), then serve",
    )
    serve.add_argument(
        "--withdraw",
        action="store_true",
        help="remove the server's key slot and secret (a retired server), then stop",
    )
    serve.add_argument(
        "--create",
        metavar="DIRECTOR_LOGIN",
        help="create a new office database with this director login (asks his password), "
        "then serve",
    )
    serve.add_argument("--director-name", default="", help="the new director's full name")
    # test and benchmark only: real but cheap crypto costs
    serve.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    serve.add_argument("--bcrypt-rounds", type=int, default=12, help=argparse.SUPPRESS)
    serve.add_argument("--lockout-attempts", type=int, default=5, help=argparse.SUPPRESS)
    serve.add_argument("--lockout-seconds", type=float, default=30.0, help=argparse.SUPPRESS)
    # benchmark only: uvicorn's compiled HTTP parser and event loop, where installed
    # (not dependencies: no measured gain, see docs/benchmarks.md)
    serve.add_argument(
        "--http", choices=("h11", "httptools"), default="h11", help=argparse.SUPPRESS
    )
    serve.add_argument(
        "--loop", choices=("asyncio", "uvloop"), default="asyncio", help=argparse.SUPPRESS
    )


def parse_listen(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise SystemExit(f"--listen wants HOST:PORT, not {text!r}")
    return host.strip("[]") or "0.0.0.0", int(port)  # noqa: S104 - the documented default


def _setup_logging(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, 0o600)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in (logging.StreamHandler(sys.stderr), logging.FileHandler(path, encoding="utf-8")):
        handler.setFormatter(fmt)
        root.addHandler(handler)


def _read_secret_input(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def _security(args: argparse.Namespace) -> SecurityParams:
    from broker_desktop.core.office import SecurityParams
    from broker_desktop.storage.attempts import LockoutPolicy
    from broker_desktop.storage.slots import KdfParams, allow_weak_kdf

    kdf = KdfParams(n=2**10, r=8, p=1) if args.fast_kdf else KdfParams()
    if args.fast_kdf:  # tests only: below the production floor, accepted by this process
        allow_weak_kdf(kdf)
    return SecurityParams(
        kdf=kdf,
        bcrypt_rounds=args.bcrypt_rounds,
        lockout=LockoutPolicy(
            free_attempts=args.lockout_attempts, first_lock=timedelta(seconds=args.lockout_seconds)
        ),
    )


def _custody(args: argparse.Namespace) -> KeyringCustody | None:
    from broker_desktop.server.custody import KeyringCustody

    return KeyringCustody() if args.keyring else None


def _create(
    args: argparse.Namespace, db_path: Path, secret_path: Path, security: SecurityParams
) -> None:
    from broker_desktop.core.office import create_office
    from broker_desktop.server.custody import enroll

    password = _read_secret_input(f"Password for {args.create}: ")
    if sys.stdin.isatty() and _read_secret_input("Same password again: ") != password:
        raise SystemExit("The two passwords differ; nothing was created.")
    session, code = create_office(
        db_path,
        login=args.create,
        display_name=args.director_name or args.create,
        password=password,
        security=security,
    )
    try:
        enroll(session.database, secret_path, _custody(args))
    finally:
        session.close()
    # stdout only, never the log: the recovery code opens the database on its own
    print(f"Office created: {db_path}")
    print(f"RECOVERY CODE (shown once; store it in the office safe): {code}", flush=True)


def _enroll(
    args: argparse.Namespace, db_path: Path, secret_path: Path, security: SecurityParams
) -> None:
    from broker_desktop.server.custody import enroll
    from broker_desktop.storage.database import Database

    code = _read_secret_input("Recovery code of the office database: ")
    db = Database.open_with_recovery_code(db_path, code, lockout=security.lockout)
    try:
        enroll(db, secret_path, _custody(args))
    finally:
        db.close()
    where = "the operating system's keyring" if args.keyring else f"{secret_path} (mode 0600)"
    log.info("The server has its own key slot; its secret is in %s.", where)


def _bind(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ipaddress.ip_address(host).version == 6 else socket.AF_INET
    except ValueError:
        family = socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and
    # without it every answer waits for the peer's delayed ACK (about 40 ms)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)  # connections queue from now on, before uvicorn takes the socket
    sock.set_inheritable(True)
    return sock


def _server_class() -> type:
    import uvicorn

    class QuietExitServer(uvicorn.Server):
        """uvicorn re-raises SIGTERM/SIGINT once it has shut down, so the process would
        die by the signal; the shutdown is complete by then and the server logs it and
        exits with status 0 instead. Before uvicorn closes the connections, the calls under
        way on the call channels finish and answer (uvicorn would close a WebSocket at
        once, the workstation not knowing whether its write was done)."""

        before_shutdown: Callable[[], Awaitable[None]] | None = None

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            if self.before_shutdown is not None:
                await self.before_shutdown()
            await super().shutdown(sockets)

        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            if threading.current_thread() is not threading.main_thread():
                yield
                return
            handled = (signal.SIGINT, signal.SIGTERM)
            original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
            try:
                yield
            finally:
                for sig, handler in original.items():
                    signal.signal(sig, handler)

    return QuietExitServer


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    _Server = _server_class()

    from broker_desktop.core.errors import CoreError
    from broker_desktop.server import certs
    from broker_desktop.server.app import OfficeServer, ServerConfig
    from broker_desktop.server.custody import (
        CustodyError,
        default_secret_path,
        open_with_secret,
        read_secret,
    )
    from broker_desktop.server.session_store import SessionStore
    from broker_desktop.storage.errors import StorageError

    db_path = Path(args.db).absolute()
    host, port = parse_listen(args.listen)
    secret_path = Path(args.secret) if args.secret else default_secret_path(db_path)
    default_cert, default_key = certs.default_paths(db_path)
    cert_path = Path(args.cert) if args.cert else default_cert
    key_path = Path(args.key) if args.key else default_key
    log_path = Path(args.log) if args.log else sidecar(db_path, ".server.log")
    backup_dir = Path(args.backup_dir) if args.backup_dir else db_path.parent / "backups"
    security = _security(args)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _setup_logging(log_path)
        if args.withdraw:
            from broker_desktop.server.custody import withdraw

            withdraw(db_path, secret_path, _custody(args))
            log.info(
                "The server's key slot was removed and its secret deleted (%s). Change the "
                "database key now: a copy of the old key file would still hold the slot.",
                "from the keyring" if args.keyring else secret_path,
            )
            return 0
        if args.create:
            _create(args, db_path, secret_path, security)
        elif args.enroll:
            _enroll(args, db_path, secret_path, security)
        secret = read_secret(db_path, secret_path, _custody(args))
        store = SessionStore(security, args.idle_minutes * 60)
        server_db = open_with_secret(db_path, secret, lockout=security.lockout)
        try:
            purged, kept = store.load(server_db)
        finally:
            server_db.close()  # a key change needs the file closed everywhere else
        fingerprint, created = certs.ensure(cert_path, key_path, host)
    except (CustodyError, StorageError, CoreError, OSError) as exc:
        log.error("The server cannot start: %s", exc)
        return 2
    if purged or kept:
        log.info("Sessions from before the start: %d to resume, %d expired.", kept, purged)
    if created:
        log.info("Generated a new TLS certificate: %s", cert_path)
    office = OfficeServer(
        ServerConfig(
            database=db_path,
            security=security,
            backup_dir=backup_dir,
            idle_seconds=args.idle_minutes * 60,
            login_attempts_per_minute=args.login_rate,
            max_upload=max(1, args.max_upload_mb) * 1024 * 1024,
        ),
        store,
    )
    try:
        sock = _bind(host, port)
    except OSError as exc:
        log.error("The server cannot listen on %s:%s: %s", host, port, exc)
        return 2
    channel_port = args.channel_port if args.channel_port is not None else port + 1 if port else 0
    try:
        channel_sock = _bind(host, channel_port)
    except (OSError, OverflowError) as exc:
        log.error("The server cannot listen on %s:%s (call channel): %s", host, channel_port, exc)
        sock.close()
        return 2
    config = uvicorn.Config(
        office.app(),
        ssl_certfile=str(cert_path),
        ssl_keyfile=str(key_path),
        log_config=None,
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=5,
        server_header=False,
        http=args.http,
        loop=args.loop,
        ws="none",  # the call channel has its own port (server/channel.py)
    )
    config.load()
    assert config.ssl is not None
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_2
    server = _Server(config)
    office.should_stop = lambda: server.should_exit
    office.channels.start(channel_sock, config.ssl)
    server.before_shutdown = lambda: asyncio.to_thread(
        office.channels.drain, config.timeout_graceful_shutdown or 5
    )
    bound_host, bound_port = sock.getsockname()[:2]
    log.info("Certificate SHA-256 fingerprint: %s", fingerprint)
    print(f"Certificate SHA-256 fingerprint: {fingerprint}", flush=True)
    print(f"Call channel on port {office.channels.port}", flush=True)
    print(
        f"Broker Desktop office server listening on https://{bound_host}:{bound_port}", flush=True
    )
    log.info(
        "Serving %s on https://%s:%s (call channel on port %s)",
        db_path,
        bound_host,
        bound_port,
        office.channels.port,
    )
    server.run(sockets=[sock])
    log.info("Server stopped.")
    return 0
