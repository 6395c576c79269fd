"""Look and habits of the lists and forms: Swiss periods in exports, filter dates that
wait for a whole date, actions that follow the selection, column widths, 1024×700,
deactivated users marked, every field error at once."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt

from broker_desktop.core.commissions import FULL, CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.export import ExportColumn, csv_text, typed_value
from broker_desktop.ui.date_field import SETTLE_MS


def test_periods_are_swiss_in_the_commission_export(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    session = window.context.session
    contract = session.contracts.page(ContractQuery(), limit=1)[0]
    session.commissions.create(
        CommissionInput(contract.id, "2099-12", 12_000, (ShareInput(None, FULL),))
    )
    assert window.show_page("commissions")
    page = window.pages["commissions"]
    dialogs = window.context.dialogs
    dialogs.queue_answer(None)  # the "export done" message
    page.export_button.export_to(tmp_path / "commissions.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "commissions.xlsx").active
    titles = [c.value for c in sheet[1]]
    column = titles.index("Période")
    periods = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert len(periods) == page.model.rowCount() > 0
    assert page.model.row_at(0).period == "2099-12"  # stored ISO, newest first
    assert periods[0].value == "12.2099" and periods[0].data_type == "s"
    for cell in periods:
        assert "-" not in cell.value
    shown = page.model.data(page.model.index(0, page.model.column_of("period")))
    assert shown == "12.2099"
    period = ExportColumn("period", "Période", "period")
    assert csv_text(period, "2026-03") == "03.2026" and typed_value(period, "2026") == "2026"


def test_filter_dates_wait_for_a_whole_date(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    for name in ("deadlines", "audit"):
        assert window.show_page(name)
        page = window.pages[name]
        queries: list = []
        page.model.modelReset.connect(
            lambda page=page, queries=queries: queries.append(page.model.query)
        )
        field = page.from_edit
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, "1.1.2026")  # "1.1.20" on the way is a date too
        assert queries == []  # nothing while typing
        qtbot.waitUntil(lambda queries=queries: len(queries) == 1, timeout=2000)
        wanted = dt.date(2026, 1, 1)
        first = queries[0]
        assert (first.due_from if name == "deadlines" else first.at_from) in (
            wanted,
            wanted.isoformat(),
        )
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, "31.02.2026")  # impossible: no query
        qtbot.wait(2 * SETTLE_MS)
        assert len(queries) == 1
        qtbot.keyClicks(field.edit, "\b\b\b\b\b\b\b\b\b\b")  # emptied
        qtbot.wait(2 * SETTLE_MS)
        if field.optional:  # the audit log's dates may be empty: everything since ever
            assert len(queries) == 2 and queries[-1].at_from is None
        else:
            assert len(queries) == 1
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, "2.1.2026")
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # Enter does not wait
        assert len(queries) == (3 if field.optional else 2)


def test_actions_on_the_selected_row_follow_the_selection(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    assert window.show_page("portfolio")
    page = window.pages["portfolio"]
    client_actions = (page.edit_client_button, page.delete_client_button, page.new_contract_button)
    contract_actions = (page.edit_contract_button, page.delete_contract_button)
    page.clients_view.clearSelection()
    assert page.new_client_button.isEnabled()
    assert not any(b.isEnabled() for b in client_actions + contract_actions)
    page.clients_view.selectRow(0)
    assert all(b.isEnabled() for b in client_actions)
    assert page.contracts.rowCount() > 0
    assert not any(b.isEnabled() for b in contract_actions)  # no contract chosen yet
    page.contracts_view.selectRow(0)
    assert all(b.isEnabled() for b in contract_actions)
    page.contracts_view.clearSelection()
    assert not any(b.isEnabled() for b in contract_actions)
    page.contracts_view.selectRow(0)
    page.clients.refresh()  # a reload drops the selection: the actions follow
    assert not any(b.isEnabled() for b in client_actions + contract_actions)

    assert window.show_page("commissions")
    commissions = window.pages["commissions"]
    commissions.view.clearSelection()
    assert commissions.new_button.isEnabled()
    assert not commissions.split_button.isEnabled()
    assert not commissions.contract_button.isEnabled()
    commissions.view.selectRow(0)
    assert commissions.split_button.isEnabled() and commissions.contract_button.isEnabled()

    assert window.show_page("admin")
    admin = window.pages["admin"]
    admin.role_list.setCurrentRow(-1)
    assert admin.new_role_button.isEnabled()
    assert not admin.rename_role_button.isEnabled() and not admin.delete_role_button.isEnabled()
    admin.role_list.setCurrentRow(0)
    assert admin.rename_role_button.isEnabled()
    admin.user_list.setCurrentRow(-1)
    assert not any(
        b.isEnabled()
        for b in (admin.deactivate_button, admin.reactivate_button, admin.reset_button)
    )
    admin.user_list.setCurrentRow(0)
    assert admin.deactivate_button.isEnabled() != admin.reactivate_button.isEnabled()

    window.context.guard.refresh()  # the rights read again: still no action without a row
    admin.role_list.setCurrentRow(-1)
    window.context.guard.refresh()
    assert not admin.rename_role_button.isEnabled()


def test_an_agent_without_the_right_sees_them_disabled_even_with_a_row(qtbot, open_app, demo):
    window = open_app(demo.path, "agent1").window
    page = window.pages["portfolio"]
    assert window.show_page("portfolio")
    page.clients_view.selectRow(0)
    page.contracts_view.selectRow(0)
    assert page.edit_client_button.isEnabled()  # he may open it (read-only)
    assert not page.delete_client_button.isEnabled()
    assert not page.delete_contract_button.isEnabled()
