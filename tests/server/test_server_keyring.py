"""The server secret in the operating system's keyring instead of the 0600 file: kept
and read back through a keyring known to protect secrets, refused by one that keeps them
in a file or keeps nothing, withdrawn like the file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from tests.keyring_backends import MemoryKeyring, PlaintextFileKeyring
from tests.server.server_office import DIRECTOR_PASSWORD, SECURITY

from broker_desktop.core.office import create_office
from broker_desktop.server.custody import (
    KEYRING_SERVICE,
    CustodyError,
    KeyringCustody,
    default_secret_path,
    enroll,
    open_with_secret,
    read_secret,
    withdraw,
)
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import InvalidCredentials


def new_office(folder):
    path = folder / "office.db"
    director, code = create_office(
        path,
        login="directeur",
        display_name="Claire",
        password=DIRECTOR_PASSWORD,
        security=SECURITY,
    )
    director.close()
    return path, code


def test_a_trusted_keyring_keeps_the_server_secret_instead_of_the_file(tmp_path):
    path, code = new_office(tmp_path)
    backend = MemoryKeyring()
    custody = KeyringCustody(backend, trusted=(MemoryKeyring,))
    db = Database.open_with_recovery_code(path, code)
    try:
        secret = enroll(db, default_secret_path(path), custody)
        database_id = db.database_id
        with pytest.raises(CustodyError):  # never a second secret over the first
            enroll(db, default_secret_path(path), custody)
    finally:
        db.close()
    assert not default_secret_path(path).exists()
    assert list(backend.secrets) == [(KEYRING_SERVICE, database_id)]
    assert read_secret(path, default_secret_path(path), custody) == secret
    open_with_secret(path, secret).close()  # it opens the office

    withdraw(path, default_secret_path(path), custody)
    assert backend.secrets == {}
    with pytest.raises(InvalidCredentials):
        open_with_secret(path, secret)
    with pytest.raises(CustodyError) as missing:
        read_secret(path, default_secret_path(path), custody)
    assert "--enroll --keyring" in str(missing.value)


def test_a_keyring_not_known_to_protect_secrets_is_refused(tmp_path):
    path, code = new_office(tmp_path)
    keys_before = slot_path(path).read_bytes()
    custody = KeyringCustody(PlaintextFileKeyring(tmp_path / "plain.json"))
    db = Database.open_with_recovery_code(path, code)
    try:
        with pytest.raises(CustodyError) as refused:
            enroll(db, default_secret_path(path), custody)
    finally:
        db.close()
    assert "cannot keep the server secret" in str(refused.value)
    assert slot_path(path).read_bytes() == keys_before  # no slot was added
    assert not (tmp_path / "plain.json").exists()


def test_serve_with_keyring_refuses_a_keyring_that_keeps_nothing(tmp_path):
    path, _code = new_office(tmp_path)
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "broker_desktop",
            "serve",
            "--db",
            str(path),
            "--keyring",
            "--fast-kdf",
            "--listen",
            "127.0.0.1:0",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert "keyring cannot keep the server secret" in result.stderr
