"""Commission statements against what is owed.

A statement is an insurer's list of commissions paid (CSV/XLSX, read through a saved
``statement`` mapping of that insurer): policy number, period, amount, sometimes premium
and rate. Each (contract, period) is compared with the commission expected from the
office's rate table — a rate per contract, else per insurer and line, else per insurer —
applied to the contract's annual premium (a twelfth for a monthly period):

* ``matched``: received within the tolerance of expected;
* ``difference``: received differs from expected by more than the tolerance;
* ``no_rate``: received, but the rate table has no rate for that contract;
* ``unknown``: paid for a policy number the office does not know (at that insurer);
* ``missing``: a contract in force that should have earned a commission for the period
  and is not on the statement.

A line is accepted (the commission of that contract and period is created or adjusted to
the received amount, split by the contract's usual split — as imported, else like its
last commission, else all to its agent) or flagged with a note. Rights are those of
commissions: managing needs commissions.manage; an agent with view-own sees only the
lines of contracts whose usual split gives him a share, with his share of the amounts,
and never a statement's totals.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from broker_desktop.core import usual_splits
from broker_desktop.core.changes import COMMISSION
from broker_desktop.core.commissions import FULL, CommissionInput, CommissionService, ShareInput
from broker_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import Blocker, PortfolioImport, open_batch
from broker_desktop.core.importing.rows import Reason
from broker_desktop.core.importing.sources import Source
from broker_desktop.core.importing.values import (
    ValueProblem,
    is_blank,
    parse_amount_cents,
    parse_period,
    text_of,
)
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import SUBJECT, contract_subject
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.core.usual_splits import UsualSplit
from broker_desktop.core.validation import require_text, valid_id
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.schema import (
    clients,
    commission_rates,
    commission_shares,
    commissions,
    contract_splits,
    contracts,
    import_batches,
    insurers,
    lines_of_business,
    statement_lines,
    statements,
)

CATEGORIES = ("matched", "difference", "no_rate", "unknown", "missing")


class _DryRun(Exception):
    """Carries a dry run's result out of its transaction, which it rolls back."""

    def __init__(self, result: StatementResult) -> None:
        super().__init__("dry run")
        self.result = result


Progress = Callable[[int, float], None]


@dataclass(frozen=True)
class Rate:
    id: int
    insurer_id: int
    line_id: int | None
    contract_id: int | None
    rate_bp: int
    version: int
    policy_number: str = ""  # a contract's own rate: its policy number


@dataclass(frozen=True)
class StatementRejected:
    row: int
    reasons: tuple[Reason, ...]


@dataclass
class StatementResult:
    """What a statement import did, or (``statement_id`` 0) what its dry run would do."""

    statement_id: int
    rows: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    rejected: list[StatementRejected] = field(default_factory=list)
    expected_cents: int = 0  # over every line, as the totals would show them
    received_cents: int = 0
    period: str = ""
    batch_id: int | None = None  # the import batch (its undo), after a run


@dataclass(frozen=True)
class ReconLine:
    id: int
    statement_id: int
    row_number: int | None
    policy_number: str
    period: str
    contract_id: int | None
    client: str
    agent_id: int | None
    received_cents: int | None
    expected_cents: int | None
    category: str
    decision: str
    note: str
    version: int

    @property
    def difference_cents(self) -> int | None:
        if self.received_cents is None or self.expected_cents is None:
            return None
        return self.received_cents - self.expected_cents


@dataclass(frozen=True)
class Total:
    insurer_id: int
    insurer: str
    period: str
    expected_cents: int
    received_cents: int

    @property
    def difference_cents(self) -> int:
        return self.received_cents - self.expected_cents


@dataclass(frozen=True)
class StatementInfo:
    id: int
    insurer_id: int
    insurer: str
    period: str
    source_name: str
    imported_at: datetime
    tolerance_cents: int
    batch_id: int | None = None  # None: imported before statements could be undone


def expected_for(premium_cents: int, rate_bp: int, period: str) -> int:
    """The commission a period earns: the rate on the annual premium, a twelfth of it for
    a month; rounded half up to the centime."""
    months = 1 if len(period) == 7 else 12
    numerator = premium_cents * rate_bp * months
    denominator = FULL * 12
    return (numerator + denominator // 2) // denominator


def period_bounds(period: str) -> tuple[date, date]:
    year = int(period[:4])
    if len(period) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(period[5:7])
    first = date(year, month, 1)
    after = date(year + month // 12, month % 12 + 1, 1)
    return first, date.fromordinal(after.toordinal() - 1)


def rate_for(conn: sa.Connection, contract: Any) -> int | None:
    """The contract's own rate, else its insurer's for its line, else its insurer's."""
    rows = conn.execute(
        sa.select(
            commission_rates.c.rate_bp, commission_rates.c.contract_id, commission_rates.c.line_id
        ).where(
            sa.or_(
                commission_rates.c.contract_id == contract.id,
                sa.and_(
                    commission_rates.c.contract_id.is_(None),
                    commission_rates.c.insurer_id == contract.insurer_id,
                    sa.or_(
                        commission_rates.c.line_id == contract.line_id,
                        commission_rates.c.line_id.is_(None),
                    ),
                ),
            )
        )
    ).all()
    best = sorted(rows, key=lambda r: (r.contract_id is None, r.line_id is None))
    return int(best[0].rate_bp) if best else None


def usual_split(conn: sa.Connection, contract: Any) -> tuple[ShareInput, ...]:
    """The contract's usual split (as imported), else the split of its latest commission;
    all to its agent if it has neither."""
    usual = conn.execute(
        sa.select(contract_splits.c.beneficiary_id, contract_splits.c.share_bp)
        .where(contract_splits.c.contract_id == contract.id)
        .order_by(contract_splits.c.share_bp.desc(), contract_splits.c.id)
    ).all()
    if usual:
        return tuple(ShareInput(s.beneficiary_id, int(s.share_bp)) for s in usual)
    latest = conn.execute(
        sa.select(commissions.c.id)
        .where(commissions.c.contract_id == contract.id)
        .order_by(commissions.c.period.desc(), commissions.c.id.desc())
        .limit(1)
    ).scalar()
    if latest is not None:
        shares = conn.execute(
            sa.select(commission_shares.c.beneficiary_id, commission_shares.c.share_bp)
            .where(commission_shares.c.commission_id == latest)
            .order_by(commission_shares.c.id)
        ).all()
        if shares:
            return tuple(ShareInput(s.beneficiary_id, int(s.share_bp)) for s in shares)
    return (ShareInput(int(contract.agent_id), FULL),)


class ReconciliationService:
    """``session.reconciliation``: the rate table, statements and their lines."""

    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    # ----- the rate table -------------------------------------------------------------
    def rates(self, insurer_id: int | None = None) -> list[Rate]:
        with self._s.tx() as (conn, scope):
            if not scope.commission_amounts:
                raise PermissionDenied(Right.COMMISSIONS_VIEW_ALL)
            stmt = (
                sa.select(commission_rates, contracts.c.policy_number)
                .select_from(
                    commission_rates.outerjoin(
                        contracts, contracts.c.id == commission_rates.c.contract_id
                    )
                )
                .order_by(
                    commission_rates.c.insurer_id,
                    commission_rates.c.contract_id.is_not(None),
                    commission_rates.c.line_id,
                    contracts.c.policy_number,
                    commission_rates.c.id,
                )
            )
            if insurer_id is not None:
                stmt = stmt.where(commission_rates.c.insurer_id == insurer_id)
            return [
                Rate(
                    r.id,
                    r.insurer_id,
                    r.line_id,
                    r.contract_id,
                    r.rate_bp,
                    r.version,
                    r.policy_number or "",
                )
                for r in conn.execute(stmt)
            ]

    def set_rate(
        self,
        insurer_id: int,
        rate_bp: int,
        *,
        line_id: int | None = None,
        contract_id: int | None = None,
    ) -> int:
        """Creates or replaces the rate for that insurer and line, or that contract's own
        rate (``contract_id``; ``insurer_id`` must then be the contract's insurer)."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.COMMISSIONS_MANAGE)
            errors: dict[str, str] = {}
            if (
                not isinstance(rate_bp, int)
                or isinstance(rate_bp, bool)
                or not 0 <= rate_bp <= FULL
            ):
                errors["rate_bp"] = "A rate between 0 and 100 %."
            for name, value, table in (
                ("insurer_id", insurer_id, insurers),
                ("line_id", line_id, lines_of_business),
                ("contract_id", contract_id, contracts),
            ):
                if value is None and name != "insurer_id":
                    continue
                if (
                    not valid_id(value)
                    or conn.execute(sa.select(table.c.id).where(table.c.id == value)).first()
                    is None
                ):
                    errors[name] = "Choose an existing entry."
            if errors:
                from broker_desktop.core.errors import FieldError

                raise ValidationError(
                    {
                        k: FieldError("invalid_choice" if k != "rate_bp" else "out_of_range", v)
                        for k, v in errors.items()
                    }
                )
            if contract_id is not None:
                row = conn.execute(sa.select(contracts).where(contracts.c.id == contract_id)).one()
                if not scope.portfolio_allows(row.agent_id):
                    raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("contract", contract_id))
                if row.insurer_id != insurer_id or line_id not in (None, row.line_id):
                    raise ValidationError.single(
                        "contract_id",
                        "invalid_choice",
                        "The contract is at another insurer or in another line.",
                    )
                where = commission_rates.c.contract_id == contract_id
            else:
                where = sa.and_(
                    commission_rates.c.contract_id.is_(None),
                    commission_rates.c.insurer_id == insurer_id,
                    commission_rates.c.line_id.is_(None)
                    if line_id is None
                    else commission_rates.c.line_id == line_id,
                )
            existing = conn.execute(sa.select(commission_rates.c.id).where(where)).scalar()
            if existing is None:
                rate_id = conn.execute(
                    sa.insert(commission_rates)
                    .values(
                        insurer_id=insurer_id,
                        line_id=line_id,
                        contract_id=contract_id,
                        rate_bp=rate_bp,
                    )
                    .returning(commission_rates.c.id)
                ).scalar_one()
            else:
                rate_id = existing
                conn.execute(
                    sa.update(commission_rates)
                    .where(commission_rates.c.id == rate_id)
                    .values(rate_bp=rate_bp, version=commission_rates.c.version + 1)
                )
            self._s.log(
                conn,
                "commission_rate.set",
                "commission_rate",
                rate_id,
                {
                    "insurer_id": insurer_id,
                    "line_id": line_id,
                    "contract_id": contract_id,
                    "rate_bp": rate_bp,
                    **(
                        {SUBJECT: contract_subject(conn, contract_id)}
                        if contract_id is not None
                        else {}
                    ),
                },
            )
            return int(rate_id)

    def delete_rate(self, rate_id: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.COMMISSIONS_MANAGE, ("commission_rate", rate_id))
            if (
                not valid_id(rate_id)
                or conn.execute(
                    sa.delete(commission_rates).where(commission_rates.c.id == rate_id)
                ).rowcount
                == 0
            ):
                raise NotFound("commission rate", rate_id)
            self._s.log(conn, "commission_rate.delete", "commission_rate", rate_id, {})

    # ----- statements -------------------------------------------------------------------
    def import_statement(
        self,
        path: Path,
        mapping: Mapping,
        insurer_id: int,
        *,
        period: str | None = None,
        tolerance_cents: int = 100,
        progress: Progress | None = None,
    ) -> StatementResult:
        """Reads the statement and reconciles it, as one import batch (undoable with
        ``undo_statement``); returns its id and the line counts."""
        return self._statement(
            path, mapping, insurer_id, period, tolerance_cents, progress, dry_run=False
        )

    def preview_statement(
        self,
        path: Path,
        mapping: Mapping,
        insurer_id: int,
        *,
        period: str | None = None,
        tolerance_cents: int = 100,
        progress: Progress | None = None,
    ) -> StatementResult:
        """The dry run: exactly what ``import_statement`` would do, then rolled back."""
        try:
            self._statement(
                path, mapping, insurer_id, period, tolerance_cents, progress, dry_run=True
            )
        except _DryRun as done:
            return done.result
        raise AssertionError("a dry run always rolls back")  # pragma: no cover

    def _statement(
        self,
        path: Path,
        mapping: Mapping,
        insurer_id: int,
        period: str | None,
        tolerance_cents: int,
        progress: Progress | None,
        *,
        dry_run: bool,
    ) -> StatementResult:
        path = Path(path)
        if mapping.kind != "statement":
            raise ValidationError.single(
                "mapping", "invalid_mapping", "Choose a mapping for commission statements."
            )
        if not isinstance(tolerance_cents, int) or not 0 <= tolerance_cents <= 10**9:
            raise ValidationError.single("tolerance_cents", "out_of_range", "A positive amount.")
        with Source(path, mapping.source) as source, self._s.tx(write=True) as (conn, scope):
            scope.require(Right.IMPORT_RUN)
            scope.require(Right.COMMISSIONS_MANAGE)
            if (
                not valid_id(insurer_id)
                or conn.execute(sa.select(insurers.c.id).where(insurers.c.id == insurer_id)).first()
                is None
            ):
                raise NotFound("insurer", insurer_id)
            if period is not None:
                try:
                    period = parse_period(period)
                except ValueProblem as exc:
                    raise ValidationError.single("period", exc.code, exc.message) from None
            from broker_desktop.core.importing.rows import RowReader

            reader = RowReader(mapping, source.headers)
            received: dict[tuple[str, str], tuple[int, int]] = {}  # (policy, period)
            result = StatementResult(0)
            periods: dict[str, int] = {}
            for number, cells in source.rows():
                result.rows += 1
                if progress is not None and result.rows % 500 == 0:
                    progress(result.rows, source.progress())
                reasons: list[Reason] = []
                policy = text_of(reader.raw(cells, "policy_number"))
                if not policy:
                    reasons.append(Reason("policy_number", "required", "Missing policy number."))
                line_period = period
                raw_period = reader.raw(cells, "period")
                if not is_blank(raw_period):
                    try:
                        line_period = parse_period(raw_period)
                    except ValueProblem as exc:
                        reasons.append(Reason("period", exc.code, exc.message, text_of(raw_period)))
                elif line_period is None:
                    reasons.append(Reason("period", "required", "Missing period."))
                amount = 0
                raw_amount = reader.raw(cells, "amount")
                try:
                    amount = parse_amount_cents(raw_amount)
                except ValueProblem as exc:
                    reasons.append(Reason("amount", exc.code, exc.message, text_of(raw_amount)))
                if reasons:
                    result.rejected.append(StatementRejected(number, tuple(reasons)))
                    continue
                assert line_period is not None
                key = (policy, line_period)
                first, total = received.get(key, (number, 0))
                received[key] = (first, total + amount)
                periods[line_period] = periods.get(line_period, 0) + 1
            if not received:
                raise ValidationError.single(
                    "file", "no_lines", "The statement holds no readable line."
                )
            main_period = period or max(periods, key=lambda p: periods[p])
            result.period = main_period
            first_line = (
                conn.execute(sa.select(sa.func.max(statement_lines.c.id))).scalar() or 0
            ) + 1
            batch_id = None
            if not dry_run:
                batch_id = open_batch(conn, "statement", scope.user_id, path, mapping)
            statement_id = conn.execute(
                sa.insert(statements)
                .values(
                    insurer_id=insurer_id,
                    period=main_period,
                    source_name=path.name[:400],
                    imported_at=db_now(),
                    user_id=scope.user_id,
                    tolerance_cents=tolerance_cents,
                    batch_id=batch_id,
                )
                .returning(statements.c.id)
            ).scalar_one()
            result.statement_id = 0 if dry_run else statement_id
            counts = dict.fromkeys(CATEGORIES, 0)
            seen: set[tuple[int, str]] = set()
            for (policy, line_period), (first, amount) in received.items():
                contract = conn.execute(
                    sa.select(contracts).where(
                        contracts.c.insurer_id == insurer_id, contracts.c.policy_number == policy
                    )
                ).first()
                values: dict[str, Any] = {
                    "statement_id": statement_id,
                    "row_number": first,
                    "policy_number": policy[:64],
                    "period": line_period,
                    "received_cents": amount,
                }
                if contract is None:
                    values["category"] = "unknown"
                else:
                    seen.add((contract.id, line_period))
                    rate = rate_for(conn, contract)
                    expected = (
                        None
                        if rate is None
                        else expected_for(contract.premium_cents, rate, line_period)
                    )
                    if expected is None:
                        category = "no_rate"
                    elif abs(amount - expected) <= tolerance_cents:
                        category = "matched"
                    else:
                        category = "difference"
                    values.update(
                        contract_id=contract.id,
                        agent_id=contract.agent_id,
                        expected_cents=expected,
                        category=category,
                    )
                counts[values["category"]] += 1
                conn.execute(sa.insert(statement_lines).values(**values))
            for line_period in periods:
                counts["missing"] += self._missing(
                    conn, statement_id, insurer_id, line_period, seen
                )
            result.counts = counts
            sums = conn.execute(
                sa.select(
                    sa.func.coalesce(sa.func.sum(statement_lines.c.expected_cents), 0),
                    sa.func.coalesce(sa.func.sum(statement_lines.c.received_cents), 0),
                ).where(statement_lines.c.statement_id == statement_id)
            ).one()
            result.expected_cents, result.received_cents = int(sums[0]), int(sums[1])
            if dry_run:
                raise _DryRun(result)  # rolls the transaction back
            last_line = conn.execute(sa.select(sa.func.max(statement_lines.c.id))).scalar() or 0
            conn.execute(
                sa.update(import_batches)
                .where(import_batches.c.id == batch_id)
                .values(
                    status="done",
                    counts=json.dumps(
                        {
                            "rows": result.rows,
                            "rejected": len(result.rejected),
                            **counts,
                            "created": {
                                "statements": [statement_id, statement_id],
                                "statement_lines": [first_line, last_line],
                            },
                        }
                    ),
                )
            )
            result.batch_id = batch_id
            self._s.note_change("commission")
            self._s.log(
                conn,
                "statement.import",
                "statement",
                statement_id,
                {
                    "source": path.name,
                    "insurer_id": insurer_id,
                    "period": main_period,
                    "batch_id": batch_id,
                    **counts,
                },
            )
            return result

    def usual_split_of(self, contract_id: int) -> tuple[ShareInput, ...]:
        """The split a new commission of the contract takes by default: its usual split
        as imported, else its last commission's, else all to its agent."""
        with self._s.tx() as (conn, scope):
            scope.require(Right.COMMISSIONS_MANAGE, ("contract", contract_id))
            if not valid_id(contract_id):
                raise NotFound("contract", contract_id)
            contract = conn.execute(
                sa.select(contracts).where(contracts.c.id == contract_id, scope.contracts())
            ).first()
            if contract is None:
                raise NotFound("contract", contract_id)
            return usual_split(conn, contract)

    def usual_split(self, contract_id: int) -> UsualSplit:
        """The contract's usual split as stored (empty: none), to edit it
        (``core/usual_splits.py``)."""
        with self._s.tx() as (conn, scope):
            return usual_splits.read(conn, scope, contract_id)

    def set_usual_split(
        self, contract_id: int, shares: Sequence[ShareInput], stamp: str
    ) -> UsualSplit:
        """Replace it (``shares`` empty: none); ``stamp`` is the one read with it: a
        split changed since is refused (ConflictError), nothing is written."""
        with self._s.tx(write=True) as (conn, scope):
            detail = usual_splits.write(conn, scope, contract_id, shares, stamp)
            if detail is not None:
                self._s.log(conn, "contract.usual_split", "contract", contract_id, detail)
                self._s.note_change(COMMISSION)
            return usual_splits.read(conn, scope, contract_id)

    def undo_statement_blockers(self, statement_id: int) -> tuple[list[Blocker], int]:
        """What keeps the statement's import from being undone (lines decided since)."""
        return self._imports().undo_blockers(self._batch_of(statement_id))

    def undo_statement(self, statement_id: int) -> None:
        """Takes the statement and all its lines out, through the import batch that
        brought it in (the portfolio import's undo: refused, with the list, when a line
        was accepted or flagged since)."""
        self._imports().undo(self._batch_of(statement_id))
        self._s.note_change("commission")

    def _imports(self) -> PortfolioImport:
        return PortfolioImport(self._s)

    def _batch_of(self, statement_id: int) -> int:
        with self._s.tx() as (conn, scope):
            scope.require(Right.COMMISSIONS_MANAGE, ("statement", statement_id))
            if not valid_id(statement_id):
                raise NotFound("statement", statement_id)
            row = conn.execute(
                sa.select(statements.c.batch_id).where(statements.c.id == statement_id)
            ).first()
            if row is None:
                raise NotFound("statement", statement_id)
            if row.batch_id is None:
                raise ValidationError.single(
                    "statement",
                    "not_undoable",
                    "This statement was imported before statements could be undone.",
                )
            return int(row.batch_id)

    def _missing(
        self,
        conn: sa.Connection,
        statement_id: int,
        insurer_id: int,
        period: str,
        seen: set[tuple[int, str]],
    ) -> int:
        first, last = period_bounds(period)
        in_force = conn.execute(
            sa.select(contracts).where(
                contracts.c.insurer_id == insurer_id,
                contracts.c.status == "active",
                contracts.c.start_date <= last,
                contracts.c.expiry_date >= first,
            )
        )
        added = 0
        for contract in in_force:
            if (contract.id, period) in seen:
                continue
            rate = rate_for(conn, contract)
            if not rate:
                continue
            conn.execute(
                sa.insert(statement_lines).values(
                    statement_id=statement_id,
                    row_number=None,
                    policy_number=contract.policy_number,
                    period=period,
                    contract_id=contract.id,
                    agent_id=contract.agent_id,
                    received_cents=None,
                    expected_cents=expected_for(contract.premium_cents, rate, period),
                    category="missing",
                )
            )
            added += 1
        return added

    def statements(self, insurer_id: int | None = None) -> list[StatementInfo]:
        with self._s.tx() as (conn, scope):
            scope.require_any(
                Right.COMMISSIONS_VIEW_OWN, Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE
            )
            stmt = (
                sa.select(statements, insurers.c.name.label("insurer"))
                .join(insurers, insurers.c.id == statements.c.insurer_id)
                .order_by(statements.c.id.desc())
            )
            if insurer_id is not None:
                stmt = stmt.where(statements.c.insurer_id == insurer_id)
            return [
                StatementInfo(
                    r.id,
                    r.insurer_id,
                    r.insurer,
                    r.period,
                    r.source_name,
                    r.imported_at,
                    r.tolerance_cents,
                    r.batch_id,
                )
                for r in conn.execute(stmt)
            ]

    # ----- lines ---------------------------------------------------------------------------
    def lines(self, statement_id: int, category: str | None = None) -> list[ReconLine]:
        """The statement's lines the user may see. With view-own only: the lines of
        contracts whose usual split gives him a share, amounts reduced to that share."""
        if category is not None and category not in CATEGORIES:
            raise ValidationError.single("category", "invalid_choice", "Unknown category.")
        with self._s.tx() as (conn, scope):
            scope.require_any(
                Right.COMMISSIONS_VIEW_OWN, Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE
            )
            stmt = (
                sa.select(statement_lines, clients.c.display_name.label("client"))
                .select_from(
                    statement_lines.outerjoin(
                        contracts, contracts.c.id == statement_lines.c.contract_id
                    ).outerjoin(clients, clients.c.id == contracts.c.client_id)
                )
                .where(statement_lines.c.statement_id == statement_id)
                .order_by(statement_lines.c.category, statement_lines.c.id)
            )
            if category is not None:
                stmt = stmt.where(statement_lines.c.category == category)
            if not scope.commission_amounts:
                stmt = stmt.where(statement_lines.c.contract_id.is_not(None))
            out = []
            for r in conn.execute(stmt):
                received, expected = r.received_cents, r.expected_cents
                if not scope.commission_amounts:
                    share = self._own_share(conn, scope, r.contract_id)
                    if not share:
                        continue
                    received = None if received is None else received * share // FULL
                    expected = None if expected is None else expected * share // FULL
                out.append(
                    ReconLine(
                        r.id,
                        r.statement_id,
                        r.row_number,
                        r.policy_number,
                        r.period,
                        r.contract_id,
                        r.client or "",
                        r.agent_id,
                        received,
                        expected,
                        r.category,
                        r.decision,
                        r.note,
                        r.version,
                    )
                )
            return out

    @staticmethod
    def _own_share(conn: sa.Connection, scope: Scope, contract_id: int) -> int:
        contract = conn.execute(sa.select(contracts).where(contracts.c.id == contract_id)).first()
        if contract is None:
            return 0
        return sum(
            s.share_bp for s in usual_split(conn, contract) if s.beneficiary_id == scope.user_id
        )

    def totals(self, insurer_id: int | None = None, period: str | None = None) -> list[Total]:
        """Expected, received and difference per insurer and period, over every statement
        (view-all or manage only: the totals reveal everybody's commissions)."""
        with self._s.tx() as (conn, scope):
            if not scope.commission_amounts:
                raise PermissionDenied(Right.COMMISSIONS_VIEW_ALL)
            stmt = (
                sa.select(
                    statements.c.insurer_id,
                    insurers.c.name,
                    statement_lines.c.period,
                    sa.func.coalesce(sa.func.sum(statement_lines.c.expected_cents), 0),
                    sa.func.coalesce(sa.func.sum(statement_lines.c.received_cents), 0),
                )
                .select_from(
                    statement_lines.join(
                        statements, statements.c.id == statement_lines.c.statement_id
                    ).join(insurers, insurers.c.id == statements.c.insurer_id)
                )
                .group_by(statements.c.insurer_id, insurers.c.name, statement_lines.c.period)
                .order_by(insurers.c.name, statement_lines.c.period)
            )
            if insurer_id is not None:
                stmt = stmt.where(statements.c.insurer_id == insurer_id)
            if period is not None:
                stmt = stmt.where(statement_lines.c.period == period)
            return [Total(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in conn.execute(stmt)]

    def export_totals(self, target: Path, insurer_id: int | None = None) -> int:
        """The totals in a CSV file Excel opens (UTF-8 with BOM, semicolons); XLSX when the
        target ends in .xlsx. Returns the number of rows written."""
        with self._s.tx() as (_conn, scope):
            scope.require(Right.EXPORT)
        rows = self.totals(insurer_id)
        header = ["Assureur", "Période", "Attendu", "Reçu", "Différence"]
        data = [
            [
                t.insurer,
                t.period,
                t.expected_cents / 100,
                t.received_cents / 100,
                t.difference_cents / 100,
            ]
            for t in rows
        ]
        target = Path(target)
        partial = target.with_name(f".{target.name}.partial")
        if target.suffix.lower() == ".xlsx":
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet("Commissions")
            sheet.append(header)
            for values in data:
                sheet.append(values)
            book.save(partial)
        else:
            with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";")
                writer.writerow(header)
                for values in data:
                    writer.writerow([f"{v:.2f}" if isinstance(v, float) else v for v in values])
        partial.replace(target)
        return len(data)

    # ----- decisions -------------------------------------------------------------------
    def _line_for_write(self, conn: sa.Connection, scope: Scope, line_id: int, version: int) -> Any:
        scope.require(Right.COMMISSIONS_MANAGE, ("statement_line", line_id))
        if not valid_id(line_id):
            raise NotFound("statement line", line_id)
        row = conn.execute(
            sa.select(statement_lines).where(statement_lines.c.id == line_id)
        ).first()
        if row is None:
            raise NotFound("statement line", line_id)
        if row.version != version:
            from broker_desktop.core.errors import ConflictError

            raise ConflictError("statement line", line_id)
        return row

    def accept(self, line_id: int, version: int) -> int | None:
        """Accepts a line: its contract's commission for the period becomes the amount
        received (created, or adjusted keeping its split; a new one is split like the
        contract's last commission). A missing line is acknowledged (nothing received).
        Returns the commission id, if any."""
        with self._s.tx(write=True) as (conn, scope):
            row = self._line_for_write(conn, scope, line_id, version)
            if row.category == "unknown" or row.contract_id is None:
                raise ValidationError.single(
                    "line",
                    "unknown_policy",
                    "The office has no contract with this policy number: create it first, "
                    "or flag the line.",
                )
            commission_id = None
            if row.category != "missing":
                contract = conn.execute(
                    sa.select(contracts).where(contracts.c.id == row.contract_id)
                ).one()
                service = CommissionService(self._s)
                existing = conn.execute(
                    sa.select(commissions).where(
                        commissions.c.contract_id == contract.id,
                        commissions.c.period == row.period,
                    )
                ).first()
                if existing is None:
                    commission_id = service.create(
                        CommissionInput(
                            contract.id,
                            row.period,
                            int(row.received_cents),
                            usual_split(conn, contract),
                        )
                    )
                else:
                    commission_id = existing.id
                    current = service.get(existing.id)
                    shares = tuple(ShareInput(s.beneficiary_id, s.share_bp) for s in current.shares)
                    service.update(
                        existing.id,
                        CommissionInput(
                            contract.id,
                            row.period,
                            int(row.received_cents),
                            shares or usual_split(conn, contract),
                        ),
                        current.version,
                    )
            conn.execute(
                sa.update(statement_lines)
                .where(statement_lines.c.id == line_id)
                .values(
                    decision="accepted",
                    commission_id=commission_id,
                    version=statement_lines.c.version + 1,
                )
            )
            self._s.log(
                conn,
                "statement_line.accept",
                "statement_line",
                line_id,
                {"commission_id": commission_id, "received_cents": row.received_cents},
            )
            return commission_id

    def flag(self, line_id: int, note: str, version: int) -> None:
        require_text("note", note, statement_lines.c.note, multiline=True)
        if not note.strip():
            raise ValidationError.single("note", "required", "Say what is wrong.")
        with self._s.tx(write=True) as (conn, scope):
            self._line_for_write(conn, scope, line_id, version)
            conn.execute(
                sa.update(statement_lines)
                .where(statement_lines.c.id == line_id)
                .values(
                    decision="flagged", note=note.strip(), version=statement_lines.c.version + 1
                )
            )
            self._s.log(
                conn, "statement_line.flag", "statement_line", line_id, {"note": note.strip()}
            )
