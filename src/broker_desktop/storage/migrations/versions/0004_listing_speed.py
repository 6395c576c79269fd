"""Indexes for every sort and filter the lists offer, and planner statistics.

- The client list's other sorts (postcode, city), for everyone's and one agent's clients.
- The client list's filters by contract attributes (insurer, line, derived status) read
  the matching client ids from (filter, client_id) indexes: an indexed semi-join instead
  of an EXISTS probed for every client. The derived status "expired" is the stored
  "active" with a renewal date in the past, so (status, expiry_date) serves all four.
- One client's contracts in renewal order; policy-number prefix search and sort through
  a NOCASE index (SQLite's LIKE is case-insensitive and uses only such an index).
- Deadlines "open only" in a date range (the default list): the count never leaves the
  (done, due_date) indexes.
- ``sqlite_stat1``: statistics describing a large office (200,000 clients, a million
  contracts, two million share lines and deadlines). SQLite's planner chooses between
  indexes from them; with the same statistics a small office gets the plans a large one
  needs, and the query-plan test checks them on a small file. ``ANALYZE`` (a maintenance
  action) would replace them with the file's own figures.

Revision ID: 0004_listing_speed
Revises: 0006_import
"""

from alembic import op

revision = "0004_listing_speed"
down_revision = "0006_import"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_clients_agent_postcode", "clients", "agent_id, postcode, id"),
    ("ix_clients_city", "clients", "city, id"),
    ("ix_clients_agent_city", "clients", "agent_id, city, id"),
    ("ix_contracts_client_expiry", "contracts", "client_id, expiry_date, id"),
    ("ix_contracts_status_client", "contracts", "status, expiry_date, client_id"),
    ("ix_contracts_agent_status_client", "contracts", "agent_id, status, expiry_date, client_id"),
    ("ix_contracts_insurer_client", "contracts", "insurer_id, client_id"),
    ("ix_contracts_agent_insurer_client", "contracts", "agent_id, insurer_id, client_id"),
    ("ix_contracts_line_client", "contracts", "line_id, client_id"),
    ("ix_contracts_agent_line_client", "contracts", "agent_id, line_id, client_id"),
    ("ix_contracts_policy", "contracts", "policy_number COLLATE NOCASE, id"),
    ("ix_contracts_agent_policy", "contracts", "agent_id, policy_number COLLATE NOCASE, id"),
    ("ix_deadlines_done_due", "deadlines", "done, due_date, id"),
    ("ix_deadlines_owner_done_due", "deadlines", "owner_id, done, due_date, id"),
)

# (table, index or None for the table itself, "rows, then average rows per distinct
# value of the first 1, 2, ... columns") for the size-L demo office.
STATISTICS = (
    ("users", "sqlite_autoindex_users_1", "160 1"),
    ("roles", "sqlite_autoindex_roles_1", "8 1"),
    ("user_roles", "sqlite_autoindex_user_roles_1", "170 2 1"),
    ("user_roles", "ix_user_roles_role", "170 40"),
    ("insurers", "sqlite_autoindex_insurers_1", "20 1"),
    ("lines_of_business", "sqlite_autoindex_lines_of_business_1", "15 1"),
    ("clients", "ix_clients_name", "200000 2 1"),
    ("clients", "ix_clients_agent_name", "200000 1334 1 1"),
    ("clients", "ix_clients_postcode", "200000 6000"),
    ("clients", "ix_clients_agent_postcode", "200000 1334 50 1"),
    ("clients", "ix_clients_city", "200000 6000 1"),
    ("clients", "ix_clients_agent_city", "200000 1334 50 1"),
    ("contracts", "sqlite_autoindex_contracts_1", "1000000 50000 1"),
    ("contracts", "ix_contracts_agent_expiry", "1000000 6667 20 1"),
    ("contracts", "ix_contracts_expiry", "1000000 1500 1"),
    ("contracts", "ix_contracts_client_expiry", "1000000 5 1 1"),
    ("contracts", "ix_contracts_status_client", "1000000 333334 700 1"),
    ("contracts", "ix_contracts_agent_status_client", "1000000 6667 2223 5 1"),
    ("contracts", "ix_contracts_insurer_client", "1000000 50000 1"),
    ("contracts", "ix_contracts_agent_insurer_client", "1000000 6667 350 1"),
    ("contracts", "ix_contracts_line_client", "1000000 70000 1"),
    ("contracts", "ix_contracts_agent_line_client", "1000000 6667 450 1"),
    ("contracts", "ix_contracts_policy", "1000000 1 1"),
    ("contracts", "ix_contracts_agent_policy", "1000000 6667 1 1"),
    ("commissions", "sqlite_autoindex_commissions_1", "1000000 1 1"),
    ("commissions", "ix_commissions_period", "1000000 500000 1"),
    ("commission_shares", "ix_shares_beneficiary_period_amount", "2000000 13000 6500 1 1"),
    ("commission_shares", "ix_shares_period_amount", "2000000 1000000 1 1"),
    ("commission_shares", "ix_shares_commission", "2000000 2"),
    ("deadlines", "ix_deadlines_owner_due", "2000000 13334 20 1"),
    ("deadlines", "ix_deadlines_due", "2000000 2000 1"),
    ("deadlines", "ix_deadlines_contract", "2000000 2"),
    ("deadlines", "ix_deadlines_done_due", "2000000 1000000 1000 1"),
    ("deadlines", "ix_deadlines_owner_done_due", "2000000 13334 6667 10 1"),
    ("audit_log", "ix_audit_at", "100000 1 1"),
    ("audit_log", "ix_audit_user_at", "100000 1000 1 1"),
)


def upgrade() -> None:
    op.drop_index("ix_contracts_client", "contracts")
    for name, table, columns in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} ({columns})")
    # creates sqlite_stat1 when missing, without scanning any of the office's tables
    op.execute("ANALYZE sqlite_schema")
    tables = sorted({table for table, _index, _stat in STATISTICS})
    listed = ", ".join(f"'{t}'" for t in tables)
    op.execute(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({listed})")
    for table, index, stat in STATISTICS:
        op.execute(
            f"INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('{table}', '{index}', '{stat}')"
        )
    op.execute("ANALYZE sqlite_schema")  # the planner reloads the statistics


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
