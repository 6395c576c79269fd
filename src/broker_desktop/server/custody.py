"""The server's own key slot, unlocked by a secret kept like a TLS private key.

The secret file holds a random slot login and a random 256-bit secret. It must be
readable by the service account alone: the server refuses to start otherwise. With it,
the server opens the database after a reboot without anyone typing a password.
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

from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.files import fsync_directory, sidecar, sidecar_mutex
from broker_desktop.storage.slots import SlotFile

FORMAT = "broker-desktop-server-secret"
FORMAT_VERSION = 1


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
        data = json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "login": self.login,
                "secret": self.secret,
            }
        ).encode("utf-8")
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

    @classmethod
    def read(cls, path: Path) -> ServerSecret:
        path = Path(path)
        check_private(path)
        try:
            doc = json.loads(path.read_bytes())
        except (OSError, ValueError):
            raise CustodyError(f"The server secret {path} cannot be read.") from None
        if (
            not isinstance(doc, dict)
            or doc.get("format") != FORMAT
            or not isinstance(doc.get("login"), str)
            or not isinstance(doc.get("secret"), str)
        ):
            raise CustodyError(f"The file {path} is not a Broker Desktop server secret.")
        return cls(doc["login"], doc["secret"])


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


def enroll(db: Database, secret_path: Path) -> ServerSecret:
    """Add the server's key slot to ``db`` (opened with its key) and write its secret."""
    secret = ServerSecret.generate()
    if Path(secret_path).exists():
        raise CustodyError(f"A server secret already exists at {secret_path}; left untouched.")
    with db.slots() as slots:
        slots.add_slot(db.key, secret.login, secret.secret)
    secret.write(secret_path)
    return secret


def withdraw(database: Path, secret_path: Path) -> None:
    """Remove the server's key slot from the key file and delete its secret (a retired
    or compromised server machine). A copy of the old key file still holds the slot:
    change the database key afterwards."""
    database = Path(database).absolute()
    secret = ServerSecret.read(secret_path)
    with sidecar_mutex(database):
        slots = SlotFile.load(slot_path(database))
        unlocked = slots.unlock(secret.login, secret.secret)
        slots.remove(unlocked.slot_ref)
        slots.save()
    Path(secret_path).unlink()


def open_with_secret(
    database: Path, secret: ServerSecret, *, lockout: LockoutPolicy | None = None
) -> Database:
    db, _unlocked = Database.open_with_password(
        Path(database), secret.login, secret.secret, lockout=lockout
    )
    return db
