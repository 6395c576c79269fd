"""Mappings: which source column feeds which field, how the source's codes translate
into the office's values, the defaults for what the source lacks. Saved by name (per
kind, and per insurer for commission statements) and reused; also readable from a JSON
file for scripted migrations."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from broker_desktop.core.errors import ValidationError
from broker_desktop.core.importing.sources import SourceOptions
from broker_desktop.core.importing.values import fold

CLIENT_FIELDS = (
    "client_number",  # the source's own client id: rows sharing it are one client
    "kind",
    "last_name",
    "first_name",
    "company_name",
    "birth_date",
    "company_uid",
    "street",
    "postcode",
    "city",
    "country",
    "language",
    "email",
    "phone",
    "notes",
    "agent",
)
CONTRACT_FIELDS = (
    "insurer",
    "line",
    "policy_number",
    "start_date",
    "expiry_date",
    "notice_months",
    "premium",
    "frequency",
    "status",
    "cancel_reason",
)
FOLLOW_UP_FIELDS = ("follow_up_date", "follow_up_title")  # a follow-up on the row's record
# The contract's usual commission split: one cell ("Dupont 60% / Martin 40%") or up to
# three person + percentage column pairs, as exports of brokers' software have them.
SPLIT_PAIRS = 3
SPLIT_FIELDS = ("split",) + tuple(
    f"split_{part}_{n}" for n in range(1, SPLIT_PAIRS + 1) for part in ("person", "share")
)
PORTFOLIO_FIELDS = CLIENT_FIELDS + CONTRACT_FIELDS + SPLIT_FIELDS + FOLLOW_UP_FIELDS
STATEMENT_FIELDS = ("policy_number", "period", "amount", "premium", "rate")
KINDS = {"portfolio": PORTFOLIO_FIELDS, "statement": STATEMENT_FIELDS}
DUPLICATE_RULES = ("keep_apart", "merge_certain", "merge_best")

# Words brokers' files use for the office's codes, folded (lower case, no accents).
# A mapping's own value map comes first; these catch the common spellings.
BUILTIN_WORDS: dict[str, dict[str, str]] = {
    "kind": {
        **dict.fromkeys(
            ("prive", "particulier", "personne", "personne physique", "p", "privat", "person"),
            "person",
        ),
        **dict.fromkeys(
            ("entreprise", "societe", "firme", "personne morale", "e", "s", "company", "firma"),
            "company",
        ),
    },
    "frequency": {
        **dict.fromkeys(("annuel", "annuelle", "annual", "jahrlich", "1", "a"), "annual"),
        **dict.fromkeys(
            ("semestriel", "semestrielle", "semiannual", "halbjahrlich", "2"), "semiannual"
        ),
        **dict.fromkeys(
            ("trimestriel", "trimestrielle", "quarterly", "vierteljahrlich", "4"), "quarterly"
        ),
        **dict.fromkeys(("mensuel", "mensuelle", "monthly", "monatlich", "12", "m"), "monthly"),
    },
    "status": {
        **dict.fromkeys(("actif", "active", "en vigueur", "en cours", "aktiv"), "active"),
        **dict.fromkeys(("offre", "proposition", "proposal", "projet", "offerte"), "proposal"),
        **dict.fromkeys(
            ("resilie", "resiliee", "annule", "annulee", "cancelled", "storniert", "gekundigt"),
            "cancelled",
        ),
    },
    "language": {
        **dict.fromkeys(("f", "fr", "francais", "french", "franzosisch"), "fr"),
        **dict.fromkeys(("d", "de", "allemand", "deutsch", "german"), "de"),
        **dict.fromkeys(("i", "it", "italien", "italiano", "italian"), "it"),
        **dict.fromkeys(("e", "en", "anglais", "english", "englisch"), "en"),
    },
}


@dataclass(frozen=True)
class Mapping:
    name: str
    kind: str = "portfolio"  # portfolio | statement
    columns: dict[str, str] = field(default_factory=dict)  # field -> source column name
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> source -> value
    defaults: dict[str, str] = field(default_factory=dict)  # field -> value when blank
    source: SourceOptions = field(default_factory=SourceOptions)
    duplicates: str = "keep_apart"
    insurer_id: int | None = None  # statements: whose statement this mapping reads

    def translate(self, name: str, text: str) -> str:
        """The source's spelling of a code, mapped; unmapped text is returned as is."""
        own = self.values.get(name)
        if own:
            if text in own:
                text = own[text]
            else:
                folded = fold(text)
                for key, value in own.items():
                    if fold(key) == folded:
                        text = value
                        break
        # the office side may be written in words too ("Entreprise", "mensuel")
        return BUILTIN_WORDS.get(name, {}).get(fold(text), text)

    def maps_any(self, names: tuple[str, ...]) -> bool:
        """Does the mapping feed any of these fields (a column or a default)?"""
        return any(n in self.columns or self.defaults.get(n) for n in names)

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "kind": self.kind,
                "columns": self.columns,
                "values": self.values,
                "defaults": self.defaults,
                "source": {
                    "encoding": self.source.encoding,
                    "delimiter": self.source.delimiter,
                    "sheet": self.source.sheet,
                    "header_row": self.source.header_row,
                },
                "duplicates": self.duplicates,
                "insurer_id": self.insurer_id,
            },
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError
            source = data.get("source") or {}
            mapping = cls(
                name=str(data.get("name") or ""),
                kind=str(data.get("kind") or "portfolio"),
                columns={str(k): str(v) for k, v in (data.get("columns") or {}).items()},
                values={
                    str(f): {str(k): str(v) for k, v in words.items()}
                    for f, words in (data.get("values") or {}).items()
                },
                defaults={str(k): str(v) for k, v in (data.get("defaults") or {}).items()},
                source=SourceOptions(
                    encoding=source.get("encoding"),
                    delimiter=source.get("delimiter"),
                    sheet=source.get("sheet"),
                    header_row=source.get("header_row"),
                ),
                duplicates=str(data.get("duplicates") or "keep_apart"),
                insurer_id=data.get("insurer_id"),
            )
        except (ValueError, TypeError, AttributeError):
            raise ValidationError.single(
                "mapping", "invalid_mapping", "Not a saved mapping (JSON)."
            ) from None
        mapping.check()
        return mapping

    @classmethod
    def from_file(cls, path: Path) -> Mapping:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError.single(
                "mapping", "unreadable_mapping", f"Cannot read the mapping file: {exc}"
            ) from None
        return cls.from_json(text)

    def check(self) -> None:
        problems: dict[str, str] = {}
        if self.kind not in KINDS:
            problems["kind"] = "Unknown kind of import."
        else:
            unknown = sorted(
                set(self.columns) - set(KINDS[self.kind])
                | set(self.defaults) - set(KINDS[self.kind])
            )
            if unknown:
                problems["columns"] = f"Unknown fields: {', '.join(unknown)}."
        if not self.name.strip() or len(self.name) > 100:
            problems["name"] = "Give the mapping a name (at most 100 characters)."
        if self.duplicates not in DUPLICATE_RULES:
            problems["duplicates"] = "Unknown rule for duplicates."
        if problems:
            from broker_desktop.core.errors import FieldError

            raise ValidationError(
                {k: FieldError("invalid_mapping", v) for k, v in problems.items()}
            )

    def with_source(self, **changes: Any) -> Mapping:
        return replace(self, source=replace(self.source, **changes))


def guess_columns(headers: tuple[str, ...], kind: str = "portfolio") -> dict[str, str]:
    """A first proposal for a new mapping, from common French and German headings."""
    hints = {
        "client_number": ("no client", "n client", "numero client", "client no", "kundennummer"),
        "kind": ("type", "genre", "prive/entreprise", "categorie"),
        "last_name": ("nom", "name", "nachname", "nom de famille"),
        "first_name": ("prenom", "vorname"),
        "company_name": ("raison sociale", "entreprise", "societe", "firma"),
        "birth_date": ("date de naissance", "naissance", "ne le", "geburtsdatum"),
        "company_uid": ("ide", "uid", "no ide", "numero ide"),
        "street": ("adresse", "rue", "strasse"),
        "postcode": ("npa", "code postal", "plz"),
        "city": ("localite", "lieu", "ville", "ort"),
        "country": ("pays", "land"),
        "language": ("langue", "sprache"),
        "email": ("e-mail", "email", "courriel", "mail"),
        "phone": ("telephone", "tel", "tel.", "mobile", "natel", "telefon"),
        "agent": ("conseiller", "agent", "gestionnaire", "berater"),
        "insurer": ("assureur", "compagnie", "versicherer", "gesellschaft"),
        "line": ("branche", "produit", "sparte"),
        "policy_number": ("no police", "n police", "numero de police", "police", "policennummer"),
        "start_date": ("debut", "date de debut", "entree en vigueur", "beginn"),
        "expiry_date": ("echeance", "fin", "date d'echeance", "ablauf"),
        "notice_months": ("delai de resiliation", "preavis", "kundigungsfrist"),
        "premium": ("prime", "prime annuelle", "pramie"),
        "frequency": ("periodicite", "frequence", "mode de paiement", "zahlweise"),
        "status": ("statut", "etat", "status"),
        "split": ("repartition", "repartition des commissions", "partage", "aufteilung"),
        "split_person_1": ("conseiller 1", "apporteur 1", "beneficiaire 1"),
        "split_share_1": ("part 1", "part conseiller 1", "% conseiller 1", "part % 1"),
        "split_person_2": ("conseiller 2", "apporteur 2", "beneficiaire 2", "co-courtier"),
        "split_share_2": ("part 2", "part conseiller 2", "% conseiller 2", "part % 2"),
        "split_person_3": ("conseiller 3", "apporteur 3", "beneficiaire 3"),
        "split_share_3": ("part 3", "part conseiller 3", "% conseiller 3", "part % 3"),
        "follow_up_date": ("relance", "date de relance", "suivi le", "wiedervorlage"),
        "follow_up_title": ("objet de la relance", "motif de la relance", "objet"),
        "period": ("periode", "mois", "annee", "periode de decompte"),
        "amount": ("commission", "montant", "courtage", "provision"),
        "rate": ("taux", "taux de commission", "satz"),
    }
    wanted = KINDS.get(kind, PORTFOLIO_FIELDS)
    folded = {fold(h).rstrip(" :"): h for h in headers}
    found: dict[str, str] = {}
    for name in wanted:
        for hint in hints.get(name, ()):
            header = folded.get(fold(hint))
            if header is not None and header not in found.values():
                found[name] = header
                break
    return found
