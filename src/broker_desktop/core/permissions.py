"""The one permission service: every read and write of the office goes through a
``Scope``, which turns the user's effective rights into SQL filter clauses.

Own = records whose responsible agent (clients, contracts), beneficiary (commission
share lines) or owner (deadlines) is the user.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from broker_desktop.core.errors import PermissionDenied, RecordRef
from broker_desktop.core.rights import Right


@dataclass(frozen=True)
class Scope:
    user_id: int
    rights: frozenset[Right]

    def has(self, right: Right) -> bool:
        return right in self.rights

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
        if self.portfolio_all:
            return sa.true()
        if Right.PORTFOLIO_VIEW_OWN in self.rights:
            return agent_col == self.user_id
        return sa.false()

    def portfolio_allows(self, agent_id: int) -> bool:
        return self.portfolio_all or (
            Right.PORTFOLIO_VIEW_OWN in self.rights and agent_id == self.user_id
        )

    # ----- commissions ----------------------------------------------------------------
    @property
    def commission_amounts(self) -> bool:
        """Whole commissions (totals, every share): view-all or manage."""
        return bool({Right.COMMISSIONS_VIEW_ALL, Right.COMMISSIONS_MANAGE} & self.rights)

    def commission_lines(self, beneficiary_col: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
        if self.commission_amounts:
            return sa.true()
        if Right.COMMISSIONS_VIEW_OWN in self.rights:
            return beneficiary_col == self.user_id
        return sa.false()

    # ----- deadlines -------------------------------------------------------------------
    def deadlines(self, owner_col: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
        if Right.DEADLINES_VIEW_ALL in self.rights:
            return sa.true()
        if Right.DEADLINES_VIEW_OWN in self.rights:
            return owner_col == self.user_id
        return sa.false()

    def deadlines_allow(self, owner_id: int) -> bool:
        return Right.DEADLINES_VIEW_ALL in self.rights or (
            Right.DEADLINES_VIEW_OWN in self.rights and owner_id == self.user_id
        )
