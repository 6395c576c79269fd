"""Contracts (policies), their derived cancel-by date and status, and the renewal and
cancel-by deadlines derived from them."""

from __future__ import annotations

import calendar
import functools
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.errors import PermissionDenied, ValidationError
from broker_desktop.core.paging import Listing, ListingService
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import (
    SUBJECT,
    changes,
    contract_subject,
    fetch_scoped,
    inserted_id,
    versioned_delete,
    versioned_update,
)
from broker_desktop.core.rights import Right
from broker_desktop.core.search_sqlite import contract_matches, is_broad
from broker_desktop.core.validation import Problems, check_fields, checked_together
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.schema import (
    clients,
    commissions,
    contracts,
    deadlines,
    insurers,
    lines_of_business,
    users,
)

STATUSES = ("proposal", "active", "cancelled")
DERIVED_STATUSES = ("proposal", "active", "cancelled", "expired")
FREQUENCIES = ("annual", "semiannual", "quarterly", "monthly")
MAX_PREMIUM_CENTS = 10_000_000 * 100  # CHF 10 million a year: beyond that, a typing error
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)  # keeps cancel-by dates valid


def minus_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cancel_by_of(expiry: date, notice_months: int) -> date:
    """Last day a cancellation can reach the insurer: the échéance minus the notice."""
    return minus_months(expiry, notice_months)


def derived_status(stored: str, expiry: date, today: date | None = None) -> str:
    if stored == "active" and expiry < (today or date.today()):
        return "expired"
    return stored


def status_expr(today: date) -> sa.ColumnElement[str]:
    return sa.case(
        (sa.and_(contracts.c.status == "active", contracts.c.expiry_date < today), "expired"),
        else_=contracts.c.status,
    )


def status_is(status: str, today: date) -> sa.ColumnElement[bool]:
    """The derived status as a range on (status, expiry_date), which an index serves:
    "expired" is stored as "active" with a renewal date in the past."""
    if status == "expired":
        return sa.and_(contracts.c.status == "active", contracts.c.expiry_date < today)
    if status == "active":
        return sa.and_(contracts.c.status == "active", contracts.c.expiry_date >= today)
    return contracts.c.status == status


def policy_prefix(prefix: str) -> sa.ColumnElement[bool]:
    """Policy numbers starting with ``prefix``, case-insensitively: one LIKE pattern
    bound as a single parameter, so SQLite turns it into a range on the NOCASE index."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return contracts.c.policy_number.like(escaped + "%", escape="\\")


# Policy numbers sort case-insensitively: the order of the NOCASE index that serves both
# the sort and the prefix search.
POLICY_SORT = contracts.c.policy_number.collate("NOCASE")


@dataclass(frozen=True)
class ContractQuery:
    client_id: int | None = None
    agent_id: int | None = None
    insurer_id: int | None = None
    line_id: int | None = None
    status: str | None = None  # derived status
    policy_number: str | None = None  # prefix
    # policy number (start), or the client's name, phone, e-mail, postcode or city
    search: str | None = None
    expiry_from: date | None = None
    expiry_to: date | None = None
    sort: str = "expiry_date"
    descending: bool = False


@dataclass(frozen=True)
class ContractInput:
    client_id: int
    insurer_id: int
    line_id: int
    policy_number: str
    start_date: date
    expiry_date: date
    premium_cents: int  # annual premium in CHF centimes
    notice_months: int = 3
    frequency: str = "annual"
    status: str = "active"
    cancel_reason: str | None = None
    agent_id: int | None = None  # None: the client's agent


@dataclass(frozen=True)
class Contract:
    id: int
    client_id: int
    insurer_id: int
    line_id: int
    policy_number: str
    start_date: date
    expiry_date: date
    premium_cents: int
    notice_months: int
    frequency: str
    status: str  # as stored: proposal | active | cancelled
    cancel_reason: str | None
    agent_id: int
    cancel_by: date
    version: int

    def as_input(self) -> ContractInput:
        data = {k: v for k, v in asdict(self).items() if k in ContractInput.__dataclass_fields__}
        return ContractInput(**data)


client = clients.alias("contract_client")
agent = users.alias("contract_agent")
FROM = (
    contracts.join(client, client.c.id == contracts.c.client_id)
    .join(insurers, insurers.c.id == contracts.c.insurer_id)
    .join(lines_of_business, lines_of_business.c.id == contracts.c.line_id)
    .join(agent, agent.c.id == contracts.c.agent_id)
)


@functools.lru_cache(maxsize=4)
def _columns(today: date) -> Mapping[str, sa.ColumnElement[Any]]:
    """Built once a day (the status depends on the date), not at every page."""
    return MappingProxyType(
        {
            "policy_number": contracts.c.policy_number,
            "client_id": contracts.c.client_id,
            "client": client.c.display_name,
            "insurer_id": contracts.c.insurer_id,
            "insurer": insurers.c.name,
            "line_id": contracts.c.line_id,
            "line": lines_of_business.c.name_fr,
            "start_date": contracts.c.start_date,
            "expiry_date": contracts.c.expiry_date,
            "cancel_by": contracts.c.cancel_by,
            "notice_months": contracts.c.notice_months,
            "premium_cents": contracts.c.premium_cents,
            "frequency": contracts.c.frequency,
            "status": status_expr(today),
            "agent_id": contracts.c.agent_id,
            "agent": agent.c.display_name,
        }
    )


@functools.lru_cache(maxsize=4)
def _sorts(today: date) -> Mapping[str, sa.ColumnElement[Any]]:
    return MappingProxyType({"id": contracts.c.id, **_columns(today), "policy_number": POLICY_SORT})


@dataclass(frozen=True)
class ContractMove:
    """What moving a contract to another client takes along, for the confirmation."""

    contract_id: int
    policy_number: str
    version: int
    from_client_id: int
    from_client: str
    to_client_id: int
    to_client: str
    agent_id: int  # the contract's responsible agent, who stays
    agent: str
    deadlines: int  # follow the contract
    commissions: int  # stay with the contract


class ContractService(ListingService[ContractQuery]):
    query_type = ContractQuery

    def _variant(
        self, conn: sa.Connection, scope: Scope, query: ContractQuery, *, ordered: bool
    ) -> bool:
        """Broad: a search matching many rows (its plan walks the sort index)."""
        return bool(query.search) and is_broad(conn, scope, query.search or "", ordered=ordered)

    def _listing_for(self, scope: Scope, query: ContractQuery, variant: Hashable) -> Listing:
        return self._listing(scope, query, broad=bool(variant))

    def _listing(self, scope: Scope, query: ContractQuery, broad: bool = False) -> Listing:
        check_fields(query)
        today = date.today()
        where = [scope.contracts(contracts)]
        if query.client_id is not None:
            where.append(contracts.c.client_id == query.client_id)
        if query.agent_id is not None:
            where.append(contracts.c.agent_id == query.agent_id)
        if query.insurer_id is not None:
            where.append(contracts.c.insurer_id == query.insurer_id)
        if query.line_id is not None:
            where.append(contracts.c.line_id == query.line_id)
        if query.status:
            where.append(status_is(query.status, today))
        if query.policy_number:
            where.append(policy_prefix(query.policy_number))
        if query.search:
            where.append(contract_matches(query.search, broad))
        if query.expiry_from:
            where.append(contracts.c.expiry_date >= query.expiry_from)
        if query.expiry_to:
            where.append(contracts.c.expiry_date <= query.expiry_to)
        return Listing(
            "ContractRow",
            _columns(today),
            contracts.c.id,
            FROM,
            sa.and_(*where),
            _sorts(today),
            narrow_from=contracts,  # every join is inner, on a required foreign key
        )

    def columns(self) -> list[str]:
        return list(_columns(date.today()))

    def premium_total(self, query: ContractQuery | None = None) -> int:
        """Sum of annual premiums (centimes) over exactly the rows the list shows."""
        return self._total(query, contracts.c.premium_cents)

    def get(self, contract_id: int) -> Contract:
        with self._s.tx() as (conn, scope):
            row = fetch_scoped(
                conn,
                contracts,
                "contract",
                contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
            return Contract(**{k: getattr(row, k) for k in Contract.__dataclass_fields__})

    def _check(
        self,
        conn: sa.Connection,
        scope: Scope,
        data: ContractInput,
        contract_id: int | None,
        current_agent: int | None = None,
    ) -> dict[str, Any]:
        return checked_together(
            lambda: check_fields(data, contracts, multiline=("cancel_reason",)),
            lambda: self._check_rules(conn, scope, data, contract_id, current_agent),
        )

    def _check_rules(
        self,
        conn: sa.Connection,
        scope: Scope,
        data: ContractInput,
        contract_id: int | None,
        current_agent: int | None,
    ) -> dict[str, Any]:
        client_row = fetch_scoped(
            conn,
            clients,
            "client",
            data.client_id,
            scope.clients(clients),
            scope.missing_portfolio_right(),
        )
        agent_id = data.agent_id if data.agent_id is not None else client_row.agent_id
        if agent_id != current_agent and not scope.may_reassign(current_agent, agent_id):
            raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("user", agent_id))
        problems = Problems()
        problems.require("policy_number", data.policy_number)
        for name, table in (("insurer_id", insurers), ("line_id", lines_of_business)):
            if (
                conn.execute(sa.select(table.c.id).where(table.c.id == getattr(data, name))).first()
                is None
            ):
                problems.add(name, "unknown_reference", "Choose an existing entry.")
        for name in ("start_date", "expiry_date"):
            if not FIRST_DAY <= getattr(data, name) <= LAST_DAY:
                problems.add(
                    name, "out_of_range", "Between 1900 and 2999.", min=FIRST_DAY, max=LAST_DAY
                )
        if data.expiry_date <= data.start_date:
            problems.add(
                "expiry_date",
                "expiry_before_start",
                "The renewal date must come after the start date.",
            )
        if not 0 <= int(data.notice_months) <= 24:
            problems.add("notice_months", "out_of_range", "Between 0 and 24 months.", min=0, max=24)
        if int(data.premium_cents) < 0:
            problems.add("premium_cents", "negative_amount", "The premium cannot be negative.")
        elif int(data.premium_cents) > MAX_PREMIUM_CENTS:
            problems.add(
                "premium_cents",
                "implausible_amount",
                "An annual premium above CHF 10'000'000.00 is not plausible.",
                max_cents=MAX_PREMIUM_CENTS,
            )
        if data.frequency not in FREQUENCIES:
            problems.add(
                "frequency",
                "invalid_choice",
                "Unknown payment frequency.",
                choices=list(FREQUENCIES),
            )
        if data.status not in STATUSES:
            problems.add("status", "invalid_choice", "Unknown status.", choices=list(STATUSES))
        elif data.status == "cancelled" and not (data.cancel_reason or "").strip():
            problems.add("cancel_reason", "required", "Give the reason of the cancellation.")
        if not conn.execute(sa.select(users.c.active).where(users.c.id == agent_id)).scalar():
            problems.add("agent_id", "unknown_agent", "Choose an active user as responsible agent.")
        policy = (data.policy_number or "").strip()
        clash = conn.execute(
            sa.select(contracts.c.id).where(
                contracts.c.insurer_id == data.insurer_id,
                contracts.c.policy_number == policy,
                contracts.c.id != (contract_id or 0),
            )
        ).first()
        if policy and clash:
            problems.add(
                "policy_number",
                "policy_number_taken",
                "This insurer already has a contract with this policy number.",
            )
        problems.raise_if_any()
        return {
            "client_id": data.client_id,
            "insurer_id": data.insurer_id,
            "line_id": data.line_id,
            "policy_number": policy,
            "start_date": data.start_date,
            "expiry_date": data.expiry_date,
            "notice_months": int(data.notice_months),
            "cancel_by": cancel_by_of(data.expiry_date, int(data.notice_months)),
            "premium_cents": int(data.premium_cents),
            "frequency": data.frequency,
            "status": data.status,
            "cancel_reason": (data.cancel_reason or "").strip() or None
            if data.status == "cancelled"
            else None,
            "agent_id": agent_id,
        }

    def create(self, data: ContractInput) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_EDIT)
            values = self._check(conn, scope, data, None)
            contract_id = inserted_id(
                conn.execute(sa.insert(contracts).values(**values, updated_at=db_now()))
            )
            sync_deadlines(conn, contract_id, values)
            self._s.log(
                conn,
                "contract.create",
                "contract",
                contract_id,
                {"policy_number": values["policy_number"], "agent_id": values["agent_id"]},
            )
            return contract_id

    def update(self, contract_id: int, data: ContractInput, version: int) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_EDIT, ("contract", contract_id))
            before = fetch_scoped(
                conn,
                contracts,
                "contract",
                contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
            values = self._check(conn, scope, data, contract_id, before.agent_id)
            new_version = versioned_update(
                conn,
                contracts,
                "contract",
                contract_id,
                version,
                {**values, "updated_at": db_now()},
            )
            sync_deadlines(conn, contract_id, values)
            detail: dict[str, Any] = dict(changes(before, values))
            detail[SUBJECT] = contract_subject(conn, contract_id)
            self._s.log(conn, "contract.update", "contract", contract_id, detail)
            return new_version

    def delete(self, contract_id: int, version: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_DELETE, ("contract", contract_id))
            row = fetch_scoped(
                conn,
                contracts,
                "contract",
                contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
            subject = contract_subject(conn, contract_id)  # named before it is gone
            # its commissions (and their shares) and deadlines go with it: ON DELETE CASCADE
            versioned_delete(conn, contracts, "contract", contract_id, version)
            self._s.log(
                conn,
                "contract.delete",
                "contract",
                contract_id,
                {"policy_number": row.policy_number, SUBJECT: subject},
            )

    # ----- moving a contract to another client ----------------------------------------
    def _move_rows(
        self, conn: sa.Connection, scope: Scope, contract_id: int, client_id: int
    ) -> tuple[Any, Any, Any]:
        """The contract and both clients, each within the user's own book (by their
        own agent: an agent moves only his contracts, into his clients)."""
        scope.require(Right.PORTFOLIO_EDIT, ("contract", contract_id))
        row = fetch_scoped(
            conn,
            contracts,
            "contract",
            contract_id,
            scope.portfolio(contracts.c.agent_id),
            scope.missing_portfolio_right(),
        )
        target = fetch_scoped(
            conn,
            clients,
            "client",
            client_id,
            scope.portfolio(clients.c.agent_id),
            scope.missing_portfolio_right(),
        )
        if target.id == row.client_id:
            raise ValidationError.single(
                "client_id", "already_this_client", "The contract already belongs to this client."
            )
        source = conn.execute(sa.select(clients).where(clients.c.id == row.client_id)).one()
        return row, source, target

    def move_preview(self, contract_id: int, client_id: int) -> ContractMove:
        """What ``move_to_client`` would do; writes nothing."""
        with self._s.tx() as (conn, scope):
            row, source, target = self._move_rows(conn, scope, contract_id, client_id)
            return self._move(conn, row, source, target)

    @staticmethod
    def _move(conn: sa.Connection, row: Any, source: Any, target: Any) -> ContractMove:
        count = sa.select(sa.func.count())
        return ContractMove(
            row.id,
            row.policy_number,
            row.version,
            source.id,
            source.display_name,
            target.id,
            target.display_name,
            row.agent_id,
            conn.execute(
                sa.select(users.c.display_name).where(users.c.id == row.agent_id)
            ).scalar_one(),
            int(conn.execute(count.where(deadlines.c.contract_id == row.id)).scalar_one()),
            int(
                conn.execute(
                    sa.select(sa.func.count()).where(commissions.c.contract_id == row.id)
                ).scalar_one()
            ),
        )

    def move_to_client(self, contract_id: int, client_id: int, version: int) -> int:
        """Registers the contract under another client (it was entered under the wrong
        one, or the client's company takes the policy over); its deadlines follow it,
        its commissions and responsible agent stay. Returns the new version."""
        with self._s.tx(write=True) as (conn, scope):
            row, source, target = self._move_rows(conn, scope, contract_id, client_id)
            move = self._move(conn, row, source, target)
            new_version = versioned_update(
                conn,
                contracts,
                "contract",
                contract_id,
                version,
                {"client_id": target.id, "updated_at": db_now()},
            )
            conn.execute(
                sa.update(deadlines)
                .where(deadlines.c.contract_id == contract_id)
                .values(client_id=target.id, version=deadlines.c.version + 1)
            )
            self._s.note_change("deadline")
            self._s.note_change("client", source.id)
            self._s.note_change("client", target.id)
            self._s.log(
                conn,
                "contract.move",
                "contract",
                contract_id,
                {
                    "policy_number": row.policy_number,
                    "from_client_id": source.id,
                    "from_client": source.display_name,
                    "to_client_id": target.id,
                    "to_client": target.display_name,
                    "deadlines": move.deadlines,
                },
            )
            return new_version


DERIVED_TITLES = {"renewal": "Échéance {policy}", "cancel_by": "Délai de résiliation {policy}"}


def sync_deadlines(conn: sa.Connection, contract_id: int, values: Mapping[str, Any]) -> None:
    """Keep the contract's renewal and cancel-by deadlines in line with it."""
    wanted = {"renewal": values["expiry_date"], "cancel_by": values["cancel_by"]}
    existing = {
        row.kind: row
        for row in conn.execute(
            sa.select(deadlines).where(
                deadlines.c.contract_id == contract_id, deadlines.c.kind.in_(list(wanted))
            )
        )
    }
    if values["status"] == "cancelled":
        conn.execute(
            sa.delete(deadlines).where(
                deadlines.c.contract_id == contract_id,
                deadlines.c.kind.in_(list(wanted)),
                deadlines.c.done.is_(False),
            )
        )
        return
    for kind, due in wanted.items():
        title = DERIVED_TITLES[kind].format(policy=values["policy_number"])
        row = existing.get(kind)
        if row is None:
            conn.execute(
                sa.insert(deadlines).values(
                    kind=kind,
                    due_date=due,
                    owner_id=values["agent_id"],
                    contract_id=contract_id,
                    client_id=values["client_id"],
                    title=title,
                )
            )
        elif (row.due_date, row.owner_id, row.title) != (due, values["agent_id"], title):
            conn.execute(
                sa.update(deadlines)
                .where(deadlines.c.id == row.id)
                .values(
                    due_date=due,
                    owner_id=values["agent_id"],
                    title=title,
                    client_id=values["client_id"],
                    done=row.done and row.due_date == due,
                    version=deadlines.c.version + 1,
                )
            )
