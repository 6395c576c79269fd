"""A contract's usual split has its own editing place in the portfolio: the director sets
it (the core's refusal shown under the split, nothing written), the audit log reads it
as a sentence with names, a change made meanwhile elsewhere is shown again instead of
overwritten, and a user without commissions.manage cannot open it."""

from __future__ import annotations

from broker_desktop.core.commissions import ShareInput
from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD


def _people(session) -> dict[str, tuple[int, str]]:
    return {u.login: (u.id, u.display_name) for u in session.admin.users()}


def _choose(dialog, row: int, person_id: int, percent: float) -> None:
    combo, spin = dialog.table.cellWidget(row, 0), dialog.table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData(person_id))
    spin.setValue(percent)


def _open(window):
    page = window.pages["portfolio"]
    window.show_page("portfolio")
    page.clients_view.selectRow(0)
    page.contracts_view.selectRow(0)
    return page, page.contracts.row_at(0)


def test_the_director_edits_a_contracts_usual_split(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    people = _people(session)
    (agent1, name1), (agent2, name2) = people["agent1"], people["agent2"]
    page, row = _open(window)
    assert page.split_button.isEnabled() and page.split_button.text() == "Répartition…"
    stored = session.reconciliation.usual_split(row.id)
    page.split_button.click()
    dialog = page.split_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.shares() == list(stored.shares)

    dialog.table.setRowCount(0)
    dialog.add_share(agent1, 0)
    dialog.add_share(agent2, 0)
    _choose(dialog, 0, agent1, 60)
    _choose(dialog, 1, agent2, 30)
    assert dialog.rule.text() == "Les parts totalisent 90 % ; elles doivent faire exactement 100 %."
    dialog.submit()
    error = dialog.rows.errors["shares"]
    assert error.isVisibleTo(dialog)
    assert error.text() == "Les parts doivent totaliser exactement 100 %."
    assert session.reconciliation.usual_split(row.id) == stored  # nothing written
    _choose(dialog, 1, agent2, 40)
    assert not error.isVisibleTo(dialog)  # the split changed: its error went
    assert dialog.rule.text() == "Les parts totalisent 100 %."
    dialog.submit()
    assert page.split_dialog is None
    assert session.reconciliation.usual_split(row.id).shares == (
        ShareInput(agent1, 6000),
        ShareInput(agent2, 4000),
    )

    window.show_page("audit")
    audit = window.pages["audit"]
    column = audit.model.column_of("detail")
    qtbot.waitUntil(
        lambda: any(
            f"a fixé la répartition habituelle du contrat {row.policy_number}"
            in (audit.model.data(audit.model.index(r, column)) or "")
            for r in range(audit.model.rowCount())
        )
    )
    said = next(
        audit.model.data(audit.model.index(r, column))
        for r in range(audit.model.rowCount())
        if "répartition habituelle" in (audit.model.data(audit.model.index(r, column)) or "")
    )
    assert f"{name1} 60 %" in said and f"{name2} 40 %" in said


def test_a_split_changed_elsewhere_is_shown_again_not_overwritten(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    people = _people(session)
    agent1, agent3 = people["agent1"][0], people["agent3"][0]
    page, row = _open(window)
    page.usual_split()
    dialog = page.split_dialog
    dialog.table.setRowCount(0)
    dialog.add_share(agent1, 10_000)

    other = open_session(office, "directeur", DEMO_PASSWORD)  # another workstation
    try:
        theirs = other.reconciliation.set_usual_split(
            row.id, [ShareInput(agent3, 10_000)], other.reconciliation.usual_split(row.id).stamp
        )
    finally:
        other.close()
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Quelqu'un d'autre a modifié cette répartition")
    assert dialog.shares() == list(theirs.shares)  # their split, read again
    assert session.reconciliation.usual_split(row.id) == theirs
    dialog.add_share(agent1, 0)
    _choose(dialog, 0, agent3, 50)
    _choose(dialog, 1, agent1, 50)
    dialog.submit()  # against their version now
    assert page.split_dialog is None
    assert session.reconciliation.usual_split(row.id).shares == (
        ShareInput(agent3, 5000),
        ShareInput(agent1, 5000),
    )


def test_the_usual_split_needs_commissions_manage(open_app, office):
    window = open_app(office, "secretaire1").window  # the whole portfolio, no commissions
    page, _row = _open(window)
    assert page.split_button.isVisible() and not page.split_button.isEnabled()
