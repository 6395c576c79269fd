"""Build the one-folder bundle with installer.spec and run its ``--self-test``.

All slow (the build takes about 20 s on two cores, the self-test uses the production
key-derivation costs), so marked; CI still runs them. The self-test is first run from
the source tree, which fails fast when the self-test itself is broken.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer.spec"
# The first bundle test also builds the bundle (its fixture's time counts in the test's
# limit): about 20 s on a quiet machine, but minutes beside the suite's other process or
# other work, past the suite's 300 s per test.
BUNDLE_TIMEOUT = 900

EXPECTED_CHECKS = (
    "application",
    "native libraries",
    "office server modules",
    "create encrypted database",
    "encrypted at rest",
    "unlock with password and log in",
    "keyring backends packaged",
    "keyring backend",
    "Qt offscreen platform",
    "Qt image format plugins",
    "translation fr",
    "translation en",
    "Qt translation fr",
)


def _pyinstaller() -> list[str]:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: pip install -e '.[test]'")
    return [sys.executable, "-m", "PyInstaller"]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _executable(dist: Path) -> Path:
    name = _project()["name"]
    if sys.platform == "darwin":
        app = dist / f"{name.replace('-', ' ').title()}.app"
        return app / "Contents" / "MacOS" / name
    return dist / name / (f"{name}.exe" if sys.platform == "win32" else name)


def _assert_passed(result: subprocess.CompletedProcess) -> None:
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    for check in EXPECTED_CHECKS:
        assert any(line.startswith(f"ok   {check}: ") for line in lines), (check, lines)
    assert not any(line.startswith("FAIL") for line in lines)
    assert lines[-1].startswith(f"self-test passed: {len(EXPECTED_CHECKS)} checks")


@pytest.mark.slow  # production key-derivation costs, on purpose: about 2 s
def test_self_test_from_source(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "broker_desktop", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=120,
    )
    _assert_passed(result)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp("installer")
    dist = build / "dist"
    subprocess.run(
        [
            *_pyinstaller(),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(build / "work"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    return _executable(dist)


def _run(executable: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    # A clean environment, as on a workstation without Python: nothing may leak in
    # from the build's virtualenv.
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "VIRTUAL_ENV"))
    }
    clean.update(env or {})
    return subprocess.run(
        [str(executable), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        cwd=executable.parent,
        timeout=120,
    )


@pytest.mark.slow
@pytest.mark.timeout(BUNDLE_TIMEOUT)
def test_bundle_self_test_passes(bundle):
    _assert_passed(_run(bundle, "--self-test"))


@pytest.mark.slow
@pytest.mark.timeout(BUNDLE_TIMEOUT)
def test_bundle_is_self_contained(bundle):
    """The bundle runs its own Python and libraries, not the build machine's."""
    if sys.platform == "darwin":
        pytest.skip("the .app splits _internal into Frameworks and Resources")
    internal = bundle.parent / "_internal"
    migrations = internal / "broker_desktop" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert any((migrations / "versions").glob("0001_*.py"))
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    for language in ("fr", "en"):
        qm = internal / "broker_desktop" / "ui" / "translations" / f"broker_desktop_{language}.qm"
        assert qm.is_file(), qm
    # Unused Qt modules stay out.
    qt_python_modules = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt_python_modules
    assert not qt_python_modules & {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia"}


@pytest.mark.slow
@pytest.mark.timeout(BUNDLE_TIMEOUT)
def test_bundle_self_test_fails_when_a_translation_is_missing(bundle, tmp_path):
    """The self-test can fail: a bundle that lost a translation file is reported."""
    if sys.platform == "darwin":
        pytest.skip("the .app splits _internal into Frameworks and Resources")
    copy = tmp_path / "copy"
    shutil.copytree(bundle.parent, copy, symlinks=True)
    internal = copy / "_internal"
    (internal / "broker_desktop" / "ui" / "translations" / "broker_desktop_fr.qm").unlink()
    result = _run(copy / bundle.name, "--self-test")
    assert result.returncode == 1
    assert any(line.startswith("FAIL translation fr:") for line in result.stdout.splitlines())
    assert "self-test FAILED: 1 of" in result.stdout


@pytest.mark.slow
@pytest.mark.timeout(BUNDLE_TIMEOUT)
@pytest.mark.skipif(
    not (
        sys.platform.startswith("linux")
        and shutil.which("dbus-run-session")
        and shutil.which("gnome-keyring-daemon")
    ),
    reason="needs dbus-run-session and gnome-keyring-daemon (Linux)",
)
def test_bundle_finds_the_secret_service_keyring(bundle, tmp_path):
    """With a desktop keyring on D-Bus, the packaged app sees a secure backend."""
    script = (
        "printf selftest | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f"exec '{bundle}' --self-test"
    )
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"], "HOME": str(home)},
        timeout=120,
    )
    assert (
        "ok   keyring backend: keyring.backends.SecretService.Keyring, secure" in result.stdout
    ), result.stdout + result.stderr
