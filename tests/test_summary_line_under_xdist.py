"""The security summary line adds up the counts of tests run in other processes: the suite
runs on two (pytest-xdist), where only the tests' reports reach the process that prints
the line. A small run of its own, on two processes, with the suite's real hooks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]


def test_the_security_line_adds_up_what_two_processes_counted(pytester, monkeypatch):
    pytest.importorskip("xdist")  # in the lock; a venv made before it was added lacks it
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    pytester.makeconftest(
        "from tests.conftest import (  # noqa: F401\n"
        "    pytest_runtest_logreport, pytest_terminal_summary, security_tally,\n"
        ")\n"
    )
    pytester.mkdir("tests")
    pytester.mkdir("tests/security")
    (pytester.path / "tests" / "security" / "test_counted.py").write_text(
        "import pytest\n\n\n"
        "@pytest.mark.parametrize('n', range(8))\n"
        "def test_counts(security_tally, record_property, n):\n"
        "    security_tally.configurations += 125\n"
        "    security_tally.bad_inputs += n\n"
        "    record_property('faults', 2)\n"
    )
    result = pytester.runpytest_subprocess("-n", "2", "--dist", "load", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=8)
    result.stdout.fnmatch_lines(
        [
            "security: 1000 configurations checked, 28 bad inputs tried (0 of them "
            "out-of-scope accesses), 0 hostile requests to the office server, 16 faults "
            "injected, 0 violations, 0 two-file fault points, 0 lockouts"
        ]
    )
