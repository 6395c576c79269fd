"""Portfolio import and commission reconciliation.

Saved column mappings, import batches with what each created or changed (for the undo),
the commission rate table, insurers' statements and their reconciled lines; indexes for
probable-duplicate client look-ups; the new right ``import.run`` for the Directeur role.

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0006_import
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_import"
down_revision = "0003"
branch_labels = None
depends_on = None


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer, nullable=False, server_default="1")


def upgrade() -> None:
    op.create_index("ix_clients_birth_date", "clients", ["birth_date"])
    op.create_index("ix_clients_uid", "clients", ["company_uid"])
    op.create_index("ix_clients_email", "clients", ["email"])
    op.create_index("ix_clients_postcode", "clients", ["postcode"])
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("insurer_id", sa.Integer, sa.ForeignKey("insurers.id"), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        _version(),
        sa.UniqueConstraint("kind", "name", name="uq_import_mappings_name"),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("source_name", sa.String(400), nullable=False),
        sa.Column("mapping_name", sa.String(100), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("counts", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_table(
        "import_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("batch_id", sa.Integer, sa.ForeignKey("import_batches.id"), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("version_after", sa.Integer, nullable=False),
        sa.Column("before_image", sa.Text, nullable=True),
        sa.UniqueConstraint("batch_id", "entity", "entity_id", name="uq_import_items_row"),
    )
    op.create_table(
        "commission_rates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("insurer_id", sa.Integer, sa.ForeignKey("insurers.id"), nullable=False),
        sa.Column("line_id", sa.Integer, sa.ForeignKey("lines_of_business.id"), nullable=True),
        sa.Column(
            "contract_id",
            sa.Integer,
            sa.ForeignKey("contracts.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("rate_bp", sa.Integer, nullable=False),
        _version(),
    )
    op.create_index("ix_commission_rates_insurer", "commission_rates", ["insurer_id", "line_id"])
    op.create_index("ix_commission_rates_contract", "commission_rates", ["contract_id"])
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("insurer_id", sa.Integer, sa.ForeignKey("insurers.id"), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("source_name", sa.String(400), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("tolerance_cents", sa.BigInteger, nullable=False, server_default="100"),
    )
    op.create_index("ix_statements_insurer_period", "statements", ["insurer_id", "period"])
    op.create_table(
        "statement_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "statement_id",
            sa.Integer,
            sa.ForeignKey("statements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("row_number", sa.Integer, nullable=True),
        sa.Column("policy_number", sa.String(64), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column(
            "contract_id",
            sa.Integer,
            sa.ForeignKey("contracts.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("received_cents", sa.BigInteger, nullable=True),
        sa.Column("expected_cents", sa.BigInteger, nullable=True),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column(
            "commission_id",
            sa.Integer,
            sa.ForeignKey("commissions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        _version(),
    )
    op.create_index(
        "ix_statement_lines_statement", "statement_lines", ["statement_id", "category", "id"]
    )
    op.create_index("ix_statement_lines_contract", "statement_lines", ["contract_id"])
    # The new right goes to the default Directeur role of existing offices (new offices
    # get it from the seed, which gives that role every right).
    op.execute(
        'INSERT OR IGNORE INTO role_rights (role_id, "right") '
        "SELECT id, 'import.run' FROM roles WHERE name = 'Directeur'"
    )
    op.execute(
        "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
        "WHERE name = 'rights_stamp'"
    )


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
