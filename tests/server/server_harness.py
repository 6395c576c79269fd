"""Real office server processes on 127.0.0.1 (ephemeral port, test certificate, cheap but
real crypto costs), and RemoteSessions connected to them."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from broker_desktop.remote.session import RemoteSession, connect
from broker_desktop.server import certs
from broker_desktop.server.custody import default_secret_path, enroll
from broker_desktop.storage.database import Database

LISTENING = re.compile(r"listening on https://([\d.]+):(\d+)")
CHANNEL = re.compile(r"Call channel on port (\d+)")
# start(timeout=...) is a limit, not a wait: a start returns as soon as the server listens.
# Generous, since a loaded machine (the suite's other worker, other processes) can take
# many times the usual second or two to import and open the office.
FINGERPRINT = re.compile(r"fingerprint: ([0-9A-F:]+)")

# the same costs as tests/core's ``security`` fixture: 3 free attempts, then 5 minutes
TEST_SECURITY_ARGS = (
    "--fast-kdf",
    "--bcrypt-rounds",
    "4",
    "--lockout-attempts",
    "3",
    "--lockout-seconds",
    "300",
)


def make_test_certificate(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "test-cert.pem", folder / "test-key.pem"
    if not cert.exists():
        certs.generate(cert, key, "127.0.0.1")
    return cert, key


def enroll_server(db: Database, database_path: Path) -> Path:
    """Give the server its key slot, as ``serve --enroll`` does."""
    secret = default_secret_path(database_path)
    enroll(db, secret)
    return secret


class Zygote:
    """``server_zygote.py``: forks ready-imported server processes (see there)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("server_zygote.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        self._lock = threading.Lock()

    def spawn(self, argv: list[str], output: Path) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with self._lock:
            self.proc.stdin.write(json.dumps({"argv": argv, "output": str(output)}) + "\n")
            self.proc.stdin.flush()
            return int(self.proc.stdout.readline())

    def close(self) -> None:
        with contextlib.suppress(Exception):
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(10)
        if self.proc.poll() is None:
            self.proc.kill()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@dataclass
class ForkedServer:
    """A server process forked by the zygote (not our child: watched by its pid)."""

    database: Path
    cert: Path
    key: Path
    zygote: Zygote
    extra: tuple[str, ...] = ()
    pid: int = 0
    host: str = "127.0.0.1"
    port: int = 0
    channel_port: int = 0
    fingerprint: str = ""

    def start(self, port: int = 0, timeout: float = 180.0) -> ForkedServer:
        output = Path(f"{self.database}.server.out")
        argv = [
            "serve",
            "--db",
            str(self.database),
            "--listen",
            f"127.0.0.1:{port}",
            # a restart on the same port keeps its channel's port too
            "--channel-port",
            str(self.channel_port if port else 0),
            "--cert",
            str(self.cert),
            "--key",
            str(self.key),
            *TEST_SECURITY_ARGS,
            *self.extra,
        ]
        output.unlink(missing_ok=True)  # a previous run's "listening" line is not this one's
        self.pid = self.zygote.spawn(argv, output)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = output.read_text() if output.exists() else ""
            if found := LISTENING.search(text):
                self.port = int(found.group(2))
                self.channel_port = int(CHANNEL.search(text).group(1))  # type: ignore[union-attr]
                fp = FINGERPRINT.search(text)
                self.fingerprint = fp.group(1) if fp else ""
                return self
            if not _alive(self.pid):
                break
            time.sleep(0.02)
        self.kill()
        raise RuntimeError(
            "the server did not start:\n" + (output.read_text() if output.exists() else "")
        )

    @property
    def pem(self) -> str:
        return self.cert.read_text()

    def login(self, login: str, password: str) -> RemoteSession:
        return connect(self.host, self.port, login, password, pinned_pem=self.pem)

    def stop(self, timeout: float = 20.0) -> None:
        if not self.pid or not _alive(self.pid):
            return
        os.kill(self.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(self.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        self.kill()

    def kill(self) -> None:
        if self.pid and _alive(self.pid):
            os.kill(self.pid, signal.SIGKILL)


@dataclass
class ServerProcess:
    database: Path
    cert: Path
    key: Path
    extra: tuple[str, ...] = ()
    proc: subprocess.Popen | None = None
    host: str = "127.0.0.1"
    port: int = 0
    channel_port: int = 0
    fingerprint: str = ""
    output: list[str] = field(default_factory=list)

    def start(self, port: int = 0, timeout: float = 180.0) -> ServerProcess:
        cmd = [
            sys.executable,
            "-m",
            "broker_desktop",
            "serve",
            "--db",
            str(self.database),
            "--listen",
            f"127.0.0.1:{port}",
            # a restart on the same port keeps its channel's port too
            "--channel-port",
            str(self.channel_port if port else 0),
            "--cert",
            str(self.cert),
            "--key",
            str(self.key),
            *TEST_SECURITY_ARGS,
            *self.extra,
        ]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        deadline = time.monotonic() + timeout
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.output.append(line)
            if found := FINGERPRINT.search(line):
                self.fingerprint = found.group(1)
            if found := CHANNEL.search(line):
                self.channel_port = int(found.group(1))
            if found := LISTENING.search(line):
                self.port = int(found.group(2))
                threading.Thread(target=self._drain, daemon=True).start()
                return self
        self.kill()
        raise RuntimeError("the server did not start:\n" + "".join(self.output))

    def _drain(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)

    @property
    def pem(self) -> str:
        return self.cert.read_text()

    def login(self, login: str, password: str) -> RemoteSession:
        return connect(self.host, self.port, login, password, pinned_pem=self.pem)

    def stop(self, timeout: float = 20.0) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(10)
