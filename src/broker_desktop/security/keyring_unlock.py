"""Optional workstation unlock through the operating system's keyring.

What is stored is the user's slot private key, under an entry named after the
database and the login; a key change keeps working, a password reset or a
deactivation revokes it. Backends that do not protect secrets (``fail``, ``null``,
plaintext files) count as absent: there is never a silent plaintext fallback. A
backend is judged by its actual class, not by the name it gives itself.
"""

from __future__ import annotations

import base64
import dataclasses
import importlib
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer

from broker_desktop.storage.errors import KeyringEntryMissing, KeyringUnavailable
from broker_desktop.storage.slots import normalize_login

log = logging.getLogger(__name__)

SERVICE = "Broker Desktop"

# The operating systems' keyrings, which keep secrets encrypted under the user's session,
# named by where keyring defines them. A backend is trusted only if it IS one of these
# classes, as imported from that module: not a subclass (which may store secrets its
# own way), not a class that merely declares that module or name (``__module__`` is
# whatever a class body says). Anything else is refused.
TRUSTED_CLASSES = (
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.libsecret", "Keyring"),
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.macOS", "Keyring"),
)

# Backends whose behaviour is to keep secrets in a file (plaintext, or encrypted under a
# password stored beside it), and those that keep nothing: refused with that reason,
# whatever they derive from or call themselves.
PLAIN_FILE_CLASSES = (
    ("keyrings.alt.file_base", "FileBacked"),
    ("keyrings.alt.file_base", "Keyring"),
    ("keyrings.alt.file", "PlaintextKeyring"),
    ("keyrings.alt.file", "EncryptedKeyring"),
    ("keyrings.alt.Gnome", "Keyring"),
    ("keyrings.alt.Google", "DocsKeyring"),
    ("keyrings.alt.pyfs", "BasicKeyring"),
    ("keyrings.alt.multi", "MultipartKeyringWrapper"),
    ("keyrings.alt.Windows", "EncryptedKeyring"),
    ("keyrings.alt.Windows", "RegistryKeyring"),
)
NOTHING_KEPT_CLASSES = (
    ("keyring.backends.fail", "Keyring"),
    ("keyring.backends.null", "Keyring"),
)


def _genuine(names: tuple[tuple[str, str], ...]) -> tuple[type, ...]:
    """The real class objects behind ``(module, name)`` pairs that import here."""
    found = []
    for module_name, class_name in names:
        try:
            module = importlib.import_module(module_name)
        except Exception:  # noqa: S112 - absent on this system: nothing to match
            continue
        cls = getattr(module, class_name, None)
        if isinstance(cls, type):
            found.append(cls)
    return tuple(found)


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _leaves(backend: KeyringBackend) -> list[KeyringBackend]:
    if type(backend) is chainer.ChainerBackend:  # the genuine chainer only
        return [leaf for child in backend.backends for leaf in _leaves(child)]
    return [backend]


def _in_plain_file_family(cls: type) -> bool:
    if any(issubclass(cls, plain) for plain in _genuine(PLAIN_FILE_CLASSES)):
        return True
    # keyrings.alt not importable here, or a copy of it: judge by where each class of the
    # hierarchy was really loaded from, not by the module it names.
    for klass in cls.__mro__:
        module = sys.modules.get(klass.__module__)
        source = getattr(module, "__file__", "") or ""
        if "keyrings" in Path(source).parts and "alt" in Path(source).parts:
            return True
        if klass.__module__.startswith("keyrings.alt"):
            return True
    return False


def insecurity(backend: KeyringBackend, trusted: tuple[type, ...] = ()) -> str | None:
    """Why ``backend`` cannot be trusted with a key, or None if it can.

    ``trusted``: further classes the caller vouches for (a test's in-memory keyring);
    matched exactly, like the system keyrings.
    """
    leaves = _leaves(backend)
    if not leaves:
        return "no keyring backend"
    system = _genuine(TRUSTED_CLASSES)
    for leaf in leaves:
        cls, name = type(leaf), backend_name(leaf)
        if _in_plain_file_family(cls):
            return f"{name} keeps secrets in a file"
        if any(issubclass(cls, nothing) for nothing in _genuine(NOTHING_KEPT_CLASSES)):
            return f"{name} does not keep secrets"
        if not any(cls is known for known in (*system, *trusted)):
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
    def __init__(
        self, backend: KeyringBackend | None = None, *, trusted: tuple[type, ...] = ()
    ) -> None:
        """``backend``: the user's configured keyring when None. ``trusted``: classes
        besides the system keyrings to accept (given in code, never by configuration)."""
        self._backend = backend
        self._trusted = trusted

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def status(self) -> tuple[bool, str]:
        """(usable, description) for display and for the self-test."""
        backend = self.backend
        reason = insecurity(backend, self._trusted)
        return (reason is None, reason or backend_name(backend))

    def _require(self) -> KeyringBackend:
        backend = self.backend
        reason = insecurity(backend, self._trusted)
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
