"""The import's duplicate probe by postcode reads only the clients it compares.

``ix_clients_postcode_kind_name (postcode, kind, display_name, id)``: the probe asks for
the clients of a postcode and kind whose name starts with the same two characters, in
name order, at most 200 of them. Without this index SQLite walked the name index over
every client of the office whose name starts alike (2,800 entries at size M, 11,000 at
L), reading each one's row to test its postcode and kind, before it had its 200: a cost
that grew with the office. With it the probe reads its 200 (or fewer) entries in the
same (name, id) order, so it finds the same clients.

The planner statistics describe a size-L office, as 0004 writes them for the other
indexes (200,000 clients, 6,000 per postcode, about half of them of one kind, a name
rarely twice in a postcode).

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0012_import_speed
Revises: 0010_perf
"""

from alembic import op

revision = "0012_import_speed"
down_revision = "0010_perf"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_clients_postcode_kind_name ON clients (postcode, kind, display_name, id)"
    )
    op.execute("ANALYZE sqlite_schema")  # creates sqlite_stat1 when missing, scans nothing
    op.execute("DELETE FROM sqlite_stat1 WHERE idx = 'ix_clients_postcode_kind_name'")
    op.execute(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) "
        "VALUES ('clients', 'ix_clients_postcode_kind_name', '200000 6000 3000 1 1')"
    )
    op.execute("ANALYZE sqlite_schema")  # the planner reloads the statistics


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
