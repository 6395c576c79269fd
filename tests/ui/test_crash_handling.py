"""Crash handling in a real process: the log folder and every log file private to the
user, Qt's warnings in the log, a hard crash's Python stacks in crash.log, and the
"Unexpected error" dialog naming the log file, in French."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from broker_desktop.ui import errors
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.i18n import Translations

CHILD = Path(__file__).with_name("child_crash.py")
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _run(folder: Path, what: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONFAULTHANDLER": ""}
    return subprocess.run(
        [sys.executable, str(CHILD), str(folder), what],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_log_folder_and_files_are_private_and_qt_warnings_are_logged(tmp_path):
    folder = tmp_path / "logs"
    old = os.umask(0o022)  # the usual umask: files would be world-readable
    try:
        result = _run(folder, "rotate")
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert _mode(folder) == 0o700
    logs = sorted(folder.iterdir())
    assert {p.name for p in logs} == {"broker-desktop.log", "broker-desktop.log.1", "crash.log"}
    assert {p.name: _mode(p) for p in logs} == {p.name: 0o600 for p in logs}
    rotated = (folder / "broker-desktop.log.1").read_text("utf-8")
    assert "WARNING qt: a warning from Qt's side" in rotated
    assert "WARNING qt: after the rotation" in (folder / "broker-desktop.log").read_text("utf-8")


@posix_only
def test_an_existing_world_readable_log_is_made_private(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    old_log = folder / "broker-desktop.log"
    old_log.write_text("from an older version\n", "utf-8")
    old_log.chmod(0o644)
    assert _run(folder, "log").returncode == 0
    assert _mode(folder) == 0o700 and _mode(old_log) == 0o600
    assert old_log.read_text("utf-8").startswith("from an older version\n")  # appended to


def test_a_hard_crash_leaves_its_stacks_in_the_crash_file(tmp_path):
    folder = tmp_path / "logs"
    result = _run(folder, "crash")
    assert result.returncode != 0 and "no crash" not in result.stdout
    crash = (folder / "crash.log").read_text("utf-8")
    assert crash.startswith("--- Broker Desktop started ")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "child_crash.py" in crash  # the Python stack of the crashing thread
    if os.name == "posix":
        assert _mode(folder / "crash.log") == 0o600


def test_the_unexpected_error_dialog_names_the_log_file_in_french(qapp, monkeypatch, tmp_path):
    log_file = tmp_path / "logs" / "broker-desktop.log"
    monkeypatch.setattr(errors, "_log_file", log_file)
    translations = Translations(qapp)
    dialogs = Dialogs()
    try:
        assert translations.load("fr") == "fr"
        dialogs.queue_answer(None)
        errors.show_unexpected(dialogs, None, KeyError("x"))
    finally:
        translations.load("en")
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("error", "Erreur inattendue")
    assert "KeyError" in text and str(log_file) in text
    assert "journal" in text  # French, not the English source
