"""The current schema, as SQLAlchemy Core tables. Queries are built from these.

Migrations under ``migrations/versions`` are frozen copies of each step and never
import this module. Money is in integer centimes, commission shares in basis points
(10000 = 100 %). Every list the UI shows has an index on (filter, sort key, id) so
pages are read by keyset.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()


def _bool(name: str, default: bool) -> sa.Column[bool]:
    return sa.Column(
        name,
        sa.Boolean(create_constraint=False),
        nullable=False,
        server_default="1" if default else "0",
    )


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer, nullable=False, server_default="1")


meta = sa.Table(
    "meta",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("login", sa.String(128), nullable=False, unique=True),  # normalised (casefold)
    sa.Column("display_name", sa.String(200), nullable=False),
    sa.Column("password_hash", sa.String(100), nullable=False),
    sa.Column("slot_ref", sa.String(64), nullable=True),
    _bool("active", True),
    _bool("must_change_password", True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    _version(),
)

roles = sa.Table(
    "roles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    _version(),
)

role_rights = sa.Table(
    "role_rights",
    metadata,
    sa.Column("role_id", sa.ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("right", sa.String(64), primary_key=True),
)

user_roles = sa.Table(
    "user_roles",
    metadata,
    sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("role_id", sa.ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
    sa.Index("ix_user_roles_role", "role_id"),
)

user_rights = sa.Table(
    "user_rights",
    metadata,
    sa.Column("user_id", sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("right", sa.String(64), primary_key=True),
)

insurers = sa.Table(
    "insurers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    _bool("active", True),
    _version(),
)

lines_of_business = sa.Table(
    "lines_of_business",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("code", sa.String(32), nullable=False, unique=True),
    sa.Column("name_fr", sa.String(200), nullable=False),
    sa.Column("name_en", sa.String(200), nullable=False),
    _bool("active", True),
    _version(),
)

clients = sa.Table(
    "clients",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # person | company
    sa.Column("last_name", sa.String(200), nullable=True),
    sa.Column("first_name", sa.String(200), nullable=True),
    sa.Column("company_name", sa.String(200), nullable=True),
    sa.Column("display_name", sa.String(400), nullable=False),
    sa.Column("street", sa.String(200), nullable=False, server_default=""),
    sa.Column("postcode", sa.String(16), nullable=False, server_default=""),
    sa.Column("city", sa.String(100), nullable=False, server_default=""),
    sa.Column("country", sa.String(2), nullable=False, server_default="CH"),
    sa.Column("birth_date", sa.Date, nullable=True),
    sa.Column("company_uid", sa.String(20), nullable=True),
    sa.Column("language", sa.String(2), nullable=False, server_default="fr"),
    sa.Column("email", sa.String(200), nullable=False, server_default=""),
    sa.Column("phone", sa.String(50), nullable=False, server_default=""),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("agent_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    _version(),
    sa.Index("ix_clients_agent_name", "agent_id", "display_name", "id"),
    sa.Index("ix_clients_name", "display_name", "id"),
    # probable-duplicate look-ups of the import and the merge screen
    sa.Index("ix_clients_birth_date", "birth_date"),
    sa.Index("ix_clients_uid", "company_uid"),
    sa.Index("ix_clients_email", "email"),
    sa.Index("ix_clients_postcode", "postcode"),
    # the import's postcode probe: same postcode and kind, a name prefix, in name order
    sa.Index("ix_clients_postcode_kind_name", "postcode", "kind", "display_name", "id"),
    # the other sorts the client list offers (an index on (postcode) is ordered by
    # (postcode, rowid) = (postcode, id): it serves everyone's clients by postcode)
    sa.Index("ix_clients_agent_postcode", "agent_id", "postcode", "id"),
    sa.Index("ix_clients_city", "city", "id"),
    sa.Index("ix_clients_agent_city", "agent_id", "city", "id"),
)

contracts = sa.Table(
    "contracts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("client_id", sa.ForeignKey("clients.id"), nullable=False),
    sa.Column("insurer_id", sa.ForeignKey("insurers.id"), nullable=False),
    sa.Column("line_id", sa.ForeignKey("lines_of_business.id"), nullable=False),
    sa.Column("policy_number", sa.String(64), nullable=False),
    sa.Column("start_date", sa.Date, nullable=False),
    sa.Column("expiry_date", sa.Date, nullable=False),
    sa.Column("notice_months", sa.Integer, nullable=False, server_default="3"),
    sa.Column("cancel_by", sa.Date, nullable=False),  # derived: expiry - notice
    sa.Column("premium_cents", sa.BigInteger, nullable=False),
    sa.Column("frequency", sa.String(16), nullable=False, server_default="annual"),
    sa.Column("status", sa.String(16), nullable=False),  # proposal | active | cancelled
    sa.Column("cancel_reason", sa.Text, nullable=True),
    sa.Column("agent_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    _version(),
    sa.UniqueConstraint("insurer_id", "policy_number", name="uq_contracts_policy"),
    sa.Index("ix_contracts_agent_expiry", "agent_id", "expiry_date", "id"),
    sa.Index("ix_contracts_expiry", "expiry_date", "id"),
    sa.Index("ix_contracts_client_expiry", "client_id", "expiry_date", "id"),
    # The client list's filters by contract attributes read the matching client ids
    # from these (semi-joins); the derived status "expired" is (active, expiry < today).
    sa.Index("ix_contracts_status_client", "status", "expiry_date", "client_id"),
    sa.Index("ix_contracts_agent_status_client", "agent_id", "status", "expiry_date", "client_id"),
    sa.Index("ix_contracts_insurer_client", "insurer_id", "client_id"),
    sa.Index("ix_contracts_agent_insurer_client", "agent_id", "insurer_id", "client_id"),
    sa.Index("ix_contracts_line_client", "line_id", "client_id"),
    sa.Index("ix_contracts_agent_line_client", "agent_id", "line_id", "client_id"),
    # policy-number prefix search and sort, case-insensitive (LIKE uses a NOCASE index)
    sa.Index("ix_contracts_policy", sa.text("policy_number COLLATE NOCASE"), "id"),
    sa.Index(
        "ix_contracts_agent_policy", "agent_id", sa.text("policy_number COLLATE NOCASE"), "id"
    ),
)


def policy_key_of(column: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
    """A policy number without case, spaces, dots, dashes or slashes, as SQL. Literals,
    not parameters: SQLite uses an expression index only for the very same expression
    (migration 0008 writes it out; tests compare the two)."""
    key: sa.ColumnElement[str] = column
    for char in (" ", ".", "-", "/"):
        key = sa.func.replace(key, sa.literal_column(f"'{char}'"), sa.literal_column("''"))
    return sa.func.upper(key)


POLICY_KEY = policy_key_of(contracts.c.policy_number)
# search by policy number (prefix of the key) and the clients of matching contracts
sa.Index("ix_contracts_policy_key", POLICY_KEY, contracts.c.client_id)

# Each client's contract statuses, recomputed by triggers on contracts (migration
# 0010_perf): the client list's status filter probes it by client id instead of
# collecting every matching contract. Only clients with contracts have a row.
client_contract_states = sa.Table(
    "client_contract_states",
    metadata,
    sa.Column("client_id", sa.ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("proposals", sa.Integer, nullable=False),
    sa.Column("cancelled", sa.Integer, nullable=False),
    sa.Column("actives", sa.Integer, nullable=False),  # stored "active", expired included
    sa.Column("first_active_expiry", sa.Date, nullable=True),
    sa.Column("last_active_expiry", sa.Date, nullable=True),
    sa.Index("ix_client_states_first_active", "first_active_expiry"),
)

commissions = sa.Table(
    "commissions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("contract_id", sa.ForeignKey("contracts.id", ondelete="CASCADE"), nullable=False),
    sa.Column("period", sa.String(7), nullable=False),  # YYYY or YYYY-MM
    sa.Column("amount_cents", sa.BigInteger, nullable=False),
    _version(),
    sa.UniqueConstraint("contract_id", "period", name="uq_commissions_period"),
    sa.Index("ix_commissions_period", "period", "id"),
)

commission_shares = sa.Table(
    "commission_shares",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("commission_id", sa.ForeignKey("commissions.id", ondelete="CASCADE"), nullable=False),
    sa.Column("beneficiary_id", sa.ForeignKey("users.id"), nullable=True),  # NULL = the office
    sa.Column("period", sa.String(7), nullable=False),  # copied from the commission, for lists
    sa.Column("share_bp", sa.Integer, nullable=False),
    sa.Column("amount_cents", sa.BigInteger, nullable=False),
    # the amount rides in the indexes so that period and per-agent totals stay in them
    sa.Index(
        "ix_shares_beneficiary_period_amount", "beneficiary_id", "period", "id", "amount_cents"
    ),
    sa.Index("ix_shares_period_amount", "period", "id", "amount_cents"),
    sa.Index("ix_shares_commission", "commission_id"),
)

deadlines = sa.Table(
    "deadlines",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # renewal | cancel_by | follow_up
    sa.Column("due_date", sa.Date, nullable=False),
    sa.Column("owner_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("contract_id", sa.ForeignKey("contracts.id", ondelete="CASCADE"), nullable=True),
    sa.Column("client_id", sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=True),
    sa.Column("title", sa.String(300), nullable=False, server_default=""),
    _bool("done", False),
    _version(),
    sa.Index("ix_deadlines_owner_due", "owner_id", "due_date", "id"),
    sa.Index("ix_deadlines_due", "due_date", "id"),
    # "open only" (the default) with a date range: the count never leaves these
    sa.Index("ix_deadlines_done_due", "done", "due_date", "id"),
    sa.Index("ix_deadlines_owner_done_due", "owner_id", "done", "due_date", "id"),
    sa.Index("ix_deadlines_contract", "contract_id"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.String(32), nullable=False),  # ISO 8601 UTC, part of the hash
    sa.Column("user_id", sa.Integer, nullable=True),
    sa.Column("actor", sa.String(200), nullable=False, server_default=""),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False, server_default=""),
    sa.Column("entity_id", sa.Integer, nullable=True),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Index("ix_audit_at", "at", "id"),
    sa.Index("ix_audit_user_at", "user_id", "at", "id"),
)

# ----- import and reconciliation -------------------------------------------------------------
# A contract's usual split: who shares its commissions, in basis points summing to 10000.
contract_splits = sa.Table(
    "contract_splits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("contract_id", sa.ForeignKey("contracts.id", ondelete="CASCADE"), nullable=False),
    sa.Column("beneficiary_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("share_bp", sa.Integer, nullable=False),
    _version(),
    sa.UniqueConstraint("contract_id", "beneficiary_id", name="uq_contract_splits_person"),
)
import_mappings = sa.Table(
    "import_mappings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # portfolio | statement
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("insurer_id", sa.ForeignKey("insurers.id"), nullable=True),  # statements
    sa.Column("body", sa.Text, nullable=False),  # JSON, see core/importing/mapping.py
    _version(),
    sa.UniqueConstraint("kind", "name", name="uq_import_mappings_name"),
)

import_batches = sa.Table(
    "import_batches",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),  # portfolio | statement
    sa.Column("user_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("source_name", sa.String(400), nullable=False),
    sa.Column("mapping_name", sa.String(100), nullable=False),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # done | undone
    sa.Column("counts", sa.Text, nullable=False, server_default="{}"),  # JSON
)

# Every row an import created (before_image NULL) or changed (its row before, JSON), with
# the version the import left it at: the undo restores exactly, unless edited since.
import_items = sa.Table(
    "import_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("batch_id", sa.ForeignKey("import_batches.id"), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),  # table name
    sa.Column("entity_id", sa.Integer, nullable=False),
    sa.Column("version_after", sa.Integer, nullable=False),
    sa.Column("before_image", sa.Text, nullable=True),
    sa.UniqueConstraint("batch_id", "entity", "entity_id", name="uq_import_items_row"),
)

# A book handed from one agent to another (core/transfers.py): every row it re-assigned,
# with the version it left the row at (a share line: its commission's version), so that
# the undo gives back exactly that, unless edited since.
book_transfers = sa.Table(
    "book_transfers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("source_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("target_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("whole_book", sa.Boolean(create_constraint=False), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # done | undone
    sa.Column("counts", sa.Text, nullable=False, server_default="{}"),  # JSON
    sa.Column("undone_at", sa.DateTime, nullable=True),
    sa.Column("undone_by", sa.ForeignKey("users.id"), nullable=True),
)

book_transfer_items = sa.Table(
    "book_transfer_items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("transfer_id", sa.ForeignKey("book_transfers.id"), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),  # client|contract|deadline|commission_share
    sa.Column("entity_id", sa.Integer, nullable=False),
    sa.Column("version_after", sa.Integer, nullable=False),
    sa.Column("parent_id", sa.Integer, nullable=True),  # a share line's commission
    sa.UniqueConstraint("transfer_id", "entity", "entity_id", name="uq_transfer_items_row"),
)

commission_rates = sa.Table(
    "commission_rates",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("insurer_id", sa.ForeignKey("insurers.id"), nullable=False),
    sa.Column("line_id", sa.ForeignKey("lines_of_business.id"), nullable=True),  # NULL: any
    sa.Column("contract_id", sa.ForeignKey("contracts.id", ondelete="CASCADE"), nullable=True),
    sa.Column("rate_bp", sa.Integer, nullable=False),  # 1250 = 12.50 % of the premium
    _version(),
    sa.Index("ix_commission_rates_insurer", "insurer_id", "line_id"),
    sa.Index("ix_commission_rates_contract", "contract_id"),
)

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("insurer_id", sa.ForeignKey("insurers.id"), nullable=False),
    sa.Column("period", sa.String(7), nullable=False),
    sa.Column("source_name", sa.String(400), nullable=False),
    sa.Column("imported_at", sa.DateTime, nullable=False),
    sa.Column("user_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("tolerance_cents", sa.BigInteger, nullable=False, server_default="100"),
    sa.Column("batch_id", sa.ForeignKey("import_batches.id"), nullable=True),  # its import
    sa.Index("ix_statements_insurer_period", "insurer_id", "period"),
)

# One line per statement line (received) and per contract expected but missing from it.
statement_lines = sa.Table(
    "statement_lines",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("statement_id", sa.ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    sa.Column("row_number", sa.Integer, nullable=True),  # NULL: expected but missing
    sa.Column("policy_number", sa.String(64), nullable=False),
    sa.Column("period", sa.String(7), nullable=False),
    sa.Column("contract_id", sa.ForeignKey("contracts.id", ondelete="SET NULL"), nullable=True),
    sa.Column("agent_id", sa.ForeignKey("users.id"), nullable=True),
    sa.Column("received_cents", sa.BigInteger, nullable=True),
    sa.Column("expected_cents", sa.BigInteger, nullable=True),
    sa.Column("category", sa.String(16), nullable=False),  # matched|difference|unknown|missing
    sa.Column("decision", sa.String(16), nullable=False, server_default=""),  # accepted|flagged
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("commission_id", sa.ForeignKey("commissions.id", ondelete="SET NULL"), nullable=True),
    _version(),
    sa.Index("ix_statement_lines_statement", "statement_id", "category", "id"),
    sa.Index("ix_statement_lines_contract", "contract_id"),
    # "received" look-ups of the book transfer, and the SET NULL when a commission goes
    sa.Index("ix_statement_lines_commission", "commission_id"),
)

# The office server's sessions (server/session_store.py), so that workstations carry on
# after a restart of the server without logging in again. Never the token: its SHA-256,
# and the user's slot private key sealed under a key derived from the token itself, so
# that this table alone reopens nothing. Times are seconds since the epoch.
server_sessions = sa.Table(
    "server_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("slot_ref", sa.String(64), nullable=False),
    sa.Column("sealed_key", sa.LargeBinary, nullable=False),
    sa.Column("address", sa.String(100), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("last_used_at", sa.Float, nullable=False),
)
