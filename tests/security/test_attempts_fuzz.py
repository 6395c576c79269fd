"""Attempts-file fuzz: truncations, bit flips, wrong JSON types, huge numbers, deep
nesting. Whatever the damage, counting a failure, asking about a lock, folding the
events into the audit log and a login give only the documented storage errors, and a
record the damage did not touch (a locked login's) is not rewritten away."""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from security_office import BOSS_PASSWORD, PASSWORD, SECURITY, build_office

from broker_desktop.core.office import open_session
from broker_desktop.storage.attempts import AttemptStore
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.errors import AccountLocked, InvalidCredentials, StorageError
from broker_desktop.storage.slots import SlotFile

WRONG = "Wrong-Pass-0000"  # noqa: S105
ODD_VALUES = [
    None,
    True,
    -1,
    0,
    2**64,
    10**400,
    1e308,
    -1e308,
    "",
    "x",
    "9999-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00",
    "2026-13-45",
    [],
    [None],
    {},
    {"at": 5},
    "\u0000",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """In memory where the system offers a RAM-backed folder (/dev/shm): a thousand cases
    of several atomic, fsync'ed writes each would otherwise wait on the disk."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path_factory.mktemp("fuzz")
        return
    made = Path(tempfile.mkdtemp(prefix="attempts-fuzz-", dir=shm))
    try:
        yield made
    finally:
        shutil.rmtree(made, ignore_errors=True)


@pytest.fixture(scope="module")
def scene(folder):
    """An office whose attempts file holds a locked login (bruno), failures of alice and
    of unknown names, and the seal for logins tried."""
    office = build_office(folder / "office.db")
    office.alice.close()
    office.director.close()
    open_session(office.path, "boss", BOSS_PASSWORD, security=SECURITY).close()  # the seal
    for login, times in (("bruno", SECURITY.lockout.free_attempts), ("alice", 1)):
        for _ in range(times):
            with pytest.raises((InvalidCredentials, AccountLocked)):
                open_session(office.path, login, WRONG, security=SECURITY)
    for name in ("nobody", "jdupont", "admin"):
        with pytest.raises(InvalidCredentials):
            open_session(office.path, name, WRONG, security=SECURITY)
    store = AttemptStore(office.path, SECURITY.lockout)
    slots = SlotFile.load(slot_path(office.path))
    tags = {name: slots.lookup_tag(name) for name in ("bruno", "alice", "carla")}
    assert store.locked_until(tags["bruno"]) is not None
    director = open_session(office.path, "boss", BOSS_PASSWORD, security=SECURITY)
    key = director.database.key
    director.close()
    return office, store.path.read_bytes(), tags, key


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


def _set(node, path, value):
    if not path:
        return value
    out = copy.deepcopy(node)
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return out


def _cases(pristine: bytes) -> list[tuple[str, bytes, bool]]:
    """(label, content, bruno_record_untouched)."""
    rng = random.Random(16)
    data = json.loads(pristine)
    cases = []
    for cut in sorted({rng.randrange(len(pristine)) for _ in range(400)} | {0, 1}):
        cases.append((f"truncated at {cut}", pristine[:cut], False))
    for i in range(450):
        damaged = bytearray(pristine)
        for _ in range(1 + i % 3):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        cases.append((f"bit flips {i}", bytes(damaged), False))
    bruno = next(t for t, r in data["logins"].items() if r.get("locked_at"))
    paths = [p for p in _paths(data)]
    for path in paths:
        for value in rng.sample(ODD_VALUES, 8):
            mutated = _set(data, path, value)
            untouched = not path or (path[:2] != ("logins", bruno) and path != ("logins",))
            untouched = untouched and bool(path)
            cases.append(
                (
                    f"{'/'.join(map(str, path))} = {value!r:.20}",
                    json.dumps(mutated).encode(),
                    untouched,
                )
            )
    cases.append(("nested 100000 deep", b"[" * 100_000 + b"]" * 100_000, False))
    cases.append(
        (
            "nested in a record",
            json.dumps(_set(data, ("logins", "zz"), {"events": [[[[[[]]]]]]})).encode(),
            True,
        )
    )
    cases.append(
        (
            "NaN and Infinity",
            pristine.replace(b'"failures": ', b'"failures": NaN, "x": ').replace(
                b'"lock_seconds": ', b'"lock_seconds": Infinity, "y": '
            ),
            False,
        )
    )
    cases.append(("too large", b" " * (5 * 1024 * 1024) + pristine, False))
    cases.append(("latin-1", pristine.replace(b'"version"', '"versión"'.encode("latin-1")), False))
    cases.append(("a list", b"[1, 2, 3]", False))
    cases.append(("version 1 layout", json.dumps(data["logins"]).encode(), True))
    return cases


def test_damaged_attempts_files_give_only_documented_errors(scene, record_property):
    office, pristine, tags, key = scene
    path = office.path.with_name(office.path.name + ".attempts")
    cases = _cases(pristine)
    assert len(cases) >= 1000
    raw, kept_lock = [], 0
    for label, content, untouched in cases:
        path.write_bytes(content)
        store = AttemptStore(office.path, SECURITY.lockout)
        try:
            store.locked_until(tags["bruno"])
            store.record_failure(tags["carla"], known=False, login="carla")
            store.take_events(key)
            try:
                store.begin(tags["alice"], login="alice").succeeded()
            except AccountLocked:
                pass
            after = json.loads(path.read_text("utf-8"))  # what was written is whole
            assert after["version"] == 2
            if untouched:
                assert store.locked_until(tags["bruno"]) is not None, label
                kept_lock += 1
        except StorageError:
            pass  # documented
        except Exception as exc:  # noqa: BLE001 - the point: none may escape
            raw.append((label, type(exc).__name__, str(exc)[:80]))
    assert raw == []
    assert kept_lock > 100
    record_property("faults", len(cases))


@pytest.mark.parametrize("seed", range(6))
def test_a_login_over_a_damaged_attempts_file_gets_its_normal_answer(scene, seed, tmp_path):
    """End to end: a wrong password is refused, a right one opens (a lock the damage
    erased is a documented limit), whatever the attempts file holds."""
    office, pristine, _tags, _key = scene
    path = office.path.with_name(office.path.name + ".attempts")
    label, content, _ = random.Random(seed).choice(_cases(pristine))
    path.write_bytes(content)
    with pytest.raises((InvalidCredentials, AccountLocked)):
        open_session(office.path, "alice", WRONG, security=SECURITY)
    try:
        open_session(office.path, "alice", PASSWORD, security=SECURITY).close()
    except AccountLocked:
        pass
