"""Look and habits of the lists and forms: Swiss periods in exports, filter dates that
wait for a whole date, actions that follow the selection, column widths, 1024×700,
deactivated users marked, every field error at once."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from broker_desktop.core.commissions import FULL, CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.export import ExportColumn, csv_text, typed_value
from broker_desktop.ui.date_field import SETTLE_MS
from broker_desktop.ui.table_view import FIT_MAX, MAX_WIDTH, MIN_WIDTH
from broker_desktop.ui.widgets import SEARCH_MIN_WIDTH


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


def _width(view, key: str) -> int:
    return view.horizontalHeader().sectionSize(view.paged_model.column_of(key))


def _longest(view, key: str) -> int:
    model, metrics = view.paged_model, view.fontMetrics()
    column = model.column_of(key)
    return max(
        metrics.horizontalAdvance(str(model.data(model.index(row, column)) or ""))
        for row in range(min(model.rowCount(), 100))
    )


def test_columns_fit_their_texts_then_keep_the_users_widths(qtbot, open_app, demo):
    ctrl = open_app(demo.path, "directeur")
    window = ctrl.window
    window.resize(1280, 800)
    assert window.show_page("portfolio")
    page = window.pages["portfolio"]
    view = page.clients_view
    header = view.horizontalHeader()
    assert not header.stretchLastSection()
    for key in ("name", "phone", "city"):  # "Aebischer Laur…", "+41 76 65…" no more
        assert _width(view, key) >= min(_longest(view, key), FIT_MAX - 24)
    last = header.logicalIndex(header.count() - 1)
    assert header.sectionSize(last) <= FIT_MAX  # the last column does not eat the room
    header.resizeSection(page.clients.column_of("phone"), 250)  # the user widens one
    page.search_edit.setText("a")
    page._apply_client_filters()  # a filter reloads the list: his width stays
    assert _width(view, "phone") == 250
    window.close()  # saved as the window closes

    settings = window.context.settings
    saved = settings.table_columns("clients")
    assert saved["widths"]["phone"] == 250 and saved["order"][0] == "name"
    window = open_app(demo.path, "directeur").window  # the next session, same workstation
    assert window.show_page("portfolio")
    view = window.pages["portfolio"].clients_view
    assert _width(view, "phone") == 250
    assert _width(view, "name") == saved["widths"]["name"]
    window.close()

    # a state saved by an older version or damaged: clamped, never one column for all
    settings.set_table_columns(
        "clients",
        {"widths": {"name": 3, "phone": 99_999}, "order": 7, "hidden": "name", "sort": "nope"},
    )
    window = open_app(demo.path, "directeur").window
    assert window.show_page("portfolio")
    view = window.pages["portfolio"].clients_view
    assert _width(view, "name") == MIN_WIDTH and _width(view, "phone") == MAX_WIDTH
    assert _width(view, "city") >= min(_longest(view, "city"), FIT_MAX - 24)  # fitted


def test_the_audit_sentence_takes_the_room_the_others_leave(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    window.resize(1280, 800)
    window.show()
    assert window.show_page("audit")
    view = window.pages["audit"].view
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    scrollbar = view.verticalScrollBar().sizeHint().width()  # room kept for it
    assert total >= view.viewport().width() - scrollbar - 4 > 600
    assert _width(view, "detail") > _width(view, "actor")


def test_every_tab_is_usable_at_1024_by_700(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1024, 700)  # nothing forces it wider
    for name, page in window.pages.items():
        assert window.show_page(name)
        qtbot.wait(10)
        assert page.minimumSizeHint().width() <= page.width(), name
        for widget in page.findChildren(QPushButton) + page.findChildren(QLabel):
            if not widget.isVisibleTo(window) or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            # every button and label shows its whole text
            assert widget.width() >= widget.minimumSizeHint().width(), (name, widget.text())
        for combo in page.findChildren(QComboBox):
            if combo.isVisibleTo(window) and combo.currentText():  # its choice shown whole
                needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20
                assert combo.width() >= needed, (name, combo.currentText())
    portfolio = window.pages["portfolio"]
    assert window.show_page("portfolio")
    assert portfolio.search_edit.width() >= SEARCH_MIN_WIDTH
    for combo in (
        portfolio.agent_combo,
        portfolio.insurer_combo,
        portfolio.line_combo,
        portfolio.status_combo,
    ):  # "Tous les conseillers" whole, not "Tous les conseil"
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 20
    for button in (portfolio.new_client_button, portfolio.export_clients_button):
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())


def test_deactivated_users_are_marked_and_not_offered_anew(qtbot, open_app, office):
    from broker_desktop.core.clients import ClientQuery
    from broker_desktop.ui.pages.client_form import ClientDialog
    from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog
    from broker_desktop.ui.pages.reference_choices import INACTIVE
    from broker_desktop.ui.pages.split_dialog import SplitDialog

    window = open_app(office, "directeur").window
    session = window.context.session
    agent = next(u for u in session.admin.users() if u.login == "agent2")
    session.admin.deactivate_user(agent.id)
    marked = f"{agent.display_name} (désactivé)"

    assert window.show_page("admin")
    admin = window.pages["admin"]
    admin.reload()
    row = next(i for i, u in enumerate(admin.users) if u.id == agent.id)
    item = admin.user_list.item(row)
    assert item.text() == f"{agent.display_name} (agent2) (désactivé)"
    assert item.foreground().color() == INACTIVE
    agents_role = next(i for i, r in enumerate(admin.roles) if agent.id in r.member_ids)
    admin.role_list.setCurrentRow(agents_role)
    members = [admin.role_members.item(i) for i in range(admin.role_members.count())]
    shown = {item.text(): item for item in members}
    role = admin.roles[agents_role]
    assert len(members) == len(role.member_ids) > 1
    gone = shown[marked]  # marked and grey, like the user list and the pickers
    assert gone.foreground().color() == INACTIVE
    assert gone.toolTip() == "Ce compte est désactivé."
    colleague = next(u for u in admin.users if u.id in role.member_ids and u.active)
    assert shown[colleague.display_name].foreground().color() != INACTIVE
    assert shown[colleague.display_name].toolTip() == ""
    session.admin.create_role("Stagiaire")
    admin.reload()
    admin.role_list.setCurrentRow(next(i for i, r in enumerate(admin.roles) if not r.member_ids))
    assert [admin.role_members.item(i).text() for i in range(admin.role_members.count())] == [
        "Personne n'a ce rôle."
    ]

    assert window.show_page("portfolio")
    page = window.pages["portfolio"]
    page.choices.prefetch(window.context.runner, page._fill_choice_combos)
    index = page.agent_combo.findData(agent.id)  # a filter: his clients are still his
    assert page.agent_combo.itemText(index) == marked
    assert page.agent_combo.itemData(index, Qt.ItemDataRole.ForegroundRole) == INACTIVE

    client = session.clients.get(
        session.clients.page(ClientQuery(agent_id=agent.id), limit=1)[0].id
    )
    form = ClientDialog(*page._dialog_context(), client=client, parent=page)
    assert form.agent_combo.currentText() == marked  # his current value: shown, not lost
    assert form.agent_combo.currentData() == agent.id
    form.close()
    new = ClientDialog(*page._dialog_context(), parent=page)
    assert new.agent_combo.findData(agent.id) < 0  # not offered as a new assignee
    new.close()

    deadlines = window.pages["deadlines"]
    follow_up = FollowUpDialog(deadlines.context, deadlines.choices, parent=deadlines)
    assert follow_up.owner.findData(agent.id) < 0 and follow_up.owner.count() > 1
    follow_up.close()
    commissions = window.pages["commissions"]
    commissions.choices.prefetch(window.context.runner, lambda: None)  # as the change path does
    split = SplitDialog(commissions.context, commissions.choices, parent=commissions)
    split._add_share(agent.id, 5000)  # an existing share of his: kept, marked
    beneficiary = split.table.cellWidget(split.table.rowCount() - 1, 0)
    assert beneficiary.currentText() == marked
    first = split.table.cellWidget(0, 0)
    assert first.currentData() == -1 and first.findData(agent.id) < 0
    split.close()

    assert window.show_page("audit")
    audit = window.pages["audit"]  # the log's person filter names him, marked
    assert audit.user_combo.itemText(audit.user_combo.findData(agent.id)) == marked


def test_audit_sentences_name_the_clients_and_contracts(qtbot, open_app, office):
    import dataclasses

    import pytest

    from broker_desktop.core.audit import AuditQuery
    from broker_desktop.core.deadlines import DeadlineInput
    from broker_desktop.core.errors import PermissionDenied

    window = open_app(office, "directeur").window
    session = window.context.session
    contracts = session.contracts.page(ContractQuery(), limit=2)
    first, second = (session.contracts.get(row.id) for row in contracts)
    client = session.clients.get(first.client_id)
    other = session.clients.get(second.client_id)
    session.clients.update(
        client.id, dataclasses.replace(client.as_input(), city="Sion"), client.version
    )
    session.contracts.update(
        first.id,
        dataclasses.replace(first.as_input(), premium_cents=first.premium_cents + 100),
        first.version,
    )
    session.commissions.create(
        CommissionInput(first.id, "2099-12", 12_000, (ShareInput(None, FULL),))
    )
    deadline_id = session.deadlines.create(
        DeadlineInput(dt.date(2099, 1, 5), "Rappeler le client", contract_id=first.id)
    )
    session.deadlines.set_done(deadline_id, True, session.deadlines.get(deadline_id).version)
    session.contracts.delete(second.id, second.version)

    assert window.show_page("audit")
    page = window.pages["audit"]
    page.model.refresh()
    column = page.model.column_of("detail")
    texts = [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]
    contract = f"{first.policy_number} ({client.display_name})"
    for wanted in (
        f"Claire Morel a modifié le client {client.display_name} : ",
        f"Claire Morel a modifié le contrat {contract} : ",
        f"Claire Morel a saisi une commission de CHF 120.00 pour 12.2099 (contrat {contract}).",
        "Claire Morel a marqué l'échéance « Rappeler le client » comme faite.",
        f"Claire Morel a supprimé le contrat {second.policy_number} ({other.display_name}).",
    ):
        assert any(t.startswith(wanted) for t in texts), (wanted, texts[:8])
    assert not any("n° " in t for t in texts[:6])

    # the log, names included, is for audit.view only (all of it); an agent reads none
    agent = open_app(office, "agent1").window
    assert not agent.show_page("audit")
    with pytest.raises(PermissionDenied):
        agent.context.session.audit.page(AuditQuery(), limit=10)


def _shown(dialog, name):
    label = dialog.findChild(QLabel, f"error_{name}")
    return label.text() if label is not None and label.isVisibleTo(dialog) else None


def test_follow_up_editor_shows_every_error_at_once_and_drops_each_when_fixed(
    qtbot, open_app, office
):
    from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog

    window = open_app(office, "secretaire1").window
    page = window.pages["deadlines"]
    dialog = FollowUpDialog(page.context, page.choices, parent=page)
    dialog.show()
    dialog.title_edit.setText("")
    dialog.due.edit.setText("31.02.2027")  # a date that does not exist: the form's own
    dialog.save()
    assert _shown(dialog, "due_date")  # the form's own problem
    assert _shown(dialog, "title") == "Ce champ est obligatoire."  # the core's, at once
    assert dialog.result() == 0
    qtbot.keyClicks(dialog.title_edit, "Rappeler")
    assert _shown(dialog, "title") is None and _shown(dialog, "due_date")
    dialog.due.edit.setText("28.02.2027")
    assert _shown(dialog, "due_date") is None
    dialog.save()
    assert dialog.result() == 1
    dialog.close()


def test_commission_editor_shows_every_error_at_once(qtbot, open_app, office):
    from broker_desktop.ui.pages.split_dialog import SplitDialog

    window = open_app(office, "directeur").window
    page = window.pages["commissions"]
    dialog = SplitDialog(page.context, page.choices, parent=page)
    dialog.show()
    dialog.period.setText("13.2026")
    dialog.amount.setText("douze")
    dialog.save()
    assert _shown(dialog, "amount_cents") == "Ce n'est pas un montant valable."
    assert _shown(dialog, "period") and _shown(dialog, "contract_id")  # the core's too
    dialog.period.setText("12.2026")
    assert _shown(dialog, "period") is None and _shown(dialog, "amount_cents")
    contract = window.context.session.contracts.page(ContractQuery(), limit=1)[0]
    dialog.contract.set_contract(contract.id)
    assert _shown(dialog, "contract_id") is None
    dialog.close()


def test_new_user_dialog_shows_every_error_at_once_with_its_numbers(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    assert window.show_page("admin")
    admin = window.pages["admin"]
    admin.new_user()
    dialog = admin.user_dialog
    dialog.login_edit.setText("directeur")  # taken
    dialog.name_edit.setText("")
    dialog.password_edit.setText("court")
    dialog.repeat_edit.setText("courte")
    dialog.submit()
    assert _shown(dialog, "password_again") == "Les deux mots de passe diffèrent."
    assert _shown(dialog, "login") == "Cet identifiant est déjà utilisé."
    assert _shown(dialog, "display_name") == "Ce champ est obligatoire."
    too_short = _shown(dialog, "password")
    assert too_short and any(c.isdigit() for c in too_short)  # says the minimum
    dialog.login_edit.setText("marc")
    assert _shown(dialog, "login") is None and _shown(dialog, "display_name")
    dialog.password_edit.setText("courte")  # now the same as the repeated one
    assert _shown(dialog, "password_again") is None and _shown(dialog, "password") is None
    dialog.reject()


def test_role_case_picker_keys_and_french_file_dialog(qtbot, open_app, office):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from broker_desktop.ui.pages.split_dialog import SplitDialog

    window = open_app(office, "directeur").window
    assert window.show_page("admin")
    admin = window.pages["admin"]
    admin.tabs.setCurrentIndex(1)
    admin.new_role()
    role = admin.role_dialog
    role.name_edit.setText("agent")  # beside "Agent"
    role.submit()
    assert _shown(role, "name") == "Ce nom est déjà utilisé."
    role.reject()

    page = window.pages["commissions"]
    split = SplitDialog(page.context, page.choices, parent=page)
    split.show()
    contract = window.context.session.contracts.page(ContractQuery(), limit=1)[0]
    qtbot.keyClicks(split.contract.search_edit, contract.policy_number)
    qtbot.keyClick(split.contract.search_edit, Qt.Key.Key_Down)  # to the matches
    qtbot.keyClick(split.contract.results, Qt.Key.Key_Return)  # picks, does not save
    assert split.contract.contract_id() == contract.id
    assert split.result() == 0 and split.isVisible()
    split.close()

    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = [b.text() for b in files.findChild(QDialogButtonBox).buttons()]
    assert "&Ouvrir" in texts or "Ouvrir" in texts, texts
    assert "Annuler" in texts, texts
    files.close()


def test_import_and_statement_entries_read_as_sentences(qapp, open_app, demo):
    import json

    from broker_desktop.ui.audit_sentences import AuditSentences

    open_app(demo.path, "directeur")  # French loaded
    writer = AuditSentences({"user": {3: "Luc Favre"}, "insurer": {2: "AXA Assurances"}})

    def said(action, detail, record=7):
        class Row:
            user_id = 3
            actor = "agent1"
            entity = action.split(".")[0]
            entity_id = record

        row = Row()
        row.action = action
        row.detail = json.dumps(detail)
        return writer.sentence(row)

    assert said(
        "statement.import", {"source": "axa.csv", "insurer_id": 2, "period": "2026-03"}
    ) == ("Luc Favre a importé le décompte « axa.csv » de AXA Assurances pour 03.2026.")
    assert said("commission_rate.set", {"insurer_id": 2, "line_id": None, "rate_bp": 1250}) == (
        "Luc Favre a fixé le taux de commission de AXA Assurances à 12.5 %."
    )
    assert said("import.run", {"source": "clients.xlsx", "mapping": "Ancien logiciel"}) == (
        "Luc Favre a importé le fichier « clients.xlsx » avec la correspondance "
        "« Ancien logiciel » (n° 7)."
    )
    assert said("import_mapping.update", {"name": "AXA"}) == (
        "Luc Favre a enregistré la correspondance d'import « AXA »."
    )
    for action in ("import.undo", "statement_line.flag", "commission_rate.delete"):
        assert "import" not in said(action, {"note": "trop"}).split(" a ")[0]
        assert "." not in said(action, {"note": "trop"}).split(" ")[2]  # no raw code


def test_the_stretched_sentence_follows_the_window_until_sized_by_hand(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    window.resize(1000, 700)
    window.show()
    assert window.show_page("audit")
    view = window.pages["audit"].view
    before = _width(view, "detail")
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: _width(view, "detail") > before + 300, timeout=2000)
    view.horizontalHeader().resizeSection(view.paged_model.column_of("detail"), 500)
    window.resize(1300, 700)
    qtbot.wait(50)
    assert _width(view, "detail") == 500  # his width stays


def test_undo_statement_waits_for_a_statement(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    assert window.show_page("reconciliation")
    page = window.pages["reconciliation"].statements
    page.statement_combo.clear()  # no statement imported yet for this insurer
    assert not page.undo_button.isEnabled()
    page.statement_combo.addItem("03.2026 — axa.csv", 1)
    assert page.undo_button.isEnabled()
