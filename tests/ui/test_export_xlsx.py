"""Exports people open: an Excel workbook read back with openpyxl — headers in the UI
language, the columns the user sees in his order, dates as dates (Swiss format), CHF
amounts as numbers with a CHF format, labels not codes, no formula; Cancel leaves no file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
import sqlalchemy as sa

from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.export import CHF_FORMAT, ExportCancelled, ExportColumn
from broker_desktop.storage.schema import clients


def run_export(button, target):
    dialogs = button.context.dialogs
    dialogs.queue_answer(None)  # the "export done" message
    button.export_to(target)
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("information", "Exportation terminée"), text
    return openpyxl.load_workbook(target)


def test_contracts_workbook_has_what_the_user_sees(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    view = page.contracts_view
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(page.contracts.column_of("status")), 0)
    header.hideSection(page.contracts.column_of("agent"))
    book = run_export(page.export_contracts_button, tmp_path / "contrats.xlsx")
    sheet = book.active
    titles = [c.value for c in sheet[1]]
    assert titles[:3] == ["Statut", "Police", "Client"]  # his order, his language
    assert "Agent" not in titles  # hidden: not exported
    assert "Échéance" in titles and "Prime annuelle" in titles
    assert all(c.font.bold for c in sheet[1])
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == page.contracts.rowCount() > 0
    first = {title: cell for title, cell in zip(titles, rows[0], strict=True)}
    status = first["Statut"].value
    assert status in ("Offre", "En vigueur", "Résilié", "Échu")  # a label, not "active"
    renewal = first["Échéance"]
    assert isinstance(renewal.value, dt.datetime) and renewal.number_format == "DD.MM.YYYY"
    premium = first["Prime annuelle"]
    assert isinstance(premium.value, (int, float)) and premium.number_format == CHF_FORMAT
    contract = page.contracts.row_at(0)
    assert Decimal(str(premium.value)) == Decimal(contract.premium_cents) / 100
    assert renewal.value.date() == contract.expiry_date
    assert sheet.freeze_panes == "A2"


def test_a_text_that_looks_like_a_formula_stays_text(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    session = window.context.session
    with session.database.write() as conn:
        conn.execute(sa.update(clients).where(clients.c.id == 1).values(city="=HYPERLINK(1)"))
    page = window.pages["portfolio"]
    book = run_export(page.export_clients_button, tmp_path / "clients.xlsx")
    cities = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
    values = [v for row in book.active.iter_rows(values_only=True) for v in row]
    assert "'=HYPERLINK(1)" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert cities
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_csv_has_swiss_dates_and_plain_numbers(qtbot, open_app, office, tmp_path):
    import csv

    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    dialogs = window.context.dialogs
    dialogs.queue_answer(None)
    page.export_contracts_button.export_to(tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    titles = rows[0]
    renewal = rows[1][titles.index("Échéance")]
    premium = rows[1][titles.index("Prime annuelle")]
    assert dt.datetime.strptime(renewal, "%d.%m.%Y")
    assert Decimal(premium) >= 0 and "'" not in premium


def test_cancel_leaves_no_file(office, tmp_path):
    from ui_harness import FAST

    from broker_desktop.core.office import open_session
    from broker_desktop.demo import DEMO_PASSWORD

    session = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    try:
        seen = []

        def progress(done: int, total: int) -> bool:
            seen.append((done, total))
            return False

        target = tmp_path / "all.xlsx"
        columns = [ExportColumn("policy_number", "Police")]
        with pytest.raises(ExportCancelled):
            session.exports.write("contracts", ContractQuery(), target, columns, "xlsx", progress)
        assert seen and seen[0][1] == session.contracts.count(ContractQuery())
        assert not target.exists() and not list(tmp_path.glob("*.partial"))
    finally:
        session.close()
