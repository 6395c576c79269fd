"""The current schema, as SQLAlchemy Core tables. Queries are built from these.

Migrations under ``migrations/versions`` are frozen copies of each step and never
import this module.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
