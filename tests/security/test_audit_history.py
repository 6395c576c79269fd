"""Audit history that a key holder cut, wiped or recomputed stays detected: after later
activity (the director's own login first of all), by the head each workstation keeps
outside the database, and by comparing with an older backup."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from security_office import BOSS_PASSWORD, SECURITY, build_office

from broker_desktop.core import audit
from broker_desktop.core.audit_chain import HEAD, entry_hash
from broker_desktop.core.clients import ClientInput
from broker_desktop.core.office import open_session
from broker_desktop.storage.database import Database
from broker_desktop.storage.errors import WrongKey
from broker_desktop.storage.schema import audit_log, meta


@pytest.fixture
def office(tmp_path):
    built = build_office(tmp_path / "office.db")
    built.alice.close()
    built.director.close()
    return built


def _as_key_holder(office):
    """What someone holding the recovery code does, outside the program."""
    code = open_session(office.path, "boss", BOSS_PASSWORD, security=SECURITY)
    key = code.database.key
    code.close()
    return Database.open_with_key(office.path, key)


def _director(office):
    return open_session(office.path, "boss", BOSS_PASSWORD, security=SECURITY)


def _last_ids(db) -> list[int]:
    with db.read() as conn:
        return list(conn.execute(sa.select(audit_log.c.id).order_by(audit_log.c.id)).scalars())


def _recompute(conn, from_id: int = 1) -> None:
    """Rehash every entry from ``from_id`` on and rewrite the stored head: a chain that
    verifies on its own."""
    rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
    prev, expected = "0" * 64, 1
    for row in rows:
        entry_id = expected
        digest = row.hash
        if entry_id >= from_id or row.id != entry_id or row.prev_hash != prev:
            digest = entry_hash(
                prev,
                entry_id,
                row.at,
                row.user_id,
                row.actor,
                row.action,
                row.entity,
                row.entity_id,
                row.detail,
            )
            conn.execute(
                sa.update(audit_log)
                .where(audit_log.c.id == row.id)
                .values(id=entry_id, prev_hash=prev, hash=digest)
            )
        prev, expected = digest, entry_id + 1
    value = f"{expected - 1}:{prev}" if rows else None
    conn.execute(sa.delete(meta).where(meta.c.name == HEAD))
    if value:
        conn.execute(sa.insert(meta).values(name=HEAD, value=value))


def test_tail_deletion_then_login_still_fails_verification(office):
    with _as_key_holder(office) as db:
        ids = _last_ids(db)
        with db.write() as conn:
            conn.execute(sa.delete(audit_log).where(audit_log.c.id > ids[-4]))
    director = _director(office)  # appends login.success
    try:
        director.clients.create(
            ClientInput(last_name="After", first_name="Anne", agent_id=office.alice_id)
        )
        result = director.audit.verify()
        assert not result.ok
        assert "missing" in result.reason
    finally:
        director.close()
    director = _director(office)  # and again, after yet more activity
    try:
        assert not director.audit.verify().ok
    finally:
        director.close()


def test_whole_log_wipe_then_login_fails_verification(office):
    with _as_key_holder(office) as db:
        assert len(_last_ids(db)) > 10
        with db.write() as conn:
            conn.execute(sa.delete(audit_log))
    director = _director(office)
    try:
        result = director.audit.verify()
        assert not result.ok
    finally:
        director.close()


def test_wipe_of_log_and_stored_head_is_reported_by_the_workstation(office):
    with _as_key_holder(office) as db:
        seen = len(_last_ids(db))
        with db.write() as conn:
            conn.execute(sa.delete(audit_log))
            conn.execute(sa.delete(meta).where(meta.c.name == HEAD))
    director = _director(office)
    try:
        result = director.audit.verify()
        assert not result.ok
        assert f"entry {seen}" in result.reason
    finally:
        director.close()


def test_consistent_truncation_is_reported_by_the_workstation(office):
    with _as_key_holder(office) as db:
        ids = _last_ids(db)
        with db.write() as conn:
            conn.execute(sa.delete(audit_log).where(audit_log.c.id > ids[-4]))
            _recompute(conn)
    for _ in range(2):  # each login extends the cut chain; the record does not follow it
        director = _director(office)
        try:
            result = director.audit.verify()
            assert not result.ok
            assert "rewritten" in result.reason or "backwards" in result.reason
        finally:
            director.close()


def test_workstation_record_is_authenticated_and_holds_no_key(office, monkeypatch):
    director = _director(office)
    try:
        assert director.audit.verify().ok
        heads = director.audit_heads
        path = heads.path_for(director.database_id)
        text = path.read_text()
        key = director.database.key
        assert key.raw.hex() not in text and key.recovery_code() not in text
        forged = text.replace('"entry_id": ', '"entry_id": 9')
        path.write_text(forged)
        assert heads.read(director.database_id, key) is None  # ignored, not trusted
    finally:
        director.close()


def test_a_legitimate_history_verifies_and_compares_unchanged(office, tmp_path):
    director = _director(office)
    try:
        backup = director.maintenance.backup(tmp_path / "saved" / "office.db")
        director.clients.create(
            ClientInput(last_name="Later", first_name="Luc", agent_id=office.alice_id)
        )
        assert director.audit.verify().ok
        result = director.audit.compare_with_backup(backup)
        assert result.outcome == audit.UNCHANGED
        assert result.current_entries > result.backup_entries > 0
    finally:
        director.close()


def test_compare_with_backup_detects_a_recomputed_chain(office, tmp_path, monkeypatch):
    director = _director(office)
    backup = director.maintenance.backup(tmp_path / "saved" / "office.db")
    director.close()
    with _as_key_holder(office) as db:
        ids = _last_ids(db)
        target = ids[len(ids) // 2]
        with db.write() as conn:
            conn.execute(
                sa.update(audit_log).where(audit_log.c.id == target).values(actor="mallory")
            )
            _recompute(conn, from_id=target)
    # A workstation that never saw the office: the rewritten chain verifies on its own...
    monkeypatch.setenv("BROKER_DESKTOP_HOME", str(tmp_path / "other-workstation"))
    director = _director(office)
    try:
        assert director.audit.verify().ok
        # ... but not against the backup.
        result = director.audit.compare_with_backup(backup)
        assert result.outcome == audit.REWRITTEN
        assert result.first_bad_id == target
    finally:
        director.close()


def test_compare_with_a_backup_of_another_office_or_key(office, tmp_path):
    other = build_office(tmp_path / "other" / "office.db")
    other_backup = other.director.maintenance.backup(tmp_path / "other-backup.db")
    other.alice.close()
    other.director.close()
    director = _director(office)
    try:
        with pytest.raises(WrongKey):  # another office's key does not open it
            director.audit.compare_with_backup(other_backup)
        result = director.audit.compare_with_backup(other_backup, other_code(other))
        assert result.outcome == audit.ANOTHER_OFFICE
    finally:
        director.close()


def other_code(other) -> str:
    session = open_session(other.path, "boss", BOSS_PASSWORD, security=SECURITY)
    try:
        return session.database.recovery_code()
    finally:
        session.close()


def test_comparing_writes_nothing_into_the_backup(office, tmp_path):
    director = _director(office)
    try:
        backup = director.maintenance.backup(tmp_path / "saved" / "office.db")
        before = {p.name: p.read_bytes() for p in backup.parent.iterdir()}
        director.audit.compare_with_backup(backup)
        after = {p.name: p.read_bytes() for p in backup.parent.iterdir()}
        assert after == before
    finally:
        director.close()
