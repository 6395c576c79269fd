"""Words of the import screens shared by several of them (reasons, counts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from broker_desktop.core.importing.rows import Reason
from broker_desktop.ui.pages.mapping_editor import field_label


def reason_text(reason: Reason) -> str:
    codes = {
        "required": QCoreApplication.translate("ImportTexts", "missing"),
        "invalid_date": QCoreApplication.translate("ImportTexts", "not a date"),
        "out_of_range": QCoreApplication.translate("ImportTexts", "out of range"),
        "expiry_before_start": QCoreApplication.translate(
            "ImportTexts", "renewal before the start"
        ),
        "invalid_amount": QCoreApplication.translate("ImportTexts", "not an amount"),
        "negative_amount": QCoreApplication.translate("ImportTexts", "negative amount"),
        "invalid_uid": QCoreApplication.translate("ImportTexts", "not a valid UID"),
        "invalid_email": QCoreApplication.translate("ImportTexts", "not an e-mail address"),
        "invalid_phone": QCoreApplication.translate("ImportTexts", "not a phone number"),
        "invalid_choice": QCoreApplication.translate(
            "ImportTexts", "unknown code: add a translation"
        ),
        "unknown_reference": QCoreApplication.translate(
            "ImportTexts", "unknown: add a translation"
        ),
        "unknown_agent": QCoreApplication.translate("ImportTexts", "no such active user"),
        "own_book_only": QCoreApplication.translate("ImportTexts", "only into your own book"),
        "policy_number_taken": QCoreApplication.translate("ImportTexts", "belongs to another book"),
        "duplicate_in_file": QCoreApplication.translate(
            "ImportTexts", "already earlier in the file"
        ),
        "too_long": QCoreApplication.translate("ImportTexts", "too long"),
        "control_characters": QCoreApplication.translate("ImportTexts", "invisible characters"),
        "not_an_integer": QCoreApplication.translate("ImportTexts", "not a whole number"),
        "invalid_period": QCoreApplication.translate("ImportTexts", "not a period"),
        "invalid_split": QCoreApplication.translate(
            "ImportTexts", "write each share as a name and a percentage"
        ),
        "split_not_100": QCoreApplication.translate(
            "ImportTexts", "the shares do not add up to 100 %"
        ),
        "unknown_person": QCoreApplication.translate("ImportTexts", "no such active user"),
        "duplicate_beneficiary": QCoreApplication.translate(
            "ImportTexts", "the same person appears twice"
        ),
        "no_contract": QCoreApplication.translate("ImportTexts", "a split needs a contract"),
    }
    what = codes.get(reason.code, reason.message)
    text = (
        QCoreApplication.translate("ImportTexts", "%1: %2")
        .replace("%1", field_label(reason.field))
        .replace("%2", what)
    )
    if reason.value:
        text += " " + QCoreApplication.translate("ImportTexts", "(“%1”)").replace(
            "%1", reason.value[:60]
        )
    return text


def match_reasons(reasons: tuple[str, ...]) -> str:
    words = {
        "uid": QCoreApplication.translate("ImportTexts", "same UID"),
        "birth_date": QCoreApplication.translate("ImportTexts", "same date of birth"),
        "email": QCoreApplication.translate("ImportTexts", "same e-mail"),
        "postcode": QCoreApplication.translate("ImportTexts", "same postcode"),
        "name": QCoreApplication.translate("ImportTexts", "same name"),
    }
    return ", ".join(words.get(r, r) for r in reasons)


def count_labels() -> list[tuple[str, str]]:
    return [
        ("rows", QCoreApplication.translate("ImportTexts", "Rows read")),
        ("rejected", QCoreApplication.translate("ImportTexts", "Rows rejected")),
        ("clients_created", QCoreApplication.translate("ImportTexts", "Clients to create")),
        ("clients_updated", QCoreApplication.translate("ImportTexts", "Clients to update")),
        ("clients_unchanged", QCoreApplication.translate("ImportTexts", "Clients unchanged")),
        ("contracts_created", QCoreApplication.translate("ImportTexts", "Contracts to create")),
        ("contracts_updated", QCoreApplication.translate("ImportTexts", "Contracts to update")),
        ("contracts_unchanged", QCoreApplication.translate("ImportTexts", "Contracts unchanged")),
        (
            "follow_ups_created",
            QCoreApplication.translate("ImportTexts", "Follow-ups to create"),
        ),
        ("splits_set", QCoreApplication.translate("ImportTexts", "Commission splits to set")),
        (
            "splits_unchanged",
            QCoreApplication.translate("ImportTexts", "Commission splits unchanged"),
        ),
        ("duplicates", QCoreApplication.translate("ImportTexts", "Probable duplicate clients")),
    ]
