"""A contract's usual commission split; statements imported as undoable batches.

- ``contract_splits``: who shares a contract's commissions and in what proportion (basis
  points, summing to 100 %), as the portfolio import brings it from the previous
  software; reconciliation splits an accepted commission by it.
- ``statements.batch_id``: the import batch that brought the statement in (its undo).

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0009_import2
Revises: 0007_transfer
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_import2"
down_revision = "0007_transfer"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract_splits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "contract_id",
            sa.Integer,
            sa.ForeignKey("contracts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("beneficiary_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("share_bp", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.UniqueConstraint("contract_id", "beneficiary_id", name="uq_contract_splits_person"),
    )
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("batch_id", sa.Integer, nullable=True))
        batch.create_foreign_key("fk_statements_batch", "import_batches", ["batch_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.drop_constraint("fk_statements_batch", type_="foreignkey")
        batch.drop_column("batch_id")
    op.drop_table("contract_splits")
