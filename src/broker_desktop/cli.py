"""Command line: ``broker-desktop [--db PATH]``, ``broker-desktop demo PATH``,
``broker-desktop --self-test``, ``broker-desktop serve --db PATH``,
``broker-desktop export-plain DATABASE --recovery-code``."""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="broker-desktop", description="Broker Desktop")
    parser.add_argument("--db", metavar="PATH", help="open this office database")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation and exit (0 = healthy)"
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="create an encrypted demo office database")
    demo.add_argument("path", help="where to create the demo database")
    demo.add_argument("--size", choices=["S", "M", "L"], default="S", help="demo office size")
    demo.add_argument("--seed", type=int, default=7, help="random seed (same seed, same office)")
    demo.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)
    from broker_desktop.cli_import import add_parser as add_import

    add_import(sub)
    from broker_desktop.server.main import add_parser as add_serve_parser

    add_serve_parser(sub)
    from broker_desktop.export_plain import add_parser as add_export_plain

    add_export_plain(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args, qt_args = _parser().parse_known_args(argv)
    if args.command == "demo":
        from broker_desktop.demo import main as demo_main

        return demo_main(args)
    if args.command == "import":
        from broker_desktop.cli_import import main as import_main

        return import_main(args)
    if args.command == "serve":
        from broker_desktop.server.main import serve

        return serve(args)
    if args.command == "export-plain":
        from broker_desktop.export_plain import run as export_plain

        return export_plain(args)
    if args.self_test:
        from broker_desktop.selftest import run

        return run()
    from broker_desktop.ui.app import run as run_app

    return run_app(db=args.db, qt_args=qt_args)
