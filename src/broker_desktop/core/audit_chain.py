"""The append-only audit log, hash-chained: each entry's hash covers its content and
the previous entry's hash, and the chain's head is kept in ``meta``, so an edited,
deleted or re-ordered entry (the last one included) is detected by ``verify_chain``.

A new entry chains from the stored head, never from the table's last row: entries cut
from the end leave a gap before the next entry, so the cut stays visible after any
later activity (a login included)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

import sqlalchemy as sa

from broker_desktop.storage.clock import utc_now
from broker_desktop.storage.schema import audit_log, meta

GENESIS = "0" * 64
HEAD = "audit_head"


def now_iso() -> str:
    return utc_now().isoformat(timespec="microseconds")


def entry_hash(
    prev: str,
    entry_id: int,
    at: str,
    user_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str,
) -> str:
    fields = [
        prev,
        str(entry_id),
        at,
        "" if user_id is None else str(user_id),
        actor,
        action,
        entity,
        "" if entity_id is None else str(entity_id),
        detail,
    ]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


# What a new entry chains from when the stored head is missing or unreadable although
# entries exist: no entry can have this hash, so the break shows at the next entry.
LOST_HEAD = "head-missing"


def parse_head(value: str | None) -> tuple[int, str] | None:
    """``(id, hash)`` from the stored ``"id:hash"``, or None if absent or malformed."""
    if not value:
        return None
    entry_id, _, digest = value.partition(":")
    if not entry_id.isdigit() or len(digest) != 64:
        return None
    return int(entry_id), digest


def stored_head(conn: sa.Connection) -> tuple[int, str]:
    """The chain's head as recorded in ``meta``: ``(0, GENESIS)`` for an empty log."""
    head = parse_head(conn.execute(sa.select(meta.c.value).where(meta.c.name == HEAD)).scalar())
    if head is not None:
        return head
    last = conn.execute(sa.select(sa.func.max(audit_log.c.id))).scalar()
    return (0, GENESIS) if last is None else (int(last), LOST_HEAD)


def append(
    conn: sa.Connection,
    *,
    action: str,
    user_id: int | None = None,
    actor: str = "",
    entity: str = "",
    entity_id: int | None = None,
    detail: Mapping[str, object] | None = None,
    at: str | None = None,
) -> int:
    """Append one entry; ``conn`` must be in a write transaction. Never put a secret in
    ``detail``."""
    last_id, prev = stored_head(conn)
    entry_id = last_id + 1
    at = at or now_iso()
    text = json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str) if detail else ""
    digest = entry_hash(prev, entry_id, at, user_id, actor, action, entity, entity_id, text)
    conn.execute(
        sa.insert(audit_log).values(
            id=entry_id,
            at=at,
            user_id=user_id,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=text,
            prev_hash=prev,
            hash=digest,
        )
    )
    head = f"{entry_id}:{digest}"
    updated = conn.execute(sa.update(meta).where(meta.c.name == HEAD).values(value=head))
    if updated.rowcount == 0:
        conn.execute(sa.insert(meta).values(name=HEAD, value=head))
    return entry_id


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""
    # What is wrong, for a translated sentence: MISSING, BROKEN, ALTERED, TAIL_REMOVED,
    # or (against the head this workstation saw) REWRITTEN, BACKWARDS, WIPED.
    code: str = ""


MISSING = "missing"
BROKEN = "broken"
ALTERED = "altered"
TAIL_REMOVED = "tail removed"
REWRITTEN = "rewritten"
BACKWARDS = "backwards"
WIPED = "wiped"


def verify_chain(conn: sa.Connection) -> AuditVerification:
    prev, checked, expected_id = GENESIS, 0, 1
    rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id))
    for row in rows:
        if row.id != expected_id:
            return AuditVerification(
                False, checked, row.id, "an entry is missing before this one", MISSING
            )
        if row.prev_hash != prev:
            return AuditVerification(False, checked, row.id, "the chain is broken here", BROKEN)
        digest = entry_hash(
            prev,
            row.id,
            row.at,
            row.user_id,
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.detail,
        )
        if digest != row.hash:
            return AuditVerification(False, checked, row.id, "this entry was altered", ALTERED)
        prev, checked, expected_id = row.hash, checked + 1, row.id + 1
    head = conn.execute(sa.select(meta.c.value).where(meta.c.name == HEAD)).scalar()
    if (head or f"0:{GENESIS}") != f"{checked}:{prev}":
        return AuditVerification(
            False, checked, None, "the latest entries were removed", TAIL_REMOVED
        )
    return AuditVerification(True, checked)
