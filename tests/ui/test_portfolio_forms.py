"""Portfolio: the client filters act on the clients list (in SQL, through the scope), the
edit forms show the core's field errors next to the field, and a conflicting save says so
and keeps the input."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import Qt

from broker_desktop.storage.schema import clients, contracts, users
from broker_desktop.ui.pages.client_form import ClientDialog
from broker_desktop.ui.pages.contract_form import ContractDialog


def pick(combo, text_or_data):
    index = combo.findData(text_or_data)
    assert index >= 0, text_or_data
    combo.setCurrentIndex(index)


def all_ids(model):
    return {model.id_at(r) for r in range(model.rowCount())}


def clients_with(session, *where):
    with session.database.read() as conn:
        return set(
            conn.execute(
                sa.select(contracts.c.client_id).where(*where).group_by(contracts.c.client_id)
            ).scalars()
        )


def test_insurer_and_line_filters_keep_clients_having_such_a_contract(open_app, demo):
    window = open_app(demo.path, "directeur").window
    session = window.context.session
    page = window.pages["portfolio"]
    insurer_id, line_id = page.choices.insurers()[0][0], page.choices.lines()[0][0]
    pick(page.insurer_combo, insurer_id)
    expected = clients_with(session, contracts.c.insurer_id == insurer_id)
    assert expected and all_ids(page.clients) == expected
    pick(page.line_combo, line_id)
    both = clients_with(
        session, contracts.c.insurer_id == insurer_id, contracts.c.line_id == line_id
    )
    assert all_ids(page.clients) == both
    # the selected client's list shows his matching contracts
    page.clients_view.selectRow(0)
    assert page.contracts.rowCount() >= 1
    for row in range(page.contracts.rowCount()):
        item = page.contracts.row_at(row)
        assert (item.insurer_id, item.line_id) == (insurer_id, line_id)
    page.insurer_combo.setCurrentIndex(0)
    page.line_combo.setCurrentIndex(0)
    with session.database.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(clients)).scalar()
    assert page.clients.rowCount() == total


def test_an_agent_status_filter_stays_inside_his_portfolio(open_app, demo):
    window = open_app(demo.path, "agent1").window
    session = window.context.session
    page = window.pages["portfolio"]
    with session.database.read() as conn:
        me = conn.execute(sa.select(users.c.id).where(users.c.login == "agent1")).scalar_one()
    pick(page.status_combo, "active")
    page_ids = all_ids(page.clients)
    mine = clients_with(session, contracts.c.agent_id == me, contracts.c.status == "active")
    assert page_ids and page_ids <= mine
    with session.database.read() as conn:
        others = set(
            conn.execute(sa.select(clients.c.id).where(clients.c.agent_id != me)).scalars()
        )
    assert not page_ids & others


def client_dialog(window, **kwargs) -> ClientDialog:
    page = window.pages["portfolio"]
    dialog = ClientDialog(*page._dialog_context(), parent=page, **kwargs)
    dialog.show()
    return dialog


def test_client_form_shows_errors_next_to_the_field(qtbot, open_app, office):
    window = open_app(office, "secretaire1").window
    dialog = client_dialog(window)
    try:
        qtbot.keyClicks(dialog.first_name, "Anne")
        qtbot.keyClicks(dialog.email, "anne-at-example")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Enter saves
        last_error = dialog.findChild(type(dialog.message), "error_last_name")
        email_error = dialog.findChild(type(dialog.message), "error_email")
        assert last_error.isVisibleTo(dialog)
        assert last_error.text() == "Ce champ est obligatoire."
        assert email_error.text() == "Ce n'est pas une adresse e-mail valable."
        assert not dialog.findChild(type(dialog.message), "error_first_name").isVisibleTo(dialog)
        assert dialog.isVisible() and dialog.result() == 0
        assert dialog.first_name.text() == "Anne"  # nothing typed is lost
        # corrected, it saves and the errors go away
        qtbot.keyClicks(dialog.last_name, "Rochat")
        dialog.email.setText("anne@example.ch")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
        assert dialog.result() == ClientDialog.DialogCode.Accepted
    finally:
        dialog.close()


def test_contract_form_shows_errors_next_to_the_field(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    client_id = page.clients_view.selected_id()
    dialog = ContractDialog(*page._dialog_context(), client_id=client_id, parent=page)
    dialog.show()
    try:
        dialog.expiry.set_value(dialog.start.value() - dt.timedelta(days=1))
        qtbot.keyClicks(dialog.premium, "12.345")
        dialog.save()
        premium_error = dialog.findChild(type(dialog.message), "error_premium_cents")
        assert premium_error.text() == "Ce n'est pas un montant valable."
        dialog.premium.setText("1'250.50")
        dialog.save()
        assert premium_error.isHidden()
        policy_error = dialog.findChild(type(dialog.message), "error_policy_number")
        expiry_error = dialog.findChild(type(dialog.message), "error_expiry_date")
        assert policy_error.text() == "Ce champ est obligatoire."
        assert expiry_error.text() == "L'échéance doit suivre la date de début."
        assert dialog.result() == 0
    finally:
        dialog.close()


def test_conflicting_contract_save_says_so_and_keeps_the_input(qtbot, open_app, office):
    first = open_app(office, "directeur").window
    second = open_app(office, "secretaire1").window
    with first.context.session.database.read() as conn:
        contract_id = conn.execute(sa.select(sa.func.min(contracts.c.id))).scalar_one()
    dialogs = []
    for window in (first, second):
        page = window.pages["portfolio"]
        contract = window.context.session.contracts.get(contract_id)
        dialog = ContractDialog(
            *page._dialog_context(), client_id=contract.client_id, contract=contract, parent=page
        )
        dialog.show()
        dialogs.append(dialog)
    mine, theirs = dialogs
    try:
        theirs.premium.setText("999.00")
        theirs.save()
        assert theirs.result() == ContractDialog.DialogCode.Accepted
        mine.premium.setText("1'111.10")
        mine.cancel_reason.setText("")
        mine.policy.setText(mine.policy.text() + "-B")
        mine.save()
        assert mine.isVisible() and mine.result() == 0
        assert mine.message.isVisibleTo(mine)
        assert mine.message.text().startswith(
            "Quelqu'un d'autre a modifié cette fiche depuis que vous l'avez ouverte."
        )
        assert mine.premium.text() == "1'111.10"  # the input is still there
        assert mine.policy.text().endswith("-B")
        stored = first.context.session.contracts.get(contract_id)
        assert stored.premium_cents == 999_00  # theirs is kept until mine is saved again
        mine.save()  # a second save replaces theirs, knowingly
        assert mine.result() == ContractDialog.DialogCode.Accepted
        assert first.context.session.contracts.get(contract_id).premium_cents == 1111_10
    finally:
        for dialog in dialogs:
            dialog.close()
