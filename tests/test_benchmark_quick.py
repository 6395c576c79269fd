"""CI keeps the benchmark working: its quick mode (size S, fast KDF, few runs) must run
to the end and write every figure, the screen benchmark's included. Nothing here is
judged on time."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from broker_desktop.demo import SIZES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from catalogue import SORTS  # noqa: E402


@pytest.mark.slow
def test_quick_benchmark_runs_and_writes_every_figure(tmp_path):
    result_file = tmp_path / "latest.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--data",
            str(tmp_path / "data"),
            "--json",
            str(result_file),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(result_file.read_text())
    names = [f["name"] for f in figures["figures"]]
    for expected in (
        "KDF alone",
        "portfolio first page",
        "portfolio last page",
        "client search",
        "commission total",
        "deadlines next 30 days, everyone",
        "own deadlines",
        "effective rights",
        "audited contract update",
        "first rows painted",
        "jump to the last row",
        "peak memory growth",
        "[UI] cold start to login window",
    ):
        assert any(expected in name for name in names), f"missing figure: {expected}"
    assert figures["ui"]["rows"] == SIZES["S"].contracts
    assert all(r["service_ratio"] > 0 for r in figures["ratios"])
    screens = figures["screens"]
    measured = {(f["role"], f["list"], f["filter"], f["sort"]) for f in screens["lists"]}
    for role in ("director", "agent"):
        for name, sorts in SORTS.items():
            if role == "agent" and name == "audit":
                continue  # an agent has no audit tab
            assert {s for r, n, _f, s in measured if (r, n) == (role, name)} == set(sorts)
    assert all(f["first_rows"]["wall_ms"] > 0 for f in screens["lists"])
    assert screens["login"]["usable_window"]["runs"] == 1
    assert screens["memory"]["growth_mb"] >= 0
