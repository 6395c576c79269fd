"""Portfolio import benchmark: an office's whole portfolio as an extranet export, size
S, M or L (L: 200,000 clients, 1,000,000 contracts, one contract per row), written as a
Windows-1252 CSV with semicolons and as an XLSX, each imported into a fresh encrypted
office by a child process of its own (rows per second; peak memory of that process).

    nice -n 10 .venv/bin/python benchmarks/import_bench.py --size L [--formats csv xlsx]
        [--sources DIR]   # keep the written files there and reuse them on the next run

The child prints a progress line to stderr every 50,000 rows (rows, wall and CPU
seconds, peak memory, load average), so a run stopped before its end still tells its
rate and how far it got.

Results go to benchmarks/results/import-<size>.json and print as a Markdown table.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# T: a tenth of M, for a quick XLSX figure on a loaded machine
SIZES = {
    "S": (300, 800),
    "T": (5_000, 20_000),
    "M": (50_000, 200_000),
    "L": (200_000, 1_000_000),
}
HEADERS = [
    "No client",
    "Type",
    "Nom",
    "Prénom",
    "Raison sociale",
    "Date de naissance",
    "Adresse",
    "NPA",
    "Localité",
    "Langue",
    "Téléphone",
    "Compagnie",
    "Branche",
    "No police",
    "Début",
    "Échéance",
    "Prime annuelle",
    "Périodicité",
]
LAST = (
    "Favre",
    "Rochat",
    "Müller",
    "Bärtschi",
    "Dupré",
    "Rossi",
    "Keller",
    "Meier",
    "Blanc",
    "Morel",
    "Bovet",
    "Gerber",
    "Zbinden",
    "Schmid",
    "Python",
    "Aebi",
    "Wyss",
    "Perrin",
)
FIRST = ("Jean", "Hélène", "Luc", "Anna", "Jürg", "Maria", "Paul", "Léa", "Yves", "Claire")
CITIES = (
    ("1003", "Lausanne"),
    ("1700", "Fribourg"),
    ("1201", "Genève"),
    ("1950", "Sion"),
    ("2000", "Neuchâtel"),
    ("1400", "Yverdon-les-Bains"),
    ("6900", "Lugano"),
)
INSURERS = (
    "AXA Assurances",
    "Allianz Suisse",
    "Baloise Assurance",
    "Generali Assurances",
    "Helvetia Assurances",
    "La Mobilière",
    "Vaudoise Assurances",
    "Zurich Assurances",
)
LINES = ("MOTOR", "HOUSEHOLD", "BUILDING", "HEALTH_LCA", "LIFE_3A", "LEGAL", "TRAVEL")
FREQUENCIES = ("annuel", "semestriel", "trimestriel", "mensuel")


def rows(size: str, seed: int = 7):
    clients, contracts = SIZES[size]
    rng = random.Random(seed)
    per_client = contracts // clients
    for c in range(clients):
        company = rng.random() < 0.08
        last, first = rng.choice(LAST), rng.choice(FIRST)
        postcode, city = rng.choice(CITIES)
        birth = date(1940, 1, 1) + timedelta(days=rng.randrange(24_000))
        phone = f"0{rng.choice((21, 22, 26, 27, 32))} {rng.randrange(200, 999)} "
        phone += f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}" if rng.random() < 0.5 else ""
        for k in range(per_client):
            start = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
            premium = rng.randrange(15_000, 900_000)
            yield [
                f"C{c:07d}",
                "Entreprise" if company else "Privé",
                "" if company else f"{last}{c}",
                "" if company else first,
                f"{last} {c} SA" if company else "",
                "" if company else birth.strftime("%d.%m.%Y"),
                f"Rue du Lac {rng.randrange(1, 120)}",
                postcode,
                city,
                "F",
                phone.strip() if phone.count(" ") == 3 else "",
                rng.choice(INSURERS),
                rng.choice(LINES),
                f"P{c:07d}-{k}",
                start.strftime("%d.%m.%y"),
                (start + timedelta(days=365)).strftime("%d.%m.%Y"),
                f"{premium // 100:,}.{premium % 100:02d}".replace(",", "'"),
                rng.choice(FREQUENCIES),
            ]


def write_csv(path: Path, size: str) -> None:
    with open(path, "w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(rows(size))


def write_xlsx(path: Path, size: str) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Portefeuille")
    sheet.append(["Export portefeuille"])
    sheet.append(HEADERS)
    for row in rows(size):
        sheet.append(row)
    book.save(path)


MAPPING = {
    "client_number": "No client",
    "kind": "Type",
    "last_name": "Nom",
    "first_name": "Prénom",
    "company_name": "Raison sociale",
    "birth_date": "Date de naissance",
    "street": "Adresse",
    "postcode": "NPA",
    "city": "Localité",
    "language": "Langue",
    "phone": "Téléphone",
    "insurer": "Compagnie",
    "line": "Branche",
    "policy_number": "No police",
    "start_date": "Début",
    "expiry_date": "Échéance",
    "premium": "Prime annuelle",
    "frequency": "Périodicité",
}


def child(source: Path, database: Path) -> None:
    """One import in this fresh process; prints its figures as JSON."""
    from broker_desktop.core.importing.mapping import Mapping
    from broker_desktop.core.office import SecurityParams, create_office
    from broker_desktop.storage.slots import KdfParams, allow_weak_kdf

    allow_weak_kdf(KdfParams(n=2**10, r=8, p=1))  # a throw-away office: the KDF is not measured
    session, _code = create_office(
        database,
        login="directeur",
        display_name="Bench",
        password="Bench-2026!x",  # noqa: S106 - a throw-away benchmark office
        security=SecurityParams(kdf=KdfParams(n=2**10, r=8, p=1), bcrypt_rounds=4),
    )
    start, cpu_start = time.perf_counter(), time.process_time()
    step = [0]

    def progress(rows: int, share: float) -> None:
        if rows >= step[0] + 50_000:
            step[0] = rows
            print(
                json.dumps(
                    {
                        "rows": rows,
                        "share": round(share, 3),
                        "seconds": round(time.perf_counter() - start, 1),
                        "cpu_seconds": round(time.process_time() - cpu_start, 1),
                        "peak_mib": round(
                            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                        ),
                        "load": [round(x, 1) for x in os.getloadavg()],
                    }
                ),
                file=sys.stderr,
                flush=True,
            )

    outcome = session.imports.run(source, Mapping(name="Bench", columns=MAPPING), progress=progress)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    session.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "rows": outcome.counts.rows,
                "rejected": outcome.counts.rejected,
                "clients": outcome.counts.clients_created,
                "contracts": outcome.counts.contracts_created,
                "seconds": seconds,
                "cpu_seconds": cpu,
                "peak_mib": peak_kib / 1024,
                "file_mib": source.stat().st_size / 2**20,
                "load": [round(x, 1) for x in os.getloadavg()],
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="M")
    parser.add_argument("--formats", nargs="+", choices=["csv", "xlsx"], default=["csv", "xlsx"])
    parser.add_argument("--sources", type=Path, help="where to keep and reuse the files")
    parser.add_argument("--child", nargs=2, metavar=("SOURCE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return 0
    results = {}
    with tempfile.TemporaryDirectory(prefix="import-bench-") as folder:
        for fmt in args.formats:
            kept = args.sources / f"portfolio-{args.size}.{fmt}" if args.sources else None
            source = kept or Path(folder) / f"portfolio-{args.size}.{fmt}"
            began = time.perf_counter()
            if not source.exists():
                partial = source.with_name(f".{source.name}.partial.{fmt}")
                (write_csv if fmt == "csv" else write_xlsx)(partial, args.size)
                partial.replace(source)
            written = time.perf_counter() - began
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(source), str(Path(folder) / f"{fmt}.db")],
                stdout=subprocess.PIPE,
                text=True,
                check=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            figures["write_seconds"] = written
            figures["rows_per_second"] = figures["rows"] / figures["seconds"]
            figures["rows_per_cpu_second"] = figures["rows"] / figures["cpu_seconds"]
            results[fmt] = figures
            print(fmt, json.dumps(figures), flush=True)
    (ROOT / "results").mkdir(exist_ok=True)
    target = ROOT / "results" / f"import-{args.size}.json"
    if target.exists():  # one format at a time keeps the other's figures
        results = {**json.loads(target.read_text()), **results}
    target.write_text(json.dumps(results, indent=2))
    print("| source | rows | file | import (wall) | rows/s | CPU | rows per CPU-s | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for fmt, f in results.items():
        print(
            f"| {fmt.upper()} | {f['rows']:,} | {f['file_mib']:.0f} MB | {f['seconds']:.0f} s "
            f"| {f['rows_per_second']:,.0f} | {f['cpu_seconds']:.0f} s "
            f"| {f['rows_per_cpu_second']:,.0f} | {f['peak_mib']:.0f} MB |".replace(",", "'")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
