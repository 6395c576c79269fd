"""Commissions per contract and period, split among beneficiaries (users, or the
office when the beneficiary is None).

The listing is one row per share line. Users with view-all or manage see every line
and the commission totals; users with view-own see only their own lines, and the
columns that would reveal the total (the commission amount and the share percentage)
do not exist for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from broker_desktop.core.paging import Listing, ListingService, PageRow, int_sort
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import (
    SUBJECT,
    contract_subject,
    fetch_scoped,
    inserted_id,
    versioned_delete,
    versioned_update,
)
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import (
    INT64_MAX,
    Problems,
    check_fields,
    gather_types,
    is_int,
    valid_id,
)
from broker_desktop.storage.schema import (
    clients,
    commission_shares,
    commissions,
    contracts,
    insurers,
    users,
)

FULL = 10_000  # basis points
PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
OFFICE = "Bureau"


@dataclass(frozen=True)
class ShareInput:
    beneficiary_id: int | None  # None: the office
    share_bp: int  # 2500 = 25 %


@dataclass(frozen=True)
class CommissionInput:
    contract_id: int
    period: str  # "2026" or "2026-03"
    amount_cents: int
    shares: tuple[ShareInput, ...] = ()


@dataclass(frozen=True)
class Share:
    id: int
    beneficiary_id: int | None
    share_bp: int
    amount_cents: int


@dataclass(frozen=True)
class Commission:
    id: int
    contract_id: int
    period: str
    amount_cents: int
    shares: tuple[Share, ...]
    version: int


@dataclass(frozen=True)
class CommissionQuery:
    period: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    beneficiary_id: int | None = None
    contract_id: int | None = None
    sort: str = "period"
    descending: bool = False


def split_amounts(amount_cents: int, shares: list[int]) -> list[int]:
    """Centimes for each share; rounding goes to the largest remainders so the lines add
    up exactly to the distributed part of the commission."""
    exact = [amount_cents * bp for bp in shares]
    floors = [e // FULL for e in exact]
    target = (amount_cents * sum(shares) + FULL // 2) // FULL
    order = sorted(range(len(shares)), key=lambda i: exact[i] % FULL, reverse=True)
    for i in order[: max(0, target - sum(floors))]:
        floors[i] += 1
    return floors


def check_shares(shares: object) -> None:
    """A split is a sequence of ShareInput with integer basis points and a user id (or
    None for the office), before any of it reaches SQL."""
    ok = isinstance(shares, (tuple, list)) and all(
        isinstance(s, ShareInput)
        and is_int(s.share_bp)
        and abs(s.share_bp) <= INT64_MAX
        and (s.beneficiary_id is None or valid_id(s.beneficiary_id))
        for s in shares
    )
    if not ok:
        raise ValidationError.single(
            "shares", "invalid_share", "Each share needs a beneficiary and whole basis points."
        )


contract = contracts.alias("commission_contract")
client = clients.alias("commission_client")
beneficiary = users.alias("commission_beneficiary")
FROM = (
    commission_shares.join(commissions, commissions.c.id == commission_shares.c.commission_id)
    .join(contract, contract.c.id == commissions.c.contract_id)
    .join(client, client.c.id == contract.c.client_id)
    .join(insurers, insurers.c.id == contract.c.insurer_id)
    .outerjoin(beneficiary, beneficiary.c.id == commission_shares.c.beneficiary_id)
)
OWN_COLUMNS = {
    "period": commission_shares.c.period,
    "contract_id": commissions.c.contract_id,
    "policy_number": contract.c.policy_number,
    "client": client.c.display_name,
    "insurer": insurers.c.name,
    "beneficiary_id": commission_shares.c.beneficiary_id,
    "beneficiary": sa.func.coalesce(beneficiary.c.display_name, OFFICE),
    "amount_cents": commission_shares.c.amount_cents,
}
ALL_COLUMNS = {
    **OWN_COLUMNS,
    "share_bp": commission_shares.c.share_bp,
    "commission_id": commission_shares.c.commission_id,
    "commission_cents": commissions.c.amount_cents,
}
SORTS = {
    "id": commission_shares.c.id,
    **ALL_COLUMNS,
    "beneficiary_id": int_sort(commission_shares.c.beneficiary_id),
}


class CommissionService(ListingService[CommissionQuery]):
    query_type = CommissionQuery

    def _listing(self, scope: Scope, query: CommissionQuery) -> Listing:
        check_fields(query)
        where = [scope.commission_lines(commission_shares.c.beneficiary_id)]
        if query.period:
            where.append(commission_shares.c.period == query.period)
        if query.period_from:
            where.append(commission_shares.c.period >= query.period_from)
        if query.period_to:
            where.append(commission_shares.c.period <= query.period_to)
        if query.beneficiary_id is not None:
            where.append(commission_shares.c.beneficiary_id == query.beneficiary_id)
        if query.contract_id is not None:
            where.append(commissions.c.contract_id == query.contract_id)
        columns = ALL_COLUMNS if scope.commission_amounts else OWN_COLUMNS
        return Listing(
            "CommissionRow" if scope.commission_amounts else "OwnCommissionRow",
            columns,
            commission_shares.c.id,
            FROM,
            sa.and_(*where),
            SORTS,
            # inner joins on required foreign keys, and an outer join: none adds a row
            narrow_from=commission_shares,
        )

    def columns(self) -> list[str]:
        with self._s.tx() as (_conn, scope):
            return list(ALL_COLUMNS if scope.commission_amounts else OWN_COLUMNS)

    def sum(self, query: CommissionQuery | None = None) -> int:
        """Total of the share amounts (centimes) of exactly the lines the list shows."""
        return self._total(query, commission_shares.c.amount_cents)

    def get_line(self, line_id: int) -> PageRow:
        """One share line, as a listing row, if the user may see it."""
        if not valid_id(line_id):
            raise NotFound("commission line", line_id)
        with self._s.tx() as (conn, scope):
            listing = self._listing(scope, CommissionQuery())
            rows = Listing(
                listing.name,
                listing.columns,
                listing.id_col,
                listing.from_,
                sa.and_(listing.where, commission_shares.c.id == line_id),
                listing.sort_exprs,
            ).page(conn, sort="id", descending=False, limit=1)
            if rows:
                return rows[0]
            exists = conn.execute(
                sa.select(commission_shares.c.id).where(commission_shares.c.id == line_id)
            ).first()
            if exists is None:
                raise NotFound("commission line", line_id)
            raise PermissionDenied(Right.COMMISSIONS_VIEW_OWN, ("commission_share", line_id))

    def get(self, commission_id: int) -> Commission:
        """A whole commission with every share: view-all or manage only."""
        with self._s.tx() as (conn, scope):
            if not scope.commission_amounts:
                raise PermissionDenied(Right.COMMISSIONS_VIEW_ALL, ("commission", commission_id))
            row = fetch_scoped(conn, commissions, "commission", commission_id, sa.true())
            return self._load(conn, row)

    @staticmethod
    def _load(conn: sa.Connection, row: sa.Row[Any]) -> Commission:
        shares = tuple(
            Share(s.id, s.beneficiary_id, s.share_bp, s.amount_cents)
            for s in conn.execute(
                sa.select(commission_shares)
                .where(commission_shares.c.commission_id == row.id)
                .order_by(commission_shares.c.id)
            )
        )
        return Commission(
            row.id, row.contract_id, row.period, row.amount_cents, shares, row.version
        )

    def _check(
        self, conn: sa.Connection, scope: Scope, data: CommissionInput, commission_id: int | None
    ) -> None:
        scope.require(Right.COMMISSIONS_MANAGE)
        problems = Problems()  # every field's problem at once (a form shows them together)
        gather_types(lambda: check_fields(data, commissions), problems)
        check_shares(data.shares)
        if data.contract_id is not None:
            fetch_scoped(
                conn,
                contracts,
                "contract",
                data.contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
        if not PERIOD.match(data.period or ""):
            problems.add("period", "invalid_period", "A year (2026) or a month (2026-03).")
        if data.amount_cents is not None and int(data.amount_cents) < 0:
            problems.add("amount_cents", "negative_amount", "The amount cannot be negative.")
        total = 0
        seen = set()
        for share in data.shares:
            if not 0 < int(share.share_bp) <= FULL:
                problems.add("shares", "invalid_share", "Each share is between 0 and 100 %.")
            total += int(share.share_bp)
            if share.beneficiary_id in seen:
                problems.add(
                    "shares", "duplicate_beneficiary", "A beneficiary appears twice in the split."
                )
            seen.add(share.beneficiary_id)
            if (
                share.beneficiary_id is not None
                and conn.execute(
                    sa.select(users.c.id).where(users.c.id == share.beneficiary_id)
                ).first()
                is None
            ):
                problems.add("shares", "unknown_beneficiary", "Unknown beneficiary.")
        if total > FULL:
            problems.add(
                "shares",
                "shares_exceed_total",
                f"The shares add up to {total / 100:.2f} %, more than 100 %.",
                total_bp=total,
            )
        clash = conn.execute(
            sa.select(commissions.c.id).where(
                commissions.c.contract_id == data.contract_id,
                commissions.c.period == data.period,
                commissions.c.id != (commission_id or 0),
            )
        ).first()
        if clash:
            problems.add(
                "period", "period_taken", "This contract already has a commission for this period."
            )
        problems.raise_if_any()

    def _write_shares(self, conn: sa.Connection, commission_id: int, data: CommissionInput) -> None:
        conn.execute(
            sa.delete(commission_shares).where(commission_shares.c.commission_id == commission_id)
        )
        amounts = split_amounts(int(data.amount_cents), [int(s.share_bp) for s in data.shares])
        if data.shares:
            conn.execute(
                sa.insert(commission_shares),
                [
                    {
                        "commission_id": commission_id,
                        "beneficiary_id": s.beneficiary_id,
                        "period": data.period,
                        "share_bp": int(s.share_bp),
                        "amount_cents": a,
                    }
                    for s, a in zip(data.shares, amounts, strict=True)
                ],
            )

    def _detail(self, conn: sa.Connection, data: CommissionInput) -> dict[str, Any]:
        return {
            SUBJECT: contract_subject(conn, data.contract_id),
            "contract_id": data.contract_id,
            "period": data.period,
            "amount_cents": int(data.amount_cents),
            "shares": [[s.beneficiary_id, int(s.share_bp)] for s in data.shares],
        }

    def validate(self, data: CommissionInput, commission_id: int | None = None) -> None:
        """Every problem ``create`` (or ``update`` of ``commission_id``) would find in
        ``data``, without saving: a form with a problem of its own shows these beside it."""
        with self._s.tx() as (conn, scope):
            self._check(conn, scope, data, commission_id)

    def create(self, data: CommissionInput) -> int:
        with self._s.tx(write=True) as (conn, scope):
            self._check(conn, scope, data, None)
            commission_id = inserted_id(
                conn.execute(
                    sa.insert(commissions).values(
                        contract_id=data.contract_id,
                        period=data.period,
                        amount_cents=int(data.amount_cents),
                    )
                )
            )
            self._write_shares(conn, commission_id, data)
            self._s.log(
                conn, "commission.create", "commission", commission_id, self._detail(conn, data)
            )
            return commission_id

    def update(self, commission_id: int, data: CommissionInput, version: int) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.COMMISSIONS_MANAGE, ("commission", commission_id))
            row = fetch_scoped(conn, commissions, "commission", commission_id, sa.true())
            fetch_scoped(
                conn,
                contracts,
                "contract",
                row.contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
            self._check(conn, scope, data, commission_id)
            new_version = versioned_update(
                conn,
                commissions,
                "commission",
                commission_id,
                version,
                {
                    "contract_id": data.contract_id,
                    "period": data.period,
                    "amount_cents": int(data.amount_cents),
                },
            )
            self._write_shares(conn, commission_id, data)
            self._s.log(
                conn, "commission.update", "commission", commission_id, self._detail(conn, data)
            )
            return new_version

    def set_shares(self, commission_id: int, shares: Iterable[ShareInput], version: int) -> int:
        current = self.get(commission_id)
        return self.update(
            commission_id,
            CommissionInput(
                current.contract_id, current.period, current.amount_cents, tuple(shares)
            ),
            version,
        )

    def delete(self, commission_id: int, version: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.COMMISSIONS_MANAGE, ("commission", commission_id))
            row = fetch_scoped(conn, commissions, "commission", commission_id, sa.true())
            fetch_scoped(
                conn,
                contracts,
                "contract",
                row.contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
            conn.execute(
                sa.delete(commission_shares).where(
                    commission_shares.c.commission_id == commission_id
                )
            )
            versioned_delete(conn, commissions, "commission", commission_id, version)
            self._s.log(
                conn,
                "commission.delete",
                "commission",
                commission_id,
                {
                    "contract_id": row.contract_id,
                    "period": row.period,
                    SUBJECT: contract_subject(conn, row.contract_id),
                },
            )
