"""Two workstations on one office file (two Sessions, two controllers, real widgets): the
director changes agent1's rights and account; agent1's window follows within one check of
the file, without a tab switch or a restart."""

from __future__ import annotations

import sqlalchemy as sa
from ui_harness import controller, log_in

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.errors import AccountClosed
from broker_desktop.core.rights import Right
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.storage.schema import clients, users
from broker_desktop.ui.login import LoginDialog

NEW_PASSWORD = "Autre-Passe-2026!"  # noqa: S105


def start(tmp_path, office, login, *, check_seconds=0.05):
    folder = tmp_path / login
    folder.mkdir()
    ctrl = controller(folder, office)
    ctrl.change_check_seconds = check_seconds
    log_in(ctrl, login, DEMO_PASSWORD)
    assert ctrl.window is not None
    return ctrl


def user_id(session, login):
    with session.database.read() as conn:
        return conn.execute(sa.select(users.c.id).where(users.c.login == login)).scalar_one()


def client_count(session, *where):
    with session.database.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(clients).where(*where)).scalar()


def loaded_agents(model):
    return {model.row_at(r).agent_id for r in range(model.rowCount())}


def test_grant_revoke_and_deactivate_reach_the_other_window_at_once(qtbot, tmp_path, office):
    director_ctrl = start(tmp_path, office, "directeur", check_seconds=3600)
    agent_ctrl = start(tmp_path, office, "agent1")
    try:
        director = director_ctrl.session
        agent_window = agent_ctrl.window
        agent = agent_ctrl.session
        me = user_id(director, "agent1")
        portfolio = agent_window.pages["portfolio"]
        export = portfolio.export_clients_button
        own = client_count(director, clients.c.agent_id == me)
        qtbot.waitUntil(lambda: portfolio.clients.rowCount() == own)
        assert not export.isVisibleTo(agent_window)

        # grant: the export button appears, colleagues' clients come in
        director.admin.grant_right(me, Right.EXPORT)
        director.admin.grant_right(me, Right.PORTFOLIO_VIEW_ALL)
        qtbot.waitUntil(lambda: export.isVisibleTo(agent_window))
        qtbot.waitUntil(lambda: portfolio.clients.rowCount() == client_count(director))
        assert portfolio.agent_combo.isVisibleTo(agent_window)
        portfolio.clients_view.scrollToBottom()
        qtbot.waitUntil(lambda: len(loaded_agents(portfolio.clients)) > 1)

        # revoke: the button goes, and no colleague's row stays in the model
        director.admin.revoke_right(me, Right.PORTFOLIO_VIEW_ALL)
        director.admin.revoke_right(me, Right.EXPORT)
        qtbot.waitUntil(lambda: not export.isVisibleTo(agent_window))
        qtbot.waitUntil(lambda: portfolio.clients.rowCount() == own)
        assert not portfolio.agent_combo.isVisibleTo(agent_window)
        rows = [portfolio.clients.row_at(r) for r in range(portfolio.clients.rowCount())]
        assert all(row is not None and row.agent_id == me for row in rows)

        # deactivate while agent1's window is open: his next action is refused, audited,
        # and his window gives way to the login window with the reason
        agent.watcher.stop()  # the refusal itself must be enough to close the window
        director.admin.deactivate_user(me)
        try:
            agent.change_password(DEMO_PASSWORD, NEW_PASSWORD)
            raise AssertionError("a deactivated user changed his password")
        except AccountClosed:
            pass
        qtbot.waitUntil(lambda: agent_ctrl.window is None)
        login = agent_ctrl.current_dialog
        assert isinstance(login, LoginDialog)
        assert login.notice.isVisibleTo(login)
        assert "désactivé" in login.notice.text()
        entries = director.audit.page(AuditQuery(user_id=me), limit=50)
        actions = [e.action for e in entries]
        assert "account.password_changed" not in actions
        assert "access.denied" in actions
    finally:
        agent_ctrl.shutdown()
        director_ctrl.shutdown()
        for ctrl in (agent_ctrl, director_ctrl):
            if ctrl.current_dialog is not None:
                ctrl.current_dialog.close()


def test_a_deactivation_noticed_by_the_periodic_check_locks_the_window(qtbot, tmp_path, office):
    director_ctrl = start(tmp_path, office, "directeur", check_seconds=3600)
    agent_ctrl = start(tmp_path, office, "agent2")
    try:
        director = director_ctrl.session
        director.admin.deactivate_user(user_id(director, "agent2"))
        qtbot.waitUntil(lambda: agent_ctrl.window is None)
        assert isinstance(agent_ctrl.current_dialog, LoginDialog)
        assert agent_ctrl.session is None
    finally:
        agent_ctrl.shutdown()
        director_ctrl.shutdown()
        for ctrl in (agent_ctrl, director_ctrl):
            if ctrl.current_dialog is not None:
                ctrl.current_dialog.close()


def test_a_hidden_page_forgets_rows_at_once_and_reloads_when_shown(qtbot, tmp_path, office):
    director_ctrl = start(tmp_path, office, "directeur", check_seconds=3600)
    agent_ctrl = start(tmp_path, office, "agent-visibilite")
    try:
        director = director_ctrl.session
        window = agent_ctrl.window
        deadlines = window.pages["deadlines"]
        window.show_page("deadlines")
        qtbot.waitUntil(lambda: deadlines.model.rowCount() > 0)
        assert deadlines.scope_combo.isVisibleTo(window)
        window.show_page("portfolio")
        me = user_id(director, "agent-visibilite")
        visibility_role = next(r.id for r in director.admin.roles() if "Visibilit" in r.name)
        director.admin.remove_member(visibility_role, me)
        qtbot.waitUntil(lambda: deadlines.live.stale)
        assert deadlines.model.rowCount() == 0  # nothing he may no longer see stays loaded
        window.show_page("deadlines")
        qtbot.waitUntil(lambda: deadlines.model.rowCount() > 0)
        assert not deadlines.scope_combo.isVisibleTo(window)
        # without view-all the list is his scope's (Scope.deadlines), not an owner filter:
        # every row loaded is one the core lets him open
        assert deadlines.model.query.owner_id is None
        agent = agent_ctrl.session
        for r in range(deadlines.model.rowCount()):
            row_id = deadlines.model.id_at(r)
            if row_id is not None:
                agent.deadlines.get(row_id)
    finally:
        agent_ctrl.shutdown()
        director_ctrl.shutdown()
        for ctrl in (agent_ctrl, director_ctrl):
            if ctrl.current_dialog is not None:
                ctrl.current_dialog.close()


def test_a_list_refused_for_a_closed_account_locks_without_a_message_box(qtbot, tmp_path, office):
    """Before any periodic check: the refused reload itself closes the window; no box
    is raised over a window that is going away."""
    director_ctrl = start(tmp_path, office, "directeur", check_seconds=3600)
    agent_ctrl = start(tmp_path, office, "agent3", check_seconds=3600)
    try:
        director = director_ctrl.session
        window = agent_ctrl.window
        asked_before = list(window.context.dialogs.asked)
        director.admin.deactivate_user(user_id(director, "agent3"))
        window.pages["portfolio"].reload()  # the next thing the agent's window reads
        qtbot.waitUntil(lambda: agent_ctrl.window is None)
        assert isinstance(agent_ctrl.current_dialog, LoginDialog)
        assert agent_ctrl.dialogs.asked == asked_before
    finally:
        agent_ctrl.shutdown()
        director_ctrl.shutdown()
        for ctrl in (agent_ctrl, director_ctrl):
            if ctrl.current_dialog is not None:
                ctrl.current_dialog.close()
