"""Damaged or foreign database files: each gets its own clear error, and nothing is
created, truncated or overwritten."""

from __future__ import annotations

import os
import random
import sqlite3

import pytest
from storage_helpers import FAST_KDF, USERS, make_office, snapshot

from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import (
    DatabaseCorrupted,
    EmptyDatabaseFile,
    FileMissing,
    NotEncryptedDatabase,
    SlotFileMismatch,
    StorageError,
    WrongKey,
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A database big enough to have many pages, shared read-only by these tests."""
    office = make_office(tmp_path_factory.mktemp("pristine") / "office.db", FAST_KDF, rows=3000)
    return office, office.path.read_bytes(), (office.folder / "office.db.keys").read_bytes()


def _install(pristine, tmp_path, content: bytes):
    office, _, keys = pristine
    path = tmp_path / "office.db"
    path.write_bytes(content)
    (tmp_path / "office.db.keys").write_bytes(keys)
    return path, office.code


def _open_and_read_everything(path, how: str, code: str):
    if how == "password":
        db, _ = Database.open_with_password(path, "alice", USERS["alice"])
    else:
        db = Database.open_with_recovery_code(path, code)
    with db, db.read() as conn:
        conn.exec_driver_sql("SELECT count(*), sum(length(label)) FROM item").fetchone()
        problems = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    if problems:
        raise DatabaseCorrupted(path, "integrity check")


def _flip(data: bytes, position: int) -> bytes:
    out = bytearray(data)
    out[position] ^= 0x5A
    return bytes(out)


def _expect(pristine, tmp_path, content, errors):
    path, code = _install(pristine, tmp_path, content)
    for how, error in zip(("password", "code"), errors, strict=True):
        before = snapshot(tmp_path)
        with pytest.raises(error) as info:
            _open_and_read_everything(path, how, code)
        assert type(info.value) is error, (how, info.value)
        after = snapshot(tmp_path)
        after.pop("office.db.attempts", None)
        after.pop("office.db-wal", None)  # an empty log may be left by the attempt
        after.pop("office.db-shm", None)
        assert after == before, how
        assert path.read_bytes() == content


def test_zero_length_file(pristine, tmp_path):
    _expect(pristine, tmp_path, b"", (EmptyDatabaseFile, EmptyDatabaseFile))


def test_plain_sqlite_file(pristine, tmp_path):
    plain = tmp_path / "plain.sqlite"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT)")
    conn.commit()
    conn.close()
    content = plain.read_bytes()
    plain.unlink()
    _expect(pristine, tmp_path, content, (NotEncryptedDatabase, NotEncryptedDatabase))


def test_random_bytes(pristine, tmp_path):
    # Random bytes look exactly like a file encrypted under another key: the key file
    # does not match it, and the recovery code does not open it.
    content = random.Random(7).randbytes(len(pristine[1]))
    _expect(pristine, tmp_path, content, (SlotFileMismatch, WrongKey))


@pytest.mark.parametrize("keep", [0.5, 0.25, 4096, 5000, 1000, 17])
def test_truncated_file(pristine, tmp_path, keep):
    data = pristine[1]
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    if isinstance(keep, float):
        size -= size % 4096
    _expect(pristine, tmp_path, data[:size], (DatabaseCorrupted, DatabaseCorrupted))


@pytest.mark.parametrize("seed", range(6))
def test_bit_flips_beyond_the_first_page(pristine, tmp_path, seed):
    data = pristine[1]
    position = random.Random(seed).randrange(4096 + 16, len(data))
    _expect(pristine, tmp_path, _flip(data, position), (DatabaseCorrupted, DatabaseCorrupted))


@pytest.mark.parametrize("position", [40, 1000, 4000])
def test_bit_flip_in_the_first_page(pristine, tmp_path, position):
    # The password opens the key file, whose salt matches: the file is damaged. The
    # recovery code alone cannot tell a damaged file from a wrong code, and says both.
    _expect(pristine, tmp_path, _flip(pristine[1], position), (DatabaseCorrupted, WrongKey))


def test_damage_messages_say_the_file_was_left_untouched(pristine, tmp_path):
    path, _ = _install(pristine, tmp_path, pristine[1][:5000])
    with pytest.raises(DatabaseCorrupted) as info:
        Database.open_with_password(path, "alice", USERS["alice"])
    assert "left untouched" in str(info.value) and "backup" in str(info.value)


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "office.db"
    with pytest.raises(FileMissing):
        Database.open_with_recovery_code(path, "A" * 52)
    assert not path.exists()


def test_every_damage_error_is_a_storage_error_without_sqlite_jargon(pristine, tmp_path):
    for content in (b"", pristine[1][:5000], _flip(pristine[1], 9000), os.urandom(8192)):
        path, code = _install(pristine, tmp_path, content)
        with pytest.raises(StorageError) as info:
            _open_and_read_everything(path, "code", code)
        assert "sqlite_" not in str(info.value).lower()
