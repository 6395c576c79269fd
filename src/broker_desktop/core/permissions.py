"""The one permission service: every read and write of the office goes through a
``Scope``, which turns the user's effective rights into SQL filter clauses.

"Own" records (the view-own rights), one rule for a client and its contracts:

- a contract is his if he is its agent or the agent of its client;
- a client is his if he is its agent or the agent of one of its contracts;
- a deadline is his if he owns it, or if it belongs to a contract of his (a follow-up
  attached to a client only: to a client of his);
- a commission line is his if he is its beneficiary (his share, never a colleague's).

So a contract managed by a colleague for one of his clients shows under that client,
and the colleague finds the client through it; neither loses sight of it.
The clauses are semi-joins (IN over indexed agent and client columns) on aliases of
their own, so they never correlate with the query they filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import sqlalchemy as sa

from broker_desktop.core.errors import PermissionDenied, RecordRef
from broker_desktop.core.rights import Right
from broker_desktop.storage.schema import clients, contracts

_client = clients.alias("own_client")
_contract = contracts.alias("own_contract")


@dataclass(frozen=True)
class Scope:
    user_id: int
    rights: frozenset[Right]

    # Which rights let each predicate through (any one of them is enough), exported for the
    # UI guard so that screens show what the scope allows instead of re-deriving it
    # (tests/core/test_scope_predicates.py checks them against the methods below).
    PORTFOLIO_VISIBLE: ClassVar[frozenset[Right]] = frozenset(
        {Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_VIEW_ALL}
    )
    PORTFOLIO_ALL: ClassVar[frozenset[Right]] = frozenset({Right.PORTFOLIO_VIEW_ALL})
    COMMISSION_LINES_VISIBLE: ClassVar[frozenset[Right]] = frozenset(
        {Right.COMMISSIONS_VIEW_OWN, Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE}
    )
    COMMISSION_AMOUNTS: ClassVar[frozenset[Right]] = frozenset(
        {Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE}
    )
    DEADLINES_VISIBLE: ClassVar[frozenset[Right]] = frozenset(
        {Right.DEADLINES_VIEW_OWN, Right.DEADLINES_VIEW_ALL}
    )
    DEADLINES_ALL: ClassVar[frozenset[Right]] = frozenset({Right.DEADLINES_VIEW_ALL})

    def require(self, right: Right, record: RecordRef | None = None) -> None:
        if right not in self.rights:
            raise PermissionDenied(right, record)

    def require_any(self, *rights: Right, record: RecordRef | None = None) -> None:
        if not any(r in self.rights for r in rights):
            raise PermissionDenied(rights[0], record)

    # ----- portfolio: clients and contracts ---------------------------------------
    @property
    def portfolio_all(self) -> bool:
        return Right.PORTFOLIO_VIEW_ALL in self.rights

    def portfolio(self, agent_col: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
        """Records by their own agent only (what the user may assign, reference lists);
        clients and contracts themselves are filtered by ``clients``/``contracts``."""
        if self.portfolio_all:
            return sa.true()
        if Right.PORTFOLIO_VIEW_OWN in self.rights:
            return agent_col == self.user_id
        return sa.false()

    def _own_client_ids(self) -> sa.CompoundSelect[tuple[int]]:
        """Clients of his: he is their agent or the agent of one of their contracts."""
        return sa.union(
            sa.select(_client.c.id).where(_client.c.agent_id == self.user_id),
            sa.select(_contract.c.client_id).where(_contract.c.agent_id == self.user_id),
        )

    def _own_contract_ids(self) -> sa.CompoundSelect[tuple[int]]:
        """Contracts of his: he is their agent or the agent of their client."""
        return sa.union(
            sa.select(_contract.c.id).where(_contract.c.agent_id == self.user_id),
            sa.select(_contract.c.id).where(
                _contract.c.client_id.in_(
                    sa.select(_client.c.id).where(_client.c.agent_id == self.user_id)
                )
            ),
        )

    def clients(self, table: sa.FromClause = clients) -> sa.ColumnElement[bool]:
        """The clients (rows of ``table``, the clients table or an alias) he may see."""
        if self.portfolio_all:
            return sa.true()
        if Right.PORTFOLIO_VIEW_OWN in self.rights:
            return sa.or_(
                table.c.agent_id == self.user_id,
                table.c.id.in_(
                    sa.select(_contract.c.client_id).where(_contract.c.agent_id == self.user_id)
                ),
            )
        return sa.false()

    def contracts(self, table: sa.FromClause = contracts) -> sa.ColumnElement[bool]:
        """The contracts (rows of ``table``, the contracts table or an alias) he may see."""
        if self.portfolio_all:
            return sa.true()
        if Right.PORTFOLIO_VIEW_OWN in self.rights:
            return sa.or_(
                table.c.agent_id == self.user_id,
                table.c.client_id.in_(
                    sa.select(_client.c.id).where(_client.c.agent_id == self.user_id)
                ),
            )
        return sa.false()

    def may_reassign(self, current_agent: int | None, new_agent: int) -> bool:
        """May he make ``new_agent`` responsible for a record now held by
        ``current_agent`` (None: a new record)? With view-own only himself, and never
        taking a record away from a colleague."""
        return self.portfolio_allows(new_agent) and (
            current_agent is None or self.portfolio_allows(current_agent)
        )

    def missing_portfolio_right(self) -> Right:
        """The right a refused portfolio read lacks: with view-own, it is view-all."""
        if Right.PORTFOLIO_VIEW_OWN in self.rights:
            return Right.PORTFOLIO_VIEW_ALL
        return Right.PORTFOLIO_VIEW_OWN

    def portfolio_allows(self, agent_id: int) -> bool:
        return self.portfolio_all or (
            Right.PORTFOLIO_VIEW_OWN in self.rights and agent_id == self.user_id
        )

    # ----- commissions ----------------------------------------------------------------
    @property
    def commission_amounts(self) -> bool:
        """Whole commissions (totals, every share): view-all or manage."""
        return bool(self.COMMISSION_AMOUNTS & self.rights)

    def commission_lines(self, beneficiary_col: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
        if self.commission_amounts:
            return sa.true()
        if Right.COMMISSIONS_VIEW_OWN in self.rights:
            return beneficiary_col == self.user_id
        return sa.false()

    # ----- deadlines -------------------------------------------------------------------
    def deadlines(
        self, table: sa.FromClause, owner_id: int | None = None
    ) -> sa.ColumnElement[bool]:
        """The deadlines (rows of ``table``) he may see: his own, and with view-own those
        of his contracts (of his clients, for a follow-up attached to a client only).
        ``owner_id``: the list is already restricted to that owner; his own deadlines
        then need no more than the (indexed) owner column."""
        if Right.DEADLINES_VIEW_ALL in self.rights:
            return sa.true()
        if Right.DEADLINES_VIEW_OWN in self.rights:
            if owner_id == self.user_id:
                return table.c.owner_id == self.user_id
            return sa.or_(
                table.c.owner_id == self.user_id,
                table.c.contract_id.in_(self._own_contract_ids()),
                sa.and_(
                    table.c.contract_id.is_(None),
                    table.c.client_id.in_(self._own_client_ids()),
                ),
            )
        return sa.false()

    def missing_deadlines_right(self) -> Right:
        if Right.DEADLINES_VIEW_OWN in self.rights:
            return Right.DEADLINES_VIEW_ALL
        return Right.DEADLINES_VIEW_OWN

    def deadlines_allow(self, owner_id: int) -> bool:
        return Right.DEADLINES_VIEW_ALL in self.rights or (
            Right.DEADLINES_VIEW_OWN in self.rights and owner_id == self.user_id
        )
