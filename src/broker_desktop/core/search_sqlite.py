"""SQLite-specific: client name search through the FTS5 trigram index ``client_search``
(created by migration 0002). Other databases would need their own implementation."""

from __future__ import annotations

import sqlalchemy as sa

client_search = sa.table("client_search", sa.column("rowid"), sa.column("client_search"))


def name_matches(id_col: sa.ColumnElement[int], fragment: str) -> sa.ColumnElement[bool]:
    """Clients whose name contains ``fragment`` (case and accent insensitive)."""
    fragment = fragment.strip()
    if not fragment:
        return sa.true()
    if len(fragment) < 3:  # trigrams need three characters; short fragments scan instead
        from broker_desktop.storage.schema import clients

        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return clients.c.display_name.ilike(f"%{escaped}%", escape="\\")
    phrase = '"' + fragment.replace('"', '""') + '"'
    matching = sa.select(client_search.c.rowid).where(
        sa.literal_column("client_search").op("MATCH")(phrase)
    )
    return id_col.in_(matching)
