"""The server's own key slot, unlocked by a secret kept like a TLS private key.

The secret file holds a random slot login and a random 256-bit secret. It must be
readable by the service account alone: the server refuses to start otherwise. With it,
the server opens the database after a reboot without anyone typing a password.

Where the service account has one, the operating system's keyring can keep the secret
instead of the file (``serve --keyring``): the same secret, stored under the database's
identity; only keyrings known to protect secrets are accepted (never a plaintext file
keyring, see ``security/keyring_unlock.py``).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from broker_desktop.security.keyring_unlock import insecurity
from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import StorageError
from broker_desktop.storage.files import fsync_directory, sidecar, sidecar_mutex
from broker_desktop.storage.slots import SlotFile

FORMAT = "broker-desktop-server-secret"
FORMAT_VERSION = 1
KEYRING_SERVICE = "Broker Desktop office server"


class CustodyError(Exception):
    """The server secret is missing, unsafe or does not open the database."""


def default_secret_path(database: Path) -> Path:
    return sidecar(Path(database).absolute(), ".server-secret")


@dataclass(frozen=True)
class ServerSecret:
    login: str
    secret: str

    def __repr__(self) -> str:  # never print the secret
        return f"ServerSecret(login={self.login!r})"

    @classmethod
    def generate(cls) -> ServerSecret:
        return cls(
            login=f"office-server-{secrets.token_hex(16)}",
            secret=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii"),
        )

    def write(self, path: Path) -> None:
        """Create the file, mode 0600, never replacing an existing one."""
        path = Path(path)
        data = self.dumps()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise CustodyError(
                f"A server secret already exists at {path}; it was left untouched."
            ) from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        fsync_directory(path.parent)

    def dumps(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "login": self.login,
                "secret": self.secret,
            }
        ).encode("utf-8")

    @classmethod
    def loads(cls, data: bytes | str, where: str) -> ServerSecret:
        try:
            doc = json.loads(data)
        except ValueError:
            raise CustodyError(f"The server secret in {where} cannot be read.") from None
        if (
            not isinstance(doc, dict)
            or doc.get("format") != FORMAT
            or not isinstance(doc.get("login"), str)
            or not isinstance(doc.get("secret"), str)
        ):
            raise CustodyError(f"{where} holds no Broker Desktop server secret.")
        return cls(doc["login"], doc["secret"])

    @classmethod
    def read(cls, path: Path) -> ServerSecret:
        path = Path(path)
        check_private(path)
        try:
            data = path.read_bytes()
        except OSError:
            raise CustodyError(f"The server secret {path} cannot be read.") from None
        return cls.loads(data, str(path))


class KeyringCustody:
    """The server secret in the operating system's keyring, under the database's
    identity. ``backend``: the service account's configured keyring when None;
    ``trusted``: classes besides the system keyrings to accept (given in code only)."""

    def __init__(self, backend: Any = None, *, trusted: tuple[type, ...] = ()) -> None:
        self._backend = backend
        self._trusted = trusted

    def _require(self) -> Any:
        import keyring

        backend = self._backend or keyring.get_keyring()
        reason = insecurity(backend, self._trusted)
        if reason is not None:
            raise CustodyError(
                f"The operating system's keyring cannot keep the server secret ({reason}); "
                "keep it in the 0600 file instead (serve without --keyring)."
            )
        return backend

    def _get(self, database_id: str) -> str | None:
        try:
            value: str | None = self._require().get_password(KEYRING_SERVICE, database_id)
        except CustodyError:
            raise
        except Exception as exc:  # a locked keyring, a D-Bus error...
            raise CustodyError(f"The keyring could not be read ({type(exc).__name__}).") from None
        return value

    def exists(self, database_id: str) -> bool:
        return bool(self._get(database_id))

    def store(self, database_id: str, secret: ServerSecret) -> None:
        if self.exists(database_id):
            raise CustodyError("The keyring already holds a server secret for this database.")
        try:
            self._require().set_password(
                KEYRING_SERVICE, database_id, secret.dumps().decode("utf-8")
            )
        except CustodyError:
            raise
        except Exception as exc:
            raise CustodyError(f"The keyring refused the secret ({type(exc).__name__}).") from None

    def load(self, database_id: str) -> ServerSecret:
        value = self._get(database_id)
        if not value:
            raise CustodyError(
                "The keyring holds no server secret for this database. Give the server its "
                "key slot first: broker-desktop serve --db DATABASE --enroll --keyring."
            )
        return ServerSecret.loads(value, "the keyring")

    def forget(self, database_id: str) -> None:
        try:
            self._require().delete_password(KEYRING_SERVICE, database_id)
        except CustodyError:
            raise
        except Exception as exc:
            raise CustodyError(f"The keyring kept the secret ({type(exc).__name__}).") from None


def check_private(path: Path) -> None:
    """Refuse a secret file that the group or others may read (POSIX)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CustodyError(
            f"No server secret at {path}. Give the server its key slot first: "
            f"broker-desktop serve --db DATABASE --enroll (asks for the recovery code)."
        ) from None
    if sys.platform != "win32" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CustodyError(
            f"The server secret {path} can be read by other accounts "
            f"(mode {stat.S_IMODE(info.st_mode):04o}). Run: chmod 600 {path} "
            "(owned by the service account), then start the server again."
        )


def enroll(db: Database, secret_path: Path, keyring: KeyringCustody | None = None) -> ServerSecret:
    """Add the server's key slot to ``db`` (opened with its key) and keep its secret in
    ``secret_path``, or in the operating system's keyring with ``keyring``."""
    secret = ServerSecret.generate()
    if keyring is not None:
        if keyring.exists(db.database_id):
            raise CustodyError("The keyring already holds a server secret; left untouched.")
    elif Path(secret_path).exists():
        raise CustodyError(f"A server secret already exists at {secret_path}; left untouched.")
    with db.slots() as slots:
        slots.add_slot(db.key, secret.login, secret.secret)
    if keyring is not None:
        keyring.store(db.database_id, secret)
    else:
        secret.write(secret_path)
    return secret


def read_secret(
    database: Path, secret_path: Path, keyring: KeyringCustody | None = None
) -> ServerSecret:
    """The server secret, from its file or from the keyring."""
    if keyring is None:
        return ServerSecret.read(secret_path)
    try:
        database_id = SlotFile.load(slot_path(Path(database).absolute())).database_id
    except (StorageError, OSError):
        raise CustodyError(f"The key file of {database} cannot be read.") from None
    return keyring.load(database_id)


def withdraw(database: Path, secret_path: Path, keyring: KeyringCustody | None = None) -> None:
    """Remove the server's key slot from the key file and delete its secret (a retired
    or compromised server machine). A copy of the old key file still holds the slot:
    change the database key afterwards."""
    database = Path(database).absolute()
    secret = read_secret(database, secret_path, keyring)
    with sidecar_mutex(database):
        slots = SlotFile.load(slot_path(database))
        database_id = slots.database_id
        unlocked = slots.unlock(secret.login, secret.secret)
        slots.remove(unlocked.slot_ref)
        slots.save()
    if keyring is not None:
        keyring.forget(database_id)
    else:
        Path(secret_path).unlink()


def open_with_secret(
    database: Path, secret: ServerSecret, *, lockout: LockoutPolicy | None = None
) -> Database:
    db, _unlocked = Database.open_with_password(
        Path(database), secret.login, secret.secret, lockout=lockout
    )
    return db
