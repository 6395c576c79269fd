"""Insurers and lines of business (editable reference data), and the list of people
that pickers offer (names only)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from broker_desktop.core.errors import ValidationError
from broker_desktop.core.records import inserted_id, versioned_delete, versioned_update
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.core.validation import Problems, require_text
from broker_desktop.storage.schema import contracts, insurers, lines_of_business, users


@dataclass(frozen=True)
class Insurer:
    id: int
    name: str
    active: bool
    version: int


@dataclass(frozen=True)
class LineOfBusiness:
    id: int
    code: str
    name_fr: str
    name_en: str
    active: bool
    version: int

    def name(self, language: str = "fr") -> str:
        return self.name_fr if language.startswith("fr") else self.name_en


@dataclass(frozen=True)
class Person:
    id: int
    display_name: str
    active: bool = True


class ReferenceService:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    def insurers(self, include_inactive: bool = False) -> list[Insurer]:
        with self._s.tx() as (conn, _scope):
            stmt = sa.select(insurers).order_by(insurers.c.name)
            if not include_inactive:
                stmt = stmt.where(insurers.c.active.is_(True))
            return [Insurer(r.id, r.name, bool(r.active), r.version) for r in conn.execute(stmt)]

    def lines(self, include_inactive: bool = False) -> list[LineOfBusiness]:
        with self._s.tx() as (conn, _scope):
            stmt = sa.select(lines_of_business).order_by(lines_of_business.c.name_fr)
            if not include_inactive:
                stmt = stmt.where(lines_of_business.c.active.is_(True))
            return [
                LineOfBusiness(r.id, r.code, r.name_fr, r.name_en, bool(r.active), r.version)
                for r in conn.execute(stmt)
            ]

    def people(self, include_inactive: bool = False) -> list[Person]:
        """Active users, for 'responsible agent' and 'owner' pickers; with
        ``include_inactive`` the deactivated ones too (marked), for list filters and for
        showing who a record still names."""
        query = sa.select(users.c.id, users.c.display_name, users.c.active).order_by(
            users.c.display_name
        )
        if not include_inactive:
            query = query.where(users.c.active.is_(True))
        with self._s.tx() as (conn, _scope):
            return [Person(r.id, r.display_name, bool(r.active)) for r in conn.execute(query)]

    def _unique(
        self, conn: sa.Connection, table: sa.Table, column: str, value: str, own_id: int | None
    ) -> None:
        """Required, and unique ignoring case ("axa" clashes with "AXA"); reference tables
        are small, so the comparison is done here, in full Unicode."""
        require_text(column, value, table.c[column])
        problems = Problems()
        problems.require(column, value)
        wanted = (value or "").strip().casefold()
        if wanted:
            taken = conn.execute(
                sa.select(getattr(table.c, column)).where(table.c.id != (own_id or 0))
            ).scalars()
            if any((other or "").strip().casefold() == wanted for other in taken):
                problems.add(column, "already_exists", "This name is already used.")
        problems.raise_if_any()

    def usage(self) -> dict[str, dict[int, int]]:
        """How many contracts use each insurer and each line (reference.manage)."""
        with self._s.tx() as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE)
            out: dict[str, dict[int, int]] = {}
            for kind, column in (
                ("insurer", contracts.c.insurer_id),
                ("line", contracts.c.line_id),
            ):
                rows = conn.execute(sa.select(column, sa.func.count()).group_by(column))
                out[kind] = {row[0]: row[1] for row in rows}
            return out

    def _delete_unused(
        self,
        conn: sa.Connection,
        table: sa.Table,
        entity: str,
        column: sa.ColumnElement[int],
        record_id: int,
        version: int,
    ) -> None:
        used = conn.execute(
            sa.select(sa.func.count()).select_from(contracts).where(column == record_id)
        ).scalar_one()
        if used:
            raise ValidationError.single(
                "id",
                "in_use",
                f"{used} contracts use it: deactivate it instead.",
                count=used,
            )
        versioned_delete(conn, table, entity, record_id, version)

    def delete_insurer(self, insurer_id: int, version: int) -> None:
        """Only an insurer no contract uses; otherwise it can be deactivated."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE, ("insurer", insurer_id))
            name = conn.execute(
                sa.select(insurers.c.name).where(insurers.c.id == insurer_id)
            ).scalar()
            self._delete_unused(
                conn, insurers, "insurer", contracts.c.insurer_id, insurer_id, version
            )
            self._s.log(conn, "insurer.delete", "insurer", insurer_id, {"name": name})

    def delete_line(self, line_id: int, version: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE, ("line", line_id))
            name = conn.execute(
                sa.select(lines_of_business.c.name_fr).where(lines_of_business.c.id == line_id)
            ).scalar()
            self._delete_unused(
                conn, lines_of_business, "line", contracts.c.line_id, line_id, version
            )
            self._s.log(conn, "line.delete", "line", line_id, {"name_fr": name})

    def create_insurer(self, name: str) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE)
            self._unique(conn, insurers, "name", name, None)
            new_id = inserted_id(conn.execute(sa.insert(insurers).values(name=name.strip())))
            self._s.log(conn, "insurer.create", "insurer", new_id, {"name": name.strip()})
            return new_id

    def update_insurer(self, insurer_id: int, name: str, active: bool, version: int) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE, ("insurer", insurer_id))
            self._unique(conn, insurers, "name", name, insurer_id)
            new = versioned_update(
                conn,
                insurers,
                "insurer",
                insurer_id,
                version,
                {"name": name.strip(), "active": bool(active)},
            )
            self._s.log(
                conn,
                "insurer.update",
                "insurer",
                insurer_id,
                {"name": name.strip(), "active": bool(active)},
            )
            return new

    def create_line(self, code: str, name_fr: str, name_en: str) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE)
            self._unique(conn, lines_of_business, "code", code, None)
            require_text("name_fr", name_fr, lines_of_business.c.name_fr)
            if not name_fr.strip():
                raise ValidationError.single("name_fr", "required", "This field is required.")
            require_text("name_en", name_en, lines_of_business.c.name_en)
            new_id = inserted_id(
                conn.execute(
                    sa.insert(lines_of_business).values(
                        code=code.strip(),
                        name_fr=name_fr.strip(),
                        name_en=(name_en or "").strip() or name_fr.strip(),
                    )
                )
            )
            self._s.log(conn, "line.create", "line", new_id, {"code": code.strip()})
            return new_id

    def update_line(
        self, line_id: int, name_fr: str, name_en: str, active: bool, version: int
    ) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.REFERENCE_MANAGE, ("line", line_id))
            require_text("name_fr", name_fr, lines_of_business.c.name_fr)
            if not name_fr.strip():
                raise ValidationError.single("name_fr", "required", "This field is required.")
            require_text("name_en", name_en, lines_of_business.c.name_en)
            new = versioned_update(
                conn,
                lines_of_business,
                "line",
                line_id,
                version,
                {
                    "name_fr": name_fr.strip(),
                    "name_en": (name_en or "").strip() or name_fr.strip(),
                    "active": bool(active),
                },
            )
            self._s.log(
                conn,
                "line.update",
                "line",
                line_id,
                {"name_fr": name_fr.strip(), "active": bool(active)},
            )
            return new
