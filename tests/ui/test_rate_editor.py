"""The commission-rate editor says every problem next to its field at once, as the edit
dialogs do: an insurer and a line deleted on another workstation while the screen was
open are both said, under their own fields, nothing is written; a contract's own rate
without a contract is said under the picker; a good save clears the errors."""

from __future__ import annotations

from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD


def shown_error(rows, name: str) -> str | None:
    label = rows.errors[name]
    return label.text() if label.isVisibleTo(label.window()) else None


def test_the_rate_editor_shows_every_field_error_at_once(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    other = open_session(office, "directeur", DEMO_PASSWORD)  # the other workstation
    try:
        insurer = other.reference.create_insurer("Assurance Éphémère SA")
        line = other.reference.create_line("DRONE", "Drones", "Drones")
        window.show_page("reconciliation")
        page = window.pages["reconciliation"]
        page.tabs.setCurrentWidget(page.rates)
        rates = page.rates
        rates.load()  # read again at each load: the new insurer and line are offered
        assert rates.insurer_combo.findData(insurer) >= 0
        assert rates.line_combo.findData(line) >= 0
        rates.insurer_combo.setCurrentIndex(rates.insurer_combo.findData(insurer))
        rates.line_combo.setCurrentIndex(rates.line_combo.findData(line))
        rates.rate_spin.setValue(7.5)
        assert rates.rate_spin.text() == "7.50 %"  # Swiss, as the table's "7.5 %"
        before = session.reconciliation.rates()

        # both removed over there while the screen still offers them
        for item in other.reference.insurers():
            if item.id == insurer:
                other.reference.delete_insurer(insurer, item.version)
        for item in other.reference.lines():
            if item.id == line:
                other.reference.delete_line(line, item.version)
        rates.save()
        rows = rates.rate_rows
        assert shown_error(rows, "insurer_id") == "Choisissez une des valeurs proposées."
        assert shown_error(rows, "line_id") == "Choisissez une des valeurs proposées."
        assert shown_error(rows, "rate_bp") is None
        assert rates.message.text() == ""
        assert session.reconciliation.rates() == before

        # another choice clears that field's error only; a good save clears the rest
        axa = next(i.id for i in session.reference.insurers() if i.name == "AXA Assurances")
        rates.insurer_combo.setCurrentIndex(rates.insurer_combo.findData(axa))
        assert shown_error(rows, "insurer_id") is None
        assert shown_error(rows, "line_id") is not None
        rates.line_combo.setCurrentIndex(0)  # every line
        rates.save()
        assert shown_error(rows, "line_id") is None
        saved = [r for r in session.reconciliation.rates(axa) if r.line_id is None]
        assert [(r.rate_bp, r.contract_id) for r in saved] == [(750, None)]
        assert rates.insurer_combo.findData(insurer) < 0  # gone from the choices now

        # a contract's own rate without a contract: said under the picker
        rates.save_contract_rate()
        assert shown_error(rates.contract_rows, "contract_id") == "Ce champ est obligatoire."
        assert shown_error(rates.contract_rows, "rate_bp") is None
        assert rates.message.text() == ""
    finally:
        other.close()


def test_deleting_a_rate_asks_first(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    dialogs = window.context.dialogs
    window.show_page("reconciliation")
    page = window.pages["reconciliation"]
    page.tabs.setCurrentWidget(page.rates)
    rates = page.rates
    first, second = (i.id for i in session.reference.insurers()[:2])
    session.reconciliation.set_rate(first, 1250)
    session.reconciliation.set_rate(second, 900)  # stays
    rates.load()
    before = session.reconciliation.rates()
    row = next(i for i, r in enumerate(rates.rates) if r.rate_bp == 1250)
    chosen = rates.rates[row]
    insurer = rates.names["insurers"][chosen.insurer_id]
    rates.table.selectRow(row)

    dialogs.queue_answer(False)  # the user says no: nothing is deleted
    rates.delete()
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("confirm", "Supprimer le taux")
    assert insurer in text
    assert "Supprimer le taux de " in text
    assert session.reconciliation.rates() == before

    dialogs.queue_answer(True)  # he confirms: that rate, and only it, is gone
    rates.delete()
    after = session.reconciliation.rates()
    assert [r.id for r in after] == [r.id for r in before if r.id != chosen.id]
    assert [r.rate_bp for r in after if r.insurer_id == second] == [900]
    assert [a[0] for a in dialogs.asked[-2:]] == ["confirm", "confirm"]
