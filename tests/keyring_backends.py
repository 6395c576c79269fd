"""Real keyring backends for tests: one that keeps secrets (in memory), and the kinds
of trouble a workstation's keyring can be in (plaintext on disk, locked, broken).

They are genuine ``KeyringBackend`` subclasses, so they go through the same code
paths as the operating system's backends.
"""

from __future__ import annotations

import json
from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import SecretService

from broker_desktop.security.keyring_unlock import WorkstationUnlock


class MemoryKeyring(KeyringBackend):
    """A secure stand-in for the OS keyring: secrets never leave the process.

    Not one of the operating system's keyrings, so a test vouches for it explicitly:
    ``WorkstationUnlock(backend, trusted=TRUSTED)`` (see ``secure_unlock``).
    """

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class PlaintextFileKeyring(KeyringBackend):
    """Like keyrings.alt's PlaintextKeyring: a JSON file anyone can read. Never trusted."""

    priority = 0.5

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path) if path else Path("plaintext-keyring.json")

    def _read(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\x1f{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        data.pop(f"{service}\x1f{username}", None)
        self.path.write_text(json.dumps(data))


class LockedKeyring(MemoryKeyring):
    """A secure keyring the user has not unlocked (or whose unlock prompt he cancelled)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


class BrokenKeyring(MemoryKeyring):
    """A keyring whose service misbehaves (D-Bus gone, daemon crashed)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring daemon went away")


class DisguisedPlaintextKeyring(PlaintextFileKeyring):
    """A plaintext file that calls itself the GNOME/KDE Secret Service backend."""

    __module__ = "keyring.backends.SecretService"
    __qualname__ = "Keyring"
    priority = 5


DisguisedPlaintextKeyring.__name__ = "Keyring"


class PlaintextSecretService(SecretService.Keyring):
    """A subclass of the genuine Secret Service backend that writes secrets to a file."""

    priority = 5

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.plain = PlaintextFileKeyring(path)

    def get_password(self, service: str, username: str) -> str | None:
        return self.plain.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.plain.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.plain.delete_password(service, username)


# The test backends a test vouches for; matched by exact class.
TRUSTED = (MemoryKeyring, LockedKeyring, BrokenKeyring)


def secure_unlock(backend: KeyringBackend) -> WorkstationUnlock:
    return WorkstationUnlock(backend, trusted=TRUSTED)
