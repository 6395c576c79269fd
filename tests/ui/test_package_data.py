"""What a non-editable install must carry besides the Python files: the compiled
translations and the window icon."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtGui import QPixmap

from broker_desktop.ui.icon import ICON_FILE, application_icon

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "broker_desktop"


def package_data_globs() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return config["tool"]["setuptools"]["package-data"]["broker_desktop"]


def test_every_ui_data_file_is_package_data():
    data = [
        p
        for p in (PACKAGE / "ui").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]
    names = {p.name for p in data}
    assert {"broker_desktop_fr.qm", "broker_desktop_en.qm", "broker-desktop.png"} <= names
    globs = package_data_globs()
    unshipped = [
        str(p.relative_to(PACKAGE))
        for p in data
        if not any(p.relative_to(PACKAGE).match(g) for g in globs)
    ]
    assert unshipped == []


def test_the_window_icon_loads(qapp):
    assert ICON_FILE.is_file()
    assert not QPixmap(str(ICON_FILE)).isNull()
    icon = application_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64
