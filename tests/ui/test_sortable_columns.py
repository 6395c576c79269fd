"""The sorts a list's header offers are exactly those the query-plan test checks
(benchmarks/catalogue.py): a new sortable column needs its index first."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from catalogue import SORTS  # noqa: E402


def _sortable(model) -> tuple[str, ...]:
    return tuple(key for column, key in enumerate(model.column_keys()) if model.is_sortable(column))


def test_every_sortable_column_is_one_the_plans_are_checked_for(open_app, demo):
    window = open_app(demo.path, "directeur").window
    pages = window.pages
    models = {
        "clients": pages["portfolio"].clients,
        "client_contracts": pages["portfolio"].contracts,
        "commissions": pages["commissions"].model,
        "deadlines": pages["deadlines"].model,
        "audit": pages["audit"].model,
    }
    for name, model in models.items():
        assert set(_sortable(model)) == set(SORTS[name]), name


def test_a_click_on_a_column_that_cannot_sort_keeps_the_order(open_app, demo, qtbot):
    page = open_app(demo.path, "directeur").window.pages["portfolio"]
    view, model = page.clients_view, page.clients
    phone = model.column_of("phone")
    assert phone >= 0 and not model.is_sortable(phone)
    view.horizontalHeader().setSortIndicator(phone, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and not model.query.descending
    assert view.horizontalHeader().sortIndicatorSection() == model.column_of("name")
    city = model.column_of("city")
    view.horizontalHeader().setSortIndicator(city, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "city" and model.query.descending
