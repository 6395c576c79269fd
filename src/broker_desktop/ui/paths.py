"""Where the application keeps its own files (not the office database's location)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "BrokerDesktop"
HOME_OVERRIDE = "BROKER_DESKTOP_HOME"  # development and tests: keep everything in one folder


@dataclass(frozen=True)
class AppPaths:
    data: Path

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(HOME_OVERRIDE)
        if override:
            return cls(Path(override))
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def log_file(self) -> Path:
        return self.data / "logs" / "broker-desktop.log"

    @property
    def default_database(self) -> Path:
        return self.data / "office.db"
