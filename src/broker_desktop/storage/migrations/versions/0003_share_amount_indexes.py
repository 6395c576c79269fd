"""Commission share indexes that also hold the amount.

Commission totals per period and per agent summed two million share lines by reading
each row from the table after finding it in the index; with the amount in the index
the sums never leave it.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_shares_period_amount", "commission_shares", ["period", "id", "amount_cents"]
    )
    op.create_index(
        "ix_shares_beneficiary_period_amount",
        "commission_shares",
        ["beneficiary_id", "period", "id", "amount_cents"],
    )
    op.drop_index("ix_shares_period", "commission_shares")
    op.drop_index("ix_shares_beneficiary_period", "commission_shares")


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
