"""``broker-desktop import`` end to end, in a fresh process, on a real office file."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest
from tests.conftest import FAST_KDF_CLI
from tests.core.conftest import PASSWORD
from tests.importing.extranet_files import PORTFOLIO_HEADERS, axa_csv, axa_rows, write_csv
from tests.importing.test_portfolio_import import axa_mapping

from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.office import open_session

COMMAND = [*FAST_KDF_CLI, "import"]


def run_cli(*args, password=PASSWORD):
    return subprocess.run(
        [*COMMAND, *map(str, args)],
        input=f"{password}\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def saved(office):
    office.director.mappings.save(axa_mapping())
    return office


def policies(office):
    session = open_session(office.path, "directeur", PASSWORD, security=office.security)
    try:
        return {r.policy_number for r in session.contracts.page(ContractQuery(), limit=100)}
    finally:
        session.close()


def test_dry_run_prints_the_counts_and_fails_on_rejected_rows(saved, tmp_path):
    path = axa_csv(tmp_path)
    result = run_cli(
        path,
        "--db",
        saved.path,
        "--login",
        "directeur",
        "--mapping",
        "Export AXA extranet",
        "--dry-run",
    )
    assert result.returncode == 1, result.stderr
    assert "encoding cp1252, delimiter ';'" in result.stdout
    lines = {
        " ".join(line.split()[:-1]): line.split()[-1]
        for line in result.stdout.splitlines()
        if line.startswith("  ") and not line.strip().startswith("row ")
    }
    assert lines["rows read"] == "10"
    assert lines["rows rejected"] == "3"
    assert lines["contracts to create"] == "7"
    assert "row 7: birth_date" in result.stdout
    assert PASSWORD not in result.stdout + result.stderr
    assert policies(saved) == set()


def test_rejected_rows_stop_the_import_unless_allowed(saved, tmp_path):
    path = axa_csv(tmp_path)
    args = [path, "--db", saved.path, "--login", "directeur", "--mapping", "Export AXA extranet"]
    refused = run_cli(*args, "--rejected-to", tmp_path / "rejets.csv")
    assert refused.returncode == 1
    assert "Nothing imported" in refused.stderr
    assert policies(saved) == set()
    assert (tmp_path / "rejets.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    allowed = run_cli(*args, "--allow-rejected")
    assert allowed.returncode == 0, allowed.stderr
    assert "Batch 1" in allowed.stdout
    assert len(policies(saved)) == 7


def test_clean_file_from_a_mapping_file_and_bad_logins(saved, tmp_path):
    clean = write_csv(
        tmp_path / "propre.csv",
        PORTFOLIO_HEADERS,
        [r for r in axa_rows() if r[2] not in ("Keller", "Meier", "Blanc")],
        encoding="cp1252",
    )
    mapping_file = tmp_path / "axa.json"
    mapping_file.write_text(axa_mapping(name="Fichier").to_json(), encoding="utf-8")
    base = [clean, "--db", saved.path, "--login", "directeur", "--mapping", mapping_file]
    wrong = run_cli(*base, password="not-the-password")  # noqa: S106
    assert wrong.returncode == 2 and "Cannot log in" in wrong.stderr
    unknown = run_cli(clean, "--db", saved.path, "--login", "directeur", "--mapping", "Nope")
    assert unknown.returncode == 2
    done = run_cli(*base)
    assert done.returncode == 0, done.stderr
    assert "contracts created" in done.stdout
    assert len(policies(saved)) == 7


def test_password_asked_on_the_terminal(saved, tmp_path):
    """With a terminal, the password is read by getpass from it (not echoed)."""
    path = axa_csv(tmp_path)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        try:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            os.execv(  # noqa: S606 - the command under test, no shell
                sys.executable,
                [
                    *COMMAND,
                    str(path),
                    "--db",
                    str(saved.path),
                    "--login",
                    "directeur",
                    "--mapping",
                    "Export AXA extranet",
                    "--dry-run",
                ],
            )
        finally:
            os._exit(127)  # only if exec failed: never run the rest of pytest here
    output = b""
    deadline = time.monotonic() + 60
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        if not sent and b"Password for directeur:" in output:
            os.write(fd, PASSWORD.encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    text = output.decode(errors="replace")
    assert sent, text
    assert os.waitstatus_to_exitcode(status) == 1, text
    assert "rows rejected" in text
    assert PASSWORD not in text  # getpass does not echo it
