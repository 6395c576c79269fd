"""The transfer screen follows the one change path like the lists: what another
workstation changes (a ticked client handed to someone else, the chosen colleague
deactivated, a transfer made there) shows in the open dialog without closing it; the
clients the director ticked stay ticked and the selected past transfer stays selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_harness import controller, log_in

from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.ui.pages.reference_choices import INACTIVE


def start(tmp_path, office, login):
    folder = tmp_path / login
    folder.mkdir()
    ctrl = controller(folder, office)
    ctrl.change_check_seconds = 0.05
    log_in(ctrl, login, DEMO_PASSWORD)
    assert ctrl.window is not None
    return ctrl


def listed(form) -> list[int]:
    return [
        form.client_list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(form.client_list.count())
    ]


def offered(combo) -> set:
    return {combo.itemData(i) for i in range(combo.count())}


def test_the_open_transfer_screen_follows_changes_made_elsewhere(qtbot, tmp_path, office):
    other = open_session(office, "directeur", DEMO_PASSWORD)  # the other workstation
    ctrl = start(tmp_path, office, "directeur")
    try:
        window = ctrl.window
        session = window.context.session
        ids = {u.login: u.id for u in session.admin.users()}
        agent1, agent2, agent3 = ids["agent1"], ids["agent2"], ids["agent3"]
        dialog = window.open_transfers()
        form = dialog.form
        form.source_combo.setCurrentIndex(form.source_combo.findData(agent1))
        form.target_combo.setCurrentIndex(form.target_combo.findData(agent2))
        form.chosen_radio.setChecked(True)
        kept, leaving, untouched = listed(form)[:3]
        for row in (0, 1):
            form.client_list.item(row).setCheckState(Qt.CheckState.Checked)
        form.refresh_preview()
        assert form.preview.counts.clients == 2

        # a ticked client handed to agent3 over there: gone from the list and the counts
        client = other.clients.get(leaving)
        data = client.as_input()
        other.clients.update(
            client.id, type(data)(**{**data.__dict__, "agent_id": agent3}), client.version
        )
        qtbot.waitUntil(lambda: leaving not in listed(form))
        qtbot.waitUntil(lambda: form.preview is not None and form.preview.counts.clients == 1)
        assert form.selection() == [kept]  # his tick stayed, nothing else got ticked
        assert untouched in listed(form)
        assert form.preview.counts == session.transfers.preview(agent1, agent2, [kept]).counts
        assert form.source_combo.currentData() == agent1

        # the chosen colleague deactivated over there: no longer offered, marked as source
        other.admin.deactivate_user(agent2)
        qtbot.waitUntil(lambda: agent2 not in offered(form.target_combo))
        index = form.source_combo.findData(agent2)
        assert form.source_combo.itemText(index).startswith(
            next(a.name for a in form.agents if a.id == agent2) + " (désactivé)"
        )
        assert form.source_combo.itemData(index, Qt.ItemDataRole.ForegroundRole) == INACTIVE
        tip = form.source_combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert tip == "Ce compte est désactivé."
        assert form.selection() == [kept]

        # a transfer made and another one undone over there: the history shows both, the
        # selected one stays selected although a newer one comes first
        history = dialog.history
        first = other.transfers.run(ids["agent3"], ids["agent4"])
        qtbot.waitUntil(lambda: history.table.rowCount() == 1)
        history.table.selectRow(0)
        assert history.selected().id == first.id and history.undo_button.isEnabled()
        second = other.transfers.run(ids["agent4"], ids["agent3"], [leaving])
        qtbot.waitUntil(lambda: history.table.rowCount() == 2)
        assert [t.id for t in history.items] == [second.id, first.id]
        assert history.selected().id == first.id
        other.transfers.undo(second.id)
        qtbot.waitUntil(lambda: history.items[0].status != "done")
        assert history.table.item(0, 9).text().startswith("Annulé le ")
        assert history.selected().id == first.id and history.undo_button.isEnabled()
        dialog.close()
    finally:
        ctrl.shutdown()
        other.close()
        if ctrl.current_dialog is not None:
            ctrl.current_dialog.close()


def test_a_hidden_transfer_screen_forgets_its_rows_on_a_rights_change(qtbot, tmp_path, office):
    ctrl = start(tmp_path, office, "directeur")
    try:
        window = ctrl.window
        session = window.context.session
        ids = {u.login: u.id for u in session.admin.users()}
        session.transfers.run(ids["agent3"], ids["agent4"])
        dialog = window.open_transfers()
        assert dialog.form.client_list.count() > 0 and dialog.history.table.rowCount() == 1
        dialog.hide()
        window.context.guard.rights_changed.emit(window.context.guard.rights)
        assert dialog.form.client_list.count() == 0 and dialog.form.source_combo.count() == 0
        assert dialog.history.table.rowCount() == 0 and dialog.form.preview is None
        dialog.show()  # read again when shown
        qtbot.waitUntil(lambda: dialog.history.table.rowCount() == 1)
        assert dialog.form.client_list.count() > 0
        dialog.close()
    finally:
        ctrl.shutdown()
