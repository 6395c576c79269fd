"""Keys, passwords and recovery codes never show in logs (SQL traces included),
exception messages or reprs."""

from __future__ import annotations

import base64
import logging
import traceback

import pytest
from storage_helpers import USERS, snapshot

from broker_desktop.security.keyring_unlock import KeyringEntry
from broker_desktop.storage.database import Database, restore_backup, slot_path
from broker_desktop.storage.errors import StorageError
from broker_desktop.storage.keys import DatabaseKey
from keyring_backends import BrokenKeyring, MemoryKeyring, secure_unlock


def _spellings(secret: bytes | str) -> set[str]:
    if isinstance(secret, str):
        return {secret, secret.replace("-", ""), secret.replace("-", "").lower()}
    return {
        secret.hex(),
        secret.hex().upper(),
        base64.b64encode(secret).decode(),
        base64.b32encode(secret).decode().rstrip("="),
        repr(secret)[2:-1],
    }


def _everything_said(caplog, errors) -> str:
    parts = [caplog.text]
    for record in caplog.records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
    for error in errors:
        parts.append("".join(traceback.format_exception(error)))
        parts.append(repr(error))
        parts.append(repr(getattr(error, "__dict__", {})))
    return "\n".join(parts)


def test_no_secret_in_logs_sql_traces_exceptions_or_reprs(office, tmp_path, caplog, fast_kdf):
    caplog.set_level(logging.DEBUG)  # includes SQLAlchemy's statement and parameter traces
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    errors: list[BaseException] = []
    secrets = set(USERS.values()) | {"new secret for carla"}

    def expect_error(call, *args):
        try:
            call(*args)
        except StorageError as exc:
            errors.append(exc)
        else:
            raise AssertionError(f"{call.__name__} should have failed")

    expect_error(Database.open_with_password, office.path, "alice", "not her password")
    expect_error(Database.open_with_password, office.path, "nobody", USERS["alice"])
    expect_error(
        Database.open_with_recovery_code, office.path, DatabaseKey.generate().recovery_code()
    )
    expect_error(Database.open_with_recovery_code, office.path, office.code[:-3])
    expect_error(DatabaseKey, office.key.raw[:-1])

    db, unlocked = Database.open_with_password(office.path, "alice", USERS["alice"])
    secrets |= _spellings(unlocked.private_key)
    with db:
        with db.slots() as slots:
            slots.add_slot(db.key, "carla", "new secret for carla")
        db.backup(tmp_path / "backup.db")
        expect_error(db.backup, tmp_path / "backup.db")
        with db.write() as conn:
            conn.exec_driver_sql("INSERT INTO item (label) VALUES (?)", ("traced",))
        new_key = db.rekey()
        secrets |= _spellings(new_key.raw) | _spellings(new_key.recovery_code())
        secrets |= _spellings(office.key.raw) | _spellings(office.code)
        for value in (db, db.key, unlocked, new_key):
            assert not any(s in repr(value) or s in str(value) for s in secrets), type(value)
        expect_error(restore_backup, tmp_path / "backup.db", office.path, office.key)

    unlock = secure_unlock(MemoryKeyring())
    unlock.store(db.database_id, "alice", KeyringEntry(unlocked.slot_ref, unlocked.private_key))
    expect_error(
        secure_unlock(BrokenKeyring()).store,
        db.database_id,
        "alice",
        KeyringEntry(unlocked.slot_ref, unlocked.private_key),
    )
    slot_path(office.path).write_bytes(b"damaged")
    expect_error(Database.open_with_password, office.path, "alice", USERS["alice"])

    assert len(errors) >= 9
    assert "ATTACH" in caplog.text or "INSERT" in caplog.text  # the SQL trace was on
    said = _everything_said(caplog, errors)
    leaked = sorted(s for s in secrets if s in said)
    assert leaked == [], "secrets found in logs or errors"


def test_database_key_cannot_be_pickled_or_printed(office):
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(office.key)
    assert office.key.raw.hex() not in f"{office.key} {office.key!r} {[office.key]}"


def test_key_file_holds_no_key_password_or_code_in_clear(office):
    text = slot_path(office.path).read_text("utf-8")
    for secret in _spellings(office.key.raw) | _spellings(office.code) | set(USERS.values()):
        assert secret not in text
    assert snapshot(office.folder)  # sanity: the folder was read
