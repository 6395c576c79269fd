"""A contract's usual commission split: who shares its commissions and in what
proportion (``contract_splits``). A new commission, reconciliation's "accept" and a book
transfer start from it.

It is set by the portfolio import and edited here, under the rules the import applies:
people of the office only (the office's own part is what a commission's split leaves
over, not part of the usual one), each once, every share above 0, the shares adding up
to exactly 100 %; or no usual split at all. Editing needs ``commissions.manage`` and the
contract in the user's portfolio; each save is audited and declared as a change of the
contract. A user deactivated since may stay where he already is (his part is not
silently handed to someone else) but is never added anew.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.commissions import FULL, ShareInput
from broker_desktop.core.errors import ConflictError, ValidationError
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import SUBJECT, contract_subject, fetch_scoped
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import INT64_MAX, Problems, is_int, valid_id
from broker_desktop.storage.schema import contract_splits, contracts, users


@dataclass(frozen=True)
class UsualSplit:
    contract_id: int
    shares: tuple[ShareInput, ...]  # largest share first; empty: none set
    stamp: str  # what the stored rows were when read: a save against another is refused


def _stored(conn: sa.Connection, contract_id: int) -> list[sa.Row[Any]]:
    return list(
        conn.execute(
            sa.select(contract_splits)
            .where(contract_splits.c.contract_id == contract_id)
            .order_by(contract_splits.c.share_bp.desc(), contract_splits.c.id)
        )
    )


def _stamp(rows: Sequence[sa.Row[Any]]) -> str:
    return ",".join(f"{r.id}.{r.version}" for r in sorted(rows, key=lambda r: r.id))


def _contract(conn: sa.Connection, scope: Scope, contract_id: int) -> sa.Row[Any]:
    scope.require(Right.COMMISSIONS_MANAGE, ("contract", contract_id))
    return fetch_scoped(
        conn,
        contracts,
        "contract",
        contract_id,
        scope.contracts(contracts),
        scope.missing_portfolio_right(),
    )


def read(conn: sa.Connection, scope: Scope, contract_id: int) -> UsualSplit:
    _contract(conn, scope, contract_id)
    rows = _stored(conn, contract_id)
    return UsualSplit(
        contract_id,
        tuple(ShareInput(int(r.beneficiary_id), int(r.share_bp)) for r in rows),
        _stamp(rows),
    )


def check(conn: sa.Connection, shares: object, kept: set[int]) -> tuple[ShareInput, ...]:
    """Every problem of ``shares`` at once (field ``shares``); ``kept``: the people
    already in the stored split, who may stay although deactivated since."""
    problems = Problems()
    if not isinstance(shares, (tuple, list)) or not all(
        isinstance(s, ShareInput)
        and is_int(s.share_bp)
        and abs(s.share_bp) <= INT64_MAX
        and (s.beneficiary_id is None or valid_id(s.beneficiary_id))
        for s in shares
    ):
        raise ValidationError.single(
            "shares", "invalid_share", "Each share needs a person and basis points."
        )
    checked: tuple[ShareInput, ...] = tuple(shares)
    ids = [s.beneficiary_id for s in checked if s.beneficiary_id is not None]
    active = {
        int(r.id): bool(r.active)
        for r in conn.execute(sa.select(users.c.id, users.c.active).where(users.c.id.in_(ids)))
    }
    seen: set[int | None] = set()
    for share in checked:
        if not 0 < share.share_bp <= FULL:
            problems.add("shares", "invalid_share", "Each share is between 0 and 100 %.")
        if share.beneficiary_id in seen:
            problems.add("shares", "duplicate_beneficiary", "A person appears twice.")
        seen.add(share.beneficiary_id)
        person = share.beneficiary_id
        if person is None or person not in active or not (active[person] or person in kept):
            problems.add("shares", "unknown_user", "Choose an active user.")
    total = sum(s.share_bp for s in checked)
    if checked and total != FULL:
        problems.add(
            "shares",
            "split_not_100",
            f"The shares add up to {total / 100:.2f} %, not 100 %.",
            total_bp=total,
        )
    problems.raise_if_any()
    return checked


def write(
    conn: sa.Connection, scope: Scope, contract_id: int, shares: object, stamp: str
) -> dict[str, Any] | None:
    """Replace the usual split, row by row: a person who stays keeps his row (its version
    moves on, as a book transfer's undo expects of an edited record). Returns the audit
    detail, or None when nothing changed."""
    _contract(conn, scope, contract_id)
    rows = _stored(conn, contract_id)
    if not isinstance(stamp, str) or stamp != _stamp(rows):
        raise ConflictError("contract", contract_id)
    wanted = check(conn, shares, {int(r.beneficiary_id) for r in rows})
    before = [[int(r.beneficiary_id), int(r.share_bp)] for r in rows]
    after = [[int(s.beneficiary_id or 0), s.share_bp] for s in wanted]
    if sorted(before) == sorted(after):
        return None
    by_person = {int(r.beneficiary_id): r for r in rows}
    for person, share_bp in after:
        row = by_person.pop(person, None)
        if row is None:
            conn.execute(
                sa.insert(contract_splits).values(
                    contract_id=contract_id, beneficiary_id=person, share_bp=share_bp
                )
            )
        elif int(row.share_bp) != share_bp:
            conn.execute(
                sa.update(contract_splits)
                .where(contract_splits.c.id == row.id)
                .values(share_bp=share_bp, version=contract_splits.c.version + 1)
            )
    if by_person:
        conn.execute(
            sa.delete(contract_splits).where(
                contract_splits.c.id.in_([r.id for r in by_person.values()])
            )
        )
    return {SUBJECT: contract_subject(conn, contract_id), "shares": after, "before": before}
