"""A small typed layer over QSettings: every key the application keeps, in one place."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_AUTO_LOCK_MINUTES = 10


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def sync(self) -> None:
        self._q.sync()

    # ----- language: "" follows the system locale ---------------------------------
    @property
    def language(self) -> str:
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("ui/language", value)

    # ----- start ------------------------------------------------------------------
    @property
    def last_login(self) -> str:
        return self._str("start/last_login")

    @last_login.setter
    def last_login(self, value: str) -> None:
        self._q.setValue("start/last_login", value)

    @property
    def last_database(self) -> str:
        return self._str("start/last_database")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._q.setValue("start/last_database", value)

    # ----- office server mode: how this workstation reaches the office's data ------------
    @property
    def connection_mode(self) -> str:
        """ "file" (the database file itself) or "server" (an office server)."""
        return "server" if self._str("start/connection_mode") == "server" else "file"

    @connection_mode.setter
    def connection_mode(self, value: str) -> None:
        self._q.setValue("start/connection_mode", "server" if value == "server" else "file")

    @property
    def server_host(self) -> str:
        return self._str("server/host")

    @server_host.setter
    def server_host(self, value: str) -> None:
        self._q.setValue("server/host", value)

    @property
    def server_port(self) -> int:
        try:
            port = int(str(self._q.value("server/port", 8443)))
        except (TypeError, ValueError):
            return 8443
        return port if 0 < port < 65536 else 8443

    @server_port.setter
    def server_port(self, value: int) -> None:
        self._q.setValue("server/port", int(value))

    @property
    def office_ca_file(self) -> str:
        """An office CA certificate (PEM) that signs the server's certificate; empty:
        the server's own certificate is pinned on first connection instead."""
        return self._str("server/office_ca_file")

    @office_ca_file.setter
    def office_ca_file(self, value: str) -> None:
        self._q.setValue("server/office_ca_file", value)

    @property
    def auto_lock_minutes(self) -> int:
        try:
            value = int(str(self._q.value("security/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_AUTO_LOCK_MINUTES
        return max(0, value)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._q.setValue("security/auto_lock_minutes", int(value))

    @property
    def today_panel(self) -> bool:
        """Show the user's deadlines due today and overdue after logging in."""
        return str(self._q.value("habits/today_panel", "true")).lower() in ("true", "1")

    @today_panel.setter
    def today_panel(self, value: bool) -> None:
        self._q.setValue("habits/today_panel", "true" if value else "false")

    # ----- window and table state ---------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        return self._bytes(f"geometry/{name}")

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"geometry/{name}", value)

    def table_columns(self, table: str) -> dict[str, Any]:
        """Column widths (by column key), order, hidden columns and sort of one list, as
        ``PagedTableView`` saved them; {} when nothing (readable) was saved. Kept by
        column key, not as Qt's header blob: a blob is tied to the number of columns and
        carried the old stretched last column back into every session."""
        try:
            value = json.loads(self._str(f"columns/{table}") or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_table_columns(self, table: str, value: dict[str, Any]) -> None:
        self._q.setValue(f"columns/{table}", json.dumps(value, sort_keys=True))
