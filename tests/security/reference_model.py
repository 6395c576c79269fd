"""An independent model of who may see what, for the permission oracle.

It never calls the permission service (``Scope``) or any service: it keeps its own copy
of roles, memberships, grants and records, and derives each user's rights and the rows
he must see from the rules written in the rights catalogue and the services' docstrings:

- portfolio: view-all sees every row; view-own sees a contract if the user is its agent
  or its client's agent, and a client if he is its agent or the agent of one of its
  contracts (docs/security.md, "One rule for a client and its contracts");
- commission lines: view-all or manage sees every line and the whole-commission columns,
  view-own only the user's own lines and none of those columns;
- deadlines: view-all sees every deadline; view-own the deadlines the user owns, those
  of a contract of his (as above), and follow-ups attached only to a client of his;
- an inactive user has no right at all.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from broker_desktop.core.rights import Right

WHOLE_COMMISSION_COLUMNS = ("share_bp", "commission_id", "commission_cents")


@dataclass
class MClient:
    id: int
    agent: int
    name: str
    city: str
    postcode: str = ""
    email: str = ""
    phone: str = ""  # as stored: international format, "+41 79 123 45 67"


@dataclass
class MContract:
    id: int
    client_id: int
    agent: int
    policy: str
    start: date
    expiry: date
    premium: int
    status: str  # as stored: proposal | active | cancelled

    def derived_status(self, today: date) -> str:
        return "expired" if self.status == "active" and self.expiry < today else self.status


@dataclass
class MLine:
    id: int
    commission_id: int
    contract_id: int
    beneficiary: int | None
    period: str
    share_bp: int
    amount: int
    commission_amount: int


@dataclass
class MDeadline:
    id: int
    kind: str
    owner: int
    due: date
    contract_id: int | None
    client_id: int | None
    done: bool = False


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _policy_key(text: str) -> str:
    return "".join(c.upper() for c in text if c not in " .-/")


def _phone_forms(phone: str) -> list[str]:
    digits = "".join(c for c in phone if c.isdigit())
    if not digits:
        return []
    if digits.startswith("41"):
        return [digits, "0" + digits[2:]]
    return [digits]


def _typed_phone(fragment: str) -> str | None:
    """The digits a phone search looks for (a Swiss number, typed whole or in part)."""
    if not all(c.isdigit() or c in " +-./()" for c in fragment):
        return None
    digits = "".join(c for c in fragment if c.isdigit())
    if len(digits) < 5:
        return None
    if digits.startswith("00"):
        digits = digits[2:]
    if len(digits) == 10 and digits.startswith("0"):  # a whole Swiss number
        return "41" + digits[1:]
    return digits


def search_matches(client: MClient, fragment: str, policies: list[str]) -> bool:
    """What the search field finds, as a user would describe it: the start of a word of
    the name or the city or of the postcode for 1-2 characters or up to 4 digits;
    otherwise the text anywhere in the name, e-mail, city or postcode (each word of 3
    characters or more, in any order), or the phone from 5 digits on; and from 3
    characters on the start of the policy number of a contract he may see. Case and
    accents never matter."""
    fragment = " ".join(fragment.split())
    if not fragment:
        return True
    key = _policy_key(fragment)
    if len(key) >= 3 and any(_policy_key(p).startswith(key) for p in policies):
        return True
    compact = "".join(c for c in fragment if c not in " .-/")
    if len(fragment) < 3 or (compact.isdigit() and len(compact) <= 4):
        words = [w for w in re.split(r"\W+", folded(fragment)) if w]
        tokens = re.split(r"\W+", folded(f"{client.name} {client.city} {client.postcode}"))
        return all(any(t.startswith(w) for t in tokens) for w in words)  # none: everyone
    fields = [folded(f) for f in (client.name, client.email, client.city, client.postcode)]
    long_words = [w for w in fragment.split(" ") if len(w) >= 3]
    terms = long_words if len(long_words) > 1 else [fragment]
    if all(any(folded(t) in f for f in fields) for t in terms):
        return True
    digits = _typed_phone(fragment)
    return digits is not None and any(digits in form for form in _phone_forms(client.phone))


@dataclass
class Model:
    roles: dict[int, set[Right]] = field(default_factory=dict)
    members: dict[int, set[int]] = field(default_factory=dict)  # user -> role ids
    grants: dict[int, set[Right]] = field(default_factory=dict)
    active: dict[int, bool] = field(default_factory=dict)
    everything: set[int] = field(default_factory=set)  # users holding every right
    clients: dict[int, MClient] = field(default_factory=dict)
    contracts: dict[int, MContract] = field(default_factory=dict)
    lines: dict[int, MLine] = field(default_factory=dict)
    commissions: dict[int, int] = field(default_factory=dict)  # id -> contract id
    deadlines: dict[int, MDeadline] = field(default_factory=dict)

    # ----- rights -------------------------------------------------------------------
    def rights(self, user: int) -> frozenset[Right]:
        if not self.active.get(user, False):
            return frozenset()
        if user in self.everything:
            return frozenset(Right)
        held = set(self.grants.get(user, ()))
        for role in self.members.get(user, ()):
            held |= self.roles.get(role, set())
        return frozenset(held)

    def owns_contract(self, user: int, contract: MContract) -> bool:
        return contract.agent == user or self.clients[contract.client_id].agent == user

    def owns_client(self, user: int, client: MClient) -> bool:
        return client.agent == user or any(
            k.agent == user for k in self.contracts.values() if k.client_id == client.id
        )

    def sees_client(self, user: int, client: MClient) -> bool:
        rights = self.rights(user)
        return Right.PORTFOLIO_VIEW_ALL in rights or (
            Right.PORTFOLIO_VIEW_OWN in rights and self.owns_client(user, client)
        )

    def sees_contract(self, user: int, contract: MContract) -> bool:
        rights = self.rights(user)
        return Right.PORTFOLIO_VIEW_ALL in rights or (
            Right.PORTFOLIO_VIEW_OWN in rights and self.owns_contract(user, contract)
        )

    def whole_commissions(self, user: int) -> bool:
        rights = self.rights(user)
        return Right.COMMISSIONS_VIEW_ALL in rights or Right.COMMISSIONS_MANAGE in rights

    def sees_line(self, user: int, line: MLine) -> bool:
        return self.whole_commissions(user) or (
            Right.COMMISSIONS_VIEW_OWN in self.rights(user) and line.beneficiary == user
        )

    def sees_deadline(self, user: int, deadline: MDeadline) -> bool:
        rights = self.rights(user)
        if Right.DEADLINES_VIEW_ALL in rights:
            return True
        if Right.DEADLINES_VIEW_OWN not in rights:
            return False
        if deadline.owner == user:
            return True
        if deadline.contract_id is not None:
            return self.owns_contract(user, self.contracts[deadline.contract_id])
        if deadline.client_id is not None:
            return self.owns_client(user, self.clients[deadline.client_id])
        return False

    # ----- visible rows ---------------------------------------------------------------
    def visible_clients(self, user: int) -> list[MClient]:
        return [c for c in self.clients.values() if self.sees_client(user, c)]

    def visible_contracts(self, user: int) -> list[MContract]:
        return [k for k in self.contracts.values() if self.sees_contract(user, k)]

    def visible_lines(self, user: int) -> list[MLine]:
        return [x for x in self.lines.values() if self.sees_line(user, x)]

    def visible_deadlines(self, user: int) -> list[MDeadline]:
        return [d for d in self.deadlines.values() if self.sees_deadline(user, d)]

    # ----- data changes the services make on their own --------------------------------
    def derived_deadlines(self, contract_id: int) -> dict[str, MDeadline]:
        return {
            d.kind: d
            for d in self.deadlines.values()
            if d.contract_id == contract_id and d.kind in ("renewal", "cancel_by")
        }

    def contract_changed(self, contract: MContract, notice_months: int) -> None:
        """A contract's renewal and cancel-by deadlines follow its agent; a cancelled
        contract loses those not done yet."""
        for kind, deadline in self.derived_deadlines(contract.id).items():
            if contract.status == "cancelled":
                if not deadline.done:
                    del self.deadlines[deadline.id]
                continue
            deadline.owner = contract.agent
            deadline.client_id = contract.client_id
            deadline.due = (
                contract.expiry
                if kind == "renewal"
                else months_before(contract.expiry, notice_months)
            )
