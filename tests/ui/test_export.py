"""Export… on the lists: the rows of the filter currently applied, hidden without the right."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from ui_harness import FAST

from broker_desktop.core.office import open_session
from broker_desktop.core.rights import Right
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.ui.export_button import ExportButton


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def export(qtbot, button, target, added_suffix="") -> tuple[list[list[str]], str]:
    dialogs = button.context.dialogs
    dialogs.queue_answer(str(target))
    dialogs.queue_answer(None)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("information", "Exportation terminée"), text
    return read_csv(f"{target}{added_suffix}"), text


def test_clients_export_writes_the_rows_of_the_current_filter(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    everyone = page.clients.rowCount()
    for index in range(1, page.agent_combo.count()):  # the first agent who has clients
        page.agent_combo.setCurrentIndex(index)
        shown = page.clients.rowCount()
        if shown:
            break
    assert 0 < shown < everyone
    names = {page.clients.row_at(i).name for i in range(shown)}
    assert page.export_clients_button.isVisible()

    rows, text = export(qtbot, page.export_clients_button, tmp_path / "clients.csv")
    assert rows[0][:4] == ["Nom", "Type", "Rue", "NPA"]
    assert {r[0] for r in rows[1:]} == names and len(rows) - 1 == shown
    assert text.startswith(f"{shown} lignes ont été écrites dans :")
    assert str(tmp_path / "clients.csv") in text
    assert any(r[2] for r in rows[1:])  # the street is there


def test_contracts_export_follows_the_selected_client(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    contracts = page.contracts.rowCount()
    assert contracts > 0 and page.export_contracts_button.isEnabled()
    rows, _text = export(qtbot, page.export_contracts_button, tmp_path / "contracts.csv")
    policies = {page.contracts.row_at(i).policy_number for i in range(contracts)}
    assert {r[0] for r in rows[1:]} == policies


def test_commissions_and_deadlines_export_their_lists(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    window.show_page("deadlines")
    deadlines = window.pages["deadlines"]
    rows, _ = export(qtbot, deadlines.export_button, tmp_path / "d.csv")
    assert len(rows) - 1 == deadlines.model.rowCount()

    window.show_page("commissions")
    commissions = window.pages["commissions"]
    commissions.period_from.setText("2026-01")
    commissions.period_to.setText("2026-03")
    commissions.apply_filters()
    rows, _ = export(qtbot, commissions.export_button, tmp_path / "c.csv")
    periods = {r[rows[0].index("Période")] for r in rows[1:]}
    assert len(rows) - 1 == commissions.model.rowCount() and periods <= {
        "2026-01",
        "2026-02",
        "2026-03",
    }


@pytest.mark.parametrize("page_name", ["portfolio", "commissions", "deadlines"])
def test_an_agent_without_the_right_sees_no_export(open_app, office, page_name):
    window = open_app(office, "agent1").window
    window.show_page(page_name)
    page = window.pages[page_name]
    buttons = page.findChildren(ExportButton)
    assert buttons and not any(b.isVisible() for b in buttons)


def test_an_agent_given_the_right_exports_his_own_clients_only(qtbot, open_app, office, tmp_path):
    director = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    try:
        agent = next(u for u in director.admin.users() if u.login == "agent1")
        director.admin.grant_right(agent.id, Right.EXPORT)
        everyone = len(director.clients.page(limit=10_000))
    finally:
        director.close()
    window = open_app(office, "agent1").window
    page = window.pages["portfolio"]
    assert page.export_clients_button.isVisible()
    rows, _ = export(qtbot, page.export_clients_button, tmp_path / "mine.csv")
    assert 0 < len(rows) - 1 == page.clients.rowCount() < everyone
