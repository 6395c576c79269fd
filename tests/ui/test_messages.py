"""One translator for every exception (ui/messages.py): field messages use their
parameters, counts use Qt's plural forms, every storage and core error has a sentence in
the UI language, and a form shows every field error at once and drops each as it is fixed."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime

import pytest

from broker_desktop.core import errors as core_errors
from broker_desktop.core.errors import FieldError
from broker_desktop.storage import errors as storage_errors
from broker_desktop.ui.i18n import Translations
from broker_desktop.ui.messages import explain, field_message, known, line_count
from broker_desktop.ui.pages.client_form import ClientDialog
from broker_desktop.ui.pages.contract_form import ContractDialog


@pytest.fixture
def french(qapp):
    translations = Translations(qapp)
    translations.load("fr")
    yield
    translations.load("en")


def _instances(module, base):
    """One instance of every concrete error class of ``module`` derived from ``base``."""
    made = []
    for _name, cls in inspect.getmembers(module, inspect.isclass):
        if not issubclass(cls, base) or cls.__module__ != module.__name__:
            continue
        if cls.__subclasses__() or cls is base:
            continue  # a family, not an error one meets
        params = [
            p
            for p in inspect.signature(cls.__init__).parameters.values()
            if p.name != "self" and p.default is inspect.Parameter.empty
        ]
        args = {
            "until": datetime(2026, 12, 31, 16, 30, tzinfo=UTC),
            "errors": {"name": FieldError("required", "This field is required.")},
        }
        positional = [args.get(p.name, "x") for p in params if p.kind != p.KEYWORD_ONLY]
        named = {p.name: args.get(p.name, True) for p in params if p.kind == p.KEYWORD_ONLY}
        made.append(cls(*positional, **named))
    return made


STORAGE = _instances(storage_errors, storage_errors.StorageError)
CORE = _instances(core_errors, core_errors.CoreError)


@pytest.mark.parametrize("exc", STORAGE + CORE, ids=lambda exc: type(exc).__name__)
def test_every_storage_and_core_error_has_a_french_sentence(french, exc):
    sentence = known(exc)
    assert sentence, f"add a sentence for {type(exc).__name__} to ui/messages.py"
    assert sentence != str(exc)  # not the English message of the lower layers


def test_there_is_one_translator(french):
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "src" / "broker_desktop" / "ui"
    assert not (ui / "storage_messages.py").exists()
    assert explain(storage_errors.DiskFull()) == (
        "Le disque est plein. Rien n'a été écrit ; libérez de la place et réessayez."
    )
    assert explain(ValueError("a bug")) == "a bug"  # unknown: its own message, never empty


def test_field_messages_use_their_parameters(french):
    too_long = FieldError("too_long", "At most 200 characters.", {"max_length": 200})
    assert field_message(too_long) == "Au maximum 200 caractères."
    one = FieldError("too_long", "At most 1 characters.", {"max_length": 1})
    assert field_message(one) == "Au maximum 1 caractère."
    months = FieldError("out_of_range", "Between 0 and 24 months.", {"min": 0, "max": 24})
    assert field_message(months) == "Entre 0 et 24 mois."
    short = FieldError("password_too_short", "…", {"min_length": 10})
    assert field_message(short) == "Le mot de passe doit avoir au moins 10 caractères."


def test_counts_use_plural_forms(qapp, french):
    assert [line_count(n) for n in (0, 1, 2)] == ["0 ligne", "1 ligne", "2 lignes"]
    translations = Translations(qapp)
    translations.load("en")
    assert [line_count(n) for n in (1, 2)] == ["1 line", "2 lines"]
    translations.load("fr")


def test_commission_total_names_its_line_count(open_app, demo):
    window = open_app(demo.path, "directeur").window
    assert window.show_page("commissions")  # lists load when their tab is first shown
    page = window.pages["commissions"]
    page._update_total()
    rows = page.model.rowCount()
    assert page.total_label.text().endswith(f"({line_count(rows)})")
    assert "lignes)" in page.total_label.text() and "(s)" not in page.total_label.text()


def _error(dialog, name):
    label = dialog.findChild(type(dialog.message), f"error_{name}")
    return label.text() if label.isVisibleTo(dialog) else None


def test_client_form_shows_every_error_at_once_and_drops_each_when_fixed(qtbot, open_app, office):
    window = open_app(office, "secretaire1").window
    page = window.pages["portfolio"]
    dialog = ClientDialog(*page._dialog_context(), parent=page)
    dialog.show()
    try:
        dialog.last_name.setText("L" * 250)  # too long: a type check
        qtbot.keyClicks(dialog.email, "anne-at-example")  # a rule
        dialog.save()
        assert _error(dialog, "last_name") == "Au maximum 200 caractères."
        assert _error(dialog, "first_name") == "Ce champ est obligatoire."
        assert _error(dialog, "email") == "Ce n'est pas une adresse e-mail valable."
        qtbot.keyClicks(dialog.first_name, "Anne")  # fixed: its message goes at once
        assert _error(dialog, "first_name") is None
        assert _error(dialog, "last_name") == "Au maximum 200 caractères."
        dialog.last_name.setText("Rochat")
        assert _error(dialog, "last_name") is None
        assert _error(dialog, "email") is not None  # still wrong, still said
    finally:
        dialog.close()


def test_a_contract_start_in_the_year_3000_names_the_allowed_dates(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    page.clients_view.selectRow(0)
    dialog = ContractDialog(
        *page._dialog_context(), client_id=page.clients_view.selected_id(), parent=page
    )
    dialog.show()
    try:
        dialog.policy.setText("P-3000")
        dialog.start.edit.setText("01.01.3000")
        dialog.expiry.edit.setText("01.01.3001")
        dialog.save()
        assert _error(dialog, "start_date") == "Une date entre le 01.01.1900 et le 31.12.2999."
    finally:
        dialog.close()


def test_nonsense_postcode_phone_and_premium_are_refused_inline(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    page = window.pages["portfolio"]
    dialog = ClientDialog(*page._dialog_context(), parent=page)
    dialog.show()
    try:
        dialog.last_name.setText("Testeur")
        dialog.first_name.setText("Paul")
        dialog.postcode.setText("Rue du Test 1")
        dialog.phone.setText("xyz")
        dialog.save()
        assert _error(dialog, "postcode") == "Un NPA suisse a 4 chiffres (par exemple 1003)."
        assert _error(dialog, "phone") == (
            "Ce n'est pas un numéro de téléphone valable (par exemple +41 21 123 45 67)."
        )
        dialog.postcode.setText("1003")
        dialog.phone.setText("021 123 45 67")
        dialog.save()
        assert dialog.result() == ClientDialog.DialogCode.Accepted
    finally:
        dialog.close()
    page.clients_view.selectRow(0)
    contract = ContractDialog(
        *page._dialog_context(), client_id=page.clients_view.selected_id(), parent=page
    )
    contract.show()
    try:
        contract.policy.setText("P-HUGE")
        contract.premium.setText("99'999'999'999.00")
        contract.save()
        assert _error(contract, "premium_cents") == (
            "Une prime annuelle au-delà de CHF 10'000'000.00 n'est pas plausible : "
            "vérifiez le montant."
        )
    finally:
        contract.close()
