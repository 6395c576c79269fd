"""One source row turned into a client and perhaps a contract, checked field by field
the way the services check them. No database writes here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from broker_desktop.core.contracts import FIRST_DAY, FREQUENCIES, LAST_DAY, STATUSES
from broker_desktop.core.importing.mapping import SPLIT_PAIRS, Mapping
from broker_desktop.core.importing.values import (
    Cell,
    ValueProblem,
    is_blank,
    parse_amount_cents,
    parse_date,
    parse_email,
    parse_int,
    parse_phone,
    parse_share_bp,
    parse_split_text,
    parse_uid,
    text_of,
)
from broker_desktop.core.validation import LANGUAGES, SINGLE_LINE_CONTROL, max_length
from broker_desktop.storage.schema import clients, contracts


@dataclass(frozen=True)
class Reason:
    field: str
    code: str
    message: str
    value: str = ""


@dataclass
class ParsedRow:
    number: int
    client: dict[str, Any] = field(default_factory=dict)  # clients columns
    contract: dict[str, Any] | None = None  # contracts columns, references still as text
    agent_text: str = ""
    insurer_text: str = ""
    line_text: str = ""
    client_number: str = ""
    follow_up: tuple[date, str] | None = None  # due date, title
    split: tuple[tuple[str, int], ...] | None = None  # (person as written, basis points)
    reasons: list[Reason] = field(default_factory=list)

    def reject(self, name: str, code: str, message: str, value: Cell = None) -> None:
        if not any(r.field == name for r in self.reasons):
            self.reasons.append(Reason(name, code, message, text_of(value)))


class RowReader:
    """Reads the mapped fields of rows of one source."""

    def __init__(self, mapping: Mapping, headers: tuple[str, ...]) -> None:
        self.mapping = mapping
        missing = [c for c in mapping.columns.values() if c not in headers]
        if missing:
            from broker_desktop.core.errors import ValidationError

            raise ValidationError.single(
                "columns",
                "unknown_column",
                f"The file has no column {', '.join(repr(m) for m in missing)}.",
                columns=missing,
            )
        self.index = {name: headers.index(col) for name, col in mapping.columns.items()}

    def raw(self, cells: list[Cell], name: str) -> Cell:
        """The cell feeding ``name``, translated by the value map, or the default."""
        i = self.index.get(name)
        value = cells[i] if i is not None and i < len(cells) else None
        if is_blank(value):
            default = self.mapping.defaults.get(name)
            return default if default not in (None, "") else None
        if isinstance(value, str):
            value = value.strip()
            return self.mapping.translate(name, value)
        if name in self.mapping.values:
            return self.mapping.translate(name, text_of(value))
        return value

    def has(self, name: str) -> bool:
        return name in self.index or bool(self.mapping.defaults.get(name))

    def parse(self, number: int, cells: list[Cell], today: date) -> ParsedRow:
        row = ParsedRow(number)
        self._client(row, cells, today)
        self._contract(row, cells)
        self._split(row, cells)
        self._follow_up(row, cells)
        return row

    def _split(self, row: ParsedRow, cells: list[Cell]) -> None:
        """The contract's usual split, checked to sum to 100 %; people are resolved by
        the import (they must be users of the office)."""
        parts: list[tuple[str, Cell]] = []
        value = self.raw(cells, "split")
        if not is_blank(value):
            try:
                parts.extend(parse_split_text(text_of(value)))
            except ValueProblem as exc:
                row.reject("split", exc.code, exc.message, value)
                return
        for n in range(1, SPLIT_PAIRS + 1):
            person = text_of(self.raw(cells, f"split_person_{n}"))
            share = self.raw(cells, f"split_share_{n}")
            if not person and is_blank(share):
                continue
            if not person:
                row.reject(f"split_person_{n}", "required", "Whose share is this?", share)
                return
            if is_blank(share):
                row.reject(f"split_share_{n}", "required", "The share (%) is missing.", person)
                return
            parts.append((person, share))
        if not parts:
            return
        if row.contract is None:
            row.reject("split", "no_contract", "A commission split needs a contract on the row.")
            return
        shares: list[tuple[str, int]] = []
        for person, share in parts:
            try:
                bp = parse_share_bp(share)
            except ValueProblem as exc:
                row.reject("split", exc.code, f"{person}: {exc.message}", share)
                return
            if bp:
                shares.append((person, bp))
        total = sum(bp for _p, bp in shares)
        if total != 10_000:
            row.reject(
                "split",
                "split_not_100",
                f"The shares add up to {total / 100:.2f} %, not 100 %.",
                " / ".join(f"{p} {bp / 100:g} %" for p, bp in shares),
            )
            return
        row.split = tuple(shares)

    def _follow_up(self, row: ParsedRow, cells: list[Cell]) -> None:
        value = self.raw(cells, "follow_up_date")
        if is_blank(value):
            return
        try:
            due = parse_date(value)
        except ValueProblem as exc:
            row.reject("follow_up_date", exc.code, exc.message, value)
            return
        title = text_of(self.raw(cells, "follow_up_title")) or "Relance (import)"
        if len(title) > 300 or SINGLE_LINE_CONTROL.search(title):
            row.reject("follow_up_title", "too_long", "At most 300 characters, one line.", title)
            return
        row.follow_up = (due, title)

    # ----- client --------------------------------------------------------------------------
    def _text(self, row: ParsedRow, cells: list[Cell], name: str, column: str) -> str:
        value = self.raw(cells, name)
        text = text_of(value)
        if name != "notes" and ("\n" in text or "\r" in text):
            # a quoted address on two lines in the export: one line here, as the screen shows
            text = ", ".join(part.strip() for part in text.splitlines() if part.strip())
        limit = max_length(clients.c[column]) if column in clients.c else 200
        if len(text) > limit:
            row.reject(name, "too_long", f"At most {limit} characters.", value)
        elif name != "notes" and SINGLE_LINE_CONTROL.search(text):
            row.reject(name, "control_characters", "Remove the invisible characters.", value)
        return text

    def _client(self, row: ParsedRow, cells: list[Cell], today: date) -> None:
        kind_raw = self.raw(cells, "kind")
        last = self._text(row, cells, "last_name", "last_name")
        first = self._text(row, cells, "first_name", "first_name")
        company = self._text(row, cells, "company_name", "company_name")
        if kind_raw is None:
            kind = "company" if company and not last else "person"
        else:
            kind = text_of(kind_raw)
            if kind not in ("person", "company"):
                row.reject("kind", "invalid_choice", "Person or company: map this code.", kind_raw)
                kind = "person"
        if kind == "person":
            if not last:
                row.reject("last_name", "required", "The last name is missing.")
            if not first:
                row.reject("first_name", "required", "The first name is missing.")
        elif not company:
            row.reject("company_name", "required", "The company name is missing.")
        birth: date | None = None
        value = self.raw(cells, "birth_date")
        if kind == "person" and not is_blank(value):
            try:
                birth = parse_date(value)
                if birth > today or birth.year < 1880:
                    row.reject("birth_date", "out_of_range", "Impossible date of birth.", value)
            except ValueProblem as exc:
                row.reject("birth_date", exc.code, exc.message, value)
        uid: str | None = None
        value = self.raw(cells, "company_uid")
        if kind == "company" and not is_blank(value):
            try:
                uid = parse_uid(value)
            except ValueProblem as exc:
                row.reject("company_uid", exc.code, exc.message, value)
        language = text_of(self.raw(cells, "language")) or "fr"
        if language not in LANGUAGES:
            row.reject("language", "invalid_choice", "Unknown language: map this code.", language)
        email = ""
        value = self.raw(cells, "email")
        if not is_blank(value):
            try:
                email = parse_email(value)
            except ValueProblem as exc:
                row.reject("email", exc.code, exc.message, value)
        phone = ""
        value = self.raw(cells, "phone")
        if not is_blank(value):
            try:
                phone = parse_phone(value)
            except ValueProblem as exc:
                row.reject("phone", exc.code, exc.message, value)
        country = (self._text(row, cells, "country", "country") or "CH").upper()
        if len(country) != 2 or not country.isalpha():
            row.reject("country", "invalid_choice", "A two-letter country code (CH).", country)
        person = kind == "person"
        row.client = {
            "kind": kind,
            "last_name": last or None if person else None,
            "first_name": first or None if person else None,
            "company_name": company or None if not person else None,
            "display_name": f"{last} {first}".strip() if person else company,
            "street": self._text(row, cells, "street", "street"),
            "postcode": self._text(row, cells, "postcode", "postcode"),
            "city": self._text(row, cells, "city", "city"),
            "country": country,
            "birth_date": birth,
            "company_uid": uid,
            "language": language,
            "email": email,
            "phone": phone,
            "notes": self._text(row, cells, "notes", "notes"),
        }
        row.agent_text = text_of(self.raw(cells, "agent"))
        row.client_number = text_of(self.raw(cells, "client_number"))

    # ----- contract ------------------------------------------------------------------------
    def _contract(self, row: ParsedRow, cells: list[Cell]) -> None:
        policy = text_of(self.raw(cells, "policy_number"))
        own_cells = ("policy_number", "start_date", "expiry_date", "premium")
        if not policy and all(is_blank(cells[self.index[n]]) for n in own_cells if n in self.index):
            return  # a client-only row
        if not policy:
            row.reject("policy_number", "required", "The policy number is missing.")
        elif len(policy) > max_length(contracts.c.policy_number):
            row.reject("policy_number", "too_long", "At most 64 characters.", policy)
        row.insurer_text = text_of(self.raw(cells, "insurer"))
        row.line_text = text_of(self.raw(cells, "line"))
        if not row.insurer_text:
            row.reject("insurer", "required", "The insurer is missing.")
        if not row.line_text:
            row.reject("line", "required", "The line of business is missing.")
        dates: dict[str, date] = {}
        for name in ("start_date", "expiry_date"):
            value = self.raw(cells, name)
            try:
                dates[name] = parse_date(value)
                if not FIRST_DAY <= dates[name] <= LAST_DAY:
                    row.reject(name, "out_of_range", "Between 1900 and 2999.", value)
            except ValueProblem as exc:
                row.reject(name, exc.code, exc.message, value)
        if len(dates) == 2 and dates["expiry_date"] <= dates["start_date"]:
            row.reject(
                "expiry_date", "expiry_before_start", "The renewal date must follow the start."
            )
        notice = 3
        value = self.raw(cells, "notice_months")
        if not is_blank(value):
            try:
                notice = parse_int(text_of(value).lower().removesuffix("mois").strip(), 0, 24)
            except ValueProblem as exc:
                row.reject("notice_months", exc.code, exc.message, value)
        premium = 0
        value = self.raw(cells, "premium")
        try:
            premium = parse_amount_cents(value)
            if premium < 0:
                row.reject("premium", "negative_amount", "The premium cannot be negative.", value)
        except ValueProblem as exc:
            row.reject("premium", exc.code, exc.message, value)
        frequency = text_of(self.raw(cells, "frequency")) or "annual"
        if frequency not in FREQUENCIES:
            row.reject(
                "frequency", "invalid_choice", "Unknown frequency: map this word.", frequency
            )
        status = text_of(self.raw(cells, "status")) or "active"
        if status not in STATUSES:
            row.reject("status", "invalid_choice", "Unknown status: map this word.", status)
        reason = text_of(self.raw(cells, "cancel_reason")) or None
        if status == "cancelled" and not reason:
            reason = "Importé sans motif"
        row.contract = {
            "policy_number": policy,
            "start_date": dates.get("start_date"),
            "expiry_date": dates.get("expiry_date"),
            "notice_months": notice,
            "premium_cents": premium,
            "frequency": frequency,
            "status": status,
            "cancel_reason": reason if status == "cancelled" else None,
        }
