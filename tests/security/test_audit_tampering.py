"""Audit chain: editing, deleting or reordering any single entry, first, middle or
last, is detected by verification."""

from __future__ import annotations

import pytest
from security_office import SECURITY, build_office

from broker_desktop.core.office import open_session
from broker_desktop.storage.schema import audit_log

CONTENT = [c.name for c in audit_log.columns if c.name != "id"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """An office with a realistic audit log, closed; each test tampers with a copy."""
    office = build_office(tmp_path_factory.mktemp("audit") / "office.db")
    office.alice.close()
    office.director.close()
    return office.path


@pytest.fixture
def director(pristine, tmp_path):
    for suffix in ("", ".keys"):
        source = pristine.with_name(pristine.name + suffix)
        if source.exists():
            (tmp_path / source.name).write_bytes(source.read_bytes())
    session = open_session(tmp_path / pristine.name, "boss", "Chief-Pass-2026", security=SECURITY)
    assert session.audit.verify().ok
    yield session
    session.close()


def _rows(conn):
    return conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY id").scalars().all()


def _tamper(db, how: str, where: str) -> None:
    with db.write() as conn:
        ids = _rows(conn)
        index = {"first": 0, "middle": len(ids) // 2, "last": len(ids) - 1}[where]
        target = ids[index]
        other = ids[index - 1] if where == "last" else ids[index + 1]
        if how == "edit actor":
            conn.exec_driver_sql(
                "UPDATE audit_log SET actor = 'x' || actor WHERE id = ?", (target,)
            )
        elif how == "edit detail":
            conn.exec_driver_sql("UPDATE audit_log SET detail = '{}' WHERE id = ?", (target,))
        elif how == "edit time":
            conn.exec_driver_sql(
                "UPDATE audit_log SET at = '2000-01-01T00:00:00.000000+00:00' WHERE id = ?",
                (target,),
            )
        elif how == "rehash an edit":  # the edited entry's own hash recomputed: the next breaks
            from broker_desktop.core.audit_chain import entry_hash

            row = conn.exec_driver_sql("SELECT * FROM audit_log WHERE id = ?", (target,)).one()
            digest = entry_hash(
                row.prev_hash,
                row.id,
                row.at,
                row.user_id,
                "mallory",
                row.action,
                row.entity,
                row.entity_id,
                row.detail,
            )
            conn.exec_driver_sql(
                "UPDATE audit_log SET actor = 'mallory', hash = ? WHERE id = ?", (digest, target)
            )
        elif how == "delete":
            conn.exec_driver_sql("DELETE FROM audit_log WHERE id = ?", (target,))
        elif how == "swap contents":
            columns = ", ".join(CONTENT)
            a = conn.exec_driver_sql(
                f"SELECT {columns} FROM audit_log WHERE id = ?", (target,)
            ).one()
            b = conn.exec_driver_sql(
                f"SELECT {columns} FROM audit_log WHERE id = ?", (other,)
            ).one()
            assign = ", ".join(f"{c} = ?" for c in CONTENT)
            conn.exec_driver_sql(f"UPDATE audit_log SET {assign} WHERE id = ?", (*b, target))
            conn.exec_driver_sql(f"UPDATE audit_log SET {assign} WHERE id = ?", (*a, other))
        elif how == "swap ids":
            conn.exec_driver_sql("UPDATE audit_log SET id = -1 WHERE id = ?", (target,))
            conn.exec_driver_sql("UPDATE audit_log SET id = ? WHERE id = ?", (target, other))
            conn.exec_driver_sql("UPDATE audit_log SET id = ? WHERE id = -1", (other,))
        else:
            raise AssertionError(how)


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize(
    "how",
    [
        "edit actor",
        "edit detail",
        "edit time",
        "rehash an edit",
        "delete",
        "swap contents",
        "swap ids",
    ],
)
def test_any_single_change_is_detected(director, how, where, security_tally, record_property):
    _tamper(director.database, how, where)
    result = director.audit.verify()
    assert not result.ok, (how, where)
    assert result.reason
    record_property("faults", 1)


def test_an_untouched_chain_verifies(director):
    result = director.audit.verify()
    assert result.ok and result.checked > 10
