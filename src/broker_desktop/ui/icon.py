"""The application icon (drawn by resources/icons/make_icons.py, shipped as package data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_FILE = Path(__file__).parent / "icons" / "broker-desktop.png"


def application_icon() -> QIcon:
    return QIcon(str(ICON_FILE))
