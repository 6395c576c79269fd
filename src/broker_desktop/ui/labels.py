"""Translated labels for the core's stable codes (statuses, kinds, frequencies, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def contract_status(code: str) -> str:
    return {
        "proposal": QCoreApplication.translate("Labels", "Proposal"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
        "expired": QCoreApplication.translate("Labels", "Expired"),
    }.get(code, code)


def client_kind(code: str) -> str:
    return {
        "person": QCoreApplication.translate("Labels", "Person"),
        "company": QCoreApplication.translate("Labels", "Company"),
    }.get(code, code)


def frequency(code: str) -> str:
    return {
        "annual": QCoreApplication.translate("Labels", "Annual"),
        "semiannual": QCoreApplication.translate("Labels", "Half-yearly"),
        "quarterly": QCoreApplication.translate("Labels", "Quarterly"),
        "monthly": QCoreApplication.translate("Labels", "Monthly"),
    }.get(code, code)


def language(code: str) -> str:
    return {
        "fr": QCoreApplication.translate("Labels", "French"),
        "de": QCoreApplication.translate("Labels", "German"),
        "it": QCoreApplication.translate("Labels", "Italian"),
        "en": QCoreApplication.translate("Labels", "English"),
    }.get(code, code)


def deadline_kind(code: str) -> str:
    return {
        "renewal": QCoreApplication.translate("Labels", "Renewal"),
        "cancel_by": QCoreApplication.translate("Labels", "Cancellation deadline"),
        "task": QCoreApplication.translate("Labels", "Task"),
        "manual": QCoreApplication.translate("Labels", "Task"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
    }.get(code, code)
