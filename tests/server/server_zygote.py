"""Starts office server processes quickly for the parametrized core suite.

This process imports the server once, then forks one child per request: each child is a
real, separate server process running ``broker-desktop serve`` (the same ``cli.main``),
minus the two seconds of interpreter start and imports. Requests are JSON lines on
stdin: ``{"argv": [...], "output": PATH}``; the answer is the child's pid.
"""

from __future__ import annotations

import json
import os
import signal
import sys

import uvicorn  # noqa: F401 - imported once here, inherited by every child

import broker_desktop.cli
import broker_desktop.core.office
import broker_desktop.server.app
import broker_desktop.server.main


def main() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the children
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            fd = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            sys.stdin = open(0)  # noqa: SIM115
            code = 1
            try:
                code = broker_desktop.cli.main(request["argv"])
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        sys.stdout.write(f"{pid}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
