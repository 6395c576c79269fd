"""Handing one agent's book to another: his clients, their contracts, his open deadlines
and his future commission shares, all of them or those of chosen clients, in one audited
transaction recorded row by row, so that it can be undone by a reverse transfer.

What moves (``_plan``; the preview counts exactly what the transfer then writes):

* clients: those whose responsible agent is the source (the whole book), or the chosen
  ones among them;
* contracts: those the source is responsible for (the whole book: wherever their client
  is; a selection: those of the chosen clients);
* deadlines owned by the source: open ones, and the renewal and cancel-by dates of the
  contracts that move (done or not: they always belong to the contract's agent); a
  selection takes those of the chosen clients and of the contracts that move;
* commission share lines whose beneficiary is the source, for a period that has not
  ended on the day of the transfer (the year or the month of today or later) and that
  no accepted statement line records as received; a selection takes those of the chosen
  clients' contracts. Past periods stay his: he earned them, paid or not. A line whose
  commission already has a share for the target stays too (two shares of one person in
  one split are refused everywhere); the preview counts it as kept.
* the source's part of the usual split of every contract that moves (``contract_splits``,
  the split a new commission of the contract starts from), unless the target already has
  a part of it; not counted apart: it follows its contract.

Rights: ``portfolio.transfer``, and both agents within the user's portfolio
(``Scope.may_reassign``: in practice ``portfolio.view_all``), so an agent granted the
right still cannot hand a colleague's book to anyone. A deactivated user is a usual
source and never a target.

The undo re-assigns every row the transfer moved back to the source, unless one of them
was changed since (another agent, another version, a share line rewritten): then it is
refused with the list. Rows deleted since are simply not given back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.errors import CoreError, NotFound, PermissionDenied, ValidationError
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import inserted_id
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.core.validation import is_int, valid_id
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.schema import (
    book_transfer_items,
    book_transfers,
    clients,
    commission_shares,
    commissions,
    contract_splits,
    contracts,
    deadlines,
    statement_lines,
    users,
)

CHUNK = 500  # ids per IN list (SQLite's bound-parameter limit)
HISTORY_LIMIT = 100
BLOCKER_LIMIT = 200
MAX_SELECTION = 100_000
DERIVED_KINDS = ("renewal", "cancel_by")
ENTITIES = ("client", "contract", "deadline", "commission_share", "contract_split")
VERSIONED = ("client", "contract", "deadline", "contract_split")
# what each entity's "agent" column is
_TABLES: dict[str, tuple[sa.Table, str]] = {
    "client": (clients, "agent_id"),
    "contract": (contracts, "agent_id"),
    "deadline": (deadlines, "owner_id"),
    "commission_share": (commission_shares, "beneficiary_id"),
    "contract_split": (contract_splits, "beneficiary_id"),
}


@dataclass(frozen=True)
class BookClient:
    """One client of the source's book, for choosing a selection."""

    id: int
    name: str
    postcode: str
    city: str
    contracts: int


@dataclass(frozen=True)
class BookAgent:
    """A user who may hand over (deactivated ones too) or, if active, take over."""

    id: int
    name: str
    active: bool
    clients: int  # clients he is responsible for


@dataclass(frozen=True)
class TransferCounts:
    clients: int = 0
    contracts: int = 0
    deadlines: int = 0
    shares: int = 0
    shares_kept: int = 0  # future shares left: the target already shares that commission

    @property
    def empty(self) -> bool:
        return not (self.clients or self.contracts or self.deadlines or self.shares)

    def as_dict(self) -> dict[str, int]:
        return {
            "clients": self.clients,
            "contracts": self.contracts,
            "deadlines": self.deadlines,
            "shares": self.shares,
            "shares_kept": self.shares_kept,
        }


@dataclass(frozen=True)
class TransferPreview:
    source_id: int
    target_id: int
    whole_book: bool
    counts: TransferCounts
    future_from: str  # the first period whose shares move: "2026-12" (and the year "2026")


@dataclass(frozen=True)
class Transfer:
    id: int
    user_id: int
    source_id: int
    target_id: int
    at: datetime
    whole_book: bool
    status: str  # done | undone
    counts: TransferCounts
    undone_at: datetime | None
    undone_by: int | None


@dataclass(frozen=True)
class TransferBlocker:
    entity: str  # client | contract | deadline | commission_share
    entity_id: int
    reason: str  # changed (blocks the undo) | deleted (nothing to give back)
    label: str = ""

    @property
    def blocking(self) -> bool:
        return self.reason != "deleted"


@dataclass(frozen=True)
class UndoCheck:
    blockers: tuple[TransferBlocker, ...]  # at most BLOCKER_LIMIT of them
    blocking: int  # how many rows were changed since (the undo is refused if any)
    deleted: int  # how many rows no longer exist


class TransferUndoBlocked(CoreError):
    def __init__(self, check: UndoCheck) -> None:
        super().__init__(
            f"The transfer cannot be undone: {check.blocking} record(s) were changed since."
        )
        self.check = check


@dataclass
class _Plan:
    whole_book: bool
    clients: list[int] = field(default_factory=list)
    contracts: list[int] = field(default_factory=list)
    deadlines: list[int] = field(default_factory=list)
    shares: list[int] = field(default_factory=list)
    shares_kept: int = 0
    splits: list[int] = field(default_factory=list)

    def counts(self) -> TransferCounts:
        return TransferCounts(
            len(self.clients),
            len(self.contracts),
            len(self.deadlines),
            len(self.shares),
            self.shares_kept,
        )


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def future_periods(today: date) -> sa.ColumnElement[bool]:
    """Commission periods that have not ended on ``today``: this year or later ("2026"),
    this month or later ("2026-12")."""
    period = commissions.c.period
    return sa.or_(
        sa.and_(sa.func.length(period) == 4, period >= f"{today:%Y}"),
        sa.and_(sa.func.length(period) == 7, period >= f"{today:%Y-%m}"),
    )


def _received() -> sa.Exists:
    """An accepted statement line records the commission as received from the insurer."""
    return sa.exists().where(
        statement_lines.c.commission_id == commissions.c.id,
        statement_lines.c.decision == "accepted",
    )


def _ids(conn: sa.Connection, stmt: sa.Select[Any]) -> list[int]:
    return sorted({int(v) for v in conn.execute(stmt).scalars()})


def _plan(
    conn: sa.Connection,
    source_id: int,
    target_id: int,
    client_ids: Sequence[int] | None,
    today: date,
) -> _Plan:
    plan = _Plan(whole_book=client_ids is None)
    if client_ids is None:
        plan.clients = _ids(conn, sa.select(clients.c.id).where(clients.c.agent_id == source_id))
        plan.contracts = _ids(
            conn, sa.select(contracts.c.id).where(contracts.c.agent_id == source_id)
        )
    else:
        plan.clients = sorted(set(client_ids))
        for chunk in _chunks(plan.clients):
            plan.contracts += _ids(
                conn,
                sa.select(contracts.c.id).where(
                    contracts.c.agent_id == source_id, contracts.c.client_id.in_(chunk)
                ),
            )
    # deadlines: open ones of the source (of the chosen clients and moving contracts),
    # and the derived ones of the moving contracts whatever their state
    deadline_ids: set[int] = set()
    open_or_derived = sa.or_(deadlines.c.done.is_(False), deadlines.c.kind.in_(DERIVED_KINDS))
    if plan.whole_book:
        deadline_ids.update(
            _ids(
                conn,
                sa.select(deadlines.c.id).where(
                    deadlines.c.owner_id == source_id, deadlines.c.done.is_(False)
                ),
            )
        )
    else:
        for chunk in _chunks(plan.clients):
            deadline_ids.update(
                _ids(
                    conn,
                    sa.select(deadlines.c.id).where(
                        deadlines.c.owner_id == source_id,
                        deadlines.c.done.is_(False),
                        deadlines.c.client_id.in_(chunk),
                    ),
                )
            )
    for chunk in _chunks(plan.contracts):
        deadline_ids.update(
            _ids(
                conn,
                sa.select(deadlines.c.id).where(
                    deadlines.c.owner_id == source_id,
                    deadlines.c.contract_id.in_(chunk),
                    open_or_derived,
                ),
            )
        )
    plan.deadlines = sorted(deadline_ids)
    # future commission shares of the source, not yet received
    target_shares = (
        sa.select(commission_shares.c.commission_id)
        .where(commission_shares.c.beneficiary_id == target_id)
        .scalar_subquery()
    )
    base = (
        sa.select(
            commission_shares.c.id,
            commission_shares.c.commission_id.in_(target_shares).label("clash"),
        )
        .select_from(
            commission_shares.join(
                commissions, commissions.c.id == commission_shares.c.commission_id
            ).join(contracts, contracts.c.id == commissions.c.contract_id)
        )
        .where(
            commission_shares.c.beneficiary_id == source_id,
            future_periods(today),
            sa.not_(_received()),
        )
    )
    rows: list[Any] = []
    if plan.whole_book:
        rows = list(conn.execute(base))
    else:
        for chunk in _chunks(plan.clients):
            rows += conn.execute(base.where(contracts.c.client_id.in_(chunk))).all()
    plan.shares = sorted({int(r.id) for r in rows if not r.clash})
    plan.shares_kept = len({int(r.id) for r in rows if r.clash})
    target_split = contract_splits.alias("target_split")
    for chunk in _chunks(plan.contracts):
        plan.splits += _ids(
            conn,
            sa.select(contract_splits.c.id).where(
                contract_splits.c.beneficiary_id == source_id,
                contract_splits.c.contract_id.in_(chunk),
                ~sa.exists().where(
                    target_split.c.contract_id == contract_splits.c.contract_id,
                    target_split.c.beneficiary_id == target_id,
                ),
            ),
        )
    return plan


def _counts(raw: str) -> TransferCounts:
    try:
        data = json.loads(raw)
    except ValueError:
        data = {}
    values = (
        {k: int(v) for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}
    )
    return TransferCounts(
        values.get("clients", 0),
        values.get("contracts", 0),
        values.get("deadlines", 0),
        values.get("shares", 0),
        values.get("shares_kept", 0),
    )


def _transfer(row: Any) -> Transfer:
    return Transfer(
        row.id,
        row.user_id,
        row.source_id,
        row.target_id,
        row.at,
        bool(row.whole_book),
        row.status,
        _counts(row.counts),
        row.undone_at,
        row.undone_by,
    )


class BookTransferService:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    # ----- checks -------------------------------------------------------------------------
    @staticmethod
    def _user(conn: sa.Connection, user_id: object, name: str) -> Any:
        if not valid_id(user_id):
            raise ValidationError.single(name, "unknown_user", "Choose a user.")
        row = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
        if row is None:
            raise ValidationError.single(name, "unknown_user", "Choose a user.")
        return row

    def _check_agents(
        self, conn: sa.Connection, scope: Scope, source_id: int, target_id: int
    ) -> None:
        scope.require(
            Right.PORTFOLIO_TRANSFER, ("user", source_id if valid_id(source_id) else None)
        )
        self._user(conn, source_id, "source_id")
        target = self._user(conn, target_id, "target_id")
        if not scope.may_reassign(source_id, target_id):
            raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("user", source_id))
        if source_id == target_id:
            raise ValidationError.single(
                "target_id", "same_agent", "Choose another agent than the one who hands over."
            )
        if not target.active:
            raise ValidationError.single(
                "target_id", "inactive_user", "A deactivated user cannot take over a book."
            )

    @staticmethod
    def _selection(
        conn: sa.Connection, source_id: int, client_ids: Iterable[int] | None
    ) -> list[int] | None:
        if client_ids is None:
            return None
        if not isinstance(client_ids, (list, tuple, frozenset, set)) or len(client_ids) > (
            MAX_SELECTION
        ):
            raise ValidationError.single(
                "client_ids", "invalid_selection", "Choose clients of the list."
            )
        if not all(valid_id(c) for c in client_ids):
            raise ValidationError.single(
                "client_ids", "invalid_selection", "Choose clients of the list."
            )
        chosen = sorted(set(client_ids))
        if not chosen:
            raise ValidationError.single(
                "client_ids", "empty_selection", "Choose at least one client to hand over."
            )
        found: set[int] = set()
        for chunk in _chunks(chosen):
            found.update(
                conn.execute(
                    sa.select(clients.c.id).where(
                        clients.c.id.in_(chunk), clients.c.agent_id == source_id
                    )
                ).scalars()
            )
        if len(found) != len(chosen):
            raise ValidationError.single(
                "client_ids",
                "not_in_book",
                "Some of the chosen clients are not (or no longer) in this agent's book.",
                missing=len(chosen) - len(found),
            )
        return chosen

    # ----- reads ----------------------------------------------------------------------------
    def agents(self) -> list[BookAgent]:
        """Every user whose book the user may hand over, with his number of clients;
        deactivated users too (the usual source), marked."""
        with self._s.tx() as (conn, scope):
            scope.require(Right.PORTFOLIO_TRANSFER)
            held = (
                sa.select(sa.func.count()).where(clients.c.agent_id == users.c.id).scalar_subquery()
            )
            rows = conn.execute(
                sa.select(users.c.id, users.c.display_name, users.c.active, held)
                .where(scope.portfolio(users.c.id))
                .order_by(users.c.display_name, users.c.id)
            )
            return [BookAgent(r[0], r[1], bool(r[2]), int(r[3])) for r in rows]

    def book(self, source_id: int) -> list[BookClient]:
        """The clients the source is responsible for, with how many of their contracts
        he holds, by name."""
        with self._s.tx() as (conn, scope):
            scope.require(
                Right.PORTFOLIO_TRANSFER, ("user", source_id if valid_id(source_id) else None)
            )
            self._user(conn, source_id, "source_id")
            if not scope.portfolio_allows(source_id):
                raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("user", source_id))
            held = (
                sa.select(sa.func.count())
                .where(contracts.c.client_id == clients.c.id, contracts.c.agent_id == source_id)
                .scalar_subquery()
            )
            rows = conn.execute(
                sa.select(
                    clients.c.id, clients.c.display_name, clients.c.postcode, clients.c.city, held
                )
                .where(clients.c.agent_id == source_id)
                .order_by(clients.c.display_name, clients.c.id)
            )
            return [BookClient(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]

    def preview(
        self, source_id: int, target_id: int, client_ids: Sequence[int] | None = None
    ) -> TransferPreview:
        """What ``run`` would move, counted; writes nothing."""
        with self._s.tx() as (conn, scope):
            self._check_agents(conn, scope, source_id, target_id)
            chosen = self._selection(conn, source_id, client_ids)
            today = date.today()
            plan = _plan(conn, source_id, target_id, chosen, today)
            return TransferPreview(
                source_id, target_id, plan.whole_book, plan.counts(), f"{today:%Y-%m}"
            )

    def history(self, limit: int = HISTORY_LIMIT) -> list[Transfer]:
        with self._s.tx() as (conn, scope):
            scope.require(Right.PORTFOLIO_TRANSFER)
            if not is_int(limit) or not 0 < limit <= 10_000:
                limit = HISTORY_LIMIT
            rows = conn.execute(
                sa.select(book_transfers).order_by(book_transfers.c.id.desc()).limit(limit)
            )
            # the right alone shows no transfer between books outside his portfolio
            return [_transfer(r) for r in rows if scope.may_reassign(r.source_id, r.target_id)]

    def get(self, transfer_id: int) -> Transfer:
        with self._s.tx() as (conn, scope):
            scope.require(
                Right.PORTFOLIO_TRANSFER,
                ("transfer", transfer_id if valid_id(transfer_id) else None),
            )
            row = self._row(conn, transfer_id)
            if not scope.may_reassign(row.source_id, row.target_id):
                raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("transfer", transfer_id))
            return _transfer(row)

    @staticmethod
    def _row(conn: sa.Connection, transfer_id: int) -> Any:
        if not valid_id(transfer_id):
            raise NotFound("transfer", transfer_id)
        row = conn.execute(
            sa.select(book_transfers).where(book_transfers.c.id == transfer_id)
        ).first()
        if row is None:
            raise NotFound("transfer", transfer_id)
        return row

    # ----- the transfer ---------------------------------------------------------------------
    def run(
        self, source_id: int, target_id: int, client_ids: Sequence[int] | None = None
    ) -> Transfer:
        """Moves what ``preview`` counted, in one transaction; returns the record."""
        with self._s.tx(write=True) as (conn, scope):
            self._check_agents(conn, scope, source_id, target_id)
            chosen = self._selection(conn, source_id, client_ids)
            plan = _plan(conn, source_id, target_id, chosen, date.today())
            counts = plan.counts()
            if counts.empty:
                raise ValidationError.single(
                    "source_id", "nothing_to_transfer", "This agent has nothing to hand over."
                )
            now = db_now()
            transfer_id = inserted_id(
                conn.execute(
                    sa.insert(book_transfers).values(
                        user_id=scope.user_id,
                        source_id=source_id,
                        target_id=target_id,
                        at=now,
                        whole_book=plan.whole_book,
                        status="done",
                        counts=json.dumps(counts.as_dict()),
                    )
                )
            )
            for entity, ids in (
                ("client", plan.clients),
                ("contract", plan.contracts),
                ("deadline", plan.deadlines),
                ("contract_split", plan.splits),
            ):
                self._reassign(conn, transfer_id, entity, ids, source_id, target_id)
            self._reassign_shares(conn, transfer_id, plan.shares, source_id, target_id)
            for entity in ("client", "contract", "deadline", "commission"):
                self._s.note_change(entity)
            self._s.log(
                conn,
                "portfolio.transfer",
                "transfer",
                transfer_id,
                {
                    "source_id": source_id,
                    "target_id": target_id,
                    "whole_book": plan.whole_book,
                    **counts.as_dict(),
                },
            )
            return _transfer(self._row(conn, transfer_id))

    @staticmethod
    def _reassign(
        conn: sa.Connection,
        transfer_id: int,
        entity: str,
        ids: Sequence[int],
        source_id: int,
        target_id: int,
    ) -> None:
        table, column = _TABLES[entity]
        extra: dict[str, Any] = {"updated_at": db_now()} if "updated_at" in table.c else {}
        for chunk in _chunks(ids):
            conn.execute(
                sa.update(table)
                .where(table.c.id.in_(chunk), table.c[column] == source_id)
                .values({column: target_id, "version": table.c.version + 1, **extra})
            )
            rows = conn.execute(sa.select(table.c.id, table.c.version).where(table.c.id.in_(chunk)))
            conn.execute(
                sa.insert(book_transfer_items),
                [
                    {
                        "transfer_id": transfer_id,
                        "entity": entity,
                        "entity_id": r.id,
                        "version_after": r.version,
                    }
                    for r in rows
                ],
            )

    @staticmethod
    def _reassign_shares(
        conn: sa.Connection, transfer_id: int, ids: Sequence[int], source_id: int, target_id: int
    ) -> None:
        """Share lines have no version of their own: their commission's version is bumped
        (an open split dialog then meets a conflict) and recorded."""
        for chunk in _chunks(ids):
            commission_ids = sa.select(commission_shares.c.commission_id).where(
                commission_shares.c.id.in_(chunk)
            )
            conn.execute(
                sa.update(commissions)
                .where(commissions.c.id.in_(commission_ids))
                .values(version=commissions.c.version + 1)
            )
            conn.execute(
                sa.update(commission_shares)
                .where(
                    commission_shares.c.id.in_(chunk),
                    commission_shares.c.beneficiary_id == source_id,
                )
                .values(beneficiary_id=target_id)
            )
            rows = conn.execute(
                sa.select(
                    commission_shares.c.id, commissions.c.id.label("parent"), commissions.c.version
                )
                .join(commissions, commissions.c.id == commission_shares.c.commission_id)
                .where(commission_shares.c.id.in_(chunk))
            )
            conn.execute(
                sa.insert(book_transfer_items),
                [
                    {
                        "transfer_id": transfer_id,
                        "entity": "commission_share",
                        "entity_id": r.id,
                        "version_after": r.version,
                        "parent_id": r.parent,
                    }
                    for r in rows
                ],
            )

    # ----- the undo ---------------------------------------------------------------------------
    def _for_undo(self, conn: sa.Connection, scope: Scope, transfer_id: int) -> Any:
        scope.require(
            Right.PORTFOLIO_TRANSFER, ("transfer", transfer_id if valid_id(transfer_id) else None)
        )
        row = self._row(conn, transfer_id)
        if not scope.may_reassign(row.target_id, row.source_id):
            raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("transfer", transfer_id))
        if row.status != "done":
            raise ValidationError.single(
                "transfer", "transfer_already_undone", "This transfer was already undone."
            )
        return row

    def undo_check(self, transfer_id: int) -> UndoCheck:
        """What was changed or deleted since, among what the undo would give back."""
        with self._s.tx() as (conn, scope):
            row = self._for_undo(conn, scope, transfer_id)
            return _undo_check(conn, row)

    def undo(self, transfer_id: int) -> Transfer:
        """Gives back to the source every row the transfer moved that still exists;
        refused (``TransferUndoBlocked``) if any of them was changed since."""
        with self._s.tx(write=True) as (conn, scope):
            row = self._for_undo(conn, scope, transfer_id)
            check = _undo_check(conn, row)
            if check.blocking:
                raise TransferUndoBlocked(check)
            given_back: dict[str, int] = {}
            for entity in ENTITIES:
                table, column = _TABLES[entity]
                ids = list(
                    conn.execute(
                        sa.select(book_transfer_items.c.entity_id).where(
                            book_transfer_items.c.transfer_id == transfer_id,
                            book_transfer_items.c.entity == entity,
                        )
                    ).scalars()
                )
                moved = 0
                for chunk in _chunks(ids):
                    values: dict[str, Any] = {column: row.source_id}
                    if entity == "commission_share":
                        conn.execute(
                            sa.update(commissions)
                            .where(
                                commissions.c.id.in_(
                                    sa.select(commission_shares.c.commission_id).where(
                                        commission_shares.c.id.in_(chunk)
                                    )
                                )
                            )
                            .values(version=commissions.c.version + 1)
                        )
                    else:
                        values["version"] = table.c.version + 1
                        if "updated_at" in table.c:
                            values["updated_at"] = db_now()
                    moved += conn.execute(
                        sa.update(table)
                        .where(table.c.id.in_(chunk), table.c[column] == row.target_id)
                        .values(values)
                    ).rowcount
                given_back[entity] = moved
            conn.execute(
                sa.update(book_transfers)
                .where(book_transfers.c.id == transfer_id)
                .values(status="undone", undone_at=db_now(), undone_by=scope.user_id)
            )
            for entity in ("client", "contract", "deadline", "commission"):
                self._s.note_change(entity)
            self._s.log(
                conn,
                "portfolio.transfer_undo",
                "transfer",
                transfer_id,
                {
                    "source_id": row.source_id,
                    "target_id": row.target_id,
                    "clients": given_back["client"],
                    "contracts": given_back["contract"],
                    "deadlines": given_back["deadline"],
                    "shares": given_back["commission_share"],
                    "splits": given_back["contract_split"],
                    "deleted": check.deleted,
                },
            )
            return _transfer(self._row(conn, transfer_id))


def _undo_check(conn: sa.Connection, transfer: Any) -> UndoCheck:
    found: list[TransferBlocker] = []
    blocking = deleted = 0
    labels: dict[str, sa.ColumnElement[Any]] = {
        "client": clients.c.display_name,
        "contract": contracts.c.policy_number,
        "deadline": deadlines.c.title,
        "contract_split": sa.select(contracts.c.policy_number)
        .where(contracts.c.id == contract_splits.c.contract_id)
        .scalar_subquery(),
    }
    items = book_transfer_items
    mine = sa.and_(items.c.transfer_id == transfer.id)

    def add(entity: str, entity_id: int, reason: str, label: object) -> None:
        nonlocal blocking, deleted
        if reason == "deleted":
            deleted += 1
        else:
            blocking += 1
        if len(found) < BLOCKER_LIMIT:
            found.append(TransferBlocker(entity, entity_id, reason, str(label or "")))

    for entity in VERSIONED:
        table, column = _TABLES[entity]
        rows = conn.execute(
            sa.select(
                items.c.entity_id,
                items.c.version_after,
                table.c.id,
                table.c.version,
                table.c[column].label("agent"),
                labels[entity].label("label"),
            )
            .select_from(items.outerjoin(table, table.c.id == items.c.entity_id))
            .where(mine, items.c.entity == entity)
            .where(
                sa.or_(
                    table.c.id.is_(None),
                    table.c.version != items.c.version_after,
                    table.c[column] != transfer.target_id,
                )
            )
            .order_by(items.c.entity_id)
        )
        for r in rows:
            if r.id is None:
                add(entity, r.entity_id, "deleted", "")
            else:
                add(entity, r.entity_id, "changed", r.label)
    parent = commissions.alias("transfer_parent")
    share_rows = conn.execute(
        sa.select(
            items.c.entity_id,
            commission_shares.c.id,
            parent.c.id.label("parent"),
            parent.c.period,
        )
        .select_from(
            items.outerjoin(
                commission_shares, commission_shares.c.id == items.c.entity_id
            ).outerjoin(parent, parent.c.id == items.c.parent_id)
        )
        .where(mine, items.c.entity == "commission_share")
        .where(
            sa.or_(
                commission_shares.c.id.is_(None),
                parent.c.id.is_(None),
                parent.c.version != items.c.version_after,
                commission_shares.c.beneficiary_id != transfer.target_id,
            )
        )
        .order_by(items.c.entity_id)
    )
    for share in share_rows:
        if share.parent is None:  # gone with its commission
            add("commission_share", share.entity_id, "deleted", "")
        else:  # its commission's split was edited since (the line changed or rewritten)
            add("commission_share", share.entity_id, "changed", share.period)
    return UndoCheck(tuple(found), blocking, deleted)
