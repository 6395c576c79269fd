"""The core's entry points, bound to the security parameters of this run.

Tests and the screenshot script pass cheap parameters; the application uses the
production defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from broker_desktop.core import office
from broker_desktop.core.office import SecurityParams, Session
from broker_desktop.core.restore import restore_from_backup
from broker_desktop.remote.known_servers import KnownServers
from broker_desktop.remote.session import RemoteSession, connect
from broker_desktop.security.keyring_unlock import WorkstationUnlock
from broker_desktop.storage.errors import KeyringUnavailable


@dataclass(frozen=True)
class Opener:
    security: SecurityParams | None = None
    unlock: WorkstationUnlock | None = None
    servers: KnownServers | None = None  # pinned office-server certificates

    def known_servers(self) -> KnownServers:
        return self.servers if self.servers is not None else KnownServers()

    def connect_server(
        self,
        host: str,
        port: int,
        login: str,
        password: str,
        *,
        pinned_pem: str | None = None,
        ca_file: str | None = None,
    ) -> RemoteSession:
        """Log in on an office server, trusted by its pinned certificate or the office
        CA; never without one of them."""
        return connect(host, port, login, password, pinned_pem=pinned_pem, ca_file=ca_file)

    def keyring_usable(self) -> bool:
        if self.unlock is None:
            return False
        try:
            return self.unlock.status()[0]
        except Exception:
            return False

    def create(
        self, path: Path, login: str, display_name: str, password: str
    ) -> tuple[Session, str]:
        return office.create_office(
            path,
            login=login,
            display_name=display_name,
            password=password,
            security=self.security,
        )

    def open(self, path: Path, login: str, password: str) -> Session:
        return _rights_read(office.open_session(path, login, password, security=self.security))

    def open_with_keyring(self, path: Path, login: str) -> Session:
        if self.unlock is None:
            raise KeyringUnavailable("none was set up for this run")
        return _rights_read(
            office.open_session_with_keyring(path, login, self.unlock, security=self.security)
        )

    def has_keyring_entry(self, path: Path, login: str) -> bool:
        if not self.keyring_usable() or not login:
            return False
        try:
            database_id = office.database_id_of(path)
        except Exception:
            return False
        if not database_id or self.unlock is None:
            return False
        return self.unlock.has_entry(database_id, login)

    def restore(
        self,
        database: Path,
        backup: Path,
        login: str,
        password: str,
        *,
        recovery_code: str | None = None,
        another_office: bool = False,
    ) -> Path | None:
        """Replace a damaged database by a backup; returns where the old file went."""
        return restore_from_backup(
            database,
            backup,
            login,
            password,
            security=self.security,
            recovery_code=recovery_code,
            another_office=another_office,
        )

    def recover(self, path: Path, recovery_code: str, login: str, new_password: str) -> None:
        office.recover_account(path, recovery_code, login, new_password, security=self.security)


def _rights_read(session: Session) -> Session:
    """Read the user's rights here, on the worker thread that opens the session: the
    main window's guard starts from them without a database call on the GUI thread."""
    session.rights()
    return session
