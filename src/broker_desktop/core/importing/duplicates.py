"""Probable duplicate clients: a well-kept fuzzy matcher (rapidfuzz) on folded names,
confirmed by a second sign — the same birth date, postcode, e-mail or UID.

Look-ups go through indexed columns (birth date, UID, e-mail; postcode, kind and name
together), so a candidate search costs a few index probes whatever the size of the office,
and only among the clients the user may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process

from broker_desktop.core.importing.values import fold
from broker_desktop.core.permissions import Scope

NAME_WITH_BIRTH_DATE = 85
NAME_WITH_EMAIL = 70
NAME_WITH_POSTCODE = 90
CANDIDATE_LIMIT = 200  # rows read per probe (a postcode of a big town)
_CLOSE = min(NAME_WITH_BIRTH_DATE, NAME_WITH_EMAIL, NAME_WITH_POSTCODE)  # below: no sign counts


@dataclass(frozen=True)
class Probe:
    """What is known of a client to compare."""

    kind: str
    display_name: str
    birth_date: date | None = None
    company_uid: str | None = None
    email: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class Match:
    client_id: int
    display_name: str
    score: int  # name similarity, 0..100
    reasons: tuple[str, ...]  # uid | birth_date | email | postcode | name
    certain: bool  # same UID, or the same name with a second sign


def name_score(a: str, b: str) -> int:
    return round(fuzz.token_sort_ratio(fold(a), fold(b)))


_COLUMNS = "id, display_name, birth_date, company_uid, email, postcode"


def find_matches(conn: sa.Connection, probe: Probe, scope: Scope, exclude: int = 0) -> list[Match]:
    """Existing clients that are probably ``probe``, best first, among those ``scope``
    lets the user see. Plain SQL on the session's connection: this runs once per new
    client of an import, and SQLAlchemy's statement building cost more than the probes."""
    visible_args: tuple[int, ...] = ()
    if scope.portfolio_all:
        visible = ""
    elif scope.portfolio_allows(scope.user_id):
        visible, visible_args = " AND agent_id = ?", (scope.user_id,)
    else:
        return []
    cursor: Any = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    found: dict[int, Match] = {}
    folded = fold(probe.display_name)

    def consider(where: str, args: tuple[Any, ...], order: str = "") -> None:
        cursor.execute(
            f"SELECT {_COLUMNS} FROM clients WHERE {where}{visible} AND id != ?{order} LIMIT ?",
            (*args, *visible_args, exclude, CANDIDATE_LIMIT),
        )
        for cid, name, birth, uid, email, postcode in cursor.fetchall():
            if cid in found:
                continue
            score = round(fuzz.token_sort_ratio(folded, fold(name)))
            reasons: list[str] = []
            same_uid = bool(probe.company_uid) and probe.company_uid == uid
            if same_uid:
                reasons.append("uid")
            if probe.birth_date and birth == probe.birth_date.isoformat():
                if score >= NAME_WITH_BIRTH_DATE:
                    reasons.append("birth_date")
            if probe.email and email and probe.email.lower() == email.lower():
                if score >= NAME_WITH_EMAIL:
                    reasons.append("email")
            if probe.postcode and probe.postcode == postcode and score >= NAME_WITH_POSTCODE:
                reasons.append("postcode")
            if not reasons:
                continue
            if score == 100:
                reasons.append("name")
            certain = same_uid or (score == 100 and len(reasons) > 1)
            found[cid] = Match(cid, name, score, tuple(reasons), certain)

    if probe.company_uid:
        consider("company_uid = ?", (probe.company_uid,))
    if probe.birth_date:
        consider("birth_date = ?", (probe.birth_date.isoformat(),))
    if probe.email:
        consider("email = ?", (probe.email,))
    if probe.postcode and len(probe.display_name) >= 2:
        # a town's postcode holds thousands of clients: only those whose name starts
        # alike are compared, the first ones in name order (ix_clients_postcode_kind_name
        # reads just those; the order says which ones when there are more than the cap)
        prefix = probe.display_name[:2]
        where = "postcode = ? AND kind = ? AND display_name >= ? AND display_name < ?"
        args = (probe.postcode, probe.kind, prefix, prefix + "\U0010ffff")
        order = " ORDER BY display_name, id"
        if probe.company_uid:  # the same UID counts whatever the name: read every row
            consider(where, args, order)
        else:
            # Without a UID a candidate counts only with a name close enough for a second
            # sign: the names come from the index alone, scored in one call, and only the
            # rows of the close ones are read.
            cursor.execute(
                f"SELECT id, display_name FROM clients WHERE {where}{visible} AND id != ?"
                f"{order} LIMIT ?",
                (*args, *visible_args, exclude, CANDIDATE_LIMIT),
            )
            candidates = [(cid, name) for cid, name in cursor.fetchall() if cid not in found]
            scored = process.extract(
                folded,
                [fold(name) for _cid, name in candidates],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=_CLOSE - 1,  # the exact test is on the rounded score below
                limit=None,
            )
            close = [candidates[i][0] for _n, score, i in scored if round(score) >= _CLOSE]
            if close:
                consider(f"id IN ({', '.join('?' * len(close))})", tuple(close))
    return sorted(found.values(), key=lambda m: (not m.certain, -m.score, m.client_id))
