"""Optional workstation unlock through the operating system's keyring.

What is stored is the user's slot private key, under an entry named after the
database and the login; a key change keeps working, a password reset or a
deactivation revokes it. Backends that do not protect secrets (``fail``, ``null``,
plaintext files) count as absent: there is never a silent plaintext fallback.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from broker_desktop.storage.errors import KeyringEntryMissing, KeyringUnavailable
from broker_desktop.storage.slots import normalize_login

log = logging.getLogger(__name__)

SERVICE = "Broker Desktop"

# Module prefixes of backends that keep secrets in clear or keep nothing at all.
INSECURE_MODULES = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",  # plaintext / weakly encrypted files
)

# The operating systems' keyrings, which keep secrets encrypted under the user's session.
# Anything else is refused: a third-party backend may well be a plaintext file. A backend
# written for this program (a test's in-memory one) opts in with
# ``broker_desktop_trusted = True``.
TRUSTED_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
)


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _leaves(backend: KeyringBackend) -> list[KeyringBackend]:
    children = getattr(backend, "backends", None)
    if children is not None:  # ChainerBackend
        return [leaf for child in children for leaf in _leaves(child)]
    return [backend]


def insecurity(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot be trusted with a key, or None if it can."""
    leaves = _leaves(backend)
    if not leaves:
        return "no keyring backend"
    for leaf in leaves:
        name = backend_name(leaf)
        if name.startswith(INSECURE_MODULES):
            return f"{name} does not protect secrets"
        if not name.startswith(TRUSTED_MODULES) and not getattr(
            leaf, "broker_desktop_trusted", False
        ):
            return f"{name} is not a keyring known to protect secrets"
        try:
            if leaf.priority <= 0:
                return f"{name} is not usable here"
        except Exception as exc:  # backends compute priority by probing the system
            return f"{name} failed: {type(exc).__name__}"
    return None


@dataclass(frozen=True)
class KeyringEntry:
    slot_ref: str
    private_key: bytes = dataclasses.field(repr=False)


class WorkstationUnlock:
    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def status(self) -> tuple[bool, str]:
        """(usable, description) for display and for the self-test."""
        backend = self.backend
        reason = insecurity(backend)
        return (reason is None, reason or backend_name(backend))

    def _require(self) -> KeyringBackend:
        backend = self.backend
        reason = insecurity(backend)
        if reason is not None:
            raise KeyringUnavailable(reason)
        return backend

    @staticmethod
    def _account(database_id: str, login: str) -> str:
        return f"{database_id}:{normalize_login(login)}"

    def store(self, database_id: str, login: str, entry: KeyringEntry) -> None:
        backend = self._require()
        secret = json.dumps(
            {"slot": entry.slot_ref, "key": base64.b64encode(entry.private_key).decode()}
        )
        try:
            backend.set_password(SERVICE, self._account(database_id, login), secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from None

    def load(self, database_id: str, login: str) -> KeyringEntry:
        """The stored entry; any keyring trouble becomes 'unavailable' so the UI asks
        for the password instead."""
        backend = self._require()
        try:
            secret = backend.get_password(SERVICE, self._account(database_id, login))
        except Exception as exc:  # locked keyring, D-Bus error, user cancelled...
            raise KeyringUnavailable(type(exc).__name__) from None
        if not secret:
            raise KeyringEntryMissing()
        try:
            data = json.loads(secret)
            return KeyringEntry(data["slot"], base64.b64decode(data["key"], validate=True))
        except (ValueError, KeyError, TypeError):
            raise KeyringEntryMissing() from None

    def has_entry(self, database_id: str, login: str) -> bool:
        try:
            self.load(database_id, login)
        except (KeyringUnavailable, KeyringEntryMissing):
            return False
        return True

    def forget(self, database_id: str, login: str) -> None:
        try:
            self._require().delete_password(SERVICE, self._account(database_id, login))
        except (keyring.errors.PasswordDeleteError, KeyringUnavailable):
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("Could not remove the keyring entry: %s", type(exc).__name__)
