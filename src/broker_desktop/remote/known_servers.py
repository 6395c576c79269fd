"""The office servers this workstation trusts: one pinned certificate per address, kept
in the user's configuration folder (a certificate is public: no secret is stored)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import platformdirs

from broker_desktop.remote.tls import fingerprint
from broker_desktop.storage.files import atomic_write


def default_path() -> Path:
    return platformdirs.user_config_path("broker-desktop", appauthor=False) / "known_servers.json"


class KnownServers:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()

    def _load(self) -> dict[str, str]:
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
        return {}

    @staticmethod
    def key(host: str, port: int) -> str:
        return f"{host.strip().lower()}:{int(port)}"

    def pinned(self, host: str, port: int) -> str | None:
        return self._load().get(self.key(host, port))

    def pinned_fingerprint(self, host: str, port: int) -> str | None:
        pem = self.pinned(host, port)
        return fingerprint(pem) if pem else None

    def pin(self, host: str, port: int, cert_pem: str) -> None:
        data = self._load()
        data[self.key(host, port)] = cert_pem
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def forget(self, host: str, port: int) -> None:
        data = self._load()
        if data.pop(self.key(host, port), None) is not None:
            atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8"))
