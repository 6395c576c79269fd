"""Each default role on the demo office: what is visible, enabled, and exactly which rows
and columns each table model holds (checked against SQL written here, not the services)."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtTest import QAbstractItemModelTester

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.rights import Right
from broker_desktop.storage.schema import clients, commission_shares, contracts, users

ALL_TABS = ["portfolio", "commissions", "deadlines", "admin", "audit", "import", "reconciliation"]


def attach_tester(model):
    """Qt's own model tester stays attached for the rest of the test: every later reset,
    load and change is checked too; its complaints are Qt warnings, which fail the test."""
    return QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning, model
    )


def py_check(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    # pytest-qt's _cleanup leaves its reset handlers connected, with one state shared by
    # every model checked: a reset of one model chained from another's would trip it
    model.modelAboutToBeReset.disconnect(qtmodeltester._on_model_about_to_be_reset)
    model.modelReset.disconnect(qtmodeltester._on_model_reset)
    qtmodeltester._cleanup()


def visible_tabs(window):
    return [n for n, p in window.pages.items() if window.tabs.isTabVisible(window.tabs.indexOf(p))]


def user_id(session, login):
    with session.database.read() as conn:
        return conn.execute(sa.select(users.c.id).where(users.c.login == login)).scalar_one()


def count(session, table, *where):
    with session.database.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar()


def all_ids(model):
    return [model.id_at(r) for r in range(model.rowCount())]


def test_director_sees_everything(open_app, demo, qtmodeltester):
    window = open_app(demo.path, "directeur").window
    assert visible_tabs(window) == ALL_TABS
    session = window.context.session
    portfolio = window.pages["portfolio"]
    assert portfolio.clients.rowCount() == count(session, clients)
    assert portfolio.new_client_button.isEnabled()
    assert portfolio.agent_combo.isVisibleTo(window)
    portfolio.contracts.set_query(ContractQuery())
    assert portfolio.contracts.rowCount() == count(session, contracts)
    for page in ("commissions", "deadlines", "audit"):  # lists load when first shown
        assert not window.pages[page].model.loaded_once
        assert window.show_page(page)
    commissions = window.pages["commissions"]
    assert {"commission_cents", "share_bp"} <= set(commissions.model.column_keys())
    assert commissions.model.rowCount() == count(session, commission_shares)
    for model in (
        portfolio.clients,
        portfolio.contracts,
        commissions.model,
        window.pages["deadlines"].model,
        window.pages["audit"].model,
    ):
        attach_tester(model)
        py_check(qtmodeltester, model)


def test_agent_sees_only_his_portfolio_and_his_share(open_app, demo, qtmodeltester):
    window = open_app(demo.path, "agent1").window
    assert visible_tabs(window) == ["portfolio", "commissions", "deadlines", "reconciliation"]
    session = window.context.session
    me = user_id(session, "agent1")
    portfolio = window.pages["portfolio"]
    # exactly his clients and contracts, whatever the view asks for
    with session.database.read() as conn:
        mine = set(conn.execute(sa.select(clients.c.id).where(clients.c.agent_id == me)).scalars())
        my_contracts = set(
            conn.execute(sa.select(contracts.c.id).where(contracts.c.agent_id == me)).scalars()
        )
    assert mine and my_contracts
    assert set(all_ids(portfolio.clients)) == mine
    portfolio.contracts.set_query(ContractQuery())
    assert set(all_ids(portfolio.contracts)) == my_contracts
    # may see the portfolio but not change it: shown, disabled, the tooltip names the right
    assert portfolio.new_client_button.isVisibleTo(window)
    assert not portfolio.new_client_button.isEnabled()
    assert "Créer et modifier" in portfolio.new_client_button.toolTip()
    assert not portfolio.agent_combo.isVisibleTo(window)
    for page in ("commissions", "deadlines"):
        assert window.show_page(page)
    commissions = window.pages["commissions"]
    keys = commissions.model.column_keys()
    assert "commission_cents" not in keys and "share_bp" not in keys
    lines = all_ids(commissions.model)
    assert len(lines) == count(session, commission_shares, commission_shares.c.beneficiary_id == me)
    assert all(commissions.model.row_at(r).beneficiary_id == me for r in range(len(lines)))
    assert not commissions.new_button.isVisibleTo(window)
    for model in (
        portfolio.clients,
        portfolio.contracts,
        commissions.model,
        window.pages["deadlines"].model,
    ):
        attach_tester(model)
        py_check(qtmodeltester, model)


def test_agent_filters_run_in_sql(open_app, demo):
    window = open_app(demo.path, "agent1").window
    portfolio = window.pages["portfolio"]
    first = portfolio.clients.row_at(0)
    portfolio.clients.set_query(ClientQuery(search=first.name.split()[0]))
    assert 1 <= portfolio.clients.rowCount()
    assert all(
        first.name.split()[0] in portfolio.clients.row_at(r).name
        for r in range(portfolio.clients.rowCount())
    )


def test_secretary_gets_commissions_only_once_granted(open_app, office):
    secretary = open_app(office, "secretaire1").window
    director = open_app(office, "directeur").window
    assert visible_tabs(secretary) == ["portfolio", "deadlines"]
    portfolio = secretary.pages["portfolio"]
    assert portfolio.new_client_button.isEnabled()
    sid = user_id(director.context.session, "secretaire1")
    director.context.session.admin.grant_right(sid, Right.COMMISSIONS_VIEW_ALL)
    secretary.context.guard.refresh()
    assert visible_tabs(secretary) == [
        "portfolio",
        "commissions",
        "deadlines",
        "reconciliation",
    ]
    secretary.show_page("commissions")
    commissions = secretary.pages["commissions"]
    assert "commission_cents" in commissions.model.column_keys()
    assert commissions.model.rowCount() > 0
    # revoking hides it again, without a restart
    director.context.session.admin.revoke_right(sid, Right.COMMISSIONS_VIEW_ALL)
    secretary.context.guard.refresh()
    assert visible_tabs(secretary) == ["portfolio", "deadlines"]


def test_revoking_a_role_right_disables_the_buttons(open_app, office):
    director = open_app(office, "directeur").window
    secretary = open_app(office, "secretaire1").window
    admin = director.context.session.admin
    role = next(r for r in admin.roles() if r.name == "Secrétaire")
    admin.set_role_rights(role.id, role.rights - {Right.PORTFOLIO_EDIT})
    secretary.show_page("deadlines")  # showing a page re-reads the rights
    button = secretary.pages["portfolio"].new_client_button
    assert not button.isHidden() and not button.isEnabled()


def test_total_visibility_sees_everyones_deadlines_only(open_app, demo):
    window = open_app(demo.path, "visibilite").window
    assert visible_tabs(window) == ["deadlines"]
    deadlines = window.pages["deadlines"]
    assert deadlines.scope_combo.isVisibleTo(window)
    assert not deadlines.done_button.isEnabled()


def test_status_bar_shows_user_and_roles(open_app, demo):
    window = open_app(demo.path, "agent-visibilite").window
    text = window.user_label.text()
    assert "agent-visibilite" in text and "Agent" in text and "Visibilité totale" in text


def test_a_hidden_page_does_not_query_what_the_user_may_not_read(open_app, office):
    from broker_desktop.core.audit import AuditQuery

    for login in ("agent1", "secretaire1", "visibilite"):
        open_app(office, login)
    director = open_app(office, "directeur").window.context.session
    denied = director.audit.page(AuditQuery(action="access.denied"), limit=100)
    assert denied == []
