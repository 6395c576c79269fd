"""Duplicate clients already in the office: finding probable pairs (the import's matcher)
and merging one into the other, audited.

A merge keeps one client, moves the other's contracts and deadlines to him, fills his
empty fields from the other, and deletes the other. Both must be in the user's book;
it needs portfolio.edit and portfolio.delete.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from broker_desktop.core.errors import ValidationError
from broker_desktop.core.importing.duplicates import Probe, find_matches
from broker_desktop.core.records import (
    SUBJECT,
    fetch_scoped,
    versioned_delete,
    versioned_update,
)
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.storage.schema import clients, contracts, deadlines

PAIR_LIMIT = 500
FILLABLE = (
    "street",
    "postcode",
    "city",
    "birth_date",
    "company_uid",
    "email",
    "phone",
)


@dataclass(frozen=True)
class ClientPair:
    keep_id: int
    keep_name: str
    other_id: int
    other_name: str
    score: int
    reasons: tuple[str, ...]
    certain: bool


class ClientMergeService:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    def probable_pairs(self, limit: int = PAIR_LIMIT) -> list[ClientPair]:
        """Pairs of visible clients sharing a birth date, a UID or an e-mail, with
        similar names; the older record first (the one usually kept)."""
        with self._s.tx() as (conn, scope):
            scope.require_any(Right.PORTFOLIO_VIEW_ALL, Right.PORTFOLIO_VIEW_OWN)
            visible = scope.portfolio(clients.c.agent_id)
            pairs: dict[tuple[int, int], ClientPair] = {}
            for column in (clients.c.company_uid, clients.c.birth_date, clients.c.email):
                shared = (
                    sa.select(column)
                    .where(visible, column.is_not(None), column != "")
                    .group_by(column)
                    .having(sa.func.count() > 1)
                    .limit(limit)
                )
                rows = conn.execute(
                    sa.select(clients).where(visible, column.in_(shared)).order_by(clients.c.id)
                )
                for row in rows:
                    probe = Probe(
                        row.kind,
                        row.display_name,
                        row.birth_date,
                        row.company_uid,
                        row.email,
                        row.postcode,
                    )
                    for match in find_matches(conn, probe, scope, exclude=row.id):
                        keep, other = sorted((row.id, match.client_id))
                        if (keep, other) in pairs:
                            continue
                        names = {row.id: row.display_name, match.client_id: match.display_name}
                        pairs[(keep, other)] = ClientPair(
                            keep,
                            names[keep],
                            other,
                            names[other],
                            match.score,
                            match.reasons,
                            match.certain,
                        )
                    if len(pairs) >= limit:
                        break
            return sorted(pairs.values(), key=lambda p: (not p.certain, -p.score, p.keep_id))

    def merge(self, keep_id: int, keep_version: int, other_id: int, other_version: int) -> int:
        """Merges ``other`` into ``keep``; returns keep's new version."""
        if keep_id == other_id:
            raise ValidationError.single("client", "same_client", "Choose two different clients.")
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_EDIT, ("client", keep_id))
            scope.require(Right.PORTFOLIO_DELETE, ("client", other_id))
            visible = scope.portfolio(clients.c.agent_id)
            keep = fetch_scoped(conn, clients, "client", keep_id, visible, Right.PORTFOLIO_EDIT)
            other = fetch_scoped(conn, clients, "client", other_id, visible, Right.PORTFOLIO_DELETE)
            if keep.kind != other.kind:
                raise ValidationError.single(
                    "client", "kind_differs", "A person and a company cannot be merged."
                )
            filled = {
                name: getattr(other, name)
                for name in FILLABLE
                if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, "")
            }
            if keep.notes != other.notes and other.notes:
                filled["notes"] = "\n".join(n for n in (keep.notes, other.notes) if n)
            moved = list(
                conn.execute(
                    sa.select(contracts.c.id).where(contracts.c.client_id == other_id)
                ).scalars()
            )
            conn.execute(
                sa.update(contracts)
                .where(contracts.c.client_id == other_id)
                .values(client_id=keep_id, version=contracts.c.version + 1)
            )
            conn.execute(
                sa.update(deadlines)
                .where(deadlines.c.client_id == other_id)
                .values(client_id=keep_id, version=deadlines.c.version + 1)
            )
            new_version = versioned_update(conn, clients, "client", keep_id, keep_version, filled)
            versioned_delete(conn, clients, "client", other_id, other_version)
            self._s.note_change("contract")
            self._s.note_change("client", other_id)
            self._s.log(
                conn,
                "client.merge",
                "client",
                keep_id,
                {
                    SUBJECT: keep.display_name,
                    "merged": other_id,
                    "merged_name": other.display_name,
                    "contracts": moved,
                    "filled": sorted(filled),
                },
            )
            return new_version
