"""Where the application keeps its own files (not the office database's location)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from broker_desktop.core.audit_head import user_data_folder


@dataclass(frozen=True)
class AppPaths:
    data: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(user_data_folder())

    @property
    def log_file(self) -> Path:
        return self.data / "logs" / "broker-desktop.log"

    @property
    def crash_file(self) -> Path:
        return self.data / "logs" / "crash.log"
