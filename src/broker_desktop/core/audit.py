"""Reading and verifying the audit log (writing is ``audit_chain.append``)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from broker_desktop.core.audit_chain import AuditVerification, verify_chain
from broker_desktop.core.paging import Listing, ListingService, int_sort
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.core.validation import check_fields
from broker_desktop.storage.schema import audit_log


@dataclass(frozen=True)
class AuditQuery:
    user_id: int | None = None
    action: str | None = None  # exact, or a prefix ending with "." ("contract.")
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

    def verify(self) -> AuditVerification:
        with self._s.tx() as (conn, scope):
            scope.require(Right.AUDIT_VIEW, ("audit_log", None))
            return verify_chain(conn)
