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


def _two_dialogs(open_app, office, kind):
    first = open_app(office, "directeur").window
    second = open_app(office, "secretaire1").window
    table = contracts if kind == "contract" else clients
    with first.context.session.database.read() as conn:
        record_id = conn.execute(sa.select(sa.func.min(table.c.id))).scalar_one()
    dialogs = []
    for window in (first, second):
        page = window.pages["portfolio"]
        session = window.context.session
        if kind == "contract":
            record = session.contracts.get(record_id)
            dialog = ContractDialog(
                *page._dialog_context(), client_id=record.client_id, contract=record, parent=page
            )
        else:
            record = session.clients.get(record_id)
            dialog = ClientDialog(*page._dialog_context(), client=record, parent=page)
        dialog.show()
        dialogs.append(dialog)
    return first, record_id, dialogs


def test_a_contract_conflict_shows_both_versions_and_merges_field_by_field(qtbot, open_app, office):
    first, contract_id, (mine, theirs) = _two_dialogs(open_app, office, "contract")
    session = first.context.session
    try:
        theirs.premium.setText("999.00")
        theirs.notice.setValue(1)
        theirs.save()
        assert theirs.result() == ContractDialog.DialogCode.Accepted
        mine.premium.setText("1'111.10")
        mine.policy.setText(mine.policy.text() + "-B")
        mine.save()
        qtbot.waitUntil(lambda: mine.conflict_dialog is not None)
        conflict = mine.conflict_dialog
        assert conflict.isVisible() and mine.isVisible()
        # only the fields that differ, their value beside mine
        assert set(conflict.rows) == {"premium_cents", "policy_number", "notice_months"}
        their_premium, my_premium = conflict.rows["premium_cents"]
        assert their_premium.text() == "CHF 999.00" and my_premium.text() == "CHF 1'111.10"
        assert my_premium.isChecked()  # I changed it: mine is proposed
        assert conflict.rows["notice_months"][0].isChecked()  # only they changed it
        assert session.contracts.get(contract_id).premium_cents == 999_00  # nothing saved
        conflict.rows["premium_cents"][0].setChecked(True)  # take their premium after all
        conflict.merge_button.click()
        assert mine.premium.text() == "999.00" and mine.notice.value() == 1
        assert mine.policy.text().endswith("-B")
        mine.save()  # against their version: accepted, and their change survives
        assert mine.result() == ContractDialog.DialogCode.Accepted
        stored = session.contracts.get(contract_id)
        assert (stored.premium_cents, stored.notice_months) == (999_00, 1)
        assert stored.policy_number.endswith("-B")
    finally:
        for dialog in (mine, theirs):
            dialog.close()


def test_a_client_conflict_can_keep_mine_or_take_theirs(qtbot, open_app, office):
    first, client_id, (mine, theirs) = _two_dialogs(open_app, office, "client")
    session = first.context.session
    try:
        theirs.city.setText("Sion")
        theirs.phone.setText("027 123 45 67")
        theirs.save()
        assert theirs.result() == ClientDialog.DialogCode.Accepted
        mine.city.setText("Martigny")
        mine.save()
        qtbot.waitUntil(lambda: mine.conflict_dialog is not None)
        conflict = mine.conflict_dialog
        assert set(conflict.rows) == {"city", "phone"}
        assert conflict.rows["city"][0].text() == "Sion"
        assert conflict.rows["city"][1].text() == "Martigny"
        conflict.keep_button.click()  # all mine: their phone is dropped knowingly
        assert mine.city.text() == "Martigny" and mine.phone.text() != "027 123 45 67"
        assert "Enregistrer" in mine.message.text()
        # someone changes it again: the next save is refused again, never blind
        again = session.clients.get(client_id)
        data = again.as_input()
        session.clients.update(
            client_id, type(data)(**{**data.__dict__, "email": "neu@example.ch"}), again.version
        )
        mine.save()
        qtbot.waitUntil(lambda: mine.conflict_dialog is not None)
        mine.conflict_dialog.discard_button.click()  # take theirs, drop mine
        assert mine.city.text() == "Sion" and mine.email.text() == "neu@example.ch"
        mine.save()
        assert mine.result() == ClientDialog.DialogCode.Accepted
        stored = session.clients.get(client_id)
        assert (stored.city, stored.phone, stored.email) == (
            "Sion",
            "+41 27 123 45 67",  # stored in international format
            "neu@example.ch",
        )
    finally:
        for dialog in (mine, theirs):
            dialog.close()


def row_of(model, record_id):
    return next((r for r in range(model.rowCount()) if model.id_at(r) == record_id), -1)


def test_deleting_a_client_with_contracts_explains_instead_of_asking(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    page = window.pages["portfolio"]
    dialogs = window.context.dialogs
    with session.database.read() as conn:
        with_contracts = conn.execute(sa.select(sa.func.min(contracts.c.client_id))).scalar_one()
    client = session.clients.get(with_contracts)

    def search(text):
        page.search_edit.setText(text)
        qtbot.waitUntil(lambda: page.clients.query.search == text)

    search(client.last_name or client.display_name)
    qtbot.waitUntil(lambda: row_of(page.clients, with_contracts) >= 0)
    page.clients_view.selectRow(row_of(page.clients, with_contracts))
    dialogs.queue_answer(None)
    page.delete_client()
    kind, title, text = dialogs.asked[-1]
    assert kind == "warning" and title == "Client non supprimé"
    assert client.display_name in text and "contrat" in text
    assert not [a for a in dialogs.asked if a[0] == "confirm"]  # never asked in vain
    assert session.clients.get(with_contracts).id == with_contracts

    from broker_desktop.core.clients import ClientInput

    lone = session.clients.create(ClientInput(last_name="Zzyzx", first_name="Léa"))
    search("Zzyzx")
    qtbot.waitUntil(lambda: row_of(page.clients, lone) >= 0)
    page.clients_view.selectRow(row_of(page.clients, lone))
    dialogs.queue_answer(True)
    page.delete_client()
    assert dialogs.asked[-1][0] == "confirm"
    from broker_desktop.core.errors import NotFound

    qtbot.waitUntil(lambda: row_of(page.clients, lone) < 0)
    try:
        session.clients.get(lone)
        raise AssertionError("the client was not deleted")
    except NotFound:
        pass
