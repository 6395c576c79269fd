"""The list pages' filter combos (agents, insurers, lines) follow the one change path: a
new insurer made here, a colleague deactivated on another workstation, and the combos
reload (off the GUI thread) without a restart; a choice that is gone falls back to all."""

from __future__ import annotations

import sqlalchemy as sa
from ui_harness import controller, log_in

from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.storage.schema import users


def start(tmp_path, office, login, *, check_seconds):
    folder = tmp_path / login
    folder.mkdir()
    ctrl = controller(folder, office)
    ctrl.change_check_seconds = check_seconds
    log_in(ctrl, login, DEMO_PASSWORD)
    assert ctrl.window is not None
    return ctrl


def offered(combo) -> set:
    return {combo.itemData(i) for i in range(combo.count())}


def marked(combo, person_id) -> bool:
    index = combo.findData(person_id)
    return index >= 0 and combo.itemText(index).endswith(" (désactivé)")


def test_filter_combos_follow_new_insurers_and_deactivated_users(qtbot, tmp_path, office):
    other = open_session(office, "directeur", DEMO_PASSWORD)  # the other workstation
    ctrl = start(tmp_path, office, "directeur", check_seconds=0.05)
    try:
        window = ctrl.window
        portfolio = window.pages["portfolio"]
        commissions = window.pages["commissions"]
        window.show_page("portfolio")
        with ctrl.session.database.read() as conn:
            agent2 = conn.execute(
                sa.select(users.c.id).where(users.c.login == "agent2")
            ).scalar_one()
        qtbot.waitUntil(lambda: agent2 in offered(portfolio.agent_combo), timeout=30000)

        # made on this workstation: the visible page's insurer combo offers it
        insurer = ctrl.session.reference.create_insurer("Assurance Étoile SA")
        qtbot.waitUntil(lambda: insurer in offered(portfolio.insurer_combo), timeout=30000)

        # agent2 chosen as a filter, then deactivated on another workstation
        portfolio.agent_combo.setCurrentIndex(portfolio.agent_combo.findData(agent2))
        qtbot.waitUntil(lambda: portfolio.clients.query.agent_id == agent2, timeout=30000)
        other.admin.deactivate_user(agent2)
        # still offered (his clients stay his until his book is handed over), marked
        qtbot.waitUntil(lambda: marked(portfolio.agent_combo, agent2), timeout=30000)
        assert portfolio.agent_combo.currentData() == agent2
        assert portfolio.clients.query.agent_id == agent2

        # the hidden commissions page reloads its combo when shown
        window.show_page("commissions")
        qtbot.waitUntil(lambda: marked(commissions.agent_combo, agent2), timeout=30000)
        assert commissions.agent_combo.count() > 1
    finally:
        ctrl.shutdown()
        other.close()
        if ctrl.current_dialog is not None:
            ctrl.current_dialog.close()
