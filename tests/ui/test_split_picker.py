"""The split editor picks its contract by policy number or client name, among the
contracts the user may see (found through the services), never by a raw id."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from broker_desktop.core.commissions import CommissionQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.storage.schema import commissions, contracts
from broker_desktop.ui.pages.contract_picker import ContractPicker, find_contracts
from broker_desktop.ui.pages.split_dialog import SplitDialog


def result_ids(picker):
    return [
        picker.results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(picker.results.count())
        if picker.results.item(i).data(Qt.ItemDataRole.UserRole) is not None
    ]


def test_search_by_policy_or_client_then_save(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    page = window.pages["commissions"]
    dialog = SplitDialog(page.context, page.choices, parent=page)
    dialog.show()
    try:
        picker = dialog.contract
        assert isinstance(picker, ContractPicker)
        target = session.contracts.page(ContractQuery(sort="policy_number"), limit=1)[0]
        qtbot.keyClicks(picker.search_edit, target.policy_number)
        picker.search_now()
        assert target.id in result_ids(picker)
        # by client name too
        picker.search_edit.setText(target.client.split()[0])
        picker.search_now()
        ids = result_ids(picker)
        assert target.id in ids
        assert all(session.contracts.get(i) for i in ids)
        # nothing chosen yet: the error stands next to the field
        dialog.period.setText("2026-11")
        dialog.amount.setText("400.00")
        dialog.save()
        error = dialog.findChild(QLabel, "error_contract_id")
        assert error.isVisibleTo(dialog) and error.text() == "Ce champ est obligatoire."
        row = ids.index(target.id)
        picker.results.itemClicked.emit(picker.results.item(row))
        assert picker.contract_id() == target.id
        assert target.policy_number in picker.chosen.text()
        dialog.save()
        assert dialog.result() == SplitDialog.DialogCode.Accepted
        with session.database.read() as conn:
            saved = (
                conn.execute(
                    sa.select(commissions.c.contract_id).where(commissions.c.period == "2026-11")
                )
                .scalars()
                .all()
            )
        assert target.id in saved
    finally:
        dialog.close()


def test_an_agent_finds_only_his_contracts(open_app, demo):
    agent = open_app(demo.path, "agent1").window.context.session
    director = open_app(demo.path, "directeur").window.context.session
    with agent.database.read() as conn:
        foreign_id, foreign_policy = conn.execute(
            sa.select(contracts.c.id, contracts.c.policy_number)
            .where(contracts.c.agent_id != agent.user.id)
            .limit(1)
        ).one()
    assert foreign_id in {row.id for row in find_contracts(director, foreign_policy)}
    found = find_contracts(agent, foreign_policy)
    assert foreign_id not in {row.id for row in found}
    assert all(agent.contracts.get(row.id).agent_id == agent.user.id for row in found)


def test_an_existing_commission_shows_its_contract_fixed(open_app, demo):
    window = open_app(demo.path, "directeur").window
    page = window.pages["commissions"]
    session = window.context.session
    line = session.commissions.page(CommissionQuery(), limit=1)[0]
    commission = session.commissions.get(line.commission_id)
    dialog = SplitDialog(page.context, page.choices, commission=commission, parent=page)
    try:
        assert dialog.contract.contract_id() == commission.contract_id
        assert line.policy_number in dialog.contract.chosen.text()
        assert dialog.contract.search_edit.isHidden()
    finally:
        dialog.close()


def test_a_new_commission_starts_from_the_contracts_usual_split(qtbot, open_app, office):
    from broker_desktop.core.commissions import CommissionInput, ShareInput

    window = open_app(office, "directeur").window
    session = window.context.session
    page = window.pages["commissions"]
    target = session.contracts.page(ContractQuery(sort="policy_number"), limit=1)[0]
    agents = [u.id for u in session.admin.users() if u.login.startswith("agent")][:2]
    session.commissions.create(
        CommissionInput(
            target.id, "2019", 10_000, (ShareInput(agents[0], 7000), ShareInput(agents[1], 3000))
        )
    )
    dialog = SplitDialog(page.context, page.choices, contract_id=target.id, parent=page)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: len(dialog.shares()) == 2)
        assert dialog.shares() == [ShareInput(agents[0], 7000), ShareInput(agents[1], 3000)]
        # once the user changed the split, choosing another contract keeps his
        dialog.table.cellWidget(0, 1).setValue(50)
        other = session.contracts.page(ContractQuery(sort="policy_number"), limit=2)[1]
        dialog.contract.pick(other.id, other.policy_number)
        qtbot.wait(50)
        assert dialog.shares()[0] == ShareInput(agents[0], 5000)
    finally:
        dialog.close()
