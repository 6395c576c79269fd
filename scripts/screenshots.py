"""Render every main screen for each default role, in French, to docs/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Uses the demo office of ``broker_desktop.demo`` (size S, cheap crypto costs: this is a
picture, not an office) and the real application objects, grabbed at 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ui"))
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_harness import controller, copy_office, log_in, make_demo  # noqa: E402

from broker_desktop.demo import DEMO_PASSWORD  # noqa: E402
from broker_desktop.ui.first_run import FirstRunWizard  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
ROLES = {
    "directeur": "directeur",
    "agent": "agent1",
    "secretaire": "secretaire1",
    "visibilite": "visibilite",
}


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(widget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="broker-screens-"))
    demo = make_demo(folder / "demo.db")
    if sys.argv[1:] == ["--only", "imports"]:  # the import wizard, statements, rates
        ctrl = controller(folder, demo.path)
        window = log_in(ctrl, "directeur", DEMO_PASSWORD)
        window.resize(*SIZE)
        imports(window, folder, app)
        ctrl.shutdown()
        return 0
    if sys.argv[1:] == ["--only", "daily"]:  # follow-ups, reference data, audit sentences
        daily(folder, demo.path, app)
        return 0
    if sys.argv[1:] == ["--only", "transfer"]:  # book transfer and contract move
        transfer(folder, demo.path, app)
        return 0
    if sys.argv[1:] == ["--only", "search"]:  # the portfolio of each role, searches
        search(folder, demo.path, app)
        return 0
    rights(folder, demo.path, app)
    if sys.argv[1:] == ["--only", "rights"]:  # the conflict and deactivation screens
        return 0

    ctrl = controller(folder, None)
    wizard = FirstRunWizard(ctrl.dialogs, ctrl.runner, ctrl.opener, folder / "new")
    wizard.resize(760, 520)
    wizard.show()
    save(wizard, "first-run-1-location", app)
    wizard.next()
    for edit, text in (
        (wizard.account.name_edit, "Claire Morel"),
        (wizard.account.login_edit, "directeur"),
        (wizard.account.password_edit, DEMO_PASSWORD),
        (wizard.account.repeat_edit, DEMO_PASSWORD),
    ):
        edit.setText(text)
    save(wizard, "first-run-2-account", app)
    wizard.next()  # creates the office, shows its recovery code
    save(wizard, "first-run-3-recovery-code", app)
    wizard.session.close()
    wizard.close()

    ctrl = controller(folder, demo.path)
    ctrl.start()
    login = ctrl.current_dialog
    login.login_edit.setText("agent1")
    save(login, "login", app)
    login.password_edit.setText("wrong password")
    login.submit()
    save(login, "login-wrong-password", app)
    login.close()

    repairs(folder, demo.path, app)

    ctrl = controller(folder, demo.path)
    log_in(ctrl, "agent1", DEMO_PASSWORD)
    ctrl.lock()
    save(ctrl.current_dialog, "login-locked", app)
    ctrl.current_dialog.close()
    ctrl.shutdown()

    for role, user in ROLES.items():
        ctrl = controller(folder, demo.path)
        window = log_in(ctrl, user, DEMO_PASSWORD)
        window.resize(*SIZE)
        for name in window.pages:
            if not window.show_page(name):
                continue
            page = window.pages[name]
            if name == "portfolio":
                page.clients_view.selectRow(0)
            if name == "admin":
                page.user_list.setCurrentRow(min(3, page.user_list.count() - 1))
            save(window, f"{role}-{name}", app)
        if role == "directeur":
            dialogs(window, app)
            imports(window, folder, app)
        ctrl.shutdown()
    daily(folder, demo.path, app)
    transfer(folder, demo.path, app)

    ctrl = controller(folder, demo.path)  # last: it changes the demo office's key
    window = log_in(ctrl, "directeur", DEMO_PASSWORD)
    window.resize(*SIZE)
    maintenance(ctrl, window, app)
    ctrl.shutdown()
    return 0


def search(folder: Path, demo: Path, app: QApplication) -> None:
    """The portfolio of each role (its search field says what it finds), the director's
    portfolio searched by a phone number typed as it is dialled, and the follow-up
    editor's client picker searched by an e-mail address."""
    from broker_desktop.core.clients import ClientQuery
    from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog

    for role, user in ROLES.items():
        ctrl = controller(folder, demo)
        window = log_in(ctrl, user, DEMO_PASSWORD)
        window.resize(*SIZE)
        if window.show_page("portfolio"):
            page = window.pages["portfolio"]
            page.clients_view.selectRow(0)
            save(window, f"{role}-portfolio", app)
        if role == "directeur":
            session = window.context.session
            client = next(c for c in session.clients.page(limit=40)[7:] if c.phone)
            page.search_edit.setText("0" + client.phone.removeprefix("+41 "))
            page._search_timer.stop()
            page._apply_client_filters()
            settle(app)
            page.clients_view.selectRow(0)
            settle(app)
            save(window, "directeur-portfolio-search-phone", app)
            deadlines = window.pages["deadlines"]
            dialog = FollowUpDialog(deadlines.context, deadlines.choices, parent=deadlines)
            dialog.title_edit.setText("Rappeler pour le renouvellement")
            other = session.clients.page(ClientQuery(sort="city"), limit=1)[0]
            dialog.client.search_edit.setText(other.email)
            dialog.client.search_now()
            dialog.show()
            dialog.resize(620, dialog.sizeHint().height() + 20)
            save(dialog, "directeur-picker-search-e-mail", app)
            dialog.close()
        ctrl.shutdown()


def rights(folder: Path, demo: Path, app: QApplication) -> None:
    """Two workstations on one office: an edit conflict shown field by field, the
    login window of a user deactivated while his window was open, the role he had
    listing him marked and grey, and a password reset with two problems at once."""
    from broker_desktop.ui.pages.client_form import ClientDialog

    office = copy_office(demo, folder / "rights.db")
    windows = []
    for login in ("directeur", "secretaire1"):
        ctrl = controller(folder / login, office)
        ctrl.change_check_seconds = 3600.0
        windows.append((ctrl, log_in(ctrl, login, DEMO_PASSWORD)))
    (director_ctrl, director), (secretary_ctrl, secretary) = windows
    forms = []
    for window in (director, secretary):
        page = window.pages["portfolio"]
        client = window.context.session.clients.get(1)
        form = ClientDialog(*page._dialog_context(), client=client, parent=page)
        form.show()
        forms.append(form)
    mine, theirs = forms
    theirs.street.setText("Rue du Rhône 12")
    theirs.phone.setText("027 322 45 67")
    theirs.save()
    mine.street.setText("Avenue de la Gare 3")
    mine.email.setText("nouvelle.adresse@example.ch")
    mine.save()
    settle(app)
    conflict = mine.conflict_dialog
    conflict.adjustSize()
    save(conflict, "directeur-conflict-dialog", app)
    conflict.merge_button.click()
    mine.close()

    agent_ctrl = controller(folder / "agent1", office)
    agent_ctrl.change_check_seconds = 3600.0
    log_in(agent_ctrl, "agent1", DEMO_PASSWORD)
    session = director.context.session
    agent_id = next(u.id for u in session.admin.users() if u.login == "agent1")
    session.admin.deactivate_user(agent_id)
    agent_ctrl.session.watcher.check()  # what the periodic check finds
    settle(app)
    save(agent_ctrl.current_dialog, "login-account-deactivated", app)
    agent_ctrl.current_dialog.close()
    director.resize(*SIZE)
    director.show_page("admin")
    admin = director.pages["admin"]
    admin.reload()
    admin.tabs.setCurrentIndex(1)
    admin.role_list.setCurrentRow(next(i for i, r in enumerate(admin.roles) if r.name == "Agent"))
    save(director, "directeur-admin-roles", app)  # agent1 among the members, grey
    admin.tabs.setCurrentIndex(0)
    admin.user_list.setCurrentRow(next(i for i, u in enumerate(admin.users) if u.active))
    admin.reset_password()
    reset = admin.user_dialog
    reset.password_edit.setText("court")
    reset.repeat_edit.setText("courte")
    reset.submit()  # both problems at once: the policy's and the repeated password's
    save(reset, "directeur-reset-password-errors", app)
    reset.reject()
    for ctrl in (agent_ctrl, secretary_ctrl, director_ctrl):
        ctrl.shutdown()


def repairs(folder: Path, demo: Path, app: QApplication) -> None:
    """The login window's offers when the database is damaged or its key file lost."""
    from ui_harness import FAST

    from broker_desktop.core.office import open_session
    from broker_desktop.storage.database import slot_path

    for name in ("damaged", "lost"):
        (folder / name).mkdir()
    damaged = copy_office(demo, folder / "damaged" / "office.db")
    session = open_session(damaged, "directeur", DEMO_PASSWORD, security=FAST)
    backup = session.maintenance.backup(folder / "damaged" / "office-sauvegarde-2026-03-02.db")
    session.close()
    damaged.write_bytes(os.urandom(64 * 1024))
    ctrl = controller(folder, damaged)
    ctrl.start()
    login = ctrl.current_dialog
    login.login_edit.setText("directeur")
    login.password_edit.setText(DEMO_PASSWORD)
    login.submit()
    save(login, "login-damaged-database", app)
    login.restore_backup()
    restore = login.repair_dialog
    restore.backup_edit.setText(str(backup))
    restore.login_edit.setText("directeur")
    restore.code_edit.setText("AAAA-" * 12 + "AAAA")  # the damaged office needs its code
    restore.submit()
    save(restore, "login-restore-backup", app)
    restore.reject()
    login.close()
    ctrl.shutdown()

    lost = copy_office(demo, folder / "lost" / "office.db")
    slot_path(lost).unlink()
    ctrl = controller(folder, lost)
    ctrl.start()
    login = ctrl.current_dialog
    login.login_edit.setText("directeur")
    login.password_edit.setText(DEMO_PASSWORD)
    login.submit()
    save(login, "login-key-file-missing", app)
    login.recover_account()
    recover = login.repair_dialog
    recover.code_edit.setText("ABCD-EFGH-IJKL-MNOP-QRST")
    recover.password_edit.setText("court")
    recover.repeat_edit.setText("court")
    recover.submit()
    save(recover, "login-recovery-code", app)
    recover.reject()
    login.close()
    ctrl.shutdown()


def maintenance(ctrl, window, app: QApplication) -> None:
    """The Office menu for a director, and the new recovery code after a key change."""
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    save(menu, "directeur-office-menu", app)
    menu.hide()
    ctrl.dialogs.queue_answer(True)  # the key-change warning
    window.maintenance.change_key_action.trigger()
    dialog = window.maintenance.code_dialog
    dialog.panel.stored_check.setChecked(True)
    save(dialog, "directeur-new-recovery-code", app)
    dialog.accept()


def daily(folder: Path, demo: Path, app: QApplication) -> None:
    """An office's day: the today panel at login, the follow-up editor, the period
    presets, the insurers and lines of business, the audit log as sentences."""
    import datetime as dt

    from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog

    office = copy_office(demo, folder / "daily.db")
    # a workstation of its own: the other screens' workstation saw the demo office's log
    # (same office, other entries) and would say this copy's log was rewritten
    folder = folder / "daily"
    ctrl = controller(folder, office)
    window = log_in(ctrl, "secretaire1", DEMO_PASSWORD)
    window.resize(*SIZE)
    panel = getattr(window, "today_panel", None)
    if panel is not None:
        save(panel, "secretaire-today-panel", app)
        panel.close()
    window.show_page("deadlines")
    page = window.pages["deadlines"]
    page.set_preset("3months")
    page.view.selectRow(0)
    save(window, "secretaire-deadlines", app)
    editor = FollowUpDialog(page.context, page.choices, parent=page)
    editor.title_edit.setText("Rappeler M. Favre pour l'offre ménage")
    editor.due.edit.setText("15.1.27")
    editor.contract.search_edit.setText("Favre")
    editor.contract.search_now()
    editor.show()
    editor.resize(560, editor.sizeHint().height() + 20)
    save(editor, "secretaire-follow-up-editor", app)
    editor.close()
    ctrl.shutdown()

    ctrl = controller(folder, office)
    window = log_in(ctrl, "directeur", DEMO_PASSWORD)
    window.resize(*SIZE)
    panel = getattr(window, "today_panel", None)
    if panel is not None:
        panel.close()
    session = window.context.session
    role = next(r for r in session.admin.roles() if r.name == "Agent")
    newcomer = next(
        p
        for p in session.reference.people()
        if p.id not in role.member_ids and p.display_name != "Claire Morel"
    )
    session.admin.add_member(role.id, newcomer.id)  # a sentence with names in the log
    named_entries(session)  # clients, contracts, commissions, follow-ups named in it too
    reference = window.open_reference_data()
    reference.resize(820, 520)
    reference.insurers.table.selectRow(1)
    save(reference, "directeur-reference-data", app)
    reference.tabs.setCurrentIndex(1)
    save(reference, "directeur-lines-of-business", app)
    reference.close()
    window.show_page("audit")
    audit = window.pages["audit"]
    audit.from_edit.set_value(dt.date.today() - dt.timedelta(days=30))
    save(window, "directeur-audit", app)
    ctrl.shutdown()


def transfer(folder: Path, demo: Path, app: QApplication) -> None:
    """A leaving agent's book handed to a colleague (preview, past transfers), a
    contract moved to another client, and a contract's usual split."""
    from PySide6.QtCore import Qt

    from broker_desktop.ui.pages.move_contract_dialog import MoveContractDialog

    office = copy_office(demo, folder / "transfer.db")
    ctrl = controller(folder, office)
    window = log_in(ctrl, "directeur", DEMO_PASSWORD)
    window.resize(*SIZE)
    panel = getattr(window, "today_panel", None)
    if panel is not None:
        panel.close()
    session = window.context.session
    users = {u.login: u.id for u in session.admin.users()}
    # an earlier transfer, undone, for the history
    earlier = session.transfers.run(users["agent3"], users["agent4"])
    session.transfers.undo(earlier.id)
    session.admin.deactivate_user(users["agent1"])  # the agent who leaves
    dialog = window.open_transfers()
    dialog.resize(980, 600)
    form = dialog.form
    form.source_combo.setCurrentIndex(form.source_combo.findData(users["agent1"]))
    form.target_combo.setCurrentIndex(form.target_combo.findData(users["agent2"]))
    form.chosen_radio.setChecked(True)
    for row in range(0, form.client_list.count(), 2):
        form.client_list.item(row).setCheckState(Qt.CheckState.Checked)
    form.refresh_preview()
    save(dialog, "directeur-transfer-preview", app)
    window.context.dialogs.queue_answer(True)
    form.confirm_and_run()
    dialog.tabs.setCurrentIndex(1)
    dialog.history.table.selectRow(0)
    save(dialog, "directeur-transfer-history", app)
    dialog.close()

    window.show_page("portfolio")
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    page.contracts_view.selectRow(0)
    row = page.contracts.row_at(0)
    target = next(c for c in session.clients.page(limit=40)[1:] if c.name != row.client)
    move = MoveContractDialog(window.context, row.id, row.policy_number, row.client, page)
    move.picker.search_edit.setText(target.name.split()[0])
    move.picker.search_now()
    move.picker.set_client(target.id, f"{target.name} — {target.postcode} {target.city}")
    move.picker.results.hide()
    move.show()
    move.resize(600, move.sizeHint().height() + 20)
    save(move, "directeur-move-contract", app)
    move.close()

    agents = [u for u in session.admin.users() if u.login in ("agent2", "agent3")]
    page.usual_split()  # the selected contract's usual split, in its own place
    split = page.split_dialog
    split.table.setRowCount(0)
    for agent, share in zip(agents, (6000, 4000), strict=True):
        split.add_share(agent.id, share)
    split.resize(640, split.sizeHint().height() + 20)
    save(split, "directeur-usual-split", app)
    split.reject()
    ctrl.shutdown()


def named_entries(session) -> None:
    """A day's changes, so the audit log shows them with the client's name, the contract's
    policy number and the follow-up's title."""
    import dataclasses
    import datetime as dt

    from broker_desktop.core.commissions import FULL, CommissionInput, ShareInput
    from broker_desktop.core.contracts import ContractQuery
    from broker_desktop.core.deadlines import DeadlineInput

    row = session.contracts.page(ContractQuery(), limit=1)[0]
    contract = session.contracts.get(row.id)
    client = session.clients.get(contract.client_id)
    session.clients.update(
        client.id, dataclasses.replace(client.as_input(), phone="021 312 45 67"), client.version
    )
    session.contracts.update(
        contract.id,
        dataclasses.replace(contract.as_input(), premium_cents=contract.premium_cents + 12_000),
        contract.version,
    )
    today = dt.date.today()
    session.commissions.create(
        CommissionInput(
            contract.id, f"{today.year}-{today.month:02d}", 18_450, (ShareInput(None, FULL),)
        )
    )
    deadline = session.deadlines.create(
        DeadlineInput(today, "Envoyer l'offre ménage", contract_id=contract.id)
    )
    session.deadlines.set_done(deadline, True, session.deadlines.get(deadline).version)


def dialogs(window, app: QApplication) -> None:
    """The forms that show the core's field errors next to the field."""
    from broker_desktop.ui.pages.client_form import ClientDialog
    from broker_desktop.ui.pages.split_dialog import SplitDialog

    portfolio = window.pages["portfolio"]
    client = ClientDialog(*portfolio._dialog_context(), parent=portfolio)
    client.first_name.setText("Anne")
    client.email.setText("anne-at-example")
    client.show()
    client.save()
    save(client, "directeur-client-form-errors", app)
    client.close()

    commissions = window.pages["commissions"]
    split = SplitDialog(commissions.context, commissions.choices, parent=commissions)
    split.resize(620, split.sizeHint().height() + 40)
    split.show()
    split.contract.search_edit.setText("Favre")
    split.contract.search_now()
    split.period.setText("11.2026")
    split.amount.setText("1'200.00")
    save(split, "directeur-commission-split", app)
    split.close()

    window.show_page("admin")
    admin = window.pages["admin"]
    admin.new_user()
    user = admin.user_dialog
    user.login_edit.setText("marc")
    user.name_edit.setText("Marc Rochat")
    user.password_edit.setText("court")
    user.repeat_edit.setText("court")
    user.submit()
    save(user, "directeur-new-user-errors", app)
    user.reject()

    admin.tabs.setCurrentIndex(1)
    admin.new_role()
    role = admin.role_dialog
    role.name_edit.setText("Agent")
    role.submit()
    save(role, "directeur-new-role-error", app)
    role.reject()


def imports(window, folder: Path, app: QApplication) -> None:
    """The import wizard's mapping and preview (with a probable duplicate), and the
    reconciliation of a statement with an underpayment, an overpayment, an unknown
    policy and contracts missing from it."""
    from datetime import date

    from tests.importing.extranet_files import axa_csv, write_csv

    from broker_desktop.core.clients import ClientInput
    from broker_desktop.core.contracts import ContractQuery
    from broker_desktop.core.importing.mapping import Mapping
    from broker_desktop.core.reconciliation import expected_for

    session = window.context.session
    session.clients.create(
        ClientInput(
            kind="person", last_name="Dupres", first_name="Helene", birth_date=date(1970, 5, 4)
        )
    )
    window.show_page("import")
    wizard = window.pages["import"].wizard
    wizard.load_saved_names()
    window.context.dialogs.queue_answer(str(axa_csv(folder)))
    wizard.choose_file()
    wizard.next()
    wizard.editor.name_edit.setText("Export AXA extranet")
    wizard.editor.add_value("insurer", "AXA Winterthur", "AXA Assurances")
    wizard.editor.add_value("frequency", "trim.", "trimestriel")
    save(window, "directeur-import-mapping", app)
    wizard.next()
    save(window, "directeur-import-preview", app)

    axa = next(i.id for i in session.reference.insurers() if i.name == "AXA Assurances")
    session.reconciliation.set_rate(axa, 1000)
    period = f"{date.today().year}-{date.today().month:02d}"
    rows = []
    contracts = session.contracts.page(ContractQuery(insurer_id=axa, status="active"), limit=8)
    for i, row in enumerate(contracts[:6]):
        expected = expected_for(row.premium_cents, 1000, period)
        received = expected + (0, 0, -1250, 840, 30, 0)[i]
        rows.append([row.policy_number, row.client, period, f"{received / 100:.2f}"])
    rows.append(["AX-99-0042", "Inconnu SA", period, "57.30"])
    statement = write_csv(
        folder / "decompte-axa.csv",
        ["N° police", "Preneur", "Période", "Courtage CHF"],
        rows,
        encoding="cp1252",
    )
    mapping = Mapping(
        name="Décompte AXA",
        kind="statement",
        insurer_id=axa,
        columns={"policy_number": "N° police", "period": "Période", "amount": "Courtage CHF"},
    )
    session.mappings.save(mapping)
    window.show_page("reconciliation")
    page = window.pages["reconciliation"].statements
    page.load()
    page.insurer_combo.setCurrentIndex(page.insurer_combo.findData(axa))
    page.import_statement(statement, ask_mapping=False)
    save(window, "directeur-reconciliation-preview", app)  # the dry run, nothing written
    page.confirm_import()
    page.lines_table.selectRow(0)
    save(window, "directeur-reconciliation", app)

    rates = window.pages["reconciliation"]
    rates.tabs.setCurrentWidget(rates.rates)
    own = contracts[0]
    session.reconciliation.set_rate(axa, 1250, contract_id=own.id)
    rates.rates.load()
    rates.rates.contract_picker.pick(own.id, f"{own.policy_number} — {own.client}")
    rates.rates.contract_rate_spin.setValue(12.5)
    save(window, "directeur-reconciliation-rates", app)


if __name__ == "__main__":
    sys.exit(main())
