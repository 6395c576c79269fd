"""``broker-desktop --self-test``: prove, headless, that this installation works.

It creates a throw-away office database with the production security settings
(encrypted, key slots, default roles), unlocks it with the user's password and logs
in, checks that the keyring backends were packaged, then (in
``broker_desktop.ui.selftest_qt``) starts Qt offscreen and loads the translations.
One line per check; exit status 0 only if every check passed.

Qt is imported only after the core checks, so this module stays importable headless.
"""

from __future__ import annotations

import importlib
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TextIO

LOGIN = "selftest"
DISPLAY_NAME = "Self-test"

# keyring entry-point name of each OS's native backend, and the module it needs.
NATIVE_BACKENDS = {
    "linux": ("SecretService", "secretstorage"),
    "win32": ("Windows", "win32ctypes.pywin32.win32cred"),
    "darwin": ("macOS", "keyring.backends.macOS.api"),
}


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok' if self.ok else 'FAIL':<4} {self.name}: {self.detail}"


class SelfTest:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.results: list[CheckResult] = []

    def record(self, result: CheckResult) -> None:
        self.results.append(result)
        print(result.line(), file=self.out, flush=True)

    def check(self, name: str, func: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            detail = func()
        except Exception as exc:  # a self-test reports every failure, whatever it is
            self.record(CheckResult(name, False, f"{type(exc).__name__}: {exc}"))
            return False
        elapsed = time.perf_counter() - start
        self.record(CheckResult(name, True, f"{detail} ({elapsed:.2f} s)"))
        return True

    def skip(self, name: str, reason: str) -> None:
        self.record(CheckResult(name, False, f"not run: {reason}"))

    @property
    def passed(self) -> bool:
        return all(result.ok for result in self.results)


# ----- the program itself ------------------------------------------------------------
def _application() -> str:
    import broker_desktop

    if broker_desktop.__version__ == "0.0.0":
        raise AssertionError("the package metadata is missing (version unknown)")
    build = "packaged" if getattr(sys, "frozen", False) else "from source"
    return f"Broker Desktop {broker_desktop.__version__}, {build}, Python {sys.version.split()[0]}"


# ----- native libraries -------------------------------------------------------------
def _native_libraries() -> str:
    import bcrypt
    import sqlcipher3.dbapi2 as dbapi
    from cryptography.hazmat.backends.openssl import backend

    conn = dbapi.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row:
        raise AssertionError("sqlcipher3 runs without SQLCipher (no cipher_version)")
    hashed = bcrypt.hashpw(b"self-test", bcrypt.gensalt(4))
    if not bcrypt.checkpw(b"self-test", hashed):
        raise AssertionError("bcrypt does not verify its own hash")
    return (
        f"SQLCipher {row[0]}, {backend.openssl_version_text()}, bcrypt {metadata.version('bcrypt')}"
    )


# ----- office server ---------------------------------------------------------------
def _office_server() -> str:
    """What ``serve`` loads by name (uvicorn's protocols, which a bundle would lack unless
    packaged on purpose), the call channel's WebSocket protocol (both ends, one message
    each way in memory) and the wire's compiled codec."""
    import orjson
    import websockets
    from uvicorn.config import HTTP_PROTOCOLS, LIFESPAN, LOOP_FACTORIES
    from uvicorn.importer import import_from_string
    from websockets.client import ClientProtocol
    from websockets.frames import Frame
    from websockets.http11 import Request
    from websockets.server import ServerProtocol
    from websockets.uri import parse_uri

    loop = LOOP_FACTORIES["asyncio"]
    assert loop is not None
    for name in (HTTP_PROTOCOLS["h11"], LIFESPAN["on"], loop):
        import_from_string(name)
    client, server = ClientProtocol(parse_uri("wss://127.0.0.1/v1/channel")), ServerProtocol()
    client.send_request(client.connect())
    for data in client.data_to_send():
        server.receive_data(data)
    request = next(e for e in server.events_received() if isinstance(e, Request))
    server.send_response(server.accept(request))
    server.send_binary(b'{"result": 1}')
    for data in server.data_to_send():
        client.receive_data(data)
    frames = [e for e in client.events_received() if isinstance(e, Frame)]
    if [bytes(f.data) for f in frames] != [b'{"result": 1}']:
        raise AssertionError("the call channel's WebSocket protocol does not carry a message")
    if orjson.loads(orjson.dumps({"page": [1, "é", None]})) != {"page": [1, "é", None]}:
        raise AssertionError("orjson does not read back what it wrote")
    return (
        f"uvicorn {metadata.version('uvicorn')}, websockets {websockets.__version__}, "
        f"orjson {orjson.__version__}"
    )


# ----- database -------------------------------------------------------------------
def _create_office(path: Path, password: str) -> str:
    from broker_desktop.core.office import create_office
    from broker_desktop.storage import migrate

    session, _recovery_code = create_office(
        path, login=LOGIN, display_name=DISPLAY_NAME, password=password
    )
    try:
        with session.database.read() as conn:
            revision = migrate.current_revision(conn)
    finally:
        session.close()
    return f"{path.name}, schema revision {revision}"


def _encrypted_at_rest(path: Path) -> str:
    from broker_desktop.storage.connection import PLAIN_SQLITE_HEADER
    from broker_desktop.storage.database import Database
    from broker_desktop.storage.errors import WrongKey
    from broker_desktop.storage.keys import DatabaseKey

    with open(path, "rb") as handle:
        if handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER:
            raise AssertionError("the database file is plain SQLite")
    try:
        Database.open_with_key(path, DatabaseKey.generate()).close()
    except WrongKey:
        return "no SQLite header, a wrong key is rejected"
    raise AssertionError("a random key opened the database")


def _log_in(path: Path, password: str) -> str:
    from broker_desktop.core.office import open_session

    session = open_session(path, LOGIN, password)
    try:
        if session.user.login != LOGIN:
            raise AssertionError(f"logged in as {session.user.login!r}")
        if not session.rights():
            raise AssertionError("the first user has no rights")
        roles = ", ".join(session.role_names())
    finally:
        session.close()
    return f"{LOGIN!r} logged in with the password, roles: {roles}"


# ----- keyring ----------------------------------------------------------------------
def _keyring_backends() -> str:
    """Packaged builds lose keyring's backends when its entry points are not bundled."""
    found = {ep.name: ep for ep in metadata.entry_points(group="keyring.backends")}
    if not found:
        raise AssertionError("no keyring.backends entry points (keyring metadata missing)")
    for ep in found.values():
        ep.load()
    native = NATIVE_BACKENDS.get(sys.platform)
    if native is not None:
        name, dependency = native
        if name not in found:
            raise AssertionError(f"native backend {name!r} not registered")
        importlib.import_module(dependency)
    return ", ".join(sorted(found))


def _keyring_status() -> str:
    from broker_desktop.security.keyring_unlock import WorkstationUnlock

    secure, description = WorkstationUnlock().status()
    if secure:
        return f"{description}, secure: workstation unlock available"
    return f"not secure ({description}): workstation unlock unavailable, password only"


# ----- driver -----------------------------------------------------------------------
def _console() -> TextIO:
    """stdout, even in a Windows windowed build (where it is None): attach to the
    console of the shell that started us."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            return open("CONOUT$", "w", encoding="utf-8")
    return open(os.devnull, "w", encoding="utf-8")


def run_checks(test: SelfTest, workdir: Path) -> None:
    path = workdir / "selftest.db"
    password = f"Self-{secrets.token_hex(8)}-Test"  # meets the password policy
    test.check("application", _application)
    test.check("native libraries", _native_libraries)
    test.check("office server modules", _office_server)
    if test.check("create encrypted database", lambda: _create_office(path, password)):
        test.check("encrypted at rest", lambda: _encrypted_at_rest(path))
        test.check("unlock with password and log in", lambda: _log_in(path, password))
    else:
        test.skip("encrypted at rest", "no database")
        test.skip("unlock with password and log in", "no database")
    test.check("keyring backends packaged", _keyring_backends)
    test.check("keyring backend", _keyring_status)

    # Qt comes last and only through the ui package: the core must not need it.
    try:
        from broker_desktop.ui import selftest_qt
    except Exception as exc:
        test.record(CheckResult("Qt", False, f"{type(exc).__name__}: {exc}"))
        return
    selftest_qt.run_checks(test.check)


def run() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out = _console()
    test = SelfTest(out)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(
        prefix="broker-desktop-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        run_checks(test, Path(tmp))
    failed = sum(not result.ok for result in test.results)
    elapsed = time.perf_counter() - start
    if failed:
        print(f"self-test FAILED: {failed} of {len(test.results)} checks", file=out, flush=True)
    else:
        print(f"self-test passed: {len(test.results)} checks in {elapsed:.1f} s", file=out)
    out.flush()
    return 0 if test.passed else 1
