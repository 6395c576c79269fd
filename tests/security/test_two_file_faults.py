"""Two-file operations (the database and its key file) under faults: killed with SIGKILL
just before each of their file steps, and run on a real, nearly full filesystem at every
amount of free space that makes one of their steps fail. Afterwards exactly one version
of the account works (never neither: a lockout), the two files agree and no slot is
orphaned."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.security.two_file_office import (
    OPERATIONS,
    build_template,
    copy_office,
    disagreements,
    version_in_force,
)
from tests.storage.storage_helpers import ChildLines

HERE = Path(__file__).parent
pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "office.db"
    return path, build_template(path)


@pytest.fixture(scope="module")
def server():
    root = HERE.parent.parent
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(HERE), str(root / "tests" / "storage"), str(root), str(root / "src")]
    )
    child = subprocess.Popen(
        [sys.executable, str(HERE / "child_two_file.py")],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = ChildLines(child)
    lines.wait_for(line="ready")
    yield child, lines
    child.stdin.close()
    child.wait(timeout=30)


def _run(server, op: str, path: Path, code: str, kill_at: int) -> list[str]:
    """One request to the fork server; the lines its forked process and it printed."""
    child, lines = server
    start = len(lines.lines)
    child.stdin.write(f"{op} {path} {code} {kill_at}\n")
    child.stdin.flush()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        got = lines.lines[start:]
        if None in got:
            raise AssertionError(child.stderr.read()[-3000:])
        if any(x.startswith("end ") for x in got):
            return got
        time.sleep(0.002)
    raise AssertionError(f"{op}: the forked process stalled")


def _decisive(op: str, steps: list[str]) -> int:
    """1-based position of the step after which the new version is in force."""
    if op == "rekey":
        return steps.index("rename office.db") + 1
    staged = steps.index("rename office.db.keys")
    return steps.index("commit", staged) + 1


@pytest.mark.parametrize("op", OPERATIONS)
def test_killed_before_each_step_one_version_works_and_files_agree(
    op, template, server, tmp_path, record_property
):
    source, code = template
    traced = _run(server, op, copy_office(source, tmp_path / "trace"), code, 0)
    assert "done" in traced, traced
    steps = [line.split(" ", 2)[2] for line in traced if line.startswith("step ")]
    assert "commit" in steps and steps[-1] == "end", steps
    decisive = _decisive(op, steps)
    seen: dict[str, str] = {}
    problems: dict[int, list[str]] = {}
    for kill_at in range(1, len(steps) + 1):
        path = copy_office(source, tmp_path / f"kill{kill_at}")
        printed = _run(server, op, path, code, kill_at)
        assert "end killed" in printed, (op, kill_at, printed)
        new_code = next((x.split()[1] for x in printed if x.startswith("code ")), None)
        state = version_in_force(path, op, (code, new_code))
        seen[f"{kill_at} {steps[kill_at - 1]}"] = state
        if state in ("old", "new"):
            current = code if state == "old" or op != "rekey" else new_code
            problems[kill_at] = disagreements(path, current)
    record_property("two_file_points", len(steps))
    record_property("lockouts", sum(state not in ("old", "new") for state in seen.values()))
    # killed before the database commits: the old version; after: the new one
    expected = {k: "old" if int(k.split()[0]) <= decisive else "new" for k in seen}
    assert seen == expected, (op, steps)
    assert not any(problems.values()), (op, problems)
