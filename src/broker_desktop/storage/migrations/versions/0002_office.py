"""The office: users, roles and rights, reference data, clients, contracts,
commissions and their split, deadlines, and the hash-chained audit log.

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _bool(name: str, default: bool) -> sa.Column[bool]:
    return sa.Column(
        name,
        sa.Boolean(create_constraint=False),
        nullable=False,
        server_default="1" if default else "0",
    )


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer, nullable=False, server_default="1")


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("login", sa.String(128), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(100), nullable=False),
        sa.Column("slot_ref", sa.String(64), nullable=True),
        _bool("active", True),
        _bool("must_change_password", True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        _version(),
    )
    op.create_table(
        "roles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        _version(),
    )
    op.create_table(
        "role_rights",
        sa.Column(
            "role_id", sa.Integer, sa.ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("right", sa.String(64), primary_key=True),
    )
    op.create_table(
        "user_roles",
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "role_id", sa.Integer, sa.ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_user_roles_role", "user_roles", ["role_id"])
    op.create_table(
        "user_rights",
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("right", sa.String(64), primary_key=True),
    )
    op.create_table(
        "insurers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        _bool("active", True),
        _version(),
    )
    op.create_table(
        "lines_of_business",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("name_fr", sa.String(200), nullable=False),
        sa.Column("name_en", sa.String(200), nullable=False),
        _bool("active", True),
        _version(),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
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
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        _version(),
    )
    op.create_index("ix_clients_agent_name", "clients", ["agent_id", "display_name", "id"])
    op.create_index("ix_clients_name", "clients", ["display_name", "id"])
    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("insurer_id", sa.Integer, sa.ForeignKey("insurers.id"), nullable=False),
        sa.Column("line_id", sa.Integer, sa.ForeignKey("lines_of_business.id"), nullable=False),
        sa.Column("policy_number", sa.String(64), nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("expiry_date", sa.Date, nullable=False),
        sa.Column("notice_months", sa.Integer, nullable=False, server_default="3"),
        sa.Column("cancel_by", sa.Date, nullable=False),
        sa.Column("premium_cents", sa.BigInteger, nullable=False),
        sa.Column("frequency", sa.String(16), nullable=False, server_default="annual"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("cancel_reason", sa.Text, nullable=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        _version(),
        sa.UniqueConstraint("insurer_id", "policy_number", name="uq_contracts_policy"),
    )
    op.create_index("ix_contracts_agent_expiry", "contracts", ["agent_id", "expiry_date", "id"])
    op.create_index("ix_contracts_expiry", "contracts", ["expiry_date", "id"])
    op.create_index("ix_contracts_client", "contracts", ["client_id"])
    op.create_table(
        "commissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "contract_id",
            sa.Integer,
            sa.ForeignKey("contracts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("amount_cents", sa.BigInteger, nullable=False),
        _version(),
        sa.UniqueConstraint("contract_id", "period", name="uq_commissions_period"),
    )
    op.create_index("ix_commissions_period", "commissions", ["period", "id"])
    op.create_table(
        "commission_shares",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "commission_id",
            sa.Integer,
            sa.ForeignKey("commissions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("beneficiary_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("share_bp", sa.Integer, nullable=False),
        sa.Column("amount_cents", sa.BigInteger, nullable=False),
    )
    op.create_index(
        "ix_shares_beneficiary_period", "commission_shares", ["beneficiary_id", "period", "id"]
    )
    op.create_index("ix_shares_period", "commission_shares", ["period", "id"])
    op.create_index("ix_shares_commission", "commission_shares", ["commission_id"])
    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column(
            "contract_id",
            sa.Integer,
            sa.ForeignKey("contracts.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column(
            "client_id", sa.Integer, sa.ForeignKey("clients.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("title", sa.String(300), nullable=False, server_default=""),
        _bool("done", False),
        _version(),
    )
    op.create_index("ix_deadlines_owner_due", "deadlines", ["owner_id", "due_date", "id"])
    op.create_index("ix_deadlines_due", "deadlines", ["due_date", "id"])
    op.create_index("ix_deadlines_contract", "deadlines", ["contract_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user_id", sa.Integer, nullable=True),
        sa.Column("actor", sa.String(200), nullable=False, server_default=""),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False, server_default=""),
        sa.Column("entity_id", sa.Integer, nullable=True),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_at", "audit_log", ["at", "id"])
    op.create_index("ix_audit_user_at", "audit_log", ["user_id", "at", "id"])
    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_client_search()


def _create_sqlite_client_search() -> None:
    """SQLite-specific: FTS5 trigram index of client names, kept in sync by triggers."""
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        "display_name, content='clients', content_rowid='id', "
        "tokenize='trigram remove_diacritics 1')"
    )
    op.execute(
        "CREATE TRIGGER clients_search_ai AFTER INSERT ON clients BEGIN "
        "INSERT INTO client_search(rowid, display_name) VALUES (new.id, new.display_name); END"
    )
    op.execute(
        "CREATE TRIGGER clients_search_ad AFTER DELETE ON clients BEGIN "
        "INSERT INTO client_search(client_search, rowid, display_name) "
        "VALUES ('delete', old.id, old.display_name); END"
    )
    op.execute(
        "CREATE TRIGGER clients_search_au AFTER UPDATE OF display_name ON clients BEGIN "
        "INSERT INTO client_search(client_search, rowid, display_name) "
        "VALUES ('delete', old.id, old.display_name); "
        "INSERT INTO client_search(rowid, display_name) VALUES (new.id, new.display_name); END"
    )


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
