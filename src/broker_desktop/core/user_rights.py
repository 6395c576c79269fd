"""A user's rights as stored: active flag, rights through roles and granted directly,
and the rights stamp that tells open sessions when anyone's rights changed."""

from __future__ import annotations

import sqlalchemy as sa

from broker_desktop.core.rights import Right, parse_rights
from broker_desktop.storage.schema import meta, role_rights, user_rights, user_roles, users

RIGHTS_STAMP = "rights_stamp"


def bump_rights_stamp(conn: sa.Connection) -> None:
    """Tell every session that some user's rights changed (they re-read theirs)."""
    conn.execute(
        sa.update(meta)
        .where(meta.c.name == RIGHTS_STAMP)
        .values(value=sa.cast(sa.cast(meta.c.value, sa.Integer) + 1, sa.Text))
    )


def rights_stamp(conn: sa.Connection) -> str | None:
    value = conn.execute(sa.select(meta.c.value).where(meta.c.name == RIGHTS_STAMP)).scalar()
    return None if value is None else str(value)


def is_active(conn: sa.Connection, user_id: int) -> bool:
    return bool(conn.execute(sa.select(users.c.active).where(users.c.id == user_id)).scalar())


def effective_rights(conn: sa.Connection, user_id: int) -> frozenset[Right]:
    if not is_active(conn, user_id):
        return frozenset()
    via_roles = (
        sa.select(role_rights.c.right)
        .join(user_roles, user_roles.c.role_id == role_rights.c.role_id)
        .where(user_roles.c.user_id == user_id)
    )
    direct = sa.select(user_rights.c.right).where(user_rights.c.user_id == user_id)
    return parse_rights(conn.execute(sa.union(via_roles, direct)).scalars())
