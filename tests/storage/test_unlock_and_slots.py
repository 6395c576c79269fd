"""Opening an office database: each user's own password, the recovery code, the key file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from storage_helpers import USERS, count_items, make_office, snapshot

from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import (
    FileAlreadyExists,
    InvalidCredentials,
    InvalidKeyFormat,
    InvalidRecoveryCode,
    SlotFileDamaged,
    SlotFileMismatch,
    SlotFileMissing,
    WrongKey,
)
from broker_desktop.storage.keys import DatabaseKey


def test_create_close_then_each_user_opens_with_his_own_password(office):
    for login, password in USERS.items():
        db, unlocked = Database.open_with_password(office.path, login, password)
        with db:
            assert count_items(db) == office.rows
            assert db.key == office.key
            assert unlocked.keys[0] == office.key


def test_login_is_matched_case_and_space_insensitively(office):
    db, _ = Database.open_with_password(office.path, "  bob.martin ", USERS["Bob.Martin"])
    db.close()


def test_key_file_does_not_list_logins(office):
    text = slot_path(office.path).read_text("utf-8").lower()
    for login in USERS:
        assert login.lower() not in text


def test_a_user_added_later_opens_with_his_password(office, fast_kdf):
    db = Database.open_with_recovery_code(office.path, office.code)
    with db, db.slots() as slots:
        slots.add_slot(db.key, "carla", "carla's own secret")
    db, _ = Database.open_with_password(office.path, "carla", "carla's own secret")
    with db:
        assert count_items(db) == office.rows


@pytest.mark.parametrize(
    ("login", "password"),
    [("alice", "wrong password"), ("alice", ""), ("nobody", USERS["alice"]), ("Bob.Martin", "x")],
)
def test_wrong_password_fails_cleanly_and_leaves_files_byte_identical(office, login, password):
    before = snapshot(office.folder)
    with pytest.raises(InvalidCredentials) as info:
        Database.open_with_password(office.path, login, password)
    assert str(info.value) == "Wrong login or password."
    after = snapshot(office.folder)
    after.pop(office.path.name + ".attempts")  # the failure is counted, nothing else
    assert after == before


def test_create_refuses_to_overwrite_an_existing_file(office, fast_kdf):
    before = snapshot(office.folder)
    with pytest.raises(FileAlreadyExists):
        Database.create(office.path, kdf=fast_kdf)
    assert snapshot(office.folder) == before


def test_recovery_code_opens_the_database_and_recreates_a_lost_key_file(office, fast_kdf):
    slot_path(office.path).unlink()
    with pytest.raises(SlotFileMissing):
        Database.open_with_password(office.path, "alice", USERS["alice"])

    db = Database.open_with_recovery_code(office.path, office.code)
    with db:
        assert count_items(db) == office.rows
        db.recreate_slot_file(fast_kdf)
        with db.slots() as slots:
            slots.add_slot(db.key, "alice", "a new password")

    db, _ = Database.open_with_password(office.path, "alice", "a new password")
    with db:
        assert count_items(db) == office.rows
    with pytest.raises(InvalidCredentials):  # Bob's slot has to be re-created too
        Database.open_with_password(office.path, "Bob.Martin", USERS["Bob.Martin"])


def test_recovery_code_replaces_a_damaged_key_file_and_keeps_the_old_one_aside(office, fast_kdf):
    slot_path(office.path).write_bytes(b"{ not json")
    db = Database.open_with_recovery_code(office.path, office.code)
    with db:
        db.recreate_slot_file(fast_kdf)
        with db.slots() as slots:
            slots.add_slot(db.key, "Bob.Martin", "bob again")
    kept = [p for p in office.folder.iterdir() if ".keys.replaced-" in p.name]
    assert [p.read_bytes() for p in kept] == [b"{ not json"]
    Database.open_with_password(office.path, "bob.martin", "bob again")[0].close()


def test_recovery_code_is_forgiving_about_spelling(office):
    letters = office.code.replace("-", "").lower()
    spaced = " ".join(letters[i : i + 4] for i in range(0, len(letters), 4))
    for spelling in (letters, spaced, office.code):
        Database.open_with_recovery_code(office.path, spelling).close()


def test_wrong_recovery_code_is_refused_and_leaves_files_identical(office):
    before = snapshot(office.folder)
    other = DatabaseKey.generate().recovery_code()
    with pytest.raises(WrongKey):
        Database.open_with_recovery_code(office.path, other)
    with pytest.raises(InvalidRecoveryCode):
        Database.open_with_recovery_code(office.path, office.code[:-5])
    with pytest.raises(InvalidRecoveryCode):
        Database.open_with_recovery_code(office.path, office.code.replace("-", "!"))
    assert snapshot(office.folder) == before


def test_recovery_code_opens_the_file_with_sqlcipher3_alone(office):
    """The office never depends on Broker Desktop: the README's recipe, verbatim in spirit."""
    decode = (
        "import base64,sys; c=sys.argv[1].replace('-','').upper(); "
        "print(base64.b32decode(c+'====').hex())"
    )
    hex_key = subprocess.run(
        [sys.executable, "-c", decode, office.code], capture_output=True, text=True, check=True
    ).stdout.strip()
    reader = f"""
import sys, sqlcipher3
conn = sqlcipher3.connect({str(office.path)!r})
conn.execute("PRAGMA key = \\"x'{hex_key}'\\"")
print(conn.execute("SELECT count(*) FROM item").fetchone()[0])
print(sorted(m for m in sys.modules if m.startswith("broker_desktop")))
"""
    # -I: isolated mode, so neither the project's src/ nor PYTHONPATH is importable.
    result = subprocess.run(
        [sys.executable, "-I", "-c", reader], capture_output=True, text=True, cwd=office.folder
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == [str(office.rows), "[]"]


def test_malformed_raw_keys_are_refused_before_sqlcipher_sees_them(office, db_path):
    for bad in (b"", b"\x00" * 31, b"\x00" * 33, office.key.raw.hex().encode(), "a" * 32, None):
        with pytest.raises(InvalidKeyFormat):
            DatabaseKey(bad)
    # and a key that is well formed is used raw, never as a passphrase
    assert office.key.sqlcipher_key() == b"x'" + office.key.raw.hex().encode() + b"'"


def test_key_file_missing_damaged_or_swapped(office, tmp_path, fast_kdf):
    keys = slot_path(office.path)
    good = keys.read_bytes()
    other = make_office(tmp_path / "other" / "office.db", fast_kdf)  # same users, other file

    damaged = json.loads(good)
    del damaged["slots"][0]["verifier"]
    cases = {
        "missing": (None, SlotFileMissing),
        "garbage": (b"\x00\xff" * 100, SlotFileDamaged),
        "empty": (b"", SlotFileDamaged),
        "other program": (b'{"format": "something else"}', SlotFileDamaged),
        "incomplete": (json.dumps(damaged).encode(), SlotFileDamaged),
        "swapped": (slot_path(other.path).read_bytes(), SlotFileMismatch),
    }
    for name, (content, error) in cases.items():
        if content is None:
            keys.unlink()
        else:
            keys.write_bytes(content)
        before = snapshot(office.folder)
        with pytest.raises(error):
            Database.open_with_password(office.path, "alice", USERS["alice"])
        after = snapshot(office.folder)
        after.pop(office.path.name + ".attempts", None)
        assert after == before, name
        keys.write_bytes(good)
    Database.open_with_password(office.path, "alice", USERS["alice"])[0].close()
