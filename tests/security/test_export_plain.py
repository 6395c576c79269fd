"""``broker-desktop export-plain``: end to end in a fresh process, the recovery code on
standard input (never in the arguments), the copy opened with Python's own sqlite3."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from security_office import BOSS_PASSWORD, SECURITY, build_office

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.office import open_session

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture
def office(tmp_path):
    built = build_office(tmp_path / "office.db")
    code = built.director.database.recovery_code()
    built.alice.close()
    built.director.close()
    return built, code


def _cli(*args: str, stdin: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src")
    return subprocess.run(
        [sys.executable, "-m", "broker_desktop", *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_plain_copy_opens_with_standard_sqlite_and_holds_the_rows(office, tmp_path):
    built, code = office
    target = tmp_path / "out" / "plain.sqlite"
    target.parent.mkdir()
    done = _cli(
        "export-plain", str(built.path), "--recovery-code", "-o", str(target), stdin=code + "\n"
    )
    assert done.returncode == 0, done.stderr
    assert "NOT encrypted" in done.stderr
    assert code not in done.stdout + done.stderr
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0  # owner only
    assert sorted(p.name for p in target.parent.iterdir()) == ["plain.sqlite"]  # no leftovers
    plain = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        names = {r[0] for r in plain.execute("SELECT last_name FROM clients")}
        contracts = plain.execute("SELECT count(*) FROM contracts").fetchone()[0]
        logins = {r[0] for r in plain.execute("SELECT login FROM users")}
    finally:
        plain.close()
    assert {"Alice", "Bruno"} <= names
    assert contracts == 2
    assert logins == {"boss", "alice", "bruno"}
    director = open_session(built.path, "boss", BOSS_PASSWORD, security=SECURITY)
    try:  # the export is on record, and the original is still encrypted and whole
        assert director.audit.page(AuditQuery(action="database.exported_plain"), limit=5)
        assert director.audit.verify().ok
    finally:
        director.close()
    assert built.path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_an_existing_file_is_never_overwritten(office, tmp_path):
    built, code = office
    target = tmp_path / "taken.sqlite"
    target.write_bytes(b"keep me")
    done = _cli(
        "export-plain", str(built.path), "--recovery-code", "-o", str(target), stdin=code + "\n"
    )
    assert done.returncode == 2
    assert "already exists" in done.stderr
    assert target.read_bytes() == b"keep me"


def test_a_wrong_code_writes_nothing(office, tmp_path):
    built, code = office
    target = tmp_path / "plain.sqlite"
    wrong = "A" * 52
    done = _cli(
        "export-plain", str(built.path), "--recovery-code", "-o", str(target), stdin=wrong + "\n"
    )
    assert done.returncode == 1
    assert "Nothing was written" in done.stderr
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "plain" in p.name] == []


def test_the_code_cannot_be_given_as_an_argument(office, tmp_path):
    built, code = office
    done = _cli("export-plain", str(built.path), f"--recovery-code={code}", stdin="")
    assert done.returncode != 0
    assert not (tmp_path / "office-plain.sqlite").exists()


def test_the_readme_recovery_commands_work_verbatim(office, tmp_path):
    """The README's hex conversion (code on stdin) and its sqlcipher3 snippet, as written."""
    built, code = office
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("### Opening the database without Broker Desktop") :]
    blocks, current = [], []
    for line in section.splitlines():
        if line.startswith("    "):
            current.append(line[4:])
        elif current and line.strip() == "":
            current.append("")
        elif current:
            blocks.append("\n".join(current).strip())
            current = []
    convert = next(b for b in blocks if b.startswith("python3 -c"))
    snippet = next(b for b in blocks if b.startswith("import sqlcipher3"))
    # The README's own command line, as a user types it in a shell.
    hexed = subprocess.run(  # noqa: S602
        convert.replace("python3", sys.executable, 1),
        shell=True,
        input=code + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        start_new_session=True,  # no terminal: getpass reads standard input
    ).stdout.split()[-1]
    assert len(hexed) == 64
    script = snippet.replace("<the 64 hex digits>", hexed)
    ran = subprocess.run(
        [sys.executable, "-c", script],
        cwd=built.path.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "contracts" in ran.stdout and "audit_log" in ran.stdout
