"""The search fields of the portfolio and of the client and contract pickers: typing a
phone (as people dial it), an e-mail or a policy number shows the match."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from broker_desktop.storage.schema import clients, contracts
from broker_desktop.ui.pages.follow_up_dialog import FollowUpDialog

PLACEHOLDER = "Nom, n° de police, téléphone, e-mail, NPA, localité"


def national(phone: str) -> str:
    """ "+41 32 668 84 63" as dialled in Switzerland: "032 668 84 63"."""
    assert phone.startswith("+41 ")
    return "0" + phone[4:]


def a_client_with_a_contract(session):
    """One whose e-mail QTest can type (ASCII)."""
    with session.database.read() as conn:
        rows = conn.execute(
            sa.select(clients, contracts.c.id.label("contract_id"), contracts.c.policy_number)
            .join(contracts, contracts.c.client_id == clients.c.id)
            .where(clients.c.phone.like("+41 %"), clients.c.email.like("client%"))
            .order_by(contracts.c.id)
            .limit(1)
        ).one()
    assert rows.email.isascii()
    return rows


def shown_ids(model) -> list[int]:
    return [model.id_at(r) for r in range(model.rowCount())]


def test_typing_in_the_portfolio_search_shows_the_match(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    window.show_page("portfolio")
    page = window.pages["portfolio"]
    assert page.search_edit.placeholderText() == PLACEHOLDER
    target = a_client_with_a_contract(window.context.session)
    for typed in (national(target.phone), target.policy_number, target.email):
        page.search_edit.clear()
        qtbot.keyClicks(page.search_edit, typed)
        qtbot.waitUntil(lambda t=typed: page.clients.query.search == t)
        qtbot.waitUntil(lambda: target.id in shown_ids(page.clients))
        assert page.clients.rowCount() <= 3, typed  # the match, not the portfolio


def test_the_pickers_find_by_phone_and_e_mail(qtbot, open_app, demo):
    window = open_app(demo.path, "directeur").window
    page = window.pages["deadlines"]
    target = a_client_with_a_contract(window.context.session)
    dialog = FollowUpDialog(page.context, page.choices, parent=page)
    dialog.show()
    try:
        for picker in (dialog.client, dialog.contract):
            assert picker.search_edit.placeholderText() == PLACEHOLDER
        dialog.client.search_edit.setFocus()
        qtbot.keyClicks(dialog.client.search_edit, national(target.phone).replace(" ", ""))
        qtbot.waitUntil(lambda: dialog.client.results.isVisibleTo(dialog))
        qtbot.keyClick(dialog.client.search_edit, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.client.results, Qt.Key.Key_Return)
        assert dialog.client.client_id() == target.id

        qtbot.keyClicks(dialog.contract.search_edit, target.email)
        qtbot.waitUntil(lambda: dialog.contract.results.isVisibleTo(dialog))
        found = [
            dialog.contract.results.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.contract.results.count())
        ]
        assert target.contract_id in found
    finally:
        dialog.close()
