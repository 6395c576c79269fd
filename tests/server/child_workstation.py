"""A workstation's session, run as its own process with its own HOME, configuration,
data, cache and temp folders (set by the test): pin the server's certificate on first
connection, log in, browse every list, export, log out."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

import platformdirs

from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.remote.known_servers import KnownServers
from broker_desktop.remote.session import connect
from broker_desktop.remote.tls import fetch_certificate, fingerprint


def main(port: int, login: str, password: str, expected_fingerprint: str) -> None:
    log_dir = platformdirs.user_log_path("broker-desktop", appauthor=False)
    log_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=log_dir / "broker-desktop.log", level=logging.DEBUG)
    known = KnownServers()
    pem = fetch_certificate("127.0.0.1", port)
    assert fingerprint(pem) == expected_fingerprint  # what the user compares, then confirms
    known.pin("127.0.0.1", port, pem)
    session = connect(
        "127.0.0.1", port, login, password, pinned_pem=known.pinned("127.0.0.1", port)
    )
    try:
        for service in (session.clients, session.contracts, session.commissions, session.deadlines):
            rows = service.page(limit=200)
            if rows:
                service.page(after=rows[-1].cursor, limit=200)
            service.count()
        session.clients.page(ClientQuery(search="a"))
        session.reference.insurers()
        session.rights()
        exports = Path(platformdirs.user_documents_path()) / "exports"
        exports.mkdir(parents=True, exist_ok=True)
        session.exports.to_csv("contracts", ContractQuery(), exports / "contracts.csv")
        session.exports.to_csv("clients", ClientQuery(), Path(tempfile.gettempdir()) / "c.csv")
    finally:
        session.close()
    print("WORKSTATION DONE", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4])
