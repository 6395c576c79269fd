"""Clients: private persons and companies, each with a responsible agent."""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.contracts import DERIVED_STATUSES, status_is
from broker_desktop.core.errors import PermissionDenied, ValidationError
from broker_desktop.core.importing.values import ValueProblem, parse_phone, parse_uid
from broker_desktop.core.paging import Listing, ListingService, PageRow, always_true, text_sort
from broker_desktop.core.permissions import Scope
from broker_desktop.core.records import (
    SUBJECT,
    changes,
    fetch_scoped,
    inserted_id,
    versioned_delete,
    versioned_update,
)
from broker_desktop.core.rights import Right
from broker_desktop.core.search_sqlite import client_matches, is_broad
from broker_desktop.core.validation import (
    EMAIL,
    LANGUAGES,
    Problems,
    check_fields,
    checked_together,
)
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.schema import client_contract_states, clients, contracts, users

KINDS = ("person", "company")


@dataclass(frozen=True)
class ClientQuery:
    search: str | None = None  # name, policy number, phone, e-mail, postcode or city
    agent_id: int | None = None
    kind: str | None = None
    # Clients having at least one contract, among those the user may see, that matches
    # every one of these (status is the derived one: "expired" included).
    insurer_id: int | None = None
    line_id: int | None = None
    contract_status: str | None = None
    sort: str = "name"
    descending: bool = False

    @property
    def filters_contracts(self) -> bool:
        return self.insurer_id is not None or self.line_id is not None or bool(self.contract_status)


@dataclass(frozen=True)
class ClientInput:
    kind: str = "person"
    last_name: str | None = None
    first_name: str | None = None
    company_name: str | None = None
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "CH"
    birth_date: date | None = None
    company_uid: str | None = None
    language: str = "fr"
    email: str = ""
    phone: str = ""
    notes: str = ""
    agent_id: int | None = None  # None: the current user


@dataclass(frozen=True)
class Client:
    id: int
    kind: str
    last_name: str | None
    first_name: str | None
    company_name: str | None
    display_name: str
    street: str
    postcode: str
    city: str
    country: str
    birth_date: date | None
    company_uid: str | None
    language: str
    email: str
    phone: str
    notes: str
    agent_id: int
    version: int

    def as_input(self) -> ClientInput:
        data = {k: v for k, v in asdict(self).items() if k in ClientInput.__dataclass_fields__}
        return ClientInput(**data)


def display_name_of(data: ClientInput) -> str:
    if data.kind == "company":
        return (data.company_name or "").strip()
    return f"{(data.last_name or '').strip()} {(data.first_name or '').strip()}".strip()


agent = users.alias("client_agent")

COLUMNS = {
    "name": clients.c.display_name,
    "kind": clients.c.kind,
    "street": clients.c.street,
    "postcode": clients.c.postcode,
    "city": clients.c.city,
    "language": clients.c.language,
    "email": clients.c.email,
    "phone": clients.c.phone,
    "birth_date": clients.c.birth_date,
    "company_uid": clients.c.company_uid,
    "agent_id": clients.c.agent_id,
    "agent": agent.c.display_name,
}
SORTS = {
    "id": clients.c.id,
    "name": clients.c.display_name,
    "kind": clients.c.kind,
    "postcode": clients.c.postcode,
    "city": clients.c.city,
    "language": clients.c.language,
    "email": clients.c.email,
    "phone": clients.c.phone,
    "birth_date": text_sort(clients.c.birth_date),
    "company_uid": text_sort(clients.c.company_uid),
    "agent_id": clients.c.agent_id,
    "agent": agent.c.display_name,
}


SWISS_POSTCODE = re.compile(r"^[1-9]\d{3}$")
FOREIGN_POSTCODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$")


def _valid_uid(text: str) -> bool:
    try:
        parse_uid(text)
    except ValueProblem:
        return False
    return True


def _phone_text(text: str, country: str) -> str:
    """International format (+41 21 123 45 67) when it is a valid number."""
    try:
        return parse_phone(text, country if len(country) == 2 else "CH")
    except ValueProblem:
        return text


def validate(conn: sa.Connection, data: ClientInput, agent_id: int) -> None:
    problems = Problems()
    if data.kind not in KINDS:
        problems.add("kind", "invalid_choice", "Person or company.", choices=list(KINDS))
    elif data.kind == "person":
        problems.require("last_name", data.last_name)
        problems.require("first_name", data.first_name)
        if data.birth_date and data.birth_date > date.today():
            problems.add("birth_date", "date_in_future", "The date of birth is in the future.")
    else:
        problems.require("company_name", data.company_name)
        if data.company_uid and not _valid_uid(data.company_uid.strip()):
            problems.add(
                "company_uid",
                "invalid_uid",
                "Not a valid Swiss enterprise number (CHE-123.456.789).",
            )
    if data.language not in LANGUAGES:
        problems.add("language", "invalid_choice", "Unknown language.", choices=list(LANGUAGES))
    if data.email and not EMAIL.match(data.email.strip()):
        problems.add("email", "invalid_email", "Not a valid e-mail address.")
    country = (data.country or "CH").strip().upper()
    postcode = (data.postcode or "").strip()
    if postcode and not (SWISS_POSTCODE if country == "CH" else FOREIGN_POSTCODE).match(postcode):
        problems.add(
            "postcode",
            "invalid_postcode",
            "A Swiss postcode has 4 digits (1000 to 9699)."
            if country == "CH"
            else "Not a postcode.",
            country=country,
        )
    if data.phone and data.phone.strip():
        try:
            parse_phone(data.phone.strip(), country if len(country) == 2 else "CH")
        except ValueProblem:
            problems.add("phone", "invalid_phone", "Not a valid phone number.")
    active = conn.execute(sa.select(users.c.active).where(users.c.id == agent_id)).scalar()
    if not active:
        problems.add("agent_id", "unknown_agent", "Choose an active user as responsible agent.")
    problems.raise_if_any()


def _uid_text(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    try:
        return parse_uid(text)  # CHE-123.456.789
    except ValueProblem:
        return text


def values_of(data: ClientInput, agent_id: int) -> dict[str, Any]:
    person = data.kind == "person"
    return {
        "kind": data.kind,
        "last_name": (data.last_name or "").strip() or None if person else None,
        "first_name": (data.first_name or "").strip() or None if person else None,
        "company_name": (data.company_name or "").strip() or None if not person else None,
        "display_name": display_name_of(data),
        "street": data.street.strip(),
        "postcode": data.postcode.strip(),
        "city": data.city.strip(),
        "country": (data.country or "CH").strip().upper(),
        "birth_date": data.birth_date if person else None,
        "company_uid": _uid_text(data.company_uid) if not person else None,
        "language": data.language,
        "email": data.email.strip(),
        "phone": _phone_text(data.phone.strip(), (data.country or "CH").strip().upper())
        if data.phone.strip()
        else "",
        "notes": data.notes,
        "agent_id": agent_id,
    }


class ClientService(ListingService[ClientQuery]):
    query_type = ClientQuery

    def _variant(
        self, conn: sa.Connection, scope: Scope, query: ClientQuery, *, ordered: bool
    ) -> bool:
        """Broad: a search matching many rows (its plan walks the sort index)."""
        return bool(query.search) and is_broad(conn, scope, query.search or "", ordered=ordered)

    def _listing_for(self, scope: Scope, query: ClientQuery, variant: Hashable) -> Listing:
        return self._listing(scope, query, broad=bool(variant))

    def _listing(self, scope: Scope, query: ClientQuery, broad: bool = False) -> Listing:
        check_fields(query)
        where = [scope.clients(clients)]
        if query.search:
            where.append(client_matches(scope, clients.c.id, query.search, broad))
        if query.agent_id is not None:
            where.append(clients.c.agent_id == query.agent_id)
        if query.kind:
            where.append(clients.c.kind == query.kind)
        if query.filters_contracts:
            where.append(_has_matching_contract(scope, query))
        return Listing(
            "ClientRow",
            COLUMNS,
            clients.c.id,
            clients.join(agent, agent.c.id == clients.c.agent_id),
            sa.and_(*where),
            SORTS,
            narrow_from=clients,  # the agent join is inner, on a required foreign key
        )

    def columns(self) -> list[str]:
        return list(COLUMNS)

    def search(self, fragment: str, limit: int = 50) -> list[PageRow]:
        return self.page(ClientQuery(search=fragment), limit=limit)

    def get(self, client_id: int) -> Client:
        with self._s.tx() as (conn, scope):
            row = fetch_scoped(
                conn,
                clients,
                "client",
                client_id,
                scope.clients(clients),
                scope.missing_portfolio_right(),
            )
            return Client(**{k: getattr(row, k) for k in Client.__dataclass_fields__})

    def _checked_agent(
        self,
        conn: sa.Connection,
        scope: Scope,
        data: ClientInput,
        current_agent: int | None = None,
    ) -> int:
        """Every problem of the input at once; returns the responsible agent."""

        def rules() -> int:
            agent_id = self._agent_for(scope, data, current_agent)
            validate(conn, data, agent_id)
            return agent_id

        return checked_together(lambda: check_fields(data, clients, multiline=("notes",)), rules)

    def _agent_for(self, scope: Scope, data: ClientInput, current_agent: int | None = None) -> int:
        """The responsible agent: one he may assign, or the one the client already has
        (an agent of one of its contracts may edit it without taking it over)."""
        agent_id = data.agent_id if data.agent_id is not None else scope.user_id
        if agent_id != current_agent and not scope.may_reassign(current_agent, agent_id):
            raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("user", agent_id))
        return agent_id

    def create(self, data: ClientInput) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_EDIT)
            agent_id = self._checked_agent(conn, scope, data)
            values = values_of(data, agent_id)
            client_id = inserted_id(
                conn.execute(sa.insert(clients).values(**values, updated_at=db_now()))
            )
            self._s.log(
                conn,
                "client.create",
                "client",
                client_id,
                {"name": values["display_name"], "agent_id": agent_id},
            )
            return client_id

    def update(self, client_id: int, data: ClientInput, version: int) -> int:
        """Returns the new version."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_EDIT, ("client", client_id))
            before = fetch_scoped(
                conn,
                clients,
                "client",
                client_id,
                scope.clients(clients),
                scope.missing_portfolio_right(),
            )
            agent_id = self._checked_agent(conn, scope, data, before.agent_id)
            values = values_of(data, agent_id)
            new_version = versioned_update(
                conn, clients, "client", client_id, version, {**values, "updated_at": db_now()}
            )
            detail: dict[str, Any] = dict(changes(before, values))
            detail[SUBJECT] = values.get("display_name") or before.display_name
            self._s.log(conn, "client.update", "client", client_id, detail)
            return new_version

    def blocking_contracts(self, client_id: int) -> int:
        """How many contracts keep this client from being deleted (0: it can be), asked
        before the user is asked to confirm, so he is never asked in vain."""
        with self._s.tx() as (conn, scope):
            fetch_scoped(
                conn,
                clients,
                "client",
                client_id,
                scope.clients(clients),
                scope.missing_portfolio_right(),
            )
            return int(
                conn.execute(
                    sa.select(sa.func.count())
                    .select_from(contracts)
                    .where(contracts.c.client_id == client_id)
                ).scalar_one()
            )

    def delete(self, client_id: int, version: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.PORTFOLIO_DELETE, ("client", client_id))
            row = fetch_scoped(
                conn,
                clients,
                "client",
                client_id,
                scope.clients(clients),
                scope.missing_portfolio_right(),
            )
            has_contracts = conn.execute(
                sa.select(contracts.c.id).where(contracts.c.client_id == client_id).limit(1)
            ).first()
            if has_contracts:
                raise ValidationError.single(
                    "client",
                    "client_has_contracts",
                    "This client still has contracts; delete or move them first.",
                )
            versioned_delete(conn, clients, "client", client_id, version)
            self._s.log(conn, "client.delete", "client", client_id, {"name": row.display_name})


def _has_matching_contract(scope: Scope, query: ClientQuery) -> sa.ColumnElement[bool]:
    """Clients having a contract, among those the scope lets the user see (a contract the
    user may not see must not reveal itself through a filter), that matches the filters.

    Seeing every contract and filtering by status alone (the director's "clients with an
    active contract"), each client's row of ``client_contract_states`` answers it: the
    list walks its sort index and probes that table by client id, so a block, a jump or
    a capped count never collects the matching contracts (700,000 at size L for
    "active"). Otherwise an indexed semi-join: the set of matching client ids is read
    once from a (filter, client) index, not probed per client.
    """
    contract_scope = scope.contracts(contracts)
    status = query.contract_status
    if (
        status in DERIVED_STATUSES
        and status is not None
        and query.insurer_id is None
        and query.line_id is None
        and always_true(contract_scope)
    ):
        return _status_state(status, date.today())
    conditions = [contract_scope]
    if query.insurer_id is not None:
        conditions.append(contracts.c.insurer_id == query.insurer_id)
    if query.line_id is not None:
        conditions.append(contracts.c.line_id == query.line_id)
    if query.contract_status:
        conditions.append(status_is(query.contract_status, date.today()))
    return clients.c.id.in_(sa.select(contracts.c.client_id).where(*conditions))


def _status_state(status: str, today: date) -> sa.ColumnElement[bool]:
    """The client has a contract of this derived status (see ``status_is``).

    Most clients of an office have active contracts, and many have proposals or
    cancelled ones: the list walks its sort index and probes each client's row, which
    finds a block's 200 clients after a few hundred probes and costs at most one probe
    per client of the office. "Expired" (renewal date passed, neither renewed nor
    cancelled) concerns few clients: they come from the index on the first renewal date,
    as a semi-join whose cost follows their number.
    """
    states = client_contract_states
    if status == "expired":
        return clients.c.id.in_(
            sa.select(states.c.client_id).where(states.c.first_active_expiry < today)
        )
    if status == "active":
        condition = states.c.last_active_expiry >= today
    elif status == "proposal":
        condition = states.c.proposals > 0
    else:
        condition = states.c.cancelled > 0
    return sa.exists().where(states.c.client_id == clients.c.id, condition)
