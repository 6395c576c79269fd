"""Users, roles, memberships and direct grants.

Role definitions need ``admin.roles``; accounts, memberships and direct grants need
``admin.users``. Every change of who may do what goes through ``_rights_change``, which
refuses to leave the office without an administrator and asks for confirmation when
someone gains an administration right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from broker_desktop.core.accounts import create_account, deactivate_key_slot, replace_key_slot
from broker_desktop.core.errors import (
    ConfirmationRequired,
    LastAdministrator,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from broker_desktop.core.records import inserted_id, versioned_update
from broker_desktop.core.rights import ADMIN_RIGHTS, Right, parse_rights
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.core.user_rights import bump_rights_stamp
from broker_desktop.core.validation import (
    Problems,
    gather_types,
    parse_right,
    parse_right_list,
    password_error,
    require_password_policy,
    require_text,
    valid_id,
)
from broker_desktop.security.passwords import PasswordRejected, check_policy
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.schema import role_rights, roles, user_rights, user_roles, users
from broker_desktop.storage.slots import SlotFile, normalize_login


@dataclass(frozen=True)
class UserSummary:
    id: int
    login: str
    display_name: str
    active: bool
    must_change_password: bool
    roles: tuple[str, ...]
    direct_rights: frozenset[Right]
    version: int


@dataclass(frozen=True)
class RoleInfo:
    id: int
    name: str
    description: str
    rights: frozenset[Right]
    member_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class RightExplanation:
    right: Right
    roles: tuple[str, ...]  # the roles that give it
    direct: bool  # granted to the user directly

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(f"role:{r}" for r in self.roles) + (("direct",) if self.direct else ())


def _admin_pairs(conn: sa.Connection) -> set[tuple[int, str]]:
    admin = [r.value for r in ADMIN_RIGHTS]
    via_roles = (
        sa.select(user_roles.c.user_id, role_rights.c.right)
        .join(role_rights, role_rights.c.role_id == user_roles.c.role_id)
        .join(users, users.c.id == user_roles.c.user_id)
        .where(users.c.active.is_(True), role_rights.c.right.in_(admin))
    )
    direct = (
        sa.select(user_rights.c.user_id, user_rights.c.right)
        .join(users, users.c.id == user_rights.c.user_id)
        .where(users.c.active.is_(True), user_rights.c.right.in_(admin))
    )
    return {(r[0], r[1]) for r in conn.execute(sa.union(via_roles, direct))}


class AdminService:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    @property
    def _db(self) -> Database:
        return self._s.database

    def _rights_change(
        self, conn: sa.Connection, confirm: bool, change: Callable[[], object]
    ) -> None:
        before = _admin_pairs(conn)
        change()
        after = _admin_pairs(conn)
        per_user: dict[int, set[str]] = {}
        for user_id, right in after:
            per_user.setdefault(user_id, set()).add(right)
        needed = {r.value for r in ADMIN_RIGHTS}
        if not any(needed <= held for held in per_user.values()):
            raise LastAdministrator()
        if (after - before) and not confirm:
            raise ConfirmationRequired(", ".join(sorted({r for _u, r in after - before})))
        bump_rights_stamp(conn)

    # ----- reading ----------------------------------------------------------------------
    def users(self) -> list[UserSummary]:
        with self._s.tx() as (conn, scope):
            scope.require_any(Right.USERS_MANAGE, Right.ROLES_MANAGE)
            role_names: dict[int, list[str]] = {}
            for uid, name in conn.execute(
                sa.select(user_roles.c.user_id, roles.c.name)
                .join(roles, roles.c.id == user_roles.c.role_id)
                .order_by(roles.c.name)
            ):
                role_names.setdefault(uid, []).append(name)
            direct: dict[int, list[str]] = {}
            for uid, right in conn.execute(sa.select(user_rights)):
                direct.setdefault(uid, []).append(right)
            return [
                UserSummary(
                    r.id,
                    r.login,
                    r.display_name,
                    bool(r.active),
                    bool(r.must_change_password),
                    tuple(role_names.get(r.id, ())),
                    parse_rights(direct.get(r.id, ())),
                    r.version,
                )
                for r in conn.execute(sa.select(users).order_by(users.c.display_name))
            ]

    def roles(self) -> list[RoleInfo]:
        with self._s.tx() as (conn, scope):
            scope.require_any(Right.USERS_MANAGE, Right.ROLES_MANAGE)
            rights: dict[int, list[str]] = {}
            for rid, right in conn.execute(sa.select(role_rights)):
                rights.setdefault(rid, []).append(right)
            members: dict[int, list[int]] = {}
            for uid, rid in conn.execute(sa.select(user_roles.c.user_id, user_roles.c.role_id)):
                members.setdefault(rid, []).append(uid)
            return [
                RoleInfo(
                    r.id,
                    r.name,
                    r.description,
                    parse_rights(rights.get(r.id, ())),
                    tuple(sorted(members.get(r.id, ()))),
                    r.version,
                )
                for r in conn.execute(sa.select(roles).order_by(roles.c.name))
            ]

    def explain_rights(self, user_id: int) -> list[RightExplanation]:
        with self._s.tx() as (conn, scope):
            if user_id != scope.user_id:
                scope.require_any(Right.USERS_MANAGE, Right.ROLES_MANAGE, record=("user", user_id))
            self._user(conn, user_id)
            active = conn.execute(sa.select(users.c.active).where(users.c.id == user_id)).scalar()
            from_roles: dict[str, list[str]] = {}
            for name, right in conn.execute(
                sa.select(roles.c.name, role_rights.c.right)
                .join(user_roles, user_roles.c.role_id == roles.c.id)
                .join(role_rights, role_rights.c.role_id == roles.c.id)
                .where(user_roles.c.user_id == user_id)
                .order_by(roles.c.name)
            ):
                from_roles.setdefault(right, []).append(name)
            direct = set(
                conn.execute(
                    sa.select(user_rights.c.right).where(user_rights.c.user_id == user_id)
                ).scalars()
            )
            if not active:
                return []
            return [
                RightExplanation(r, tuple(from_roles.get(r.value, ())), r.value in direct)
                for r in Right
                if r.value in from_roles or r.value in direct
            ]

    @staticmethod
    def _user(conn: sa.Connection, user_id: int) -> sa.Row[Any]:
        if not valid_id(user_id):
            raise NotFound("user", user_id)
        row = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
        if row is None:
            raise NotFound("user", user_id)
        return row

    @staticmethod
    def _role(conn: sa.Connection, role_id: int) -> sa.Row[Any]:
        if not valid_id(role_id):
            raise NotFound("role", role_id)
        row = conn.execute(sa.select(roles).where(roles.c.id == role_id)).first()
        if row is None:
            raise NotFound("role", role_id)
        return row

    # ----- accounts -----------------------------------------------------------------------
    def create_user(
        self,
        login: str,
        display_name: str,
        password: str,
        *,
        roles: tuple[int, ...] = (),
        confirm: bool = False,
        must_change_password: bool = True,
    ) -> int:
        """A new account with a temporary password (changed at first login)."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE)
            normalized = self._new_user_problems(conn, login, display_name, password)
            user_id = create_account(
                conn,
                self._db,
                login=normalized,
                display_name=display_name,
                password=password,
                bcrypt_rounds=self._s.security.bcrypt_rounds,
                must_change_password=must_change_password,
            )
            self._s.log(
                conn,
                "user.create",
                "user",
                user_id,
                {"login": normalized, "display_name": display_name.strip()},
            )
            for role_id in roles:
                self._add_member(conn, role_id, user_id, confirm)
            return user_id

    def check_user(self, login: str, display_name: str, password: str) -> None:
        """Every problem ``create_user`` would find (login taken, name missing, password
        policy), without creating anything: a form with a problem of its own (two
        passwords that differ) shows these beside it."""
        with self._s.tx() as (conn, scope):
            scope.require(Right.USERS_MANAGE)
            self._new_user_problems(conn, login, display_name, password)

    def _new_user_problems(
        self, conn: sa.Connection, login: str, display_name: str, password: str
    ) -> str:
        """The normalized login, once login, name and password are all right; else one
        ValidationError with every field's problem."""
        problems = Problems()
        gather_types(lambda: require_text("login", login, users.c.login), problems)
        gather_types(
            lambda: require_text("display_name", display_name, users.c.display_name), problems
        )
        normalized = normalize_login(login) if isinstance(login, str) else ""
        problems.require("login", normalized)
        problems.require("display_name", display_name)
        if (
            normalized
            and "login" not in problems.errors
            and conn.execute(sa.select(users.c.id).where(users.c.login == normalized)).first()
        ):
            problems.add("login", "login_taken", "This login is already used.")
        try:
            check_policy(password, login=normalized)
        except PasswordRejected as exc:
            for name, error in password_error(exc).errors.items():
                problems.errors.setdefault(name, error)
        problems.raise_if_any()
        return normalized

    def update_user(self, user_id: int, display_name: str, version: int) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            self._user(conn, user_id)
            require_text("display_name", display_name, users.c.display_name)
            if not (display_name or "").strip():
                raise ValidationError.single("display_name", "required", "The name is required.")
            new = versioned_update(
                conn, users, "user", user_id, version, {"display_name": display_name.strip()}
            )
            self._s.log(conn, "user.update", "user", user_id, {"display_name": display_name})
            return new

    def reset_password(self, user_id: int, password: str) -> None:
        """A new temporary password; the user must change it at his next login. His
        keyring unlock on other workstations stops working."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            row = self._user(conn, user_id)
            require_password_policy(password, row.login)
            replace_key_slot(
                conn,
                self._db,
                row,
                password,
                bcrypt_rounds=self._s.security.bcrypt_rounds,
                must_change_password=True,
                active=bool(row.active),
            )
            self._s.log(conn, "user.password_reset", "user", user_id)

    def deactivate_user(self, user_id: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            row = self._user(conn, user_id)

            def change() -> None:
                conn.execute(
                    sa.update(users)
                    .where(users.c.id == user_id)
                    .values(active=False, version=users.c.version + 1)
                )

            self._rights_change(conn, True, change)
            deactivate_key_slot(conn, self._db, row)
            self._s.log(conn, "user.deactivate", "user", user_id)

    def reactivate_user(self, user_id: int, password: str, *, confirm: bool = False) -> None:
        """Deactivation destroyed the user's key slot: reactivating sets a new temporary
        password."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            row = self._user(conn, user_id)
            require_password_policy(password, row.login)

            def change() -> None:
                conn.execute(sa.update(users).where(users.c.id == user_id).values(active=True))

            self._rights_change(conn, confirm, change)
            replace_key_slot(
                conn,
                self._db,
                row,
                password,
                bcrypt_rounds=self._s.security.bcrypt_rounds,
                must_change_password=True,
                active=True,
            )
            self._s.log(conn, "user.reactivate", "user", user_id)

    def unlock_user(self, user_id: int) -> None:
        """Lift a lockout after too many failed logins."""
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            row = self._user(conn, user_id)
            tag = SlotFile.load(slot_path(self._db.path)).lookup_tag(row.login)
            self._db.attempts.unlock(tag)
            self._s.log(conn, "user.unlock", "user", user_id)

    # ----- roles ---------------------------------------------------------------------------
    def _check_role_name(self, conn: sa.Connection, name: str, own_id: int | None) -> str:
        require_text("name", name, roles.c.name)
        name = (name or "").strip()
        problems = Problems()
        problems.require("name", name)
        others = conn.execute(sa.select(roles.c.name).where(roles.c.id != (own_id or 0)))
        if name and any(other.casefold() == name.casefold() for other in others.scalars()):
            # "agent" beside "Agent" would be two roles nobody can tell apart
            problems.add("name", "already_exists", "A role already has this name.")
        problems.raise_if_any()
        return name

    def create_role(self, name: str, rights: Iterable[str] = (), description: str = "") -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.ROLES_MANAGE)
            name = self._check_role_name(conn, name, None)
            require_text("description", description, roles.c.description, multiline=True)
            chosen = sorted(parse_right_list(rights))
            role_id = inserted_id(
                conn.execute(sa.insert(roles).values(name=name, description=description.strip()))
            )
            if chosen:
                conn.execute(
                    sa.insert(role_rights), [{"role_id": role_id, "right": r.value} for r in chosen]
                )
            bump_rights_stamp(conn)
            self._s.log(
                conn,
                "role.create",
                "role",
                role_id,
                {"name": name, "rights": [r.value for r in chosen]},
            )
            return role_id

    def rename_role(
        self, role_id: int, name: str, version: int, description: str | None = None
    ) -> int:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.ROLES_MANAGE, ("role", role_id))
            before = self._role(conn, role_id)
            name = self._check_role_name(conn, name, role_id)
            values = {"name": name}
            if description is not None:
                require_text("description", description, roles.c.description, multiline=True)
                values["description"] = description.strip()
            new = versioned_update(conn, roles, "role", role_id, version, values)
            self._s.log(conn, "role.rename", "role", role_id, {"from": before.name, "to": name})
            return new

    def delete_role(self, role_id: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.ROLES_MANAGE, ("role", role_id))
            row = self._role(conn, role_id)

            def change() -> None:  # memberships and rights go with it: ON DELETE CASCADE
                conn.execute(sa.delete(roles).where(roles.c.id == role_id))

            self._rights_change(conn, True, change)
            self._s.log(conn, "role.delete", "role", role_id, {"name": row.name})

    def set_role_rights(
        self, role_id: int, rights: Iterable[str], *, confirm: bool = False
    ) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.ROLES_MANAGE, ("role", role_id))
            self._role(conn, role_id)
            wanted = {r.value for r in parse_right_list(rights)}
            current = set(
                conn.execute(
                    sa.select(role_rights.c.right).where(role_rights.c.role_id == role_id)
                ).scalars()
            )

            def change() -> None:
                if current - wanted:
                    conn.execute(
                        sa.delete(role_rights).where(
                            role_rights.c.role_id == role_id,
                            role_rights.c.right.in_(sorted(current - wanted)),
                        )
                    )
                if wanted - current:
                    conn.execute(
                        sa.insert(role_rights),
                        [{"role_id": role_id, "right": r} for r in sorted(wanted - current)],
                    )
                conn.execute(
                    sa.update(roles)
                    .where(roles.c.id == role_id)
                    .values(version=roles.c.version + 1)
                )

            self._rights_change(conn, confirm, change)
            self._s.log(
                conn,
                "role.rights",
                "role",
                role_id,
                {"added": sorted(wanted - current), "removed": sorted(current - wanted)},
            )

    # ----- memberships and direct grants ------------------------------------------------
    def _add_member(self, conn: sa.Connection, role_id: int, user_id: int, confirm: bool) -> None:
        self._role(conn, role_id)
        self._user(conn, user_id)
        if conn.execute(
            sa.select(user_roles).where(
                user_roles.c.role_id == role_id, user_roles.c.user_id == user_id
            )
        ).first():
            return
        self._rights_change(
            conn,
            confirm,
            lambda: conn.execute(sa.insert(user_roles).values(role_id=role_id, user_id=user_id)),
        )
        self._s.log(conn, "role.member_add", "user", user_id, {"role_id": role_id})

    def add_member(self, role_id: int, user_id: int, *, confirm: bool = False) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("role", role_id))
            self._add_member(conn, role_id, user_id, confirm)

    def remove_member(self, role_id: int, user_id: int) -> None:
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("role", role_id))
            self._role(conn, role_id)
            self._user(conn, user_id)
            self._rights_change(
                conn,
                True,
                lambda: conn.execute(
                    sa.delete(user_roles).where(
                        user_roles.c.role_id == role_id, user_roles.c.user_id == user_id
                    )
                ),
            )
            self._s.log(conn, "role.member_remove", "user", user_id, {"role_id": role_id})

    def grant_right(self, user_id: int, right: Right, *, confirm: bool = False) -> None:
        right = parse_right(right)
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            self._user(conn, user_id)
            if conn.execute(
                sa.select(user_rights).where(
                    user_rights.c.user_id == user_id, user_rights.c.right == right.value
                )
            ).first():
                return
            self._rights_change(
                conn,
                confirm,
                lambda: conn.execute(
                    sa.insert(user_rights).values(user_id=user_id, right=right.value)
                ),
            )
            self._s.log(conn, "right.grant", "user", user_id, {"right": right.value})

    def revoke_right(self, user_id: int, right: Right) -> None:
        right = parse_right(right)
        with self._s.tx(write=True) as (conn, scope):
            scope.require(Right.USERS_MANAGE, ("user", user_id))
            self._user(conn, user_id)
            self._rights_change(
                conn,
                True,
                lambda: conn.execute(
                    sa.delete(user_rights).where(
                        user_rights.c.user_id == user_id, user_rights.c.right == right.value
                    )
                ),
            )
            self._s.log(conn, "right.revoke", "user", user_id, {"right": right.value})


__all__ = ["AdminService", "PermissionDenied", "RightExplanation", "RoleInfo", "UserSummary"]
