"""Every list query the screens offer: each tab's lists, every sort a header click offers
and every filter its controls set, for the director and for an agent.

Shared by the screen benchmark (``screens.py``) and the query-plan test
(``tests/core/test_query_plans.py``); ``tests/ui/test_sortable_columns.py`` checks that
the sorts listed here are exactly the columns the pages let the user sort by.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.contracts import DERIVED_STATUSES, ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.rights import Right

# Sorts each list's header offers (tests/ui/test_sortable_columns.py keeps them honest).
SORTS = {
    "clients": ("name", "postcode", "city"),
    "client_contracts": (
        "policy_number",
        "client",
        "insurer",
        "line",
        "start_date",
        "expiry_date",
        "cancel_by",
        "premium_cents",
        "frequency",
        "status",
        "agent",
    ),
    # the contract picker's search over every contract the user may see
    "contract_search": ("policy_number",),
    "commissions": ("period",),
    "deadlines": ("due_date",),
    "audit": ("at",),
}

# Large tables (and the aliases the listings give them): a SCAN of one is a finding.
LARGE = {
    "clients": "clients",
    "contract_client": "clients",
    "deadline_client": "clients",
    "commission_client": "clients",
    "contracts": "contracts",
    "deadline_contract": "contracts",
    "commission_contract": "contracts",
    "commissions": "commissions",
    "commission_shares": "commission_shares",
    "deadlines": "deadlines",
    "audit_log": "audit_log",
}


@dataclass(frozen=True)
class Case:
    """One list as a screen shows it: which service, which query, who looks."""

    tab: str
    list: str  # a key of SORTS
    role: str  # director | agent
    filter: str  # "default" or the filter's name
    query: Any

    @property
    def label(self) -> str:
        order = "desc" if getattr(self.query, "descending", False) else "asc"
        return f"[{self.role}] {self.tab}/{self.list} {self.filter} by {self.query.sort} {order}"

    def service(self, session) -> Any:
        return getattr(session, SERVICES[self.list])


SERVICES = {
    "clients": "clients",
    "client_contracts": "contracts",
    "contract_search": "contracts",
    "commissions": "commissions",
    "deadlines": "deadlines",
    "audit": "audit",
}


@dataclass(frozen=True)
class Sample:
    """Ids a filter needs, taken from the office itself."""

    user_id: int
    agent_id: int
    insurer_id: int
    line_id: int
    client_id: int
    contract_id: int
    today: date


def sample(session) -> Sample:
    reference = session.reference
    clients = session.clients.page(ClientQuery(), limit=1)
    contract = session.contracts.page(ContractQuery(client_id=clients[0].id), limit=1)
    return Sample(
        user_id=session.user.id,
        agent_id=clients[0].agent_id,  # someone with clients and commission shares
        insurer_id=reference.insurers()[0].id,
        line_id=reference.lines()[0].id,
        client_id=clients[0].id,
        contract_id=contract[0].id if contract else 0,
        today=date.today(),
    )


def _months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return day.replace(year=total // 12, month=total % 12 + 1, day=min(day.day, 28))


# What people type into the search fields (core/search_sqlite.py): each kind of input
# takes its own path through the indexes.
SEARCHES = {
    "1 char": "m",
    "2 chars": "ma",
    "4 chars": "mart",
    "two words": "jean mart",
    "postcode": "1003",
    "postcode start": "12",
    "phone": "079 123 45 67",
    "phone part": "123 45",
    "e-mail": "@example",
    "policy number": "33.00001",
}


def _filters(list_name: str, role: str, s: Sample, rights: frozenset) -> dict[str, Any]:
    """The filters a screen's controls set, as the page builds them."""
    if list_name == "clients":
        found = {
            "default": ClientQuery(),
            **{f"search {what}": ClientQuery(search=text) for what, text in SEARCHES.items()},
            "insurer": ClientQuery(insurer_id=s.insurer_id),
            "line": ClientQuery(line_id=s.line_id),
            **{f"status {st}": ClientQuery(contract_status=st) for st in DERIVED_STATUSES},
        }
        if Right.PORTFOLIO_VIEW_ALL in rights:
            found["agent"] = ClientQuery(agent_id=s.agent_id)
        return found
    if list_name == "client_contracts":
        base = ContractQuery(client_id=s.client_id)
        return {
            "default": base,
            "insurer": dataclasses.replace(base, insurer_id=s.insurer_id),
            "line": dataclasses.replace(base, line_id=s.line_id),
            "status active": dataclasses.replace(base, status="active"),
        }
    if list_name == "contract_search":
        return {f"search {what}": ContractQuery(search=text) for what, text in SEARCHES.items()}
    if list_name == "deadlines":
        window = {"due_from": _months(s.today, -1), "due_to": _months(s.today, 6)}
        # "mine" is the owner filter for whoever may see everyone's; without view-all the
        # page lists what his scope allows (owner_id None, Scope.deadlines decides)
        mine = s.user_id if Right.DEADLINES_VIEW_ALL in rights else None
        found = {
            "default mine": DeadlineQuery(owner_id=mine, done=False, **window),
            "mine, done too": DeadlineQuery(owner_id=mine, **window),
            "mine, next 30 days": DeadlineQuery(
                owner_id=mine, done=False, due_from=s.today, due_to=s.today + timedelta(30)
            ),
        }
        if Right.DEADLINES_VIEW_ALL in rights:
            found |= {
                "default everyone": DeadlineQuery(done=False, **window),
                "everyone, done too": DeadlineQuery(**window),
                "everyone, next 30 days": DeadlineQuery(
                    done=False, due_from=s.today, due_to=s.today + timedelta(30)
                ),
            }
        return found
    if list_name == "commissions":
        year = str(s.today.year)
        found = {
            "default": CommissionQuery(),
            "period": CommissionQuery(period_from=year, period_to=f"{year}-12"),
            "contract": CommissionQuery(contract_id=s.contract_id),
        }
        if Right.COMMISSIONS_VIEW_ALL in rights or Right.COMMISSIONS_MANAGE in rights:
            found["beneficiary"] = CommissionQuery(beneficiary_id=s.agent_id)
        return found
    if list_name == "audit":
        window = {
            "at_from": _months(s.today, -3).isoformat(),
            "at_to": (s.today + timedelta(1)).isoformat(),
        }
        return {
            "default": AuditQuery(**window),
            "user": AuditQuery(user_id=s.user_id, **window),
            "action prefix": AuditQuery(action="contract.", **window),
            "action": AuditQuery(action="login.success", **window),
            "kinds of action": AuditQuery(actions=("contract.", "client."), **window),
        }
    raise KeyError(list_name)


TABS = {
    "clients": ("portfolio", (Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_VIEW_ALL)),
    "client_contracts": ("portfolio", (Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_VIEW_ALL)),
    "contract_search": ("pickers", (Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_VIEW_ALL)),
    "commissions": (
        "commissions",
        (Right.COMMISSIONS_VIEW_OWN, Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE),
    ),
    "deadlines": ("deadlines", (Right.DEADLINES_VIEW_OWN, Right.DEADLINES_VIEW_ALL)),
    "audit": ("audit", (Right.AUDIT_VIEW,)),
}


def cases(session, role: str, s: Sample | None = None) -> Iterator[Case]:
    """Every (list, filter, sort, direction) the user's screens offer."""
    s = s or sample(session)
    rights = session.rights()
    for list_name, (tab, see) in TABS.items():
        if not any(r in rights for r in see):
            continue
        for filter_name, query in _filters(list_name, role, s, rights).items():
            for sort in SORTS[list_name]:
                for descending in (False, True):
                    yield Case(
                        tab,
                        list_name,
                        role,
                        filter_name,
                        dataclasses.replace(query, sort=sort, descending=descending),
                    )


# ----- query plans -----------------------------------------------------------------------
# (list, filter prefix, call prefix or "", why it may scan or sort)
ALLOWED = (
    (
        "clients",
        "insurer",
        "",
        "semi-join: the clients with such a contract come from (insurer, client) and are "
        "sorted; the cost follows the matches (capped count), not the office",
    ),
    ("clients", "line", "", "semi-join through (line, client), as for the insurer"),
    (
        "clients",
        "status",
        "",
        "the director's active/proposal/cancelled filters walk the sort index and probe "
        "each client's row of client_contract_states by id (a block after a few hundred "
        "probes; a count or a deep jump at most one probe per client of the office, never "
        "the contracts); 'expired' (few clients) and an agent's status filters are "
        "semi-joins whose cost follows the matches",
    ),
    (
        "client_contracts",
        "",
        "",
        "one client's contracts (a handful) are sorted in memory for the columns other than "
        "the renewal date",
    ),
    ("commissions", "contract", "", "one contract's share lines (a few) sorted in memory"),
)


# the same, for a user holding only the own-portfolio right
AGENT_ALLOWED = (
    (
        "clients",
        "",
        "",
        "his clients are those he is the agent of OR the agent of one of their contracts "
        "(docs/security.md): two index lookups (clients by agent, contracts by agent) are "
        "merged and sorted; the cost follows the size of his portfolio, not the office",
    ),
    (
        "deadlines",
        "",
        "",
        "without view-all his deadlines are those he owns OR of his contracts OR (follow-ups "
        "on a client only) of his clients (Scope.deadlines, docs/security.md): a multi-index "
        "OR over (owner, due date) and the contract index, merged and sorted; the cost "
        "follows the size of his portfolio, not the office",
    ),
)


# (list, filter prefix, why) where only the sort is in memory: the rows come from an
# index (never a SCAN) and are sorted afterwards.
SORT_ALLOWED = (
    (
        "clients",
        "search",
        "the search indexes (FTS5 trigram or word prefix, policy-number key) yield the "
        "matching clients, which are then sorted: the cost follows the number of matches, "
        "not the size of the office (a 1-2 letter search matches many: the count is capped)",
    ),
    (
        "contract_search",
        "search",
        "the picker's search: contracts by policy-number key range or by the indexed "
        "matching clients, then sorted; it shows a handful, the cost follows the matches",
    ),
)


def sort_allowed(case: Case) -> bool:
    return any(case.list == lst and case.filter.startswith(flt) for lst, flt, _why in SORT_ALLOWED)


def allowed_for(role: str) -> tuple[tuple[str, str, str, str], ...]:
    return ALLOWED + (AGENT_ALLOWED if role == "agent" else ())


def allowed(case: Case, call: str) -> bool:
    return any(
        case.list == lst and case.filter.startswith(flt) and call.startswith(cl)
        for lst, flt, cl, _why in allowed_for(case.role)
    )


SCAN = re.compile(r"^SCAN (\w+)(?: USING (COVERING )?INDEX (\w+))?")


@dataclass(frozen=True)
class Finding:
    case: str
    call: str
    sql: str
    detail: str


def plan(raw_conn, sql: str, parameters: Any) -> list[str]:
    rows = raw_conn.execute("EXPLAIN QUERY PLAN " + sql, parameters or ()).fetchall()
    return [row[3] for row in rows]


def calls(case: Case, session) -> dict[str, Callable[[], Any]]:
    """The service calls a lazy table makes for this list: first block, next block by
    keyset, previous block, last block, a block in the middle (offset), the capped count
    and the exact count refined in the background."""
    service = case.service(session)
    query = case.query
    first = service.page(query, limit=200)
    cursor = first[-1].cursor if first else None
    found: dict[str, Callable[[], Any]] = {
        "first rows": lambda: service.page(query, limit=200),
        "last block": lambda: service.page(query, from_end=True, limit=200),
        "short last block": lambda: service.page(query, from_end=True, limit=9),
        "a few matches (picker)": lambda: service.page(query, limit=6),
        "middle block": lambda: service.page(query, offset=400, limit=200),
        "count (capped)": lambda: service.count(query, exact=False),
        "count (exact)": lambda: service.count(query),
    }
    if cursor is not None:
        found["next block"] = lambda: service.page(query, after=cursor, limit=200)
        found["previous block"] = lambda: service.page(query, before=cursor, limit=200)
    return found


def findings_of(lines: list[str], call: str, sql: str, sort_in_memory: bool = False) -> list[str]:
    """What the plan does that a list of a million rows cannot afford (``sort_in_memory``:
    a listed exception whose rows come from an index and are sorted afterwards)."""
    found = []
    sql = " ".join(sql.split())
    is_count = call.startswith("count")
    whole_table_count = is_count and " WHERE " not in sql.upper()
    for line in lines:
        if "TEMP B-TREE" in line and "ORDER BY" in line:
            if not sort_in_memory:
                found.append(line)
            continue
        match = SCAN.match(line)
        if match is None or match.group(1) not in LARGE:
            continue
        if whole_table_count:
            continue  # count(*) of a table: SQLite counts the b-tree's cells, no row read
        if match.group(3) and not is_count and "ORDER BY" in sql.upper() and _unfiltered(sql):
            continue  # the ordered walk of the list's own index, stopped by LIMIT
        found.append(line)
    return found


def _unfiltered(sql: str) -> bool:
    """A page query whose only conditions are keyset bounds and the user's scope."""
    upper = " ".join(sql.split()).upper()
    if " WHERE " not in upper:
        return True
    where = upper.split(" WHERE ", 1)[1].split(" ORDER BY ", 1)[0]
    conditions = re.split(r"\bAND\b|\bOR\b", where)
    allowed = re.compile(
        r"^[\s(]*(\w+)\.(AGENT_ID|OWNER_ID|BENEFICIARY_ID)\s*=\s*\?[\s)]*$"  # own scope
        r"|[<>]=?\s*\?"  # keyset bound on the sort key or the id
    )
    return all(allowed.search(c) for c in conditions if c.strip())
