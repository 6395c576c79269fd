"""``broker-desktop export-plain DATABASE --recovery-code [-o OUTPUT]``: an unencrypted
SQLite copy of the office database, for an office that needs its data in another tool.

The recovery code is asked on the terminal (not echoed), or read as the first line of
standard input when that is not a terminal; it is never taken from the command line,
where other users of the computer could read it (``ps``, shell history).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

WARNING = """\
WARNING: the copy is NOT encrypted. Anyone who can read the file reads every client,
contract, commission and the audit log, with no password. Keep it only as long as
needed, never on a shared drive, in e-mail or in the cloud, and delete it securely."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export-plain",
        help="write an UNENCRYPTED SQLite copy of the database (asks for the recovery code)",
        description=__doc__.split("\n\n")[0] + "\n\n" + WARNING,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("database", help="the office database (e.g. office.db)")
    parser.add_argument(
        "--recovery-code",
        action="store_true",
        required=True,
        help="unlock with the recovery code, asked on the terminal or read from standard "
        "input (never given on the command line)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="where to write the copy (default: DATABASE-plain.sqlite beside it); "
        "an existing file is never overwritten",
    )


def _read_code(stdin: TextIO, stderr: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass("Recovery code: ", stream=stderr)
    return stdin.readline().strip()


def run(args: argparse.Namespace, stdin: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from broker_desktop.core import audit_chain
    from broker_desktop.storage.database import Database
    from broker_desktop.storage.errors import StorageError

    stdin = stdin or sys.stdin
    stderr = stderr or sys.stderr
    database = Path(args.database)
    output = (
        Path(args.output) if args.output else database.with_name(f"{database.stem}-plain.sqlite")
    )
    if output.exists():
        print(f"Refused: {output} already exists; it was left untouched.", file=stderr)
        return 2
    print(WARNING, file=stderr)
    code = _read_code(stdin, stderr)
    if not code:
        print("No recovery code given; nothing was written.", file=stderr)
        return 2
    try:
        db = Database.open_with_recovery_code(database, code)
    except StorageError as exc:
        print(f"Nothing was written: {exc}", file=stderr)
        return 1
    with db:
        try:
            written = db.export_plain(output)
        except StorageError as exc:
            print(f"Nothing was written: {exc}", file=stderr)
            return 1
        print(f"Unencrypted copy written to {written}", file=stderr)
        try:
            with db.write() as conn:
                audit_chain.append(
                    conn,
                    action="database.exported_plain",
                    detail={"by": "recovery code", "file": output.name},
                )
        except StorageError as exc:
            print(f"The audit log could not record the export: {exc}", file=stderr)
    return 0
