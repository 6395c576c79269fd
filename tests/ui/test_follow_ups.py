"""Follow-ups from the Échéances tab: create (tied to a client or a contract), edit,
reassign, delete, period presets, actions disabled without a selection, and the panel of
today's and overdue deadlines shown after logging in."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from broker_desktop.core.deadlines import DeadlineInput
from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.storage.schema import clients, contracts, deadlines, users
from broker_desktop.ui import formats
from broker_desktop.ui.pages.deadlines import preset_range
from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog
from broker_desktop.ui.today_panel import TodayPanel


def type_date(qtbot, field, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.settle_now()  # a list filter waits for a pause in the typing (test_look.py)


def user_id(session, login: str) -> int:
    with session.database.read() as conn:
        return conn.execute(sa.select(users.c.id).where(users.c.login == login)).scalar_one()


def deadline_row(session, deadline_id: int):
    with session.database.read() as conn:
        return conn.execute(sa.select(deadlines).where(deadlines.c.id == deadline_id)).one()


def test_create_a_follow_up_tied_to_a_contract_then_reassign_and_delete_it(qtbot, open_app, office):
    window = open_app(office, "secretaire1").window
    session = window.context.session
    page = window.pages["deadlines"]
    window.show_page("deadlines")
    with session.database.read() as conn:
        contract = conn.execute(sa.select(contracts).order_by(contracts.c.id).limit(1)).one()
    dialog = FollowUpDialog(page.context, page.choices, parent=page)
    dialog.show()
    dialog.title_edit.setText("Rappeler pour l'offre ménage")  # keyClicks: ASCII only
    type_date(qtbot, dialog.due, "15032027")
    qtbot.keyClicks(dialog.contract.search_edit, contract.policy_number)
    qtbot.keyClick(dialog.contract.search_edit, Qt.Key.Key_Down)  # keyboard only
    qtbot.keyClick(dialog.contract.results, Qt.Key.Key_Return)
    assert dialog.contract.contract_id() == contract.id
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with session.database.read() as conn:
        created = conn.execute(
            sa.select(deadlines).where(deadlines.c.title == "Rappeler pour l'offre ménage")
        ).one()
    assert created.kind == "follow_up" and created.due_date == dt.date(2027, 3, 15)
    assert created.contract_id == contract.id and created.client_id == contract.client_id
    assert created.owner_id == session.user.id

    # reassigned to an agent, new date
    agent = user_id(session, "agent2")
    edit = FollowUpDialog(
        page.context, page.choices, deadline=session.deadlines.get(created.id), parent=page
    )
    edit.show()
    assert edit.title_edit.text() == "Rappeler pour l'offre ménage"
    edit.owner.setCurrentIndex(edit.owner.findData(agent))
    type_date(qtbot, edit.due, "1.4.27")
    edit.save()
    assert edit.result() == QDialog.DialogCode.Accepted
    moved = deadline_row(session, created.id)
    assert (moved.owner_id, moved.due_date) == (agent, dt.date(2027, 4, 1))

    # deleted from the list, after a confirmation
    page.scope_combo.setCurrentIndex(page.scope_combo.findData("all"))
    page.set_preset("dates")
    type_date(qtbot, page.from_edit, "01.04.2027")
    type_date(qtbot, page.to_edit, "01.04.2027")
    row = next(r for r in range(page.model.rowCount()) if page.model.id_at(r) == created.id)
    assert not page.delete_button.isEnabled()  # nothing selected yet
    page.view.selectRow(row)
    assert page.delete_button.isEnabled() and page.edit_button.isEnabled()
    window.context.dialogs.queue_answer(True)
    page.delete_selected()
    with session.database.read() as conn:
        gone = conn.execute(sa.select(deadlines.c.id).where(deadlines.c.id == created.id))
        assert gone.first() is None


def test_a_contract_of_another_client_is_refused_inline(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    page = window.pages["deadlines"]
    with session.database.read() as conn:
        contract = conn.execute(sa.select(contracts).order_by(contracts.c.id).limit(1)).one()
        other = conn.execute(
            sa.select(clients.c.id).where(clients.c.id != contract.client_id).limit(1)
        ).scalar_one()
    dialog = FollowUpDialog(
        page.context, page.choices, client_id=other, contract_id=contract.id, parent=page
    )
    dialog.show()
    dialog.title_edit.setText("Contrôle")
    dialog.save()
    label = dialog.findChild(type(dialog.message), "error_contract_id")
    assert label.text() == "Ce contrat appartient à un autre client."
    assert dialog.result() == 0


def test_an_agent_cannot_create_or_close_follow_ups_by_default(open_app, demo):
    window = open_app(demo.path, "agent1").window
    page = window.pages["deadlines"]
    window.show_page("deadlines")
    assert not page.new_button.isEnabled()
    page.view.selectRow(0)
    assert page.model.rowCount() > 0
    for button in (page.edit_button, page.delete_button, page.done_button):
        assert not button.isEnabled()
        assert "Gérer les échéances" in button.toolTip()


def test_an_agents_tab_lists_a_colleagues_follow_up_on_his_clients_contract(
    qtbot, open_app, office
):
    """Scope.deadlines lets him reach it (his client's contract), so his tab lists it."""
    director = open_session(office, "directeur", DEMO_PASSWORD)
    try:
        agent1, agent2 = user_id(director, "agent1"), user_id(director, "agent2")
        with director.database.read() as conn:
            contract = conn.execute(
                sa.select(contracts)
                .join(clients, clients.c.id == contracts.c.client_id)
                .where(clients.c.agent_id == agent1)
                .order_by(contracts.c.id)
                .limit(1)
            ).one()
        due = dt.date.today() + dt.timedelta(days=97)
        follow_up = director.deadlines.create(
            DeadlineInput(
                due_date=due,
                title="Relance de la collègue",
                owner_id=agent2,
                contract_id=contract.id,
                client_id=contract.client_id,
            )
        )
    finally:
        director.close()
    window = open_app(office, "agent1").window
    session = window.context.session
    assert session.deadlines.get(follow_up).owner_id == agent2  # the core lets him reach it
    page = window.pages["deadlines"]
    window.show_page("deadlines")
    page.set_preset("dates")
    type_date(qtbot, page.from_edit, formats.date(due))
    type_date(qtbot, page.to_edit, formats.date(due))

    def listed():
        ids = {page.model.id_at(r) for r in range(page.model.rowCount())}
        return follow_up in ids

    qtbot.waitUntil(listed, timeout=30000)


def test_period_presets_cover_the_right_days(open_app, demo):
    wednesday = dt.date(2026, 12, 2)
    assert preset_range("week", wednesday) == (dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert preset_range("30days", wednesday) == (wednesday, dt.date(2027, 1, 1))
    assert preset_range("3months", wednesday) == (wednesday, dt.date(2027, 3, 2))
    assert preset_range("overdue", wednesday)[1] == dt.date(2026, 12, 1)
    window = open_app(demo.path, "directeur").window
    page = window.pages["deadlines"]
    window.show_page("deadlines")
    page.set_preset("overdue")
    query = page.model.query
    assert query.due_from is None and query.due_to == dt.date.today() - dt.timedelta(days=1)
    assert query.done is False
    for r in range(page.model.rowCount()):
        assert page.model.row_at(r).due_date < dt.date.today()
    page.set_preset("3months")
    assert page.model.query.due_from == dt.date.today()
    assert [page.preset_combo.itemText(i) for i in range(page.preset_combo.count())] == [
        "Cette semaine",
        "30 prochains jours",
        "3 prochains mois",
        "En retard",
        "Aujourd'hui et en retard",
        "Entre deux dates",
    ]


def test_the_today_panel_lists_todays_and_overdue_deadlines_at_login(qtbot, open_app, office):
    first = open_app(office, "secretaire1").window
    session = first.context.session
    me = session.user.id
    today = dt.date.today()
    with session.database.write() as conn:
        conn.execute(sa.update(deadlines).where(deadlines.c.owner_id == me).values(done=True))
        for days, title in ((0, "Appeler Mme Rochat"), (-3, "Relancer l'assureur")):
            conn.execute(
                sa.insert(deadlines).values(
                    kind="follow_up",
                    due_date=today + dt.timedelta(days=days),
                    title=title,
                    owner_id=me,
                    done=False,
                )
            )
    window = open_app(office, "secretaire1").window
    panel = window.today_panel
    assert isinstance(panel, TodayPanel) and panel.isVisible()
    titles = [panel.table.item(r, 2).text() for r in range(panel.table.rowCount())]
    assert titles == ["Relancer l'assureur", "Appeler Mme Rochat"]  # oldest first
    heading = panel.findChild(QLabel, "today_heading")
    assert heading.text().endswith("dues aujourd'hui : 1, en retard : 1")
    assert panel.windowTitle() == "Aujourd'hui et en retard"
    panel.open_deadlines.emit()
    assert window.current_page_name() == "deadlines"
    assert window.pages["deadlines"].preset_combo.currentData() == "due"
    panel.at_login.setChecked(False)
    assert window.context.settings.today_panel is False


def test_a_follow_up_conflict_shows_both_versions_then_saves_against_theirs(
    qtbot, open_app, office
):
    """The second Save after a conflict never overwrites the other person's change."""
    first = open_app(office, "directeur").window
    second = open_app(office, "secretaire1").window
    session = first.context.session
    with session.database.read() as conn:
        contract = conn.execute(sa.select(contracts).order_by(contracts.c.id).limit(1)).one()
    follow_up = session.deadlines.create(
        DeadlineInput(
            due_date=dt.date(2027, 5, 3),
            title="Envoyer l'offre",
            contract_id=contract.id,
            client_id=contract.client_id,
        )
    )
    dialogs = []
    for window in (first, second):
        page = window.pages["deadlines"]
        record = window.context.session.deadlines.get(follow_up)
        dialog = FollowUpDialog(page.context, page.choices, deadline=record, parent=page)
        dialog.show()
        dialogs.append(dialog)
    theirs, mine = dialogs
    try:
        type_date(qtbot, theirs.due, "10.05.2027")
        theirs.title_edit.setText("Envoyer l'offre signée")
        theirs.save()
        qtbot.waitUntil(lambda: theirs.result() == QDialog.DialogCode.Accepted, timeout=30000)
        mine.title_edit.setText("Appeler le client")
        mine.save()
        qtbot.waitUntil(lambda: mine.conflict_dialog is not None, timeout=30000)
        conflict = mine.conflict_dialog
        assert conflict.isVisible() and mine.isVisible()
        assert set(conflict.rows) == {"title", "due_date"}  # only what differs
        their_title, my_title = conflict.rows["title"]
        assert their_title.text() == "Envoyer l'offre signée"
        assert my_title.text() == "Appeler le client" and my_title.isChecked()
        their_due, _my_due = conflict.rows["due_date"]
        assert their_due.text() == "10.05.2027" and their_due.isChecked()  # only they did
        assert session.deadlines.get(follow_up).title == "Envoyer l'offre signée"
        conflict.merge_button.click()
        assert mine.title_edit.text() == "Appeler le client"
        assert mine.due.value() == dt.date(2027, 5, 10)
        mine.save()  # against their version: accepted, their date survives
        qtbot.waitUntil(lambda: mine.result() == QDialog.DialogCode.Accepted, timeout=30000)
        stored = session.deadlines.get(follow_up)
        assert (stored.title, stored.due_date) == ("Appeler le client", dt.date(2027, 5, 10))
    finally:
        for dialog in dialogs:
            dialog.close()
