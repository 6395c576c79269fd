"""Source files made like real extranet and old-software exports: a Windows-1252 CSV
with semicolons, Swiss dates and apostrophe thousands, a quoted address holding a line
break; a UTF-8 CSV with a BOM; an XLSX with a merged title row, merged group rows above
the column names, real Excel date cells, a serial date and amounts with apostrophes."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

PORTFOLIO_HEADERS = [
    "No client",
    "Type",
    "Nom",
    "Prénom",
    "Raison sociale",
    "Date de naissance",
    "No IDE",
    "Adresse",
    "NPA",
    "Localité",
    "Langue",
    "E-mail",
    "Téléphone",
    "Conseiller",
    "Compagnie",
    "Branche",
    "No police",
    "Début",
    "Échéance",
    "Prime annuelle",
    "Périodicité",
]


def write_csv(
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    *,
    encoding: str,
    bom: bool = False,
    delimiter: str = ";",
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def axa_rows() -> list[list[str]]:
    """Ten rows: seven good, three bad (a date, an insurer, a missing first name)."""
    return [
        [
            "1001",
            "Privé",
            "Dupré",
            "Hélène",
            "",
            "04.05.1970",
            "",
            "Rue du Lac 3\nCase postale 12",
            "1003",
            "Lausanne",
            "F",
            "helene.dupre@example.ch",
            "021 312 45 67",
            "",
            "AXA Winterthur",
            "Véhicules à moteur",
            "AX-100",
            "01.01.2026",
            "31.12.26",
            "1'234.50",
            "annuel",
        ],
        [
            "1001",
            "Privé",
            "Dupré",
            "Hélène",
            "",
            "04.05.1970",
            "",
            "Rue du Lac 3\nCase postale 12",
            "1003",
            "Lausanne",
            "F",
            "helene.dupre@example.ch",
            "021 312 45 67",
            "",
            "AXA Winterthur",
            "Ménage et responsabilité civile privée",
            "AX-101",
            "2026-01-01",
            "2026-12-31",
            "CHF 456.70",
            "mensuel",
        ],
        [
            "1002",
            "Privé",
            "Bärtschi",
            "Jürg",
            "",
            "12.11.1985",
            "",
            "Grand-Rue 8",
            "1700",
            "Fribourg",
            "D",
            "",
            "+41 26 555 12 34",
            "",
            "AXA Winterthur",
            "MOTOR",
            "AX-102",
            "01.07.2025",
            "30.06.2027",
            "2 345,60",
            "semestriel",
        ],
        [
            "1003",
            "Entreprise",
            "",
            "",
            "Boulangerie Favre SA",
            "",
            "CHE-116.281.710",
            "Place du Marché 1",
            "1400",
            "Yverdon-les-Bains",
            "F",
            "info@favre.ch",
            "",
            "",
            "AXA Winterthur",
            "RC entreprise",
            "AX-103",
            "01.01.2026",
            "31.12.2026",
            "12'345.60",
            "trimestriel",
        ],
        [
            "1004",
            "Privé",
            "Rossi",
            "Maria",
            "",
            "30.01.1990",
            "",
            "Via Nassa 2",
            "6900",
            "Lugano",
            "I",
            "",
            "",
            "",
            "AXA Winterthur",
            "Voyage",
            "AX-104",
            "01.03.2026",
            "28.02.2027",
            "189.00",
            "annuel",
        ],
        [
            "1005",
            "Privé",
            "Keller",
            "Anna",
            "",
            "31.02.1980",
            "",
            "Rue Neuve 5",
            "1201",
            "Genève",
            "F",
            "",
            "",
            "",
            "AXA Winterthur",
            "Voyage",
            "AX-105",
            "01.01.2026",
            "31.12.2026",
            "99.00",
            "annuel",
        ],  # 31.02: no such day
        [
            "1006",
            "Privé",
            "Meier",
            "Peter",
            "",
            "01.01.1975",
            "",
            "Bahnhofstrasse 1",
            "8001",
            "Zürich",
            "D",
            "",
            "",
            "",
            "Winterthur Versicherungen",
            "MOTOR",
            "AX-106",
            "01.01.2026",
            "31.12.2026",
            "800.00",
            "annuel",
        ],  # unknown insurer
        [
            "1007",
            "Privé",
            "Blanc",
            "",
            "",
            "05.06.1966",
            "",
            "Chemin Vert 2",
            "1020",
            "Renens",
            "F",
            "",
            "",
            "",
            "AXA Winterthur",
            "MOTOR",
            "AX-107",
            "01.01.2026",
            "31.12.2026",
            "700.00",
            "annuel",
        ],  # no first name
        [
            "1008",
            "Privé",
            "Morel",
            "Luc",
            "",
            "15.08.1992",
            "",
            "Av. de la Gare 9",
            "1950",
            "Sion",
            "F",
            "luc.morel@example.ch",
            "027 322 11 00",
            "",
            "AXA Winterthur",
            "Protection juridique",
            "AX-108",
            "01.01.2026",
            "31.12.2026",
            "1'000.-",
            "annuel",
        ],
        [
            "1009",
            "Privé",
            "Favre",
            "Louis",
            "",
            "20.09.1955",
            "",
            "Rue du Centre 4",
            "2000",
            "Neuchâtel",
            "F",
            "",
            "",
            "",
            "AXA Winterthur",
            "Bâtiment",
            "AX-109",
            "01.04.2026",
            "31.03.2027",
            "2'100.00",
            "annuel",
        ],
    ]


def axa_csv(folder: Path) -> Path:
    return write_csv(folder / "axa-extranet.csv", PORTFOLIO_HEADERS, axa_rows(), encoding="cp1252")


def bom_csv(folder: Path) -> Path:
    return write_csv(
        folder / "ancien-logiciel.csv",
        PORTFOLIO_HEADERS,
        axa_rows()[:2],
        encoding="utf-8",
        bom=True,
    )


def axa_mapping_dict() -> dict:
    return {
        "client_number": "No client",
        "kind": "Type",
        "last_name": "Nom",
        "first_name": "Prénom",
        "company_name": "Raison sociale",
        "birth_date": "Date de naissance",
        "company_uid": "No IDE",
        "street": "Adresse",
        "postcode": "NPA",
        "city": "Localité",
        "language": "Langue",
        "email": "E-mail",
        "phone": "Téléphone",
        "agent": "Conseiller",
        "insurer": "Compagnie",
        "line": "Branche",
        "policy_number": "No police",
        "start_date": "Début",
        "expiry_date": "Échéance",
        "premium": "Prime annuelle",
        "frequency": "Périodicité",
    }


def portfolio_xlsx(folder: Path, rows: int = 6) -> Path:
    """Title row merged over the width, a group row ('Preneur d'assurance' over the client
    columns, 'Contrat' over the contract ones), then the column names on row 3."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Portefeuille"
    headers = [
        "Nom",
        "Prénom",
        "Né le",
        "NPA",
        "Localité",
        "Compagnie",
        "Branche",
        "N° police",
        "Début",
        "Échéance",
        "Prime",
    ]
    sheet.append(["Export portefeuille – Bureau Favre – 01.12.2026"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(["Preneur d'assurance", None, None, None, None, "Contrat"])
    sheet.merge_cells("A2:E2")
    sheet.merge_cells("F2:K2")
    sheet.append(headers)
    names = [
        ("Zbinden", "Paul"),
        ("Schmid", "Lea"),
        ("Python", "Nadia"),
        ("Rochat", "Yves"),
        ("Bovet", "Claire"),
        ("Gerber", "Tom"),
        ("Wyss", "Eva"),
        ("Aebi", "Rolf"),
    ]
    for i in range(rows):
        last, first = names[i % len(names)]
        start = datetime(2026, 1, 1)
        expiry: object = datetime(2026, 12, 31)
        if i == 1:
            expiry = 46387  # 31.12.2026 as a bare Excel serial (a cell without date format)
        premium: object = f"CHF {i % 9 + 1}'{i % 10}50.50" if i % 2 else 1234.5 + i
        sheet.append(
            [
                f"{last}{'' if i < len(names) else i}",
                first,
                datetime(1980, 1, 1) + timedelta(days=i),
                f"1{i:03d}",
                "Lausanne",
                "Zurich Assurances",
                "MOTOR",
                f"ZH-{i:05d}",
                start,
                expiry,
                premium,
            ]
        )
        cell = sheet.cell(row=sheet.max_row, column=11)
        if not isinstance(premium, str):
            cell.number_format = "#'##0.00"
        for col in (3, 9) if i == 1 else (3, 9, 10):
            sheet.cell(row=sheet.max_row, column=col).number_format = "DD.MM.YYYY"
    path = folder / "zurich-extranet.xlsx"
    book.save(path)
    return path


XLSX_MAPPING = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "birth_date": "Né le",
    "postcode": "NPA",
    "city": "Localité",
    "insurer": "Compagnie",
    "line": "Branche",
    "policy_number": "N° police",
    "start_date": "Début",
    "expiry_date": "Échéance",
    "premium": "Prime",
}


def database_fingerprint(session, *, skip=("audit_log", "import_batches")) -> dict[str, tuple]:
    """Row count and a checksum of every table (in primary-key order). The audit log, its
    head in ``meta`` and the list of import batches are left out: they record the import
    and its undo, by design."""
    import hashlib

    import sqlalchemy as sa

    from broker_desktop.core.audit_chain import HEAD
    from broker_desktop.storage.schema import metadata

    out = {}
    with session.database.read() as conn:
        for table in metadata.sorted_tables:
            if table.name in skip:
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            digest = hashlib.sha256()
            count = 0
            query = sa.select(table).order_by(*order)
            if table.name == "meta":  # the audit chain's head moves with the audit log
                query = query.where(table.c.name != HEAD)
            for row in conn.execute(query):
                digest.update(repr(tuple(row)).encode())
                count += 1
            out[table.name] = (count, digest.hexdigest())
    return out
