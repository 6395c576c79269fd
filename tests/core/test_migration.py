"""A database created at revision 0001, with data in ``meta``, upgrades to head."""

from __future__ import annotations

import sqlalchemy as sa

from broker_desktop.storage import migrate
from broker_desktop.storage.database import Database
from broker_desktop.storage.schema import meta


def test_0001_database_upgrades_to_head(db_path, fast_kdf, monkeypatch):
    real_upgrade = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", lambda conn, target="head": real_upgrade(conn, "0001"))
    db, key = Database.create(db_path, kdf=fast_kdf)
    with db.write() as conn:
        conn.execute(sa.insert(meta).values(name="office_name", value="Bureau Favre"))
        assert migrate.current_revision(conn) == "0001"
        assert "clients" not in sa.inspect(conn).get_table_names()
    db.close()
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)

    db = Database.open_with_key(db_path, key)
    with db.read() as conn:
        assert migrate.current_revision(conn) == migrate.head()
        assert (
            conn.execute(sa.select(meta.c.value).where(meta.c.name == "office_name")).scalar()
            == "Bureau Favre"
        )
        tables = set(sa.inspect(conn).get_table_names())
        assert {
            "users",
            "roles",
            "clients",
            "contracts",
            "commission_shares",
            "deadlines",
            "audit_log",
            "client_search",
        } <= tables
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("contracts")}
        assert "ix_contracts_agent_expiry" in indexes
        assert_schema_matches_the_code(conn)
    db.close()
    assert list(db_path.parent.glob("*.before-0001-*.bak"))


def assert_schema_matches_the_code(conn) -> None:
    """The migrations and storage/schema.py describe the same tables and indexes."""
    from broker_desktop.storage.schema import metadata

    inspector = sa.inspect(conn)
    for table in metadata.sorted_tables:
        in_db = {c["name"] for c in inspector.get_columns(table.name)}
        assert in_db == {c.name for c in table.columns}, table.name
        in_db = {i["name"] for i in inspector.get_indexes(table.name)}
        assert in_db == {i.name for i in table.indexes}, table.name


def test_new_database_matches_the_code(db_path, fast_kdf):
    db, _key = Database.create(db_path, kdf=fast_kdf)
    with db.read() as conn:
        assert_schema_matches_the_code(conn)
    db.close()
