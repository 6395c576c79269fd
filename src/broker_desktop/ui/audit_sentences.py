"""The audit log as sentences in the UI language: "Claire Morel a ajouté Pierre Müller au
rôle Agent". Ids become names, centimes become CHF, codes become labels."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from broker_desktop.core.records import SUBJECT
from broker_desktop.core.rights import Right, label
from broker_desktop.ui import formats
from broker_desktop.ui.counts import Counts

Names = Mapping[str, Mapping[int, str]]


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditSentences", text)


# The action kinds the filter offers: label -> the actions it covers.
def action_kinds() -> list[tuple[str, tuple[str, ...]]]:
    return [
        (QCoreApplication.translate("AuditSentences", "Logins"), ("login.",)),
        (QCoreApplication.translate("AuditSentences", "Refused accesses"), ("access.denied",)),
        (QCoreApplication.translate("AuditSentences", "Clients"), ("client.",)),
        (QCoreApplication.translate("AuditSentences", "Contracts"), ("contract.",)),
        (
            QCoreApplication.translate("AuditSentences", "Transfers of books"),
            ("portfolio.",),
        ),
        (QCoreApplication.translate("AuditSentences", "Deadlines and follow-ups"), ("deadline.",)),
        (
            QCoreApplication.translate("AuditSentences", "Commissions"),
            ("commission.", "commission_rate.", "statement.", "statement_line."),
        ),
        (
            QCoreApplication.translate("AuditSentences", "Users, roles and rights"),
            ("user.", "role.", "right.", "account.", "office."),
        ),
        (QCoreApplication.translate("AuditSentences", "Insurers and lines"), ("insurer.", "line.")),
        (
            QCoreApplication.translate("AuditSentences", "Exports and imports"),
            ("export", "import.", "import_mapping."),
        ),
        (QCoreApplication.translate("AuditSentences", "Database"), ("database.",)),
    ]


def _detail(row: Any) -> dict[str, Any]:
    try:
        value = json.loads(row.detail) if row.detail else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _right_name(code: object) -> str:
    try:
        return label(Right(str(code)), QLocale().name()[:2])
    except ValueError:
        return str(code)


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _chf(cents: object) -> str:
    return formats.money(int(cents)) if isinstance(cents, int) else str(cents)


class AuditSentences:
    def __init__(self, names: Names) -> None:
        self.names = names

    def name(self, kind: str, record_id: object) -> str:
        if isinstance(record_id, int):
            found = self.names.get(kind, {}).get(record_id)
            if found:
                return found
        return QCoreApplication.translate("AuditSentences", "no. %1").replace("%1", str(record_id))

    def subject(self, detail: Mapping[str, Any], record: object, *fallbacks: str) -> str:
        """The record as the entry named it at the time ("Müller Pierre", "AX-1 (Müller
        Pierre)", "“Rappeler le client”"), else an older entry's field, else its number."""
        for key in (SUBJECT, *fallbacks):
            value = detail.get(key)
            if isinstance(value, str) and value.strip():
                return value
        return QCoreApplication.translate("AuditSentences", "no. %1").replace("%1", str(record))

    def follow_up(self, detail: Mapping[str, Any], record: object) -> str:
        value = detail.get(SUBJECT)
        if isinstance(value, str) and value.strip():
            return QCoreApplication.translate("AuditSentences", "“%1”").replace("%1", value)
        return self.subject({}, record)

    def rate_target(self, detail: Mapping[str, Any]) -> str:
        """ "AXA Assurances", "AXA Assurances, Ménage" (a contract's own rate has its
        sentence)."""
        text = self.name("insurer", detail.get("insurer_id"))
        if detail.get("line_id") is not None:
            text += ", " + self.name("line", detail.get("line_id"))
        return text

    def commission(self, detail: Mapping[str, Any], record: object) -> str:
        """ "12.2026 — AX-1 (Müller Pierre)", or an older entry's number."""
        subject = detail.get(SUBJECT)
        if isinstance(subject, str) and subject:
            return f"{formats.period(str(detail.get('period', '')))} — {subject}"
        return self.subject({}, record)

    def actor(self, row: Any) -> str:
        if row.user_id is not None:
            found = self.names.get("user", {}).get(row.user_id)
            if found:
                return found
        return row.actor or QCoreApplication.translate("AuditSentences", "someone")

    def sentence(self, row: Any) -> str:  # noqa: C901 - one branch per kind of entry
        who, d, action = self.actor(row), _detail(row), row.action
        record = row.entity_id

        rate = (
            formats.percent(int(d["rate_bp"]))
            if isinstance(d.get("rate_bp"), int)
            else str(d.get("rate_bp", ""))
        )

        def say(template: object, *values: str) -> str:
            text = _t(str(template)).replace("%who", who)
            for number, value in enumerate(values, start=1):
                text = text.replace(f"%{number}", value)
            return text

        simple: dict[str, Callable[[], str]] = {
            "login.success": lambda: say(QT_TRANSLATE_NOOP("AuditSentences", "%who logged in.")),
            "login.failed": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "Failed login attempt as “%1”."),
                str(d.get("login", "")),
            ),
            "login.failed_unrecorded": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "Failed login attempt as “%1”."),
                str(d.get("login", "")),
            ),
            "office.created": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who created the office.")
            ),
            "account.recovered": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who re-created a key slot with the recovery code."
                )
            ),
            "access.denied": lambda: (
                say(
                    QT_TRANSLATE_NOOP(
                        "AuditSentences", "%who was refused: the right “%1” is missing."
                    ),
                    _right_name(d.get("right")),
                )
                if d.get("right")
                else say(QT_TRANSLATE_NOOP("AuditSentences", "%who was refused an access."))
            ),
            "account.password_changed": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed his password.")
            ),
            "client.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who created the client %1."),
                str(d.get("name", "")),
            ),
            "client.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the client %1: %2."),
                self.subject(d, record),
                self.changes(d),
            ),
            "client.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the client %1."),
                self.subject(d, record, "name"),
            ),
            "client.merge": lambda: (
                say(
                    QT_TRANSLATE_NOOP("AuditSentences", "%who merged the client %2 into %1."),
                    self.subject(d, record),
                    str(d["merged_name"]),
                )
                if d.get("merged_name")
                else say(
                    QT_TRANSLATE_NOOP("AuditSentences", "%who merged two clients into %1."),
                    self.subject(d, record),
                )
            ),
            "contract.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who created the contract %1."),
                str(d.get("policy_number", record)),
            ),
            "contract.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the contract %1: %2."),
                self.subject(d, record),
                self.changes(d),
            ),
            "contract.move": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who moved the contract %1 from %2 to %3."),
                str(d.get("policy_number", record)),
                str(d.get("from_client", "")),
                str(d.get("to_client", "")),
            ),
            "contract.usual_split": lambda: (
                say(
                    QT_TRANSLATE_NOOP(
                        "AuditSentences", "%who set the usual split of the contract %1: %2."
                    ),
                    self.subject(d, record),
                    self.split(d.get("shares")),
                )
                if d.get("shares")
                else say(
                    QT_TRANSLATE_NOOP(
                        "AuditSentences", "%who removed the usual split of the contract %1."
                    ),
                    self.subject(d, record),
                )
            ),
            "portfolio.transfer": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who transferred the book of %1 to %2: %3.")
                if d.get("whole_book", True)
                else QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who transferred clients of %1 to %2: %3."
                ),
                self.name("user", d.get("source_id")),
                self.name("user", d.get("target_id")),
                Counts().book(
                    *(_int(d.get(k)) for k in ("clients", "contracts", "deadlines", "shares"))
                ),
            ),
            "portfolio.transfer_undo": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences",
                    "%who undid transfer no. %1: everything went back from %3 to %2.",
                ),
                str(record),
                self.name("user", d.get("source_id")),
                self.name("user", d.get("target_id")),
            ),
            "contract.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the contract %1."),
                self.subject(d, record, "policy_number"),
            ),
            "deadline.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who created a follow-up for %1, due on %2."),
                self.name("user", d.get("owner_id")),
                _date_text(d.get("due_date")),
            ),
            "deadline.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the deadline %1: %2."),
                self.follow_up(d, record),
                self.changes(d),
            ),
            "deadline.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the follow-up %1."),
                self.follow_up(d, record),
            ),
            "deadline.done": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who marked the deadline %1 done."),
                self.follow_up(d, record),
            ),
            "deadline.reopen": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who reopened the deadline %1."),
                self.follow_up(d, record),
            ),
            "commission.create": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who entered a commission of %1 for %2 (contract %3)."
                ),
                _chf(d.get("amount_cents")),
                formats.period(str(d.get("period", ""))),
                self.subject(d, d.get("contract_id", "")),
            ),
            "commission.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the commission %1: %2."),
                self.commission(d, record),
                self.changes(d),
            ),
            "commission.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the commission %1."),
                self.commission(d, record),
            ),
            "role.member_add": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who added %1 to the role %2."),
                self.name("user", record),
                self.name("role", d.get("role_id")),
            ),
            "role.member_remove": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who removed %1 from the role %2."),
                self.name("user", record),
                self.name("role", d.get("role_id")),
            ),
            "right.grant": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who gave the right “%1” to %2."),
                _right_name(d.get("right")),
                self.name("user", record),
            ),
            "right.revoke": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who took the right “%1” from %2."),
                _right_name(d.get("right")),
                self.name("user", record),
            ),
            "role.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who created the role %1."),
                self.name("role", record),
            ),
            "role.rename": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who renamed the role %1."),
                self.name("role", record),
            ),
            "role.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the role %1."),
                str(d.get("name", record)),
            ),
            "role.rights": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the rights of the role %1: %2."),
                self.name("role", record),
                self.rights_change(d),
            ),
            "user.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who created the account of %1."),
                str(d.get("display_name", "")),
            ),
            "user.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the account of %1."),
                self.name("user", record),
            ),
            "user.deactivate": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deactivated the account of %1."),
                self.name("user", record),
            ),
            "user.reactivate": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who reactivated the account of %1."),
                self.name("user", record),
            ),
            "user.password_reset": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who reset the password of %1."),
                self.name("user", record),
            ),
            "user.unlock": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who unlocked the account of %1."),
                self.name("user", record),
            ),
            "insurer.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who added the insurer %1."),
                str(d.get("name", "")),
            ),
            "insurer.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the insurer %1."),
                str(d.get("name", self.name("insurer", record))),
            ),
            "insurer.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the insurer %1."),
                str(d.get("name", "")),
            ),
            "line.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who added the line of business %1."),
                str(d.get("code", "")),
            ),
            "line.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the line of business %1."),
                self.name("line", record),
            ),
            "line.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the line of business %1."),
                str(d.get("name_fr", "")),
            ),
            "export": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who exported %1 rows of the list “%2” (%3)."),
                str(d.get("rows", "")),
                str(row.entity or ""),
                str(d.get("file", "")),
            ),
            "import.run": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who imported the file “%1” with the mapping “%2” (no. %3)."
                ),
                str(d.get("source", "")),
                str(d.get("mapping", "")),
                str(record),
            ),
            "import.undo": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who undid the import no. %1."), str(record)
            ),
            "import_mapping.create": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who saved the import mapping “%1”."),
                str(d.get("name", record)),
            ),
            "import_mapping.update": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who saved the import mapping “%1”."),
                str(d.get("name", record)),
            ),
            "import_mapping.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the import mapping “%1”."),
                str(d.get("name", record)),
            ),
            "statement.import": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who imported the statement “%1” of %2 for %3."
                ),
                str(d.get("source", "")),
                self.name("insurer", d.get("insurer_id")),
                formats.period(str(d.get("period", ""))),
            ),
            "statement_line.accept": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who accepted a statement line of %1 (line no. %2)."
                ),
                _chf(d.get("received_cents")),
                str(record),
            ),
            "statement_line.flag": lambda: say(
                QT_TRANSLATE_NOOP(
                    "AuditSentences", "%who flagged the statement line no. %1: “%2”."
                ),
                str(record),
                str(d.get("note", "")),
            ),
            "commission_rate.set": lambda: (
                say(
                    QT_TRANSLATE_NOOP(
                        "AuditSentences",
                        "%who set the own commission rate of the contract %1 to %2.",
                    ),
                    self.subject(d, d["contract_id"]),
                    rate,
                )
                if d.get("contract_id") is not None
                else say(
                    QT_TRANSLATE_NOOP(
                        "AuditSentences", "%who set the commission rate of %1 to %2."
                    ),
                    self.rate_target(d),
                    rate,
                )
            ),
            "commission_rate.delete": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who deleted the commission rate no. %1."),
                str(record),
            ),
            "demo.generated": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who generated the demonstration office.")
            ),
            "database.backup": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who backed up the database.")
            ),
            "database.rekey": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who changed the database key.")
            ),
            "database.restore": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who restored a backup.")
            ),
            "database.recovery_code_shown": lambda: say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who displayed the recovery code.")
            ),
        }
        make = simple.get(action)
        if make is not None:
            return make()
        if record is not None:
            return say(
                QT_TRANSLATE_NOOP("AuditSentences", "%who: %1 (%2 no. %3)."),
                action,
                str(row.entity or ""),
                str(record),
            )
        return say(QT_TRANSLATE_NOOP("AuditSentences", "%who: %1."), action)

    def split(self, shares: object) -> str:
        """ "Anne Rochat 60 %, Luc Favre 40 %" from [[user id, basis points], ...]."""
        if not isinstance(shares, list):
            return "—"
        return ", ".join(
            f"{self.name('user', person)} {formats.percent(_int(bp))}"
            for person, bp in (s for s in shares if isinstance(s, list) and len(s) == 2)
        )

    def changes(self, detail: Mapping[str, Any]) -> str:
        """ "prime : CHF 1'200.00 → CHF 1'350.00, agent : Luc Favre → Anne Rochat"."""
        parts = []
        for key, value in detail.items():
            if key == SUBJECT:  # the record's name, said in the sentence itself
                continue
            if isinstance(value, list) and len(value) == 2:
                old, new = (self._value(key, v) for v in value)
                parts.append(f"{_field(key)} : {old} → {new}")
            else:
                parts.append(f"{_field(key)} : {self._value(key, value)}")
        return ", ".join(parts) if parts else "—"

    def _value(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "∅"
        if key.endswith("_cents"):
            try:
                return formats.money(int(value))
            except (TypeError, ValueError):
                return str(value)
        if key in ("agent_id", "owner_id", "user_id"):
            try:
                return self.name("user", int(value))
            except (TypeError, ValueError):
                return str(value)
        if key.endswith("_date") or key == "due_date":
            return _date_text(value)
        return str(value)

    def rights_change(self, detail: Mapping[str, Any]) -> str:
        added = ", ".join(_right_name(r) for r in detail.get("added", []))
        removed = ", ".join(_right_name(r) for r in detail.get("removed", []))
        parts = []
        if added:
            parts.append(
                QCoreApplication.translate("AuditSentences", "added %1").replace("%1", added)
            )
        if removed:
            parts.append(
                QCoreApplication.translate("AuditSentences", "removed %1").replace("%1", removed)
            )
        return "; ".join(parts) or "—"


def _date_text(value: object) -> str:
    try:
        return formats.date(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _field(key: str) -> str:
    return {
        "premium_cents": QCoreApplication.translate("AuditSentences", "premium"),
        "amount_cents": QCoreApplication.translate("AuditSentences", "amount"),
        "agent_id": QCoreApplication.translate("AuditSentences", "agent"),
        "owner_id": QCoreApplication.translate("AuditSentences", "owner"),
        "due_date": QCoreApplication.translate("AuditSentences", "due date"),
        "start_date": QCoreApplication.translate("AuditSentences", "start"),
        "expiry_date": QCoreApplication.translate("AuditSentences", "renewal date"),
        "status": QCoreApplication.translate("AuditSentences", "status"),
        "title": QCoreApplication.translate("AuditSentences", "title"),
        "policy_number": QCoreApplication.translate("AuditSentences", "policy"),
        "notice_months": QCoreApplication.translate("AuditSentences", "notice"),
        "display_name": QCoreApplication.translate("AuditSentences", "name"),
        "email": QCoreApplication.translate("AuditSentences", "e-mail"),
        "phone": QCoreApplication.translate("AuditSentences", "phone"),
        "street": QCoreApplication.translate("AuditSentences", "street"),
        "postcode": QCoreApplication.translate("AuditSentences", "postcode"),
        "city": QCoreApplication.translate("AuditSentences", "city"),
        "client_id": QCoreApplication.translate("AuditSentences", "client"),
        "contract_id": QCoreApplication.translate("AuditSentences", "contract"),
    }.get(key, key)
