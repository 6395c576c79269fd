"""The transfer screen (Office menu) and the move-contract dialog (portfolio), on a real
demo office, offscreen, in French: preview counts equal to the core's, the transfer and its
undo from the screen, the move of a contract with its confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.ui.pages.move_contract_dialog import MoveContractDialog
from broker_desktop.ui.pages.transfer_page import TransferDialog


def _user_id(session, login_name: str) -> int:
    return next(u.id for u in session.admin.users() if u.login == login_name)


def _holdings(session) -> list[tuple]:
    return sorted(
        [("client", r.id, r.agent_id) for r in session.clients.page(limit=5000)]
        + [("contract", r.id, r.agent_id) for r in session.contracts.page(limit=5000)]
        + [("deadline", r.id, r.owner_id) for r in session.deadlines.page(limit=5000)]
    )


def test_the_director_previews_transfers_and_undoes_a_book_from_the_screen(open_app, office):
    window = open_app(office, "directeur").window
    assert window.transfer_action.isVisible()
    assert window.transfer_action.text() == "Transférer un portefeuille…"
    session = window.context.session
    agent1, agent2 = _user_id(session, "agent1"), _user_id(session, "agent2")
    before = _holdings(session)

    dialog = window.open_transfers()
    assert isinstance(dialog, TransferDialog)
    form = dialog.form
    form.source_combo.setCurrentIndex(form.source_combo.findData(agent1))
    form.target_combo.setCurrentIndex(form.target_combo.findData(agent2))
    assert form.source_combo.findData(agent1) >= 0
    assert form.target_combo.findData(agent1) == -1  # never to himself
    form.refresh_preview()
    expected = session.transfers.preview(agent1, agent2).counts
    assert form.preview.counts == expected and expected.clients > 0
    text = form.counts.text()
    for label, value in (("Clients", expected.clients), ("Contrats", expected.contracts)):
        assert f"{label}</td><td align='right'>&nbsp;&nbsp;<b>{value:,}".replace(",", "'") in text
    assert form.run_button.isEnabled()

    # a selection: one ticked client
    form.chosen_radio.setChecked(True)
    form.refresh_preview()
    assert not form.run_button.isEnabled()  # nothing ticked yet
    assert form.message.text() == "Cochez au moins un client, ou choisissez-les tous."
    first = form.client_list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    form.refresh_preview()
    assert form.preview.counts.clients == 1
    chosen = first.data(Qt.ItemDataRole.UserRole)
    assert form.preview.counts == session.transfers.preview(agent1, agent2, [chosen]).counts

    # the whole book, confirmed
    form.whole_radio.setChecked(True)
    form.refresh_preview()
    window.context.dialogs.queue_answer(True)
    form.confirm_and_run()
    assert form.result.isVisible() and "Transfert n°" in form.result.text()
    assert session.clients.count(ClientQuery(agent_id=agent1)) == 0
    assert session.clients.count(ClientQuery(agent_id=agent2)) >= expected.clients
    history = dialog.history
    assert history.table.rowCount() == 1
    assert history.table.item(0, 9).text() == "Effectué"
    history.table.selectRow(0)
    assert history.undo_button.isEnabled()
    window.context.dialogs.queue_answer(True)
    history.undo()
    assert history.table.item(0, 9).text().startswith("Annulé le ")
    assert not history.undo_button.isEnabled()
    assert _holdings(session) == before
    dialog.close()


def test_a_transfer_refused_after_a_change_elsewhere_says_why(open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    agent1, agent3 = _user_id(session, "agent1"), _user_id(session, "agent3")
    dialog = window.open_transfers()
    form = dialog.form
    form.source_combo.setCurrentIndex(form.source_combo.findData(agent1))
    form.chosen_radio.setChecked(True)
    first = form.client_list.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    form.refresh_preview()
    assert form.run_button.isEnabled()
    # meanwhile, on another workstation, that client is given to agent3
    client = session.clients.get(first.data(Qt.ItemDataRole.UserRole))
    data = client.as_input()
    session.clients.update(
        client.id, type(data)(**{**data.__dict__, "agent_id": agent3}), client.version
    )
    window.context.dialogs.queue_answer(True)
    form.confirm_and_run()
    assert form.message.isVisible()
    assert "ne sont pas (ou plus) dans le portefeuille" in form.message.text()
    listed = [
        form.client_list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(form.client_list.count())
    ]
    assert client.id not in listed  # the list was read again
    assert session.transfers.history() == []
    dialog.close()


def test_an_undo_blocked_by_an_edit_lists_what_changed(open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    agent1, agent2 = _user_id(session, "agent1"), _user_id(session, "agent2")
    transfer = session.transfers.run(agent1, agent2)
    client = session.clients.get(session.clients.page(ClientQuery(agent_id=agent2))[0].id)
    session.clients.update(client.id, client.as_input(), client.version)
    dialog = window.open_transfers()
    dialog.history.table.selectRow(0)
    assert dialog.history.items[0].id == transfer.id
    window.context.dialogs.queue_answer(None)
    dialog.history.undo()
    kind, _title, text = window.context.dialogs.asked[-1]
    assert kind == "warning"
    assert "ne peut pas être annulé" in text and client.display_name in text
    assert session.transfers.get(transfer.id).status == "done"
    dialog.close()


def test_the_transfer_action_is_hidden_without_the_right(open_app, office):
    window = open_app(office, "secretaire1").window
    assert not window.transfer_action.isVisible()


def test_a_contract_moves_to_another_client_from_the_portfolio(open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    window.show_page("portfolio")
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    assert not page.move_contract_button.isEnabled()  # no contract selected yet
    page.contracts_view.selectRow(0)
    assert page.move_contract_button.isEnabled()
    assert page.move_contract_button.text() == "Changer de client…"
    row = page.contracts.row_at(0)
    contract = session.contracts.get(row.id)
    other = next(
        c for c in session.clients.page(ClientQuery(), limit=50) if c.id != contract.client_id
    )
    dialog = MoveContractDialog(window.context, row.id, row.policy_number, row.client, page)
    assert not dialog.ok_button.isEnabled()
    dialog.picker.search_edit.setText(other.name)
    dialog.picker.search_now()
    assert dialog.picker.results.count() >= 1
    dialog.picker.set_client(other.id, other.name)
    deadlines = session.deadlines.count(DeadlineQuery(contract_id=row.id))
    summary = dialog.summary.text()
    assert f"passe de « {row.client} » à « {other.name} »" in summary
    assert f"avec {_fr(deadlines, 'échéance')} et " in summary  # French plural forms
    assert dialog.ok_button.isEnabled()
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.contracts.get(row.id).client_id == other.id
    assert session.contracts.count(ContractQuery(client_id=other.id)) >= 1


def test_an_agent_cannot_move_contracts_without_the_edit_right(open_app, office):
    window = open_app(office, "agent1").window
    window.show_page("portfolio")
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    page.contracts_view.selectRow(0)
    assert not page.move_contract_button.isEnabled()
    assert "Créer et modifier" in page.move_contract_button.toolTip()


def test_moves_and_transfers_read_as_sentences_in_the_audit_log(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    agent1, agent2 = _user_id(session, "agent1"), _user_id(session, "agent2")
    names = {u.id: u.display_name for u in session.admin.users()}
    contract = session.contracts.page(ContractQuery(agent_id=agent1), limit=1)[0]
    other = next(
        c for c in session.clients.page(ClientQuery(agent_id=agent1)) if c.id != contract.client_id
    )
    version = session.contracts.get(contract.id).version
    session.contracts.move_to_client(contract.id, other.id, version)
    transfer = session.transfers.run(agent1, agent2)
    session.transfers.undo(transfer.id)
    page = window.pages["audit"]
    window.show_page("audit")
    page.action_combo.setCurrentIndex(page.action_combo.findText("Transferts de portefeuilles"))
    column = page.model.column_of("detail")

    def texts() -> list[str]:
        return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]

    c = transfer.counts
    qtbot.waitUntil(lambda: len(texts()) == 2, timeout=5000)
    assert texts() == [
        f"Claire Morel a annulé le transfert n° {transfer.id} : tout est revenu de "
        f"{names[agent2]} à {names[agent1]}.",
        f"Claire Morel a transféré le portefeuille de {names[agent1]} à {names[agent2]} : "
        f"{_fr(c.clients, 'client')}, {_fr(c.contracts, 'contrat')}, "
        f"{_fr(c.deadlines, 'échéance')} et {_fr(c.shares, 'ligne')} de parts de commission.",
    ]
    page.action_combo.setCurrentIndex(page.action_combo.findText("Contrats"))
    qtbot.waitUntil(
        lambda: (
            f"Claire Morel a rattaché le contrat {contract.policy_number} à {other.name} "
            f"(il était chez {contract.client})." in texts()
        ),
        timeout=5000,
    )


def test_the_transfer_screen_reads_and_writes_off_the_gui_thread(qtbot, office, tmp_path):
    import threading

    from PySide6.QtCore import QSettings
    from ui_harness import FAST

    from broker_desktop.demo import DEMO_PASSWORD
    from broker_desktop.ui.dialogs import Dialogs
    from broker_desktop.ui.guard import Guard
    from broker_desktop.ui.opener import Opener
    from broker_desktop.ui.page_context import PageContext
    from broker_desktop.ui.settings import Settings
    from broker_desktop.ui.tasks import TaskRunner

    session = Opener(security=FAST).open(office, "directeur", DEMO_PASSWORD)
    gui = threading.get_ident()
    on_gui: list[str] = []
    database = session.database
    transaction = database._transaction

    def spy(begin):
        if threading.get_ident() == gui:
            on_gui.append(begin)
        return transaction(begin)

    database._transaction = spy
    runner = TaskRunner()
    dialogs = Dialogs()
    try:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        guard = Guard(session.rights, "fr", initial=session.known_rights())
        context = PageContext(session, runner, dialogs, guard, settings, "fr")
        dialog = TransferDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        form = dialog.form
        qtbot.waitUntil(lambda: form.preview is not None and not runner.busy, timeout=20_000)
        dialogs.queue_answer(True)
        form.confirm_and_run()
        qtbot.waitUntil(lambda: form.result.isVisible() and not runner.busy, timeout=20_000)
        qtbot.waitUntil(lambda: dialog.history.table.rowCount() == 1, timeout=20_000)
        assert on_gui == []
    finally:
        runner.shutdown()
        session.close()


def test_an_agent_allowed_to_edit_is_offered_only_his_own_clients(open_app, office):
    from datetime import date, timedelta

    from broker_desktop.core.clients import ClientInput
    from broker_desktop.core.contracts import ContractInput
    from broker_desktop.core.rights import Right

    director = open_app(office, "directeur").window.context.session
    agent1, agent2 = _user_id(director, "agent1"), _user_id(director, "agent2")
    director.admin.grant_right(agent1, Right.PORTFOLIO_EDIT)
    # a colleague's client agent1 sees through the one contract he manages for it
    theirs = director.clients.create(
        ClientInput(kind="person", last_name="Zwahlen", first_name="Odile", agent_id=agent2)
    )
    expiry = date.today() + timedelta(days=200)
    director.contracts.create(
        ContractInput(
            theirs, 1, 1, "ZW-1", expiry - timedelta(days=365), expiry, 50_000, agent_id=agent1
        )
    )
    window = open_app(office, "agent1").window
    session = window.context.session
    assert [c.id for c in session.clients.page(ClientQuery(search="Zwahlen"))] == [theirs]
    row = session.contracts.page(ContractQuery(agent_id=agent1, policy_number="ZW"))[0]
    mine = session.clients.page(ClientQuery(agent_id=agent1), limit=1)[0]
    dialog = MoveContractDialog(window.context, row.id, row.policy_number, row.client, window)
    dialog.picker.search_edit.setText("Zwahlen")
    dialog.picker.search_now()
    assert dialog.picker.results.count() == 1  # "no client matches"
    assert dialog.picker.results.item(0).data(Qt.ItemDataRole.UserRole) is None
    dialog.picker.search_edit.setText(mine.name)
    dialog.picker.search_now()
    offered = [
        dialog.picker.results.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(dialog.picker.results.count())
    ]
    assert mine.id in offered
    # his own contract into his own client: done
    dialog.picker.set_client(mine.id, mine.name)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.contracts.get(row.id).client_id == mine.id


def _fr(n: int, noun: str) -> str:
    """French counts: singular for 0 and 1, Swiss thousands."""
    return f"{n:,}".replace(",", "'") + f" {noun}" + ("s" if n > 1 else "")
