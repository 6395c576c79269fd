"""Saved mappings, by kind and name (statement mappings also by insurer)."""

from __future__ import annotations

import sqlalchemy as sa

from broker_desktop.core.errors import NotFound
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.storage.schema import import_mappings


class MappingStore:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    def names(self, kind: str = "portfolio", insurer_id: int | None = None) -> list[str]:
        with self._s.tx() as (conn, scope):
            scope.require(Right.IMPORT_RUN)
            stmt = sa.select(import_mappings.c.name).where(import_mappings.c.kind == kind)
            if insurer_id is not None:
                stmt = stmt.where(import_mappings.c.insurer_id == insurer_id)
            return list(conn.execute(stmt.order_by(import_mappings.c.name)).scalars())

    def get(self, name: str, kind: str = "portfolio") -> Mapping:
        with self._s.tx() as (conn, scope):
            scope.require(Right.IMPORT_RUN)
            body = conn.execute(
                sa.select(import_mappings.c.body).where(
                    import_mappings.c.kind == kind, import_mappings.c.name == name
                )
            ).scalar()
        if body is None:
            raise NotFound("mapping", name)
        return Mapping.from_json(body)

    def save(self, mapping: Mapping) -> int:
        """Creates or replaces the mapping of that name; returns its id."""
        mapping.check()
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.IMPORT_RUN)
            if mapping.kind == "statement":
                scope.require(Right.COMMISSIONS_MANAGE)
            row = conn.execute(
                sa.select(import_mappings.c.id).where(
                    import_mappings.c.kind == mapping.kind, import_mappings.c.name == mapping.name
                )
            ).first()
            values = {"body": mapping.to_json(), "insurer_id": mapping.insurer_id}
            if row is None:
                mapping_id = conn.execute(
                    sa.insert(import_mappings)
                    .values(kind=mapping.kind, name=mapping.name, **values)
                    .returning(import_mappings.c.id)
                ).scalar_one()
                action = "import_mapping.create"
            else:
                mapping_id = row.id
                conn.execute(
                    sa.update(import_mappings)
                    .where(import_mappings.c.id == mapping_id)
                    .values(**values, version=import_mappings.c.version + 1)
                )
                action = "import_mapping.update"
            self._s.log(
                conn,
                action,
                "import_mapping",
                mapping_id,
                {"name": mapping.name, "kind": mapping.kind},
            )
            return int(mapping_id)

    def delete(self, name: str, kind: str = "portfolio") -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.IMPORT_RUN)
            row = conn.execute(
                sa.select(import_mappings.c.id).where(
                    import_mappings.c.kind == kind, import_mappings.c.name == name
                )
            ).first()
            if row is None:
                raise NotFound("mapping", name)
            conn.execute(sa.delete(import_mappings).where(import_mappings.c.id == row.id))
            self._s.log(conn, "import_mapping.delete", "import_mapping", row.id, {"name": name})

    def resolve(self, name_or_file: str, kind: str = "portfolio") -> Mapping:
        """A saved mapping by name, or else a mapping file's path (for the command line)."""
        from pathlib import Path

        try:
            return self.get(name_or_file, kind)
        except NotFound:
            path = Path(name_or_file)
            if path.is_file():
                return Mapping.from_file(path)
            raise
