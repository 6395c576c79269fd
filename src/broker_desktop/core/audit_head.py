"""The audit chain's head as each workstation last saw it, kept outside the database.

Whoever holds the database key can cut the end of the audit log and rewrite the head
stored in the database to match, or wipe the log and its head together: the chain in
the file is then consistent again. Each workstation therefore keeps, in the user's own
data folder, the highest head it has seen for each database, authenticated with an
HMAC under a key derived from the database key (never the key itself). ``verify`` then
reports a log that no longer contains that head: it went backwards, or was rewritten.

The record only moves forward along the chain: a head that does not extend the one
already seen is not recorded, so the discrepancy stays visible.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import sqlalchemy as sa

from broker_desktop.core.audit_chain import BACKWARDS, GENESIS, REWRITTEN, WIPED, stored_head
from broker_desktop.storage.files import atomic_write
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.storage.schema import audit_log

log = logging.getLogger(__name__)

APP_NAME = "BrokerDesktop"
HOME_OVERRIDE = "BROKER_DESKTOP_HOME"  # development and tests: keep everything in one folder
FOLDER = "audit-heads"
_MAC_CONTEXT = b"broker-desktop/workstation-audit-head/v1\x00"


def user_data_folder() -> Path:
    """The program's own folder for this computer account (not the office database's)."""
    override = os.environ.get(HOME_OVERRIDE)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class SeenHead:
    entry_id: int
    digest: str


def _mac_key(key: DatabaseKey, database_id: str) -> bytes:
    # HMAC as a one-step KDF: the file's MAC key reveals nothing about the database key.
    return hmac.new(key.raw, _MAC_CONTEXT + database_id.encode("utf-8"), hashlib.sha256).digest()


def _mac(key: DatabaseKey, database_id: str, head: SeenHead) -> str:
    message = f"{database_id}\x1f{head.entry_id}\x1f{head.digest}".encode()
    return hmac.new(_mac_key(key, database_id), message, hashlib.sha256).hexdigest()


class WorkstationHeads:
    """The heads this workstation has seen, one small file per database."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else user_data_folder() / FOLDER

    def path_for(self, database_id: str) -> Path:
        safe = "".join(ch for ch in database_id if ch.isalnum()) or "unknown"
        return self.folder / f"{safe}.json"

    def read(self, database_id: str, key: DatabaseKey) -> SeenHead | None:
        """The head seen before, or None when there is none or it does not authenticate
        (altered, or written under a database key that has since changed)."""
        path = self.path_for(database_id)
        try:
            data = json.loads(path.read_text("utf-8"))
            head = SeenHead(int(data["entry_id"]), str(data["hash"]))
            mac = str(data["mac"])
            if data.get("database_id") != database_id or head.entry_id < 0:
                raise ValueError("another database")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            log.warning("The workstation's record of the audit log is unreadable; ignored.")
            return None
        if not hmac.compare_digest(mac, _mac(key, database_id, head)):
            log.warning("The workstation's record of the audit log does not authenticate.")
            return None
        return head

    def forget(self, database_id: str) -> None:
        """After this workstation restored a backup: the log legitimately went back."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(database_id).unlink()

    def write(self, database_id: str, key: DatabaseKey, head: SeenHead) -> None:
        data = {
            "database_id": database_id,
            "entry_id": head.entry_id,
            "hash": head.digest,
            "mac": _mac(key, database_id, head),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path_for(database_id), json.dumps(data).encode("utf-8"))


def _hash_of(conn: sa.Connection, entry_id: int) -> str | None:
    if entry_id == 0:
        return GENESIS
    value = conn.execute(sa.select(audit_log.c.hash).where(audit_log.c.id == entry_id)).scalar()
    return None if value is None else str(value)


def divergence(conn: sa.Connection, seen: SeenHead | None) -> tuple[str, str]:
    """``(code, reason)`` when the log in ``conn`` does not contain the head seen before
    (codes from ``audit_chain``: REWRITTEN, BACKWARDS, WIPED); ``("", "")`` if it does."""
    if seen is None:
        return "", ""
    digest = _hash_of(conn, seen.entry_id)
    if digest == seen.digest:
        return "", ""
    if digest is not None:
        return REWRITTEN, (
            f"entry {seen.entry_id} is not the one this workstation saw: the log was "
            "rewritten since"
        )
    last = conn.execute(sa.select(sa.func.max(audit_log.c.id))).scalar()
    if last is None:
        return WIPED, (
            f"the log was wiped: this workstation saw it up to entry {seen.entry_id}, "
            "it is now empty"
        )
    return BACKWARDS, (
        f"the log went backwards: this workstation saw it up to entry {seen.entry_id}, "
        f"it now ends at entry {last}"
    )


def remember(
    conn: sa.Connection, heads: WorkstationHeads, database_id: str, key: DatabaseKey
) -> None:
    """Record the database's current head if it extends the one seen before.

    Never fails the caller: this record is a second line of evidence, and a workstation
    whose data folder cannot be written still works (``verify`` simply has less to go on).
    """
    try:
        seen = heads.read(database_id, key)
        if divergence(conn, seen)[0]:
            return  # keep the evidence; verify() reports it
        entry_id, digest = stored_head(conn)
        if _hash_of(conn, entry_id) != digest:
            return  # the stored head is itself inconsistent; verify() reports it
        if seen is not None and entry_id <= seen.entry_id:
            return
        heads.write(database_id, key, SeenHead(entry_id, digest))
    except (OSError, sa.exc.SQLAlchemyError) as exc:
        log.warning("Could not record the audit log's head: %s", type(exc).__name__)


def rekeyed(database_id: str, heads: WorkstationHeads, old: DatabaseKey, new: DatabaseKey) -> None:
    """After a key change on this workstation, keep the record under the new key."""
    seen = heads.read(database_id, old)
    if seen is None:
        return
    with contextlib.suppress(OSError):
        heads.write(database_id, new, seen)
