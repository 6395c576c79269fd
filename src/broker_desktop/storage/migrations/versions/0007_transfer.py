"""Book transfers: one agent's clients, contracts, deadlines and future commission shares
handed to another, recorded row by row so that the transfer can be undone; the new right
``portfolio.transfer`` for the Directeur role; an index on the statement lines'
commission (is a commission received?).

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0007_transfer
Revises: 0004_listing_speed
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_transfer"
down_revision = "0004_listing_speed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "book_transfers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("whole_book", sa.Boolean(create_constraint=False), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("counts", sa.Text, nullable=False, server_default="{}"),
        sa.Column("undone_at", sa.DateTime, nullable=True),
        sa.Column("undone_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
    )
    op.create_table(
        "book_transfer_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("transfer_id", sa.Integer, sa.ForeignKey("book_transfers.id"), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("version_after", sa.Integer, nullable=False),
        sa.Column("parent_id", sa.Integer, nullable=True),
        sa.UniqueConstraint("transfer_id", "entity", "entity_id", name="uq_transfer_items_row"),
    )
    op.create_index("ix_statement_lines_commission", "statement_lines", ["commission_id"])
    op.execute(
        'INSERT OR IGNORE INTO role_rights (role_id, "right") '
        "SELECT id, 'portfolio.transfer' FROM roles WHERE name = 'Directeur'"
    )


def downgrade() -> None:
    op.execute("DELETE FROM role_rights WHERE \"right\" = 'portfolio.transfer'")
    op.drop_index("ix_statement_lines_commission", "statement_lines")
    op.drop_table("book_transfer_items")
    op.drop_table("book_transfers")
