"""The audit log reads as sentences in the UI language, with names (deactivated users
too) and CHF; it is filtered by person, by kind of action (a list) and by dates, at once,
and new entries appear without pressing anything."""

from __future__ import annotations

import sqlalchemy as sa

from broker_desktop.core.audit import AuditQuery
from broker_desktop.storage.schema import roles, users


def ids(session, login: str) -> tuple[int, str]:
    with session.database.read() as conn:
        row = conn.execute(
            sa.select(users.c.id, users.c.display_name).where(users.c.login == login)
        ).one()
    return row.id, row.display_name


def sentences(page) -> list[str]:
    column = page.model.column_of("detail")
    return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]


def test_a_role_change_reads_as_a_sentence_with_names(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    agent_id, agent_name = ids(session, "secretaire2")
    with session.database.read() as conn:
        role_id = conn.execute(sa.select(roles.c.id).where(roles.c.name == "Agent")).scalar_one()
    page = window.pages["audit"]
    window.show_page("audit")
    session.admin.add_member(role_id, agent_id)
    qtbot.waitUntil(
        lambda: f"Claire Morel a ajouté {agent_name} au rôle Agent." in sentences(page),
        timeout=5000,
    )  # no "Appliquer": the new entry came by itself
    person = page.model.column_of("actor")
    assert page.model.data(page.model.index(0, person)) == "Claire Morel"
    assert "role.member_add" not in " ".join(sentences(page))

    # deactivated, still named
    session.admin.deactivate_user(agent_id)
    qtbot.waitUntil(
        lambda: f"Claire Morel a désactivé le compte de {agent_name}." in sentences(page),
        timeout=5000,
    )
    page._load_names()
    assert page.user_combo.findText(f"{agent_name} (désactivé)") >= 0  # marked


def test_filters_by_person_and_kind_of_action(qtbot, open_app, office):
    open_app(office, "agent1")  # a login to find
    window = open_app(office, "directeur").window
    page = window.pages["audit"]
    window.show_page("audit")
    page.action_combo.setCurrentIndex(page.action_combo.findText("Connexions"))
    assert page.model.query.actions == ("login.",)
    texts = sentences(page)
    assert texts and all(t.endswith("s'est connecté.") for t in texts)
    agent_id, agent_name = ids(window.context.session, "agent1")
    page.user_combo.setCurrentIndex(page.user_combo.findData(agent_id))
    assert sentences(page) and set(sentences(page)) == {f"{agent_name} s'est connecté."}
    page.action_combo.setCurrentIndex(page.action_combo.findText("Utilisateurs, rôles et droits"))
    query = page.model.query
    assert set(query.actions) >= {"user.", "role.", "right."}
    assert page.model.rowCount() == len(window.context.session.audit.page(query, limit=1000))


def test_amounts_are_in_chf_and_dates_swiss(qapp, open_app, demo):
    from broker_desktop.ui.audit_sentences import AuditSentences

    open_app(demo.path, "directeur")
    writer = AuditSentences({"user": {3: "Luc Favre"}})

    class Row:
        user_id = 3
        actor = "agent1"
        entity = "contract"
        entity_id = 12
        action = "contract.update"
        detail = (
            '{"premium_cents": ["120000", "135050"], "expiry_date": ["2026-12-31", "2027-12-31"]}'
        )

    text = writer.sentence(Row())
    assert text == (
        "Luc Favre a modifié le contrat n° 12 : prime : CHF 1'200.00 → CHF 1'350.50, "
        "date d'échéance : 31.12.2026 → 31.12.2027."
    )
    assert AuditQuery(actions=("login",)).actions == ("login",)


def test_a_contract_rate_reads_with_the_contract_and_its_client(qapp, open_app, demo):
    from broker_desktop.ui.audit_sentences import AuditSentences

    open_app(demo.path, "directeur")
    writer = AuditSentences({"user": {3: "Luc Favre"}, "insurer": {2: "AXA Assurances"}})

    class Row:
        user_id = 3
        actor = "directeur"
        entity = "commission_rate"
        entity_id = 7
        action = "commission_rate.set"
        detail = (
            '{"insurer_id": 2, "line_id": null, "contract_id": 216, "rate_bp": 1250,'
            ' "subject": "AX-1 (Müller Pierre)"}'
        )

    assert writer.sentence(Row()) == (
        "Luc Favre a fixé le taux de commission propre au contrat AX-1 (Müller Pierre) à 12.5 %."
    )
    Row.detail = '{"insurer_id": 2, "line_id": null, "contract_id": 216, "rate_bp": 1250}'
    assert writer.sentence(Row()) == (
        "Luc Favre a fixé le taux de commission propre au contrat n° 216 à 12.5 %."
    )
    Row.detail = '{"insurer_id": 2, "line_id": null, "contract_id": null, "rate_bp": 1000}'
    assert writer.sentence(Row()) == (
        "Luc Favre a fixé le taux de commission de AXA Assurances à 10 %."
    )
