"""After a workstation's session through the office server (pin, login, browse, export),
its own folders hold no database file, no key slot, no key bytes and nothing of what
the server keeps outside the user's scope."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

from tests.server.server_harness import ServerProcess
from tests.server.server_office import (
    DIRECTOR_PASSWORD,
    PASSWORD,
    SECURITY,
    SENTINEL,
    build_office,
)

from broker_desktop.core.office import open_session
from broker_desktop.core.rights import Right
from broker_desktop.storage.keys import DatabaseKey


def key_forms(key: DatabaseKey, code: str) -> list[bytes]:
    raw = key.raw
    return [
        raw,
        raw.hex().encode(),
        raw.hex().upper().encode(),
        base64.b64encode(raw),
        base64.urlsafe_b64encode(raw),
        base64.b32encode(raw).rstrip(b"="),
        code.encode(),
        code.replace("-", "").encode(),
    ]


def test_the_workstation_keeps_no_key_material(tmp_path, test_certificate):
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    path, ids, code = build_office(server_dir)
    director = open_session(path, "directeur", DIRECTOR_PASSWORD, security=SECURITY)
    director.admin.grant_right(ids["agent1"], Right.EXPORT)
    director.close()
    server = ServerProcess(path, *test_certificate).start()
    home = tmp_path / "workstation"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_DOCUMENTS_DIR": home / "Documents",
        "TMPDIR": home / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **{k: str(v) for k, v in folders.items()}}
    try:
        result = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("child_workstation.py")),
                str(server.port),
                "agent1",
                PASSWORD,
                server.fingerprint,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).parents[2],
        )
        assert "WORKSTATION DONE" in result.stdout, result.stderr
    finally:
        server.stop()

    files = [p for p in home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    # the session did write where a workstation writes: pin, log, the two exports
    assert {"known_servers.json", "broker-desktop.log", "contracts.csv", "c.csv"} <= names
    assert "P-Keller" in next(p for p in files if p.name == "contracts.csv").read_text("utf-8-sig")

    secret = path.with_name(path.name + ".server-secret").read_bytes()
    keys_file = path.with_name(path.name + ".keys").read_bytes()
    salt = path.read_bytes()[:16]
    forbidden = [
        *key_forms(DatabaseKey.from_recovery_code(code), code),
        salt,  # the first bytes of the database file (a copy of it would start with them)
        b"broker-desktop-keyslots",
        keys_file[:64],
        secret,
        SENTINEL.encode(),
        b"Dupraz",
        b"SQLite format 3",
    ]
    for file in files:
        assert not file.name.endswith((".db", ".keys", "-wal", "-shm", "-journal")), file
        data = file.read_bytes()
        for needle in forbidden:
            assert needle not in data, f"{file} holds {needle[:20]!r}"
