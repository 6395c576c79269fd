"""Translated labels for the core's stable codes (statuses, kinds, frequencies, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def contract_status(code: str) -> str:
    return {
        "proposal": _t("Proposal"),
        "active": _t("Active"),
        "cancelled": _t("Cancelled"),
        "expired": _t("Expired"),
    }.get(code, code)


def client_kind(code: str) -> str:
    return {"person": _t("Person"), "company": _t("Company")}.get(code, code)


def frequency(code: str) -> str:
    return {
        "annual": _t("Annual"),
        "semiannual": _t("Half-yearly"),
        "quarterly": _t("Quarterly"),
        "monthly": _t("Monthly"),
    }.get(code, code)


def language(code: str) -> str:
    return {
        "fr": _t("French"),
        "de": _t("German"),
        "it": _t("Italian"),
        "en": _t("English"),
    }.get(code, code)


def deadline_kind(code: str) -> str:
    return {
        "renewal": _t("Renewal"),
        "cancel_by": _t("Cancellation deadline"),
        "task": _t("Task"),
        "manual": _t("Task"),
    }.get(code, code)


CODE_LABELS = {
    "status": contract_status,
    "kind": client_kind,
    "frequency": frequency,
    "language": language,
}
