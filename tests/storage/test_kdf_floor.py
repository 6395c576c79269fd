"""The scrypt floor: parameters lowered in the key file are a damaged slot (the password
is not tried, no attempt counted, nothing written), and no slot is ever written below the
floor. Here the KDF is the subject, so the production floor and cost are used."""

from __future__ import annotations

import json

import pytest
from storage_helpers import snapshot

from broker_desktop.storage import slots as slots_module
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import InvalidCredentials, SlotFileDamaged
from broker_desktop.storage.slots import PRODUCTION_KDF_FLOOR, KdfParams, SlotFile

PASSWORD = "a production-cost password"  # noqa: S105


@pytest.fixture
def production_floor(monkeypatch):
    monkeypatch.setattr(slots_module, "_floor", PRODUCTION_KDF_FLOOR)


@pytest.fixture
def office(tmp_path, production_floor):
    db, key = Database.create(tmp_path / "office.db", kdf=PRODUCTION_KDF_FLOOR)
    with db, db.slots() as slots:
        slots.add_slot(key, "claire", PASSWORD)
    return tmp_path / "office.db"


def _edit(path, change) -> None:
    data = json.loads(slot_path(path).read_text())
    change(data)
    slot_path(path).write_text(json.dumps(data))


@pytest.mark.parametrize(
    ("field", "value"), [("n", 2**14), ("n", 2), ("r", 1), ("p", 0), ("n", 2**60)]
)
def test_lowered_or_absurd_slot_parameters_are_a_damaged_slot_and_nothing_is_written(
    office, field, value
):
    Database.open_with_password(office, "claire", PASSWORD)[0].close()
    _edit(office, lambda d: d["slots"][0]["kdf"].__setitem__(field, value))
    before = snapshot(office.parent)
    for password in (PASSWORD, "a wrong password"):
        with pytest.raises(SlotFileDamaged) as info:
            Database.open_with_password(office, "claire", password)
        assert "damaged" in str(info.value)
    assert snapshot(office.parent) == before  # no failed attempt counted, nothing rewritten


def test_the_parameters_are_bound_to_the_slot(office):
    """Raised parameters change the derived key: the slot no longer opens (and the
    private key's authenticated data names the parameters it was written with)."""
    _edit(office, lambda d: d["slots"][0]["kdf"].__setitem__("n", 2**18))
    with pytest.raises(InvalidCredentials):
        Database.open_with_password(office, "claire", PASSWORD)


def test_no_slot_is_written_below_the_floor(office, tmp_path):
    _edit(office, lambda d: d["kdf"].__setitem__("n", 2))  # the cost new slots get
    before = slot_path(office).read_bytes()
    db = Database.open_with_password(office, "claire", PASSWORD)[0]
    with db, pytest.raises(SlotFileDamaged):
        with db.slots() as slots:
            slots.add_slot(db.key, "bruno", "another password")
    assert slot_path(office).read_bytes() == before
    with pytest.raises(ValueError):
        SlotFile.new(tmp_path / "x.keys", "id", b"s" * 16, KdfParams(n=2**10, r=8, p=1))
