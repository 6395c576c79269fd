"""The import wizard, the merge screen and the reconciliation screen, on a real office
with real widgets (offscreen) and real files."""

from __future__ import annotations

from datetime import date

from tests.importing.extranet_files import axa_csv, write_csv

from broker_desktop.core.clients import ClientInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.importing.mapping import Mapping


def import_page(window):
    window.show_page("import")
    page = window.pages["import"]
    page.wizard.load_saved_names()
    return page


def test_import_wizard_file_mapping_preview_run_undo(qtbot, open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    page = import_page(window)
    wizard = page.wizard
    dialogs = window.context.dialogs
    dialogs.queue_answer(str(axa_csv(tmp_path)))
    wizard.choose_file()
    assert "cp1252" in wizard.detected_label.text()
    assert "« ; »" in wizard.detected_label.text() or "“;”" in wizard.detected_label.text()
    # the user can override what was detected
    wizard.delimiter_combo.setCurrentIndex(wizard.delimiter_combo.findData(","))
    wizard.open_path(wizard.path, True)
    assert "« , »" in wizard.detected_label.text()
    assert len(wizard.editor.headers) < 5
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("utf-8"))
    wizard.delimiter_combo.setCurrentIndex(0)
    wizard.open_path(wizard.path, True)
    assert "ne peut pas être lu" in wizard.message.text()
    wizard.encoding_combo.setCurrentIndex(0)
    wizard.open_path(wizard.path, True)
    assert len(wizard.editor.headers) == 21
    wizard.next()  # to the mapping: columns were proposed from the headings
    assert wizard.steps.currentIndex() == wizard.MAPPING
    editor = wizard.editor
    assert editor.combos["policy_number"].currentData() == "No police"
    assert editor.combos["expiry_date"].currentData() == "Échéance"
    editor.name_edit.setText("Export AXA extranet")
    editor.add_value("insurer", "AXA Winterthur", "AXA Assurances")
    wizard.save_mapping()
    assert "Export AXA extranet" in wizard.message.text()
    assert wizard.saved_combo.findData("Export AXA extranet") > 0

    wizard.next()  # preview
    assert wizard.steps.currentIndex() == wizard.PREVIEW
    assert wizard.count_values["rows"].text() == "10"
    assert wizard.count_values["rejected"].text() == "3"
    assert wizard.count_values["contracts_created"].text() == "7"
    assert wizard.rejected_table.rowCount() == 3
    assert "Date de naissance" in wizard.rejected_table.item(0, 1).text()

    wizard.next()  # run
    assert wizard.steps.currentIndex() == wizard.RESULT
    assert wizard.progress.value() == 1000
    assert "7 contrats ; mis à jour : " in wizard.result_label.text()
    assert "rejetées : 3 lignes." in wizard.result_label.text()
    dialogs.queue_answer(True)
    wizard.undo()
    assert "annulé" in wizard.result_label.text()

    page.tabs.setCurrentWidget(page.history)
    assert page.history.table.rowCount() == 1
    assert page.history.table.item(0, 4).text() == "annulé"


def test_saved_mapping_is_reused_and_duplicates_are_listed(qtbot, open_app, office, tmp_path):
    ctrl = open_app(office, "directeur")
    window, session = ctrl.window, ctrl.window.context.session
    session.mappings.save(
        Mapping(
            name="Export AXA extranet",
            columns={
                "last_name": "Nom",
                "first_name": "Prénom",
                "birth_date": "Date de naissance",
                "postcode": "NPA",
            },
        )
    )
    session.clients.create(
        ClientInput(
            kind="person", last_name="Dupres", first_name="Helene", birth_date=date(1970, 5, 4)
        )
    )
    page = import_page(window)
    wizard = page.wizard
    wizard.saved_combo.setCurrentIndex(wizard.saved_combo.findData("Export AXA extranet"))
    window.context.dialogs.queue_answer(str(axa_csv(tmp_path)))
    wizard.choose_file()
    assert wizard.editor.name_edit.text() == "Export AXA extranet"
    assert wizard.editor.combos["policy_number"].currentData() == ""
    wizard.next()
    wizard.next()
    assert wizard.duplicates_table.rowCount() >= 1
    names = {
        wizard.duplicates_table.item(r, 2).text() for r in range(wizard.duplicates_table.rowCount())
    }
    assert "Dupré Hélène" in names
    row = next(
        r
        for r in range(wizard.duplicates_table.rowCount())
        if wizard.duplicates_table.item(r, 2).text() == "Dupré Hélène"
    )
    assert "même date de naissance" in wizard.duplicates_table.item(row, 5).text()
    before = int(wizard.count_values["clients_created"].text())
    wizard.duplicates_table.cellWidget(row, 0).setChecked(True)
    wizard.preview()
    assert int(wizard.count_values["clients_created"].text()) == before - 1


def test_merge_screen_merges_a_pair(qtbot, open_app, office):
    ctrl = open_app(office, "directeur")
    window, session = ctrl.window, ctrl.window.context.session
    session.clients.create(
        ClientInput(kind="company", company_name="Garage Central SA", company_uid="CHE-116.281.710")
    )
    session.clients.create(
        ClientInput(
            kind="company",
            company_name="Central Garage",
            company_uid="CHE-116.281.710",
            email="info@garage.ch",
        )
    )
    page = import_page(window)
    panel = page.duplicates
    panel.reload()
    row = next(
        r
        for r in range(panel.table.rowCount())
        if "Garage Central SA" in panel.table.item(r, 0).text()
    )
    assert "même IDE" in panel.table.item(row, 3).text()
    panel.table.selectRow(row)
    window.context.dialogs.queue_answer(True)
    panel.merge()
    remaining = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert not any("Central Garage" in text for text in remaining)
    entry = session.audit.page(limit=1)[0]
    assert entry.action == "client.merge"


def test_reconciliation_screen_and_agent_scope(qtbot, open_app, office, tmp_path):
    ctrl = open_app(office, "directeur")
    window, session = ctrl.window, ctrl.window.context.session
    axa = next(i.id for i in session.reference.insurers() if i.name == "AXA Assurances")
    motor = next(x.id for x in session.reference.lines() if x.code == "MOTOR")
    agent = next(u for u in session.admin.users() if u.login == "agent1")
    client = session.clients.create(
        ClientInput(kind="person", last_name="Rappro", first_name="Anne", agent_id=agent.id)
    )
    for policy in ("RC-1", "RC-2"):
        session.contracts.create(
            ContractInput(
                client_id=client,
                insurer_id=axa,
                line_id=motor,
                policy_number=policy,
                start_date=date(2026, 1, 1),
                expiry_date=date(2026, 12, 31),
                premium_cents=120_000,
            )
        )
    session.reconciliation.set_rate(axa, 1000, line_id=motor)
    session.mappings.save(
        Mapping(
            name="Décompte AXA",
            kind="statement",
            insurer_id=axa,
            columns={"policy_number": "Police", "period": "Période", "amount": "Courtage"},
        )
    )
    path = write_csv(
        tmp_path / "decompte.csv",
        ["Police", "Période", "Courtage"],
        [["RC-1", "03.2026", "8.00"], ["XX-404", "03.2026", "5.00"]],
        encoding="cp1252",
    )
    window.show_page("reconciliation")
    page = window.pages["reconciliation"].statements
    page.load()
    page.insurer_combo.setCurrentIndex(page.insurer_combo.findData(axa))
    assert page.mapping_combo.currentData() == "Décompte AXA"
    page.import_statement(path, ask_mapping=False)
    # the dry run first: a preview, nothing written
    assert not page.preview_box.isHidden()
    assert "rien n'est encore écrit" in page.preview_label.text()
    assert page.statement_combo.count() == 0
    page.discard_preview()
    assert page.preview_box.isHidden() and session.reconciliation.statements(axa) == []
    page.import_statement(path, ask_mapping=False)
    page.confirm_import()
    assert page.message.text().startswith("Décompte lu — concordantes : ")
    assert "Import n° " in page.message.text()
    assert page.statement_combo.count() == 1
    categories = {
        page.lines_table.item(r, 0).text(): page.lines_table.item(r, 6).text()
        for r in range(page.lines_table.rowCount())
    }
    # the demo office's own AXA motor contracts are expected too: only ours are checked
    assert {k: categories[k] for k in ("RC-1", "XX-404", "RC-2")} == {
        "RC-1": "Écart au-delà de la tolérance",
        "XX-404": "Payé mais inconnu du bureau",
        "RC-2": "Attendu mais absent",
    }
    assert page.totals_table.rowCount() == 1
    row = next(
        r
        for r in range(page.lines_table.rowCount())
        if page.lines_table.item(r, 0).text() == "RC-1"
    )
    page.lines_table.selectRow(row)
    page.accept_line()
    row = next(
        r
        for r in range(page.lines_table.rowCount())
        if page.lines_table.item(r, 0).text() == "RC-1"
    )
    assert page.lines_table.item(row, 7).text() == "acceptée"
    # an accepted line keeps the statement from being undone; the screen says why
    window.context.dialogs.queue_answer(True)
    page.undo_statement()
    assert not page.blockers.isHidden() and page.blockers.rowCount() == 1
    assert "acceptée ou signalée" in page.blockers.item(0, 2).text()
    assert page.statement_combo.count() == 1

    agent_window = open_app(office, "agent1").window
    agent_window.show_page("reconciliation")
    mine = agent_window.pages["reconciliation"].statements
    mine.load()
    mine.insurer_combo.setCurrentIndex(mine.insurer_combo.findData(axa))
    visible = {mine.lines_table.item(r, 0).text() for r in range(mine.lines_table.rowCount())}
    assert {"RC-1", "RC-2"} <= visible and "XX-404" not in visible
    assert mine.totals_table.isHidden() and mine.accept_button.isHidden()
    assert mine.import_button.isHidden()
    assert not agent_window.tabs.isTabVisible(
        agent_window.tabs.indexOf(agent_window.pages["import"])
    )


def test_run_reports_progress_and_cancel_leaves_nothing(qtbot, open_app, office, tmp_path):
    """On the real worker thread: progress arrives through the queued signal, the cancel
    button stops the import, nothing is written."""
    import dataclasses

    from tests.importing.extranet_files import XLSX_MAPPING, portfolio_xlsx

    from broker_desktop.core.clients import ClientQuery
    from broker_desktop.ui.pages.import_page import ImportWizard
    from broker_desktop.ui.tasks import TaskRunner

    window = open_app(office, "directeur").window
    session = window.context.session
    session.mappings.save(Mapping(name="Zurich", columns=XLSX_MAPPING))
    clients_before = session.clients.count(ClientQuery())
    runner = TaskRunner()
    try:
        wizard = ImportWizard(dataclasses.replace(window.context, runner=runner))
        qtbot.addWidget(wizard)
        wizard.load_saved_names()
        qtbot.waitUntil(lambda: wizard.saved_combo.findData("Zurich") > 0)
        wizard.saved_combo.setCurrentIndex(wizard.saved_combo.findData("Zurich"))
        wizard.open_path(portfolio_xlsx(tmp_path, rows=1500))
        qtbot.waitUntil(lambda: wizard.path is not None)
        seen = []
        wizard.bridge.progressed.connect(lambda rows, share: seen.append(rows))
        wizard.bridge.progressed.connect(lambda rows, share: rows >= 250 and wizard.cancel())
        wizard.run()
        qtbot.waitUntil(lambda: "interrompu" in wizard.message.text(), timeout=60_000)
        assert wizard.steps.currentIndex() == wizard.PREVIEW
        assert seen and seen[-1] >= 250
        assert wizard.progress.value() > 0
    finally:
        runner.shutdown()
    assert session.clients.count(ClientQuery()) == clients_before
    assert session.imports.batches() == []


def test_a_contracts_own_rate_is_set_on_the_rate_screen(qtbot, open_app, office):
    ctrl = open_app(office, "directeur")
    window, session = ctrl.window, ctrl.window.context.session
    axa = next(i.id for i in session.reference.insurers() if i.name == "AXA Assurances")
    motor = next(x.id for x in session.reference.lines() if x.code == "MOTOR")
    client = session.clients.create(ClientInput(kind="person", last_name="Taux", first_name="Ida"))
    contract_id = session.contracts.create(
        ContractInput(
            client_id=client,
            insurer_id=axa,
            line_id=motor,
            policy_number="OWN-77",
            start_date=date(2026, 1, 1),
            expiry_date=date(2026, 12, 31),
            premium_cents=120_000,
        )
    )
    window.show_page("reconciliation")
    page = window.pages["reconciliation"]
    page.tabs.setCurrentWidget(page.rates)
    rates = page.rates
    rates.save_contract_rate()  # nothing chosen: said next to the picker, nothing saved
    assert rates.contract_rows.errors["contract_id"].text() == "Ce champ est obligatoire."
    assert rates.message.text() == ""
    picker = rates.contract_picker
    qtbot.keyClicks(picker.search_edit, "OWN-77")
    picker.search_now()
    qtbot.waitUntil(lambda: picker.results.count() > 0)
    picker.results.itemClicked.emit(picker.results.item(0))
    assert picker.contract_id() == contract_id
    rates.contract_rate_spin.setValue(12.5)
    rates.save_contract_rate()
    qtbot.waitUntil(lambda: "12.5 %" in rates.message.text())
    [own] = [r for r in session.reconciliation.rates(axa) if r.contract_id == contract_id]
    assert (own.rate_bp, own.policy_number) == (1250, "OWN-77")
    shown = {
        rates.table.item(r, 2).text(): rates.table.item(r, 3).text()
        for r in range(rates.table.rowCount())
    }
    assert shown["OWN-77"] == rates.message.text().split(": ")[-1].rstrip(".")

    # an agent never sees the rate table; a secretary granted commissions.manage edits it
    agent_window = open_app(office, "agent1").window
    agent_page = agent_window.pages["reconciliation"]
    assert not agent_page.tabs.isTabVisible(agent_page.tabs.indexOf(agent_page.rates))
    accountant = open_app(office, "comptable").window.pages["reconciliation"]
    assert accountant.tabs.isTabVisible(accountant.tabs.indexOf(accountant.rates))
    assert accountant.rates.contract_picker.isEnabled()
