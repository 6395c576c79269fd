"""A tiny paging source over a real SQLCipher table, shaped like the core's services.

It lets the lazy model be tested without the core: same protocol, keyset cursors of
(sort value, id), SQL doing the sorting and the filtering.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from broker_desktop.storage.database import Database

md = sa.MetaData()
people = sa.Table(
    "ui_test_people",
    md,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(80), nullable=False),
    sa.Column("premium", sa.Integer, nullable=False),  # centimes
    sa.Column("secret", sa.Integer, nullable=False),
)


@dataclass(frozen=True)
class PeopleQuery:
    name: str | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class Person:
    id: int
    cursor: tuple
    name: str
    premium: int
    secret: int


class PeopleSource:
    def __init__(self, db: Database, *, may_see_secret: bool = True) -> None:
        self.db = db
        self.may_see_secret = may_see_secret
        self.calls: list[dict] = []
        self.counts: list[bool] = []  # exact or not, one per count asked
        self.cap: int | None = None

    def columns(self) -> list[str]:
        keys = ["name", "premium"]
        return keys + ["secret"] if self.may_see_secret else keys

    def _where(self, query: PeopleQuery):
        if query.name:
            return people.c.name.ilike(f"%{query.name}%")
        return sa.true()

    def count(self, query: PeopleQuery, *, exact: bool = True) -> int:
        """Like the core's: without ``exact``, at most ``cap + 1`` (more than ``cap``)."""
        self.counts.append(exact)
        with self.db.read() as conn:
            total = conn.execute(
                sa.select(sa.func.count()).select_from(people).where(self._where(query))
            ).scalar_one()
        return total if exact or self.cap is None else min(total, self.cap + 1)

    def page(self, query, *, after=None, before=None, from_end=False, offset=0, limit=200):
        self.calls.append(
            {"after": after, "before": before, "from_end": from_end, "offset": offset}
        )
        key = people.c[query.sort]
        order = (key.desc(), people.c.id.desc()) if query.descending else (key, people.c.id)
        reverse = (
            (key.asc(), people.c.id.asc())
            if query.descending
            else (
                key.desc(),
                people.c.id.desc(),
            )
        )
        stmt = sa.select(people).where(self._where(query))
        pair = sa.tuple_(key, people.c.id)
        flip = False
        if after is not None:
            cond = pair < sa.tuple_(*after) if query.descending else pair > sa.tuple_(*after)
            stmt = stmt.where(cond).order_by(*order).limit(limit)
        elif before is not None:
            cond = pair > sa.tuple_(*before) if query.descending else pair < sa.tuple_(*before)
            stmt, flip = stmt.where(cond).order_by(*reverse).limit(limit), True
        elif from_end:
            stmt, flip = stmt.order_by(*reverse).limit(limit), True
        else:
            stmt = stmt.order_by(*order).offset(offset).limit(limit)
        with self.db.read() as conn:
            rows = conn.execute(stmt).all()
        if flip:
            rows.reverse()
        return [
            Person(r.id, (getattr(r, query.sort), r.id), r.name, r.premium, r.secret) for r in rows
        ]


def fill(db: Database, count: int) -> None:
    with db.write() as conn:
        md.create_all(conn)
        conn.execute(
            people.insert(),
            [
                {
                    "id": i,
                    "name": f"Client {(i * 7919) % count:06d}",
                    "premium": i * 101,
                    "secret": i,
                }
                for i in range(1, count + 1)
            ],
        )
