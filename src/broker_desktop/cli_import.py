"""``broker-desktop import FILE --db PATH --login LOGIN --mapping NAME_OR_FILE [--dry-run]``

For scripted migrations. The password is asked on the terminal (never an argument;
read from standard input when that is not a terminal, for scripts that pipe it in).
Prints what was detected and the preview counts. Exit status: 0 done, 1 rows rejected
(nothing imported unless ``--allow-rejected``), 2 the import could not start (file,
mapping, login, rights), 3 cancelled.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from broker_desktop.core.errors import CoreError, ValidationError
from broker_desktop.core.importing.mapping import DUPLICATE_RULES
from broker_desktop.core.importing.portfolio import ImportCancelled, Outcome, RejectedRows
from broker_desktop.core.importing.sources import SourceError
from broker_desktop.storage.errors import StorageError

EXIT_OK, EXIT_REJECTED, EXIT_FAILED, EXIT_CANCELLED = 0, 1, 2, 3
SHOWN_REJECTED = 20

LABELS = (
    ("rows", "rows read"),
    ("rejected", "rows rejected"),
    ("clients_created", "clients to create"),
    ("clients_updated", "clients to update"),
    ("clients_unchanged", "clients unchanged"),
    ("contracts_created", "contracts to create"),
    ("contracts_updated", "contracts to update"),
    ("contracts_unchanged", "contracts unchanged"),
    ("follow_ups_created", "follow-ups to create"),
    ("splits_set", "commission splits to set"),
    ("splits_unchanged", "commission splits unchanged"),
    ("duplicates", "probable duplicate clients"),
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "import",
        help="import a portfolio export (CSV or XLSX) with a saved mapping",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    cmd.add_argument("file", help="the CSV or XLSX file")
    cmd.add_argument("--db", required=True, metavar="PATH", help="the office database")
    cmd.add_argument("--login", required=True, help="your login (the password is asked)")
    cmd.add_argument(
        "--mapping", required=True, metavar="NAME_OR_FILE", help="a saved mapping or a JSON file"
    )
    cmd.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    cmd.add_argument(
        "--allow-rejected",
        action="store_true",
        help="import the good rows even if some are rejected (exit status 0)",
    )
    cmd.add_argument(
        "--rejected-to", metavar="CSV", help="write the rejected rows and reasons here"
    )
    cmd.add_argument(
        "--duplicates", choices=DUPLICATE_RULES, help="rule for probable duplicate clients"
    )


def read_password(login: str, stdin: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass(f"Password for {login}: ")
    line = stdin.readline()
    return line.rstrip("\r\n")


def print_outcome(outcome: Outcome, out: TextIO, *, done: bool) -> None:
    d = outcome.detected
    how = f"{d.format.upper()}"
    if d.format == "csv":
        how += f", encoding {d.encoding}, delimiter {d.delimiter!r}"
    else:
        how += f", sheet {d.sheet!r}"
    print(f"Source: {how}, column names on row {d.header_row}", file=out)
    print("Imported:" if done else "Preview:", file=out)
    counts = outcome.counts.as_dict()
    for key, label in LABELS:
        if done:
            label = label.replace(" to ", " ").replace("create", "created")
            label = label.replace("update", "updated")
        print(f"  {label:<30} {counts[key]:>9}", file=out)
    for rejected in outcome.rejected[:SHOWN_REJECTED]:
        reasons = "; ".join(f"{r.field}: {r.message}" for r in rejected.reasons)
        print(f"  row {rejected.row}: {reasons}", file=out)
    if outcome.counts.rejected > SHOWN_REJECTED:
        print(f"  … and {outcome.counts.rejected - SHOWN_REJECTED} more rejected rows", file=out)
    if outcome.batch_id is not None:
        print(f"Batch {outcome.batch_id} (it can be undone as a whole)", file=out)


def main(args: argparse.Namespace, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    from broker_desktop.core.office import open_session

    err = sys.stderr
    path = Path(args.file)
    if not path.is_file():
        print(f"No such file: {path}", file=err)
        return EXIT_FAILED
    password = read_password(args.login, stdin)
    try:
        session = open_session(Path(args.db), args.login, password)
    except (StorageError, CoreError) as exc:
        print(f"Cannot log in: {exc}", file=err)
        return EXIT_FAILED
    finally:
        del password
    try:
        mapping = session.mappings.resolve(args.mapping)
        if args.duplicates:
            from dataclasses import replace

            mapping = replace(mapping, duplicates=args.duplicates)
        if args.dry_run:
            outcome = session.imports.preview(path, mapping)
            print_outcome(outcome, out, done=False)
            code = EXIT_REJECTED if outcome.counts.rejected and not args.allow_rejected else 0
        else:
            try:
                outcome = session.imports.run(path, mapping, all_or_nothing=not args.allow_rejected)
            except RejectedRows as exc:
                print_outcome(exc.outcome, out, done=False)
                print("Nothing imported: fix the rejected rows or use --allow-rejected.", file=err)
                code = EXIT_REJECTED
            else:
                print_outcome(outcome, out, done=True)
                code = EXIT_OK
        if args.rejected_to and code != EXIT_FAILED:
            written = session.imports.save_rejected(path, mapping, Path(args.rejected_to))
            print(f"{written} rejected row(s) written to {args.rejected_to}", file=out)
        return code
    except ImportCancelled:
        return EXIT_CANCELLED
    except (SourceError, ValidationError, CoreError, StorageError) as exc:
        print(f"Import refused: {exc}", file=err)
        return EXIT_FAILED
    finally:
        session.close()
