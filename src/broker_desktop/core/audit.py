"""Reading and verifying the audit log (writing is ``audit_chain.append``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from broker_desktop.core import audit_head
from broker_desktop.core.audit_chain import AuditVerification, verify_chain
from broker_desktop.core.errors import ValidationError
from broker_desktop.core.paging import Listing, ListingService, int_sort
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import check_fields
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.storage.schema import (
    audit_log,
    insurers,
    lines_of_business,
    meta,
    roles,
    users,
)
from broker_desktop.storage.snapshot import read_only


@dataclass(frozen=True)
class AuditQuery:
    user_id: int | None = None
    action: str | None = None  # exact, or a prefix ending with "." ("contract.")
    actions: tuple[str, ...] = ()  # any of these (each exact or a prefix ending with ".")
    entity: str | None = None
    entity_id: int | None = None
    at_from: str | None = None  # ISO 8601 UTC
    at_to: str | None = None
    sort: str = "at"
    descending: bool = True


COLUMNS = {
    "at": audit_log.c.at,
    "user_id": audit_log.c.user_id,
    "actor": audit_log.c.actor,
    "action": audit_log.c.action,
    "entity": audit_log.c.entity,
    "entity_id": audit_log.c.entity_id,
    "detail": audit_log.c.detail,
}
SORTS = {
    "id": audit_log.c.id,
    **COLUMNS,
    "user_id": int_sort(audit_log.c.user_id),
    "entity_id": int_sort(audit_log.c.entity_id),
}


class AuditService(ListingService[AuditQuery]):
    query_type = AuditQuery

    def _listing(self, scope: Scope, query: AuditQuery) -> Listing:
        scope.require(Right.AUDIT_VIEW, ("audit_log", None))
        check_fields(query)
        where = []
        if query.user_id is not None:
            where.append(audit_log.c.user_id == query.user_id)
        if query.action:
            if query.action.endswith("."):
                where.append(audit_log.c.action.startswith(query.action, autoescape=True))
            else:
                where.append(audit_log.c.action == query.action)
        if query.actions:
            if not isinstance(query.actions, tuple) or not all(
                isinstance(a, str) and a for a in query.actions
            ):
                raise ValidationError.single("actions", "invalid_choice", "Unknown action.")
            where.append(
                sa.or_(
                    *(
                        audit_log.c.action.startswith(a, autoescape=True)
                        if a.endswith(".")
                        else audit_log.c.action == a
                        for a in query.actions
                    )
                )
            )
        if query.entity:
            where.append(audit_log.c.entity == query.entity)
        if query.entity_id is not None:
            where.append(audit_log.c.entity_id == query.entity_id)
        if query.at_from:
            where.append(audit_log.c.at >= query.at_from)
        if query.at_to:
            where.append(audit_log.c.at <= query.at_to)
        return Listing(
            "AuditRow", COLUMNS, audit_log.c.id, audit_log, sa.and_(sa.true(), *where), SORTS
        )

    def columns(self) -> list[str]:
        return list(COLUMNS)

    def names(self) -> dict[str, dict[int, str]]:
        """Names for the ids the log's entries hold, so they read as sentences: every
        user (deactivated ones too), role, insurer and line of business (audit.view)."""
        with self._s.tx() as (conn, scope):
            scope.require(Right.AUDIT_VIEW, ("audit_log", None))
            out: dict[str, dict[int, str]] = {}
            for kind, table, column in (
                ("user", users, users.c.display_name),
                ("role", roles, roles.c.name),
                ("insurer", insurers, insurers.c.name),
                ("line", lines_of_business, lines_of_business.c.name_fr),
            ):
                out[kind] = {row[0]: row[1] for row in conn.execute(sa.select(table.c.id, column))}
            return out

    def verify(self) -> AuditVerification:
        """The chain checked entry by entry, then against the head this workstation saw
        before (a log cut short or wiped together with its stored head)."""
        with self._s.tx() as (conn, scope):
            scope.require(Right.AUDIT_VIEW, ("audit_log", None))
            result = verify_chain(conn)
            if not result.ok:
                return result
            seen = self._s.audit_heads.read(self._s.database_id, self._s.database.key)
            code, reason = audit_head.divergence(conn, seen)
            if seen is not None and code:
                return AuditVerification(False, result.checked, seen.entry_id, reason, code)
        self._s.remember_audit_head()
        return result

    def compare_with_backup(
        self, backup: Path, recovery_code: str | None = None
    ) -> BackupComparison:
        """Has the history changed since this backup? Every entry the backup holds must
        still be in today's log, unchanged: a recomputed chain differs at the first
        rewritten entry. The backup is only read (never written). A backup taken before
        a change of key needs the recovery code of its day."""
        with self._s.tx() as (_conn, scope):
            scope.require(Right.AUDIT_VIEW)
        key = (
            DatabaseKey.from_recovery_code(recovery_code) if recovery_code else self._s.database.key
        )
        with read_only(Path(backup), key) as old:
            office = old.execute(
                sa.select(meta.c.value).where(meta.c.name == "database_id")
            ).scalar()
            if office != self._s.database_id:
                return BackupComparison(ANOTHER_OFFICE, 0, 0)
            own = verify_chain(old)
            if not own.ok:
                return BackupComparison(BACKUP_DAMAGED, own.checked, 0, own.first_bad_id)
            before = old.execute(
                sa.select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id)
            ).all()
        with self._s.tx() as (conn, _scope):
            today = verify_chain(conn)
            total = conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar_one()
            now = conn.execute(
                sa.select(audit_log.c.id, audit_log.c.hash)
                .where(audit_log.c.id <= (before[-1].id if before else 0))
                .order_by(audit_log.c.id)
            ).all()
        current = {row.id: row.hash for row in now}
        for row in before:
            digest = current.get(row.id)
            if digest is None:
                return BackupComparison(REMOVED, len(before), total, row.id)
            if digest != row.hash:
                return BackupComparison(REWRITTEN, len(before), total, row.id)
        if not today.ok:
            return BackupComparison(CHANGED_SINCE, len(before), total, today.first_bad_id)
        return BackupComparison(UNCHANGED, len(before), total)


# Outcomes of a comparison with a backup.
UNCHANGED = "unchanged"  # every entry of the backup is still there, unchanged
REWRITTEN = "rewritten"  # an entry of the backup's period reads differently today
REMOVED = "removed"  # an entry of the backup's period is missing today
CHANGED_SINCE = "changed since"  # the backup's period is intact, later entries are not
ANOTHER_OFFICE = "another office"  # the backup is not a copy of this office's database
BACKUP_DAMAGED = "backup damaged"  # the backup's own chain does not verify


@dataclass(frozen=True)
class BackupComparison:
    outcome: str
    backup_entries: int
    current_entries: int
    first_bad_id: int | None = None

    @property
    def unchanged(self) -> bool:
        return self.outcome == UNCHANGED
