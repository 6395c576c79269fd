"""Probable duplicate clients: a well-kept fuzzy matcher (rapidfuzz) on folded names,
confirmed by a second sign — the same birth date, postcode, e-mail or UID.

Look-ups go through indexed columns (birth date, UID, e-mail, postcode), so a candidate
search costs a few index probes whatever the size of the office, and only among the
clients the user may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from rapidfuzz import fuzz

from broker_desktop.core.importing.values import fold
from broker_desktop.storage.schema import clients

NAME_WITH_BIRTH_DATE = 85
NAME_WITH_EMAIL = 70
NAME_WITH_POSTCODE = 90
CANDIDATE_LIMIT = 200  # rows read per probe (a postcode of a big town)


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


def find_matches(
    conn: sa.Connection, probe: Probe, visible: sa.ColumnElement[bool], exclude: int = 0
) -> list[Match]:
    """Existing clients that are probably ``probe``, best first."""
    found: dict[int, Match] = {}
    cols = (
        clients.c.id,
        clients.c.display_name,
        clients.c.birth_date,
        clients.c.company_uid,
        clients.c.email,
        clients.c.postcode,
    )

    def consider(where: sa.ColumnElement[bool]) -> None:
        rows = conn.execute(
            sa.select(*cols).where(where, visible, clients.c.id != exclude).limit(CANDIDATE_LIMIT)
        )
        for row in rows:
            if row.id in found:
                continue
            score = name_score(probe.display_name, row.display_name)
            reasons: list[str] = []
            same_uid = bool(probe.company_uid) and probe.company_uid == row.company_uid
            if same_uid:
                reasons.append("uid")
            if probe.birth_date and probe.birth_date == row.birth_date:
                if score >= NAME_WITH_BIRTH_DATE:
                    reasons.append("birth_date")
            if probe.email and row.email and probe.email.lower() == row.email.lower():
                if score >= NAME_WITH_EMAIL:
                    reasons.append("email")
            if probe.postcode and probe.postcode == row.postcode and score >= NAME_WITH_POSTCODE:
                reasons.append("postcode")
            if not reasons:
                continue
            if score == 100:
                reasons.append("name")
            certain = same_uid or (score == 100 and len(reasons) > 1)
            found[row.id] = Match(row.id, row.display_name, score, tuple(reasons), certain)

    if probe.company_uid:
        consider(clients.c.company_uid == probe.company_uid)
    if probe.birth_date:
        consider(clients.c.birth_date == probe.birth_date)
    if probe.email:
        consider(clients.c.email == probe.email)
    if probe.postcode:
        consider(sa.and_(clients.c.postcode == probe.postcode, clients.c.kind == probe.kind))
    return sorted(found.values(), key=lambda m: (not m.certain, -m.score, m.client_id))
