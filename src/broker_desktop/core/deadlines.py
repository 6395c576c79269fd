"""Deadlines: renewal and cancel-by dates derived from contracts, and manual follow-ups.
Each has an owner; own = deadlines the user owns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.errors import PermissionDenied, ValidationError
from broker_desktop.core.paging import Listing, ListingService, int_sort, text_sort
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import (
    SUBJECT,
    fetch_scoped,
    inserted_id,
    versioned_delete,
    versioned_update,
)
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import Problems, check_fields, gather_types
from broker_desktop.storage.schema import clients, contracts, deadlines, users

KINDS = ("renewal", "cancel_by", "follow_up")


@dataclass(frozen=True)
class DeadlineQuery:
    owner_id: int | None = None
    done: bool | None = None
    kind: str | None = None
    contract_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    sort: str = "due_date"
    descending: bool = False


@dataclass(frozen=True)
class DeadlineInput:
    due_date: date
    title: str
    owner_id: int | None = None  # None: the current user
    contract_id: int | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class Deadline:
    id: int
    kind: str
    due_date: date
    title: str
    owner_id: int
    contract_id: int | None
    client_id: int | None
    done: bool
    version: int

    def as_input(self) -> DeadlineInput:
        return DeadlineInput(
            due_date=self.due_date,
            title=self.title,
            owner_id=self.owner_id,
            contract_id=self.contract_id,
            client_id=self.client_id,
        )


owner = users.alias("deadline_owner")
contract = contracts.alias("deadline_contract")
client = clients.alias("deadline_client")
FROM = (
    deadlines.join(owner, owner.c.id == deadlines.c.owner_id)
    .outerjoin(contract, contract.c.id == deadlines.c.contract_id)
    .outerjoin(client, client.c.id == deadlines.c.client_id)
)
COLUMNS = {
    "due_date": deadlines.c.due_date,
    "kind": deadlines.c.kind,
    "title": deadlines.c.title,
    "done": deadlines.c.done,
    "owner_id": deadlines.c.owner_id,
    "owner": owner.c.display_name,
    "contract_id": deadlines.c.contract_id,
    "policy_number": contract.c.policy_number,
    "client_id": deadlines.c.client_id,
    "client": client.c.display_name,
}
SORTS = {
    "id": deadlines.c.id,
    **COLUMNS,
    "contract_id": int_sort(deadlines.c.contract_id),
    "policy_number": text_sort(contract.c.policy_number),
    "client_id": int_sort(deadlines.c.client_id),
    "client": text_sort(client.c.display_name),
}


class DeadlineService(ListingService[DeadlineQuery]):
    query_type = DeadlineQuery

    def _listing(self, scope: Scope, query: DeadlineQuery) -> Listing:
        check_fields(query)
        where = [scope.deadlines(deadlines, query.owner_id)]
        if query.owner_id is not None:
            where.append(deadlines.c.owner_id == query.owner_id)
        if query.done is not None:
            where.append(deadlines.c.done.is_(bool(query.done)))
        if query.kind:
            where.append(deadlines.c.kind == query.kind)
        if query.contract_id is not None:
            where.append(deadlines.c.contract_id == query.contract_id)
        if query.due_from:
            where.append(deadlines.c.due_date >= query.due_from)
        if query.due_to:
            where.append(deadlines.c.due_date <= query.due_to)
        return Listing(
            "DeadlineRow",
            COLUMNS,
            deadlines.c.id,
            FROM,
            sa.and_(*where),
            SORTS,
            narrow_from=deadlines,  # inner join on the required owner, outer joins
        )

    def columns(self) -> list[str]:
        return list(COLUMNS)

    def get(self, deadline_id: int) -> Deadline:
        with self._s.tx() as (conn, scope):
            row = fetch_scoped(
                conn,
                deadlines,
                "deadline",
                deadline_id,
                scope.deadlines(deadlines),
                scope.missing_deadlines_right(),
            )
            return Deadline(**{k: getattr(row, k) for k in Deadline.__dataclass_fields__})

    def _check(self, conn: sa.Connection, scope: Scope, data: DeadlineInput) -> dict[str, Any]:
        scope.require(Right.DEADLINES_MANAGE)
        problems = Problems()  # every field's problem at once (a form shows them together)
        gather_types(lambda: check_fields(data, deadlines), problems)
        owner_id = data.owner_id if data.owner_id is not None else scope.user_id
        if not scope.deadlines_allow(owner_id):
            raise PermissionDenied(Right.DEADLINES_VIEW_ALL, ("user", owner_id))
        client_id = data.client_id
        if data.contract_id is not None:
            row = fetch_scoped(
                conn,
                contracts,
                "contract",
                data.contract_id,
                scope.contracts(contracts),
                scope.missing_portfolio_right(),
            )
            if client_id is not None and client_id != row.client_id:
                problems.add(
                    "contract_id",
                    "contract_of_other_client",
                    "This contract belongs to another client.",
                )
            else:
                client_id = row.client_id
        if client_id is not None:
            fetch_scoped(
                conn,
                clients,
                "client",
                client_id,
                scope.clients(clients),
                scope.missing_portfolio_right(),
            )
        problems.require("title", data.title)
        problems.require("due_date", data.due_date)
        if not conn.execute(sa.select(users.c.active).where(users.c.id == owner_id)).scalar():
            problems.add("owner_id", "unknown_user", "Choose an active user.")
        problems.raise_if_any()
        return {
            "due_date": data.due_date,
            "title": data.title.strip(),
            "owner_id": owner_id,
            "contract_id": data.contract_id,
            "client_id": client_id,
        }

    def validate(self, data: DeadlineInput) -> None:
        """Every problem ``create`` or ``update`` would find in ``data``, without saving
        (a form with a problem of its own, e.g. a date that does not exist, shows the
        core's problems beside it)."""
        with self._s.tx() as (conn, scope):
            self._check(conn, scope, data)

    def create(self, data: DeadlineInput) -> int:
        with self._s.tx(write=True) as (conn, scope):
            values = self._check(conn, scope, data)
            deadline_id = inserted_id(
                conn.execute(sa.insert(deadlines).values(kind="follow_up", **values))
            )
            self._s.log(
                conn,
                "deadline.create",
                "deadline",
                deadline_id,
                {"owner_id": values["owner_id"], "due_date": values["due_date"]},
            )
            return deadline_id

    def _fetch_managed(self, conn: sa.Connection, scope: Scope, deadline_id: int) -> sa.Row[Any]:
        scope.require(Right.DEADLINES_MANAGE, ("deadline", deadline_id))
        return fetch_scoped(
            conn,
            deadlines,
            "deadline",
            deadline_id,
            scope.deadlines(deadlines),
            scope.missing_deadlines_right(),
        )

    def update(self, deadline_id: int, data: DeadlineInput, version: int) -> int:
        with self._s.tx(write=True) as (conn, scope):
            row = self._fetch_managed(conn, scope, deadline_id)
            values = self._check(conn, scope, data)
            if row.kind != "follow_up":  # derived from the contract: only the owner moves
                values = {"owner_id": values["owner_id"]}
            new_version = versioned_update(
                conn, deadlines, "deadline", deadline_id, version, values
            )
            self._s.log(
                conn,
                "deadline.update",
                "deadline",
                deadline_id,
                {**{k: str(v) for k, v in values.items()}, SUBJECT: values.get("title", row.title)},
            )
            return new_version

    def set_done(self, deadline_id: int, done: bool, version: int) -> int:
        with self._s.tx(write=True) as (conn, scope):
            row = self._fetch_managed(conn, scope, deadline_id)
            new_version = versioned_update(
                conn, deadlines, "deadline", deadline_id, version, {"done": bool(done)}
            )
            self._s.log(
                conn,
                "deadline.done" if done else "deadline.reopen",
                "deadline",
                deadline_id,
                {SUBJECT: row.title},
            )
            return new_version

    def delete(self, deadline_id: int, version: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            row = self._fetch_managed(conn, scope, deadline_id)
            if row.kind != "follow_up":
                raise ValidationError.single(
                    "kind",
                    "derived_deadline",
                    "This deadline comes from a contract; change the contract instead.",
                )
            versioned_delete(conn, deadlines, "deadline", deadline_id, version)
            self._s.log(conn, "deadline.delete", "deadline", deadline_id, {SUBJECT: row.title})
