"""The key file fuzzed: truncations, bit flips, every field given every wrong JSON type,
huge numbers (scrypt n or r = 2**60, which makes the crypto library panic), deep nesting.
Every case gives one of the documented storage errors or opens normally; never a raw
exception, never a rewritten key file or database, and the recovery code opens the
database in every case (the database itself is intact)."""

from __future__ import annotations

import json
import random

import pytest
from storage_helpers import USERS, make_office

from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import StorageError

WRONG_VALUES = [None, True, 0, -1, 1.5, 2**60, -(2**60), "", "A===", "x" * 300, [], [1], {}]
NO_LOCKOUT = LockoutPolicy(free_attempts=10**9)
SEED = random.randrange(1_000_000)


def _paths(node, prefix=()):
    """Every key and index of the JSON tree, leaves and containers."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _with(data, path, value) -> bytes:
    copy = json.loads(json.dumps(data))
    node = copy
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return json.dumps(copy).encode()


def _cases(pristine: bytes) -> list[tuple[str, bytes]]:
    rng = random.Random(SEED)
    data = json.loads(pristine)
    cases = [("empty", b""), ("not json", b"\xff\xfe garbage"), ("a list", b"[]")]
    cases += [("deep nesting", b"[" * 100_000 + b"]" * 100_000)]
    cases += [("huge integer literal", b'{"generation": ' + b"9" * 50_000 + b"}")]
    for cut in sorted({*rng.sample(range(1, len(pristine)), 250), len(pristine) - 1}):
        cases.append((f"truncated at {cut}", pristine[:cut]))
    for _ in range(350):
        position = rng.randrange(len(pristine))
        flipped = bytearray(pristine)
        flipped[position] ^= 1 << rng.randrange(8)
        cases.append((f"bit flip at {position}", bytes(flipped)))
    for path in _paths(data):
        for value in WRONG_VALUES:
            cases.append((f"{'/'.join(map(str, path))} = {value!r:.20}", _with(data, path, value)))
    for field in ("n", "r", "p"):
        for value in (2**60, 2**31, 2**20 + 1, 3, 1, 0, -(2**10), 1e308, "1024"):
            cases.append((f"kdf.{field} = {value}", _with(data, ("kdf", field), value)))
            slot_kdf = ("slots", 0, "kdf", field)
            cases.append((f"slot kdf.{field} = {value}", _with(data, slot_kdf, value)))
    for field in ("generation", "pending_generation", "version"):
        for value in (2**60, 2**63, -1, 1e308):
            cases.append((f"{field} = {value}", _with(data, (field,), value)))
    return cases


@pytest.mark.slow
def test_every_damaged_key_file_gives_a_storage_error_and_the_code_still_opens(
    tmp_path, fast_kdf, record_property
):
    office = make_office(tmp_path / "office.db", fast_kdf, rows=5)
    keys = slot_path(office.path)
    pristine = keys.read_bytes()
    database = office.path.read_bytes()
    cases = _cases(pristine)
    assert len(cases) >= 1000
    raw, rewritten, code_failed, outcomes = [], [], [], {}
    attempts = [("alice", USERS["alice"]), ("alice", "wrong"), ("nobody", "x")]
    for number, (name, content) in enumerate(cases):
        keys.write_bytes(content)
        # the right password every time; a wrong one and an unknown login now and then
        for login, password in attempts if number % 5 == 0 else attempts[:1]:
            try:
                db, _ = Database.open_with_password(
                    office.path, login, password, lockout=NO_LOCKOUT
                )
                db.close()
                outcome = "opened"
            except StorageError as exc:
                outcome = type(exc).__name__
            except BaseException as exc:  # noqa: BLE001 - what this test hunts
                raw.append(f"{name}: {type(exc).__name__}: {exc}")
                continue
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        try:
            Database.open_with_recovery_code(office.path, office.code).close()
        except BaseException as exc:  # noqa: BLE001
            code_failed.append(f"{name}: {type(exc).__name__}: {exc}")
        if keys.read_bytes() != content or office.path.read_bytes() != database:
            rewritten.append(name)
    print(f"seed {SEED}: {len(cases)} damaged key files, outcomes {outcomes}")
    record_property("faults", len(cases))
    assert raw == [], raw[:20]
    assert code_failed == [], code_failed[:20]
    assert rewritten == [], rewritten[:20]
    assert outcomes.get("SlotFileDamaged", 0) > len(cases)  # most damage is named as such


@pytest.mark.parametrize("field", ["n", "r"])
def test_scrypt_cost_of_2_to_the_60_is_a_damaged_slot_not_a_panic(tmp_path, fast_kdf, field):
    from broker_desktop.storage.errors import SlotFileDamaged

    office = make_office(tmp_path / "office.db", fast_kdf, rows=1)
    keys = slot_path(office.path)
    data = json.loads(keys.read_bytes())
    for slot in data["slots"]:
        slot.setdefault("kdf", dict(data["kdf"]))[field] = 2**60
    keys.write_text(json.dumps(data))
    with pytest.raises(SlotFileDamaged):
        Database.open_with_password(office.path, "alice", USERS["alice"])
