"""Each client's contract statuses, kept by triggers, for the client list's status filter.

"Clients with an active contract" was a semi-join: SQLite built the set of matching
client ids (700,000 index entries at size L) and sorted the matching clients again for
every block the list read. ``client_contract_states`` holds one row per client that has
contracts: how many of them are proposals, cancelled or (stored) active, and the first
and last renewal dates of the active ones, so that the derived statuses "active" (last
renewal date from today on) and "expired" (first renewal date before today) are answered
without a date-dependent rewrite. Triggers on ``contracts`` recompute a client's row
from his handful of contracts whenever one is added, removed, moved to another client or
changes status or renewal date; the list walks its sort index and probes this table by
client id ("expired", which few clients have, comes from the index on the first renewal
date).

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0010_perf
Revises: 0011_server
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_perf"
down_revision = "0011_server"
branch_labels = None
depends_on = None

# Recomputes the row of the client ``{client}`` (NEW.client_id or OLD.client_id).
_RECOMPUTE = """
    DELETE FROM client_contract_states WHERE client_id = {client};
    INSERT INTO client_contract_states
        (client_id, proposals, cancelled, actives, first_active_expiry, last_active_expiry)
    SELECT {client},
           sum(status = 'proposal'), sum(status = 'cancelled'), sum(status = 'active'),
           min(CASE WHEN status = 'active' THEN expiry_date END),
           max(CASE WHEN status = 'active' THEN expiry_date END)
    FROM contracts WHERE client_id = {client} HAVING count(*) > 0;
"""

TRIGGERS = {
    "contracts_states_ai": (
        "AFTER INSERT ON contracts",
        _RECOMPUTE.format(client="NEW.client_id"),
    ),
    "contracts_states_ad": (
        "AFTER DELETE ON contracts",
        _RECOMPUTE.format(client="OLD.client_id"),
    ),
    "contracts_states_au": (
        "AFTER UPDATE OF client_id, status, expiry_date ON contracts",
        _RECOMPUTE.format(client="OLD.client_id") + _RECOMPUTE.format(client="NEW.client_id"),
    ),
}


def upgrade() -> None:
    op.create_table(
        "client_contract_states",
        sa.Column(
            "client_id",
            sa.Integer,
            sa.ForeignKey("clients.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("proposals", sa.Integer, nullable=False),
        sa.Column("cancelled", sa.Integer, nullable=False),
        sa.Column("actives", sa.Integer, nullable=False),
        sa.Column("first_active_expiry", sa.Date, nullable=True),
        sa.Column("last_active_expiry", sa.Date, nullable=True),
    )
    op.create_index(
        "ix_client_states_first_active", "client_contract_states", ["first_active_expiry"]
    )
    op.execute(
        "INSERT INTO client_contract_states (client_id, proposals, cancelled, actives, "
        "first_active_expiry, last_active_expiry) "
        "SELECT client_id, sum(status = 'proposal'), sum(status = 'cancelled'), "
        "sum(status = 'active'), "
        "min(CASE WHEN status = 'active' THEN expiry_date END), "
        "max(CASE WHEN status = 'active' THEN expiry_date END) "
        "FROM contracts GROUP BY client_id"
    )
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    # the planner's statistics for a size-L office (as 0004 writes them): one row per client
    op.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'client_contract_states'")
    op.execute(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES "
        "('client_contract_states', NULL, '200000'), "
        "('client_contract_states', 'ix_client_states_first_active', '200000 300')"
    )
    op.execute("ANALYZE sqlite_schema")  # the planner reloads the statistics


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
