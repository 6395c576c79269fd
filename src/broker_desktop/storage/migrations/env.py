"""Alembic environment: always run on the connection handed over by ``migrate.upgrade``.

The caller wraps the whole upgrade in one explicit transaction, so a failing step
leaves the database exactly as it was.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
context.run_migrations()
