"""The office server's sessions survive its restart.

- ``server_sessions``: one row per open session of the office server: the SHA-256 of its
  token (never the token), the user, his slot and his slot's private key sealed under a
  key derived from the token, the address, when it opened and when it was last used.

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0011_server
Revises: 0008_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_server"
down_revision = "0008_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "server_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("slot_ref", sa.String(64), nullable=False),
        sa.Column("sealed_key", sa.LargeBinary, nullable=False),
        sa.Column("address", sa.String(100), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("last_used_at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("server_sessions")
