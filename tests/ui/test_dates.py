"""Dates typed as people type them, in every date field: dd.MM.yyyy, d.M.yy, ddMMyyyy;
a preview of what was understood; an impossible date is an inline error, never a silent
change; Tab leaves the field; empty where optional; the calendar opens at the field's date."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from broker_desktop.storage.schema import clients, contracts
from broker_desktop.ui.date_field import DateField, NotADate, parse_date
from broker_desktop.ui.pages.client_form import ClientDialog
from broker_desktop.ui.pages.contract_form import ContractDialog
from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15.03.2026", dt.date(2026, 3, 15)),
        ("5.3.2026", dt.date(2026, 3, 5)),
        ("5.3.26", dt.date(2026, 3, 5)),
        ("15032026", dt.date(2026, 3, 15)),
        ("150326", dt.date(2026, 3, 15)),
        ("15/03/2026", dt.date(2026, 3, 15)),
        ("2026-03-15", dt.date(2026, 3, 15)),
        (" 01.01.2020 ", dt.date(2020, 1, 1)),
        ("", None),
    ],
)
def test_the_ways_people_type_a_date(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "impossible"),
    [("31.02.2026", True), ("32.1.2026", True), ("1.13.26", True), ("01.01.3000", True)]
    + [("abc", False), ("1.1", False), ("1122099Rue du Test", False)],
)
def test_what_is_not_a_date_is_refused_not_changed(text, impossible):
    with pytest.raises(NotADate) as refused:
        parse_date(text, TODAY)
    assert refused.value.impossible is impossible


def test_two_digit_years_of_a_birth_date_are_in_the_past():
    assert parse_date("15.3.45", TODAY, past_only=True) == dt.date(1945, 3, 15)
    assert parse_date("15.3.45", TODAY) == dt.date(2045, 3, 15)
    assert parse_date("1.1.26", TODAY, past_only=True) == dt.date(2026, 1, 1)


def type_into(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.settle_now()  # a list filter waits for a pause in the typing (test_look.py)


def test_the_field_previews_and_says_what_is_wrong(qtbot, open_app, demo):
    open_app(demo.path, "directeur")  # French loaded
    field = DateField(optional=True)
    qtbot.addWidget(field)
    type_into(qtbot, field, "15032026")
    assert field.value() == dt.date(2026, 3, 15)
    assert field.preview.text() == "→ dimanche 15 mars 2026"
    type_into(qtbot, field, "31.02.2026")
    assert field.preview.text() == "Cette date n'existe pas : vérifiez le jour et le mois."
    assert field.problem().code == "impossible_date"
    type_into(qtbot, field, "")
    assert field.problem() is None and field.value() is None  # optional: empty is fine
    field.set_value(dt.date(1980, 6, 1))
    field._calendar_opens()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (1980, 6)
    field.set_value(None)
    field._calendar_opens()
    today = dt.date.today()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)


def focused(window) -> object:
    return QApplication.focusWidget()


def test_client_birth_date_typed_then_tab_goes_on(qtbot, open_app, office):
    window = open_app(office, "secretaire1").window
    page = window.pages["portfolio"]
    dialog = ClientDialog(*page._dialog_context(), parent=page)
    dialog.show()
    dialog.activateWindow()
    try:
        dialog.last_name.setText("Vuilleumier-Datte")
        dialog.first_name.setText("Anne")
        dialog.birth_date.edit.setFocus()
        qtbot.keyClicks(dialog.birth_date.edit, "1122099")
        qtbot.keyClick(dialog.birth_date.edit, Qt.Key.Key_Tab)
        assert dialog.birth_date.text() == "1122099"  # nothing piles into it
        dialog.save()
        error = dialog.findChild(type(dialog.message), "error_birth_date")
        assert error.text() == (
            "Ce n'est pas une date : tapez par exemple 31.12.2026, 31.12.26 ou 31122026."
        )
        assert dialog.result() == 0
        type_into(qtbot, dialog.birth_date, "15.3.45")
        assert error.isHidden()  # cleared as it is fixed
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        dialog.close()
    session = window.context.session
    with session.database.read() as conn:
        born = conn.execute(
            sa.select(clients.c.birth_date).where(clients.c.last_name == "Vuilleumier-Datte")
        ).scalar_one()
    assert born == dt.date(1945, 3, 15)


def test_contract_dates_are_kept_exactly_as_typed(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    dialog = ContractDialog(
        *page._dialog_context(), client_id=page.clients_view.selected_id(), parent=page
    )
    dialog.show()
    try:
        dialog.policy.setText("D-2026-15")
        type_into(qtbot, dialog.start, "15.03.2026")
        type_into(qtbot, dialog.expiry, "01.01.2020")
        dialog.save()  # before the start: the core says so, nothing is changed
        assert dialog.expiry.text() == "01.01.2020"
        assert dialog.result() == 0
        type_into(qtbot, dialog.expiry, "150327")
        assert dialog.cancel_by.text()  # the cancel-by date follows the typed renewal
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
    finally:
        dialog.close()
    with window.context.session.database.read() as conn:
        saved = conn.execute(
            sa.select(contracts.c.start_date, contracts.c.expiry_date).where(
                contracts.c.policy_number == "D-2026-15"
            )
        ).one()
    assert tuple(saved) == (dt.date(2026, 3, 15), dt.date(2027, 3, 15))


def test_a_required_date_left_empty_is_said_inline(qtbot, open_app, office):
    window = open_app(office, "secretaire1").window
    page = window.pages["deadlines"]
    dialog = FollowUpDialog(page.context, page.choices, parent=page)
    dialog.show()
    dialog.title_edit.setText("Rappel")
    type_into(qtbot, dialog.due, "")
    dialog.save()
    assert dialog.findChild(type(dialog.message), "error_due_date").text() == (
        "Ce champ est obligatoire."
    )
    assert dialog.result() == 0
    dialog.close()


def test_filter_dates_are_typed_too(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    deadlines = window.pages["deadlines"]
    type_into(qtbot, deadlines.from_edit, "1.1.27")
    type_into(qtbot, deadlines.to_edit, "31012027")
    query = deadlines.model.query
    assert (query.due_from, query.due_to) == (dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert deadlines.preset_combo.currentData() == "dates"
    type_into(qtbot, deadlines.to_edit, "31.02.2027")  # impossible: the list keeps its dates
    assert deadlines.model.query.due_to == dt.date(2027, 1, 31)
    assert deadlines.to_edit.preview.isVisible() or deadlines.to_edit.preview.text()
    audit = window.pages["audit"]
    type_into(qtbot, audit.from_edit, "01.11.2026")
    type_into(qtbot, audit.to_edit, "")
    query = audit._query()
    assert query.at_from == "2026-11-01" and query.at_to is None
