"""The portfolio import indexes the clients it creates for the search in one statement.

``clients_search_ai`` (0008) indexes a new client for the search, unless ``meta`` holds
the row ``client_search_deferred``: the portfolio import writes that row in its own
transaction, creates its clients, indexes them all with one INSERT ... SELECT per search
table and deletes the row before it commits (core/search_index.py). Indexing them one
statement per client was a fifth of the import's CPU at size M. The trigger's body is
kept as it is: only its WHEN clause is added.

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0013_import_search
Revises: 0012_import_speed
"""

from alembic import op

revision = "0013_import_search"
down_revision = "0012_import_speed"
branch_labels = None
depends_on = None

DEFERRED = "client_search_deferred"
HEAD = "AFTER INSERT ON clients BEGIN"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    sql = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'clients_search_ai'"
        )
        .scalar_one()
    )
    if HEAD not in sql:
        raise RuntimeError("clients_search_ai is not the trigger 0008_search created")
    when = (
        "AFTER INSERT ON clients "
        f"WHEN NOT EXISTS (SELECT 1 FROM meta WHERE name = '{DEFERRED}') BEGIN"
    )
    op.execute("DROP TRIGGER clients_search_ai")
    op.execute(sql.replace(HEAD, when, 1))


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
