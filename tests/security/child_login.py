"""One login attempt in a fresh interpreter: prints the outcome's class name."""

from __future__ import annotations

import sys

from security_office import SECURITY

from broker_desktop.core.office import open_session

path, login, password = sys.argv[1:4]
try:
    open_session(path, login, password, security=SECURITY).close()
    print("ok")
except Exception as exc:  # noqa: BLE001 - the outcome is what the parent checks
    print(type(exc).__name__)
