"""A database created at revision 0001, with data in ``meta``, upgrades to head."""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.schema import CreateIndex

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


def _ours(name, type_, _parents) -> bool:
    """The FTS5 index (a virtual table and its shadow tables) is made by raw SQL in the
    migrations and has no place in the metadata; name search tests it."""
    return not (type_ == "table" and name and name.startswith("client_search"))


def _is_expression_index(index: sa.Index) -> bool:
    return any(not isinstance(e, sa.Column) for e in index.expressions)


def _differences(conn) -> list:
    """What alembic's autogenerate finds between the database and storage/schema.py:
    tables, columns, types, nullability, foreign keys (with their ON DELETE), indexes
    and unique constraints."""
    from broker_desktop.storage.schema import metadata

    context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": _ours})
    flat = []
    for diff in compare_metadata(context, metadata):
        flat.extend(diff if isinstance(diff, list) else [diff])
    # Alembic cannot compare an index on an expression (COLLATE NOCASE): it always reports
    # it dropped and added. Those are compared below, by their SQL.
    return [
        d
        for d in flat
        if not (d[0] in ("add_index", "remove_index") and _is_expression_index(d[1]))
        and not (d[0] == "remove_index" and d[1].name in _expression_index_names())
    ]


def _expression_index_names() -> set[str]:
    from broker_desktop.storage.schema import metadata

    return {i.name for t in metadata.tables.values() for i in t.indexes if _is_expression_index(i)}


def assert_schema_matches_the_code(conn) -> None:
    """The migrations and storage/schema.py describe the same schema: names, types,
    nullability, foreign keys and indexes, as alembic's autogenerate compares them."""
    from broker_desktop.storage.schema import metadata

    assert _differences(conn) == []
    inspector = sa.inspect(conn)
    for table in metadata.sorted_tables:
        in_db = {c["name"] for c in inspector.get_columns(table.name)}
        assert in_db == {c.name for c in table.columns}, table.name
        # from sqlite_master: SQLAlchemy does not reflect an index on an expression
        in_db = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (table.name,),
            )
        }
        assert in_db == {i.name for i in table.indexes}, table.name
        for index in filter(_is_expression_index, table.indexes):
            stored = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (index.name,)
            ).scalar()
            wanted = str(CreateIndex(index).compile(dialect=conn.dialect))
            assert re.sub(r"\s+", " ", stored) == re.sub(r"\s+", " ", wanted), index.name


def test_new_database_matches_the_code(db_path, fast_kdf):
    db, _key = Database.create(db_path, kdf=fast_kdf)
    with db.read() as conn:
        assert_schema_matches_the_code(conn)
    db.close()


def test_the_comparison_sees_types_nullability_and_foreign_keys(db_path, fast_kdf):
    """The comparison can fail: the deadlines table rebuilt with a shorter title, a
    due date that may be NULL and a contract link that no longer cascades is reported
    on each of the three."""
    db, _key = Database.create(db_path, kdf=fast_kdf)
    try:
        with db.write() as conn:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'deadlines'"
            ).scalar()
            altered = (
                sql.replace("title VARCHAR(300)", "title VARCHAR(30)")
                .replace("due_date DATE NOT NULL", "due_date DATE")
                .replace(
                    "REFERENCES contracts (id) ON DELETE CASCADE",
                    "REFERENCES contracts (id) ON DELETE SET NULL",
                )
            )
            assert altered.count("VARCHAR(30)") == 1 and "SET NULL" in altered
            conn.exec_driver_sql("PRAGMA writable_schema = ON")
            conn.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'deadlines'",
                (altered,),
            )
            conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    finally:
        db.close()
    db = Database.open_with_key(db_path, _key)
    try:
        with db.read() as conn:
            found = {
                (d[0], d[2], d[3]) if d[0].startswith("modify_") else (d[0], d[1].parent.name)
                for d in _differences(conn)
            }
    finally:
        db.close()
    assert ("modify_type", "deadlines", "title") in found
    assert ("modify_nullable", "deadlines", "due_date") in found
    assert {("remove_fk", "deadlines"), ("add_fk", "deadlines")} <= found
