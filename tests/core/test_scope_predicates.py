"""The rights sets Scope exports for the UI guard say exactly what its SQL predicates let
through: a screen bound to ``Scope.COMMISSION_AMOUNTS`` is shown to precisely the users
whose queries return whole commissions."""

from itertools import combinations

import pytest
import sqlalchemy as sa
from sqlalchemy.sql.elements import False_, True_

from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.storage.schema import clients, contracts, deadlines

COL = sa.column("owner", sa.Integer)
RIGHTS = sorted(Right)


def _every_rights_set():
    for size in range(len(RIGHTS) + 1):
        for chosen in combinations(RIGHTS, size):
            if size <= 3 or size >= len(RIGHTS) - 1:  # every small and near-full set
                yield frozenset(chosen)


def _kind(clause) -> str:
    if isinstance(clause, True_):
        return "all"
    if isinstance(clause, False_):
        return "none"
    return "own"


def _expected(rights, visible, everything) -> str:
    if rights & everything:
        return "all"
    return "own" if rights & visible else "none"


@pytest.mark.parametrize(
    ("predicate", "visible", "everything"),
    [
        (lambda s: s.portfolio(COL), Scope.PORTFOLIO_VISIBLE, Scope.PORTFOLIO_ALL),
        (lambda s: s.clients(clients), Scope.PORTFOLIO_VISIBLE, Scope.PORTFOLIO_ALL),
        (lambda s: s.contracts(contracts), Scope.PORTFOLIO_VISIBLE, Scope.PORTFOLIO_ALL),
        (
            lambda s: s.commission_lines(COL),
            Scope.COMMISSION_LINES_VISIBLE,
            Scope.COMMISSION_AMOUNTS,
        ),
        (lambda s: s.deadlines(deadlines), Scope.DEADLINES_VISIBLE, Scope.DEADLINES_ALL),
    ],
    ids=["portfolio", "clients", "contracts", "commission_lines", "deadlines"],
)
def test_exported_rights_sets_match_the_sql_predicates(predicate, visible, everything):
    checked = 0
    for rights in _every_rights_set():
        scope = Scope(7, rights)
        assert _kind(predicate(scope)) == _expected(rights, visible, everything), rights
        checked += 1
    assert checked > len(RIGHTS) ** 2


def test_boolean_predicates_match_their_sets():
    for rights in _every_rights_set():
        scope = Scope(7, rights)
        assert scope.portfolio_all == bool(rights & Scope.PORTFOLIO_ALL)
        assert scope.commission_amounts == bool(rights & Scope.COMMISSION_AMOUNTS)
