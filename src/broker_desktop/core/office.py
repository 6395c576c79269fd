"""Opening an office: create it, log in (password, keyring, recovery code), and the
``Session`` of one logged-in user, which owns the services."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import sqlalchemy as sa

from broker_desktop.core import audit_chain, audit_head
from broker_desktop.core.accounts import change_own_password, create_account, replace_key_slot
from broker_desktop.core.admin import AdminService
from broker_desktop.core.audit import AuditService
from broker_desktop.core.changes import AUDIT, ChangeCollector, ChangeHub, ChangeSet, ChangeWatcher
from broker_desktop.core.client_merge import ClientMergeService
from broker_desktop.core.clients import ClientService
from broker_desktop.core.commissions import CommissionService
from broker_desktop.core.contracts import ContractService
from broker_desktop.core.deadlines import DeadlineService
from broker_desktop.core.errors import AccountClosed, PermissionDenied, ValidationError
from broker_desktop.core.export import ExportService
from broker_desktop.core.importing.portfolio import PortfolioImport
from broker_desktop.core.importing.store import MappingStore
from broker_desktop.core.maintenance import MaintenanceService
from broker_desktop.core.permissions import Scope
from broker_desktop.core.reconciliation import ReconciliationService
from broker_desktop.core.reference import ReferenceService
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import DIRECTOR, seed_reference, seed_roles

# SecurityParams is re-exported: callers of create_office/open_session pass one.
from broker_desktop.core.service_session import SecurityParams as SecurityParams
from broker_desktop.core.service_session import UserInfo
from broker_desktop.core.transfers import BookTransferService
from broker_desktop.core.user_rights import (
    RIGHTS_STAMP,
    bump_rights_stamp,
    effective_rights,
    is_active,
    rights_stamp,
)
from broker_desktop.core.validation import password_error
from broker_desktop.security.keyring_unlock import KeyringEntry, WorkstationUnlock
from broker_desktop.security.passwords import (
    PasswordRejected,
    check_policy,
    hash_password,
    rounds_of,
    verify_password,
)
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import (
    AccountDeactivated,
    InvalidCredentials,
    StorageError,
)
from broker_desktop.storage.schema import meta, roles, user_roles, users
from broker_desktop.storage.slots import SlotFile, normalize_login

log = logging.getLogger(__name__)


class PasswordChangeRequired(PermissionDenied):
    """The user must change his password before doing anything else."""

    def __init__(self) -> None:
        super().__init__()
        self.args = ("Change your password first.",)


def db_data_version(conn: sa.Connection) -> int:
    """Changes when another connection commits to the file (never for our own)."""
    return int(conn.exec_driver_sql("PRAGMA data_version").scalar() or 0)


class Session:
    """One logged-in user. Services check rights from the database at every call.

    ``changes`` is the session's change hub (see ``core/changes.py``): every committed
    write is published there, and so is what ``watcher`` notices other workstations
    write to the same file.
    """

    def __init__(
        self,
        db: Database,
        user_id: int,
        slot_ref: str,
        private_key: bytes,
        security: SecurityParams,
    ) -> None:
        self._db = db
        self._security = security
        self._slot_ref = slot_ref
        self._private_key = private_key
        self._rights_cache: tuple[str | None, frozenset[Right], bool] | None = None
        self._rights_marker: tuple[int, int, int] | None = None
        self._depth = 0
        self._collector: ChangeCollector | None = None
        self.changes = ChangeHub()
        self.watcher = ChangeWatcher(self.poll_changes, self.changes)
        self._poll_lock = threading.Lock()
        with db.read() as conn:
            row = conn.execute(sa.select(users).where(users.c.id == user_id)).one()
            self._data_version = db_data_version(conn)
            self._seen_stamp = rights_stamp(conn)
        self.user = UserInfo(row.id, row.login, row.display_name)
        self.must_change_password = bool(row.must_change_password)
        self.database_path = db.path
        self.database_id = db.database_id
        self.audit_heads = audit_head.WorkstationHeads(security.audit_heads)

        self.clients = ClientService(self)
        self.contracts = ContractService(self)
        self.commissions = CommissionService(self)
        self.deadlines = DeadlineService(self)
        self.reference = ReferenceService(self)
        self.admin = AdminService(self)
        self.audit = AuditService(self)
        self.maintenance = MaintenanceService(self)
        self.exports = ExportService(self)
        self.imports = PortfolioImport(self)
        self.mappings = MappingStore(self)
        self.reconciliation = ReconciliationService(self)
        self.client_merge = ClientMergeService(self)
        self.transfers = BookTransferService(self)
        self.remember_audit_head()

    def __repr__(self) -> str:
        return f"<Session {self.user.login!r} on {self.database_path}>"

    @property
    def database(self) -> Database:
        return self._db

    @property
    def security(self) -> SecurityParams:
        return self._security

    # ----- rights ---------------------------------------------------------------------
    def _scope(self, conn: sa.Connection) -> Scope:
        """The user's current rights; AccountClosed once he has been deactivated."""
        marker = self._db.change_marker(conn)
        cached = self._rights_cache
        if cached is not None and marker == self._rights_marker:
            stamp = cached[0]  # nothing committed since: the stamp cannot have moved
        else:
            stamp = rights_stamp(conn)
            self._rights_marker = marker
        if cached is None or cached[0] != stamp:
            active = is_active(conn, self.user.id)
            cached = (
                stamp,
                effective_rights(conn, self.user.id) if active else frozenset(),
                active,
            )
            self._rights_cache = cached
        if not cached[2]:
            raise AccountClosed()
        return Scope(self.user.id, cached[1])

    def rights(self) -> frozenset[Right]:
        """The user's current rights (none once his account was deactivated)."""
        try:
            with self._db.read() as conn:
                return self._scope(conn).rights
        except AccountClosed:
            return frozenset()

    def known_rights(self) -> frozenset[Right] | None:
        """The rights as last read (no database access), None if never read: for the GUI
        thread, while every read happens on the worker thread."""
        cached = self._rights_cache
        if cached is None:
            return None
        return cached[1] if cached[2] else frozenset()

    def can(self, right: Right) -> bool:
        return right in self.rights()

    def role_names(self) -> list[str]:
        with self._db.read() as conn:
            return list(
                conn.execute(
                    sa.select(roles.c.name)
                    .join(user_roles, user_roles.c.role_id == roles.c.id)
                    .where(user_roles.c.user_id == self.user.id)
                    .order_by(roles.c.name)
                ).scalars()
            )

    # ----- transactions for the services ---------------------------------------------------
    @contextlib.contextmanager
    def tx(
        self, *, write: bool = False, allow_pending_password: bool = False
    ) -> Iterator[tuple[sa.Connection, Scope]]:
        """A transaction and the user's current scope. A refused access is audited after
        the rollback, in a transaction of its own, so the record survives."""
        if self.must_change_password and not allow_pending_password:
            raise PasswordChangeRequired()
        self._depth += 1
        try:
            if write:
                with self._writing() as conn:
                    yield conn, self._scope(conn)
            else:
                with self._db.read() as conn:
                    yield conn, self._scope(conn)
        except PermissionDenied as exc:
            if self._depth == 1 and not exc.audited and not isinstance(exc, PasswordChangeRequired):
                exc.audited = True
                self._audit_denial(exc)
            raise
        finally:
            self._depth -= 1

    def _refused_closed_account(self, exc: AccountClosed) -> None:
        """Audit the refusal and tell the subscribers the account is closed."""
        if not exc.audited:
            exc.audited = True
            self._audit_denial(exc)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sa.Connection]:
        """A write transaction whose declared changes are published after its commit
        (the outermost one publishes; nothing is published after a rollback)."""
        if self._collector is not None:  # nested: the outer transaction publishes
            with self._db.write() as conn:
                yield conn
            return
        collector = self._collector = ChangeCollector()
        try:
            with self._db.write() as conn:
                stamp = rights_stamp(conn)
                yield conn
                after = rights_stamp(conn)
                collector.rights_changed = collector.rights_changed or after != stamp
        finally:
            self._collector = None
        if collector.rights_changed:
            self._seen_stamp = after
        self.changes.publish(collector.change_set())

    def note_change(self, entity: str, record_id: int | None = None) -> None:
        """Declare a change the current write makes beyond what ``log`` names."""
        if self._collector is not None:
            self._collector.record(entity, record_id)

    def _audit_denial(self, exc: PermissionDenied) -> None:
        entity, entity_id = exc.record if isinstance(exc.record, tuple) else ("", None)
        with self._db.write() as conn:
            self.log(
                conn,
                "access.denied",
                entity,
                entity_id,
                {"right": str(exc.right) if exc.right else None},
            )
        self.changes.publish(
            ChangeSet(entities=frozenset({AUDIT}), account_closed=isinstance(exc, AccountClosed))
        )

    # ----- changes made elsewhere ---------------------------------------------------------
    def poll_changes(self) -> ChangeSet | None:
        """What other connections committed since the last poll: anything at all
        (``PRAGMA data_version``) and whether rights changed (the rights stamp); None
        when nothing did. Cheap: run it every few seconds, off the GUI thread."""
        with self._poll_lock, self._db.read() as conn:
            version = db_data_version(conn)
            stamp = rights_stamp(conn)
            if version == self._data_version and stamp == self._seen_stamp:
                return None
            rights_changed = stamp != self._seen_stamp
            closed = rights_changed and not is_active(conn, self.user.id)
            self._data_version, self._seen_stamp = version, stamp
        return ChangeSet(
            everything=True,
            rights_changed=rights_changed,
            account_closed=closed,
            origin="external",
        )

    def log(
        self,
        conn: sa.Connection,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        detail: Mapping[str, object] | None = None,
    ) -> None:
        if action != "access.denied":
            self.note_change(entity, entity_id)
        audit_chain.append(
            conn,
            action=action,
            user_id=self.user.id,
            actor=self.user.login,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )

    # ----- own account ----------------------------------------------------------------------
    def change_password(self, old: str, new: str) -> None:
        try:
            check_policy(new, login=self.user.login)
        except PasswordRejected as exc:
            raise password_error(exc, "new_password") from None
        if not isinstance(old, str):
            raise ValidationError.single(
                "old_password", "wrong_password", "The current password is wrong."
            )
        if old == new:
            raise ValidationError.single(
                "new_password",
                "password_unchanged",
                "Choose a password different from the old one.",
            )
        try:
            self._change_password(old, new)
        except AccountClosed as exc:
            self._refused_closed_account(exc)
            raise
        self.must_change_password = False

    def _change_password(self, old: str, new: str) -> None:
        with self._writing() as conn:
            if not is_active(conn, self.user.id):
                raise AccountClosed()
            current = conn.execute(
                sa.select(users.c.password_hash).where(users.c.id == self.user.id)
            ).scalar()
            if not verify_password(old, current):
                raise ValidationError.single(
                    "old_password", "wrong_password", "The current password is wrong."
                )
            self.log(conn, "account.password_changed", "user", self.user.id)
            ref = change_own_password(
                conn,
                self._db,
                self.user.id,
                self._slot_ref,
                self._private_key,
                new,
                bcrypt_rounds=self._security.bcrypt_rounds,
            )
        self._slot_ref = ref

    def enable_keyring_unlock(self, unlock: WorkstationUnlock) -> None:
        unlock.store(
            self.database_id, self.user.login, KeyringEntry(self._slot_ref, self._private_key)
        )

    def credentials(self) -> KeyringEntry:
        """This session's slot and its private key, for a process that resumes it later
        (the office server after a restart, ``resume_session``): keep them sealed."""
        return KeyringEntry(self._slot_ref, self._private_key)

    def remember_audit_head(self) -> None:
        """Keep this workstation's record of the audit head up to date (see audit_head)."""
        try:
            with self._db.read() as conn:
                audit_head.remember(conn, self.audit_heads, self.database_id, self._db.key)
        except StorageError as exc:
            log.warning("Could not read the audit head: %s", type(exc).__name__)

    def close(self) -> None:
        self.watcher.stop()
        self._private_key = b""
        with contextlib.suppress(Exception):  # the database may already be unusable
            self.remember_audit_head()
        self._db.close()


# ----- opening ----------------------------------------------------------------------------
def _security(security: SecurityParams | None) -> SecurityParams:
    return security or SecurityParams()


def create_office(
    path: str | Path,
    *,
    login: str,
    display_name: str,
    password: str,
    security: SecurityParams | None = None,
) -> tuple[Session, str]:
    """A new encrypted office database; its first user is a Directeur. Returns the
    logged-in session and the recovery code (to be shown once)."""
    security = _security(security)
    try:
        check_policy(password, login=login)
    except PasswordRejected as exc:
        raise password_error(exc) from None
    normalized = normalize_login(login)
    if not normalized or not display_name.strip():
        raise ValidationError.single("login", "required", "Login and name are required.")
    db, key = Database.create(Path(path), kdf=security.kdf, lockout=security.lockout)
    try:
        with db.write() as conn:
            conn.execute(sa.insert(meta).values(name=RIGHTS_STAMP, value="1"))
            role_ids = seed_roles(conn)
            seed_reference(conn)
            user_id = create_account(
                conn,
                db,
                login=normalized,
                display_name=display_name,
                password=password,
                bcrypt_rounds=security.bcrypt_rounds,
                must_change_password=False,
            )
            conn.execute(sa.insert(user_roles).values(user_id=user_id, role_id=role_ids[DIRECTOR]))
            audit_chain.append(
                conn,
                action="office.created",
                user_id=user_id,
                actor=normalized,
                entity="user",
                entity_id=user_id,
            )
        unlocked = SlotFile.load(slot_path(db.path)).unlock(login, password)
        session = Session(db, user_id, unlocked.slot_ref, unlocked.private_key, security)
        return session, key.recovery_code()
    except BaseException:
        db.close()
        raise


def _fold_failed_logins(db: Database, conn: sa.Connection) -> None:
    """Copy the failures counted beside the database into the audit log, each naming the
    login tried (unsealed with the database key) and the user it belongs to, if any."""
    events, unrecorded = db.attempts.take_events(db.key)
    if not events and not (unrecorded.known or unrecorded.unknown):
        return
    slots = SlotFile.load(slot_path(db.path))
    rows = conn.execute(sa.select(users.c.id, users.c.login)).all()
    by_tag = {slots.lookup_tag(login): (uid, login) for uid, login in rows}
    by_login = {login: uid for uid, login in rows}
    for event in events:
        uid, login = by_tag.get(event.lookup_tag, (None, ""))
        tried = event.login if event.login is not None else login
        if uid is None and tried:
            uid = by_login.get(normalize_login(tried))
        detail: dict[str, object] = {"login": tried or "unreadable"}
        if uid is None:
            detail["unknown_login"] = True
        if event.interrupted:
            detail["interrupted"] = True
        audit_chain.append(
            conn,
            action="login.failed",
            user_id=uid,
            actor=login if uid is not None and login else "",
            entity="user" if uid else "",
            entity_id=uid,
            detail=detail,
            at=event.at.isoformat(timespec="microseconds"),
        )
    if unrecorded.known or unrecorded.unknown:
        audit_chain.append(
            conn,
            action="login.failed_unrecorded",
            detail={"known_logins": unrecorded.known, "unknown_logins": unrecorded.unknown},
        )


def _finish_login(
    db: Database,
    login: str,
    password: str | None,
    slot_ref: str,
    private_key: bytes,
    security: SecurityParams,
    method: str,
) -> Session:
    tag = SlotFile.load(slot_path(db.path)).lookup_tag(login)
    with db.write() as conn:
        row = conn.execute(sa.select(users).where(users.c.login == normalize_login(login))).first()
        # The slot opened with this password proves it (scrypt at a higher cost than the
        # bcrypt hash): the hash is not checked again, which halves the login time.
        ok = row is not None and row.slot_ref == slot_ref
        if row is not None and ok and not row.active:
            raise AccountDeactivated()
        if row is not None and ok:
            if password is not None and rounds_of(row.password_hash) != security.bcrypt_rounds:
                conn.execute(
                    sa.update(users)
                    .where(users.c.id == row.id)
                    .values(password_hash=hash_password(password, security.bcrypt_rounds))
                )
            _fold_failed_logins(db, conn)
            audit_chain.append(
                conn,
                action="login.success",
                user_id=row.id,
                actor=row.login,
                entity="user",
                entity_id=row.id,
                detail={"method": method},
            )
    if row is None or not ok:
        if db.login_attempt is not None:
            db.login_attempt.failed()
        raise InvalidCredentials()
    if db.login_attempt is not None:
        db.login_attempt.succeeded()
    else:
        with contextlib.suppress(StorageError):  # keyring logins are not counted
            db.attempts.record_success(tag)
    db.attempts.remember_seal(db.key)
    return Session(db, row.id, slot_ref, private_key, security)


def open_session(
    path: str | Path, login: str, password: str, *, security: SecurityParams | None = None
) -> Session:
    security = _security(security)
    db, unlocked = Database.open_with_password(
        Path(path), login, password, lockout=security.lockout, verdict_by_caller=True
    )
    try:
        return _finish_login(
            db, login, password, unlocked.slot_ref, unlocked.private_key, security, "password"
        )
    except BaseException:
        if db.login_attempt is not None:
            db.login_attempt.cancel()  # no-op once the verdict was given
        db.close()
        raise


def open_session_with_keyring(
    path: str | Path,
    login: str,
    unlock: WorkstationUnlock,
    *,
    security: SecurityParams | None = None,
) -> Session:
    security = _security(security)
    database_id = database_id_of(path)
    if database_id is None:
        raise InvalidCredentials()
    entry = unlock.load(database_id, login)
    db, unlocked = Database.open_with_private_key(
        Path(path), entry.slot_ref, entry.private_key, lockout=security.lockout
    )
    try:
        return _finish_login(
            db, login, None, unlocked.slot_ref, unlocked.private_key, security, "keyring"
        )
    except BaseException:
        db.close()
        raise


def resume_session(
    path: str | Path,
    user_id: int,
    entry: KeyringEntry,
    *,
    security: SecurityParams | None = None,
) -> Session:
    """A session opened earlier with the user's password, resumed from its slot's private
    key (the office server after a restart): no new login is recorded. Refused when the
    account was deactivated (its slot lost its key material) or its slot was replaced
    since (a changed or reset password)."""
    security = _security(security)
    db, unlocked = Database.open_with_private_key(
        Path(path), entry.slot_ref, entry.private_key, lockout=security.lockout
    )
    try:
        with db.read() as conn:
            row = conn.execute(
                sa.select(users.c.active, users.c.slot_ref).where(users.c.id == user_id)
            ).first()
        if row is None or not row.active:
            raise AccountDeactivated()
        if row.slot_ref != unlocked.slot_ref:
            raise InvalidCredentials()
        return Session(db, user_id, unlocked.slot_ref, unlocked.private_key, security)
    except BaseException:
        db.close()
        raise


def recover_account(
    path: str | Path,
    recovery_code: str,
    login: str,
    new_password: str,
    *,
    security: SecurityParams | None = None,
) -> None:
    """With the recovery code, give ``login`` a new key slot for ``new_password``
    (re-creating the key file when it is missing or damaged)."""
    security = _security(security)
    try:
        check_policy(new_password, login=login)
    except PasswordRejected as exc:
        raise password_error(exc, "new_password") from None
    db = Database.open_with_recovery_code(Path(path), recovery_code, lockout=security.lockout)
    try:
        try:
            SlotFile.load(slot_path(db.path))
        except StorageError:
            db.recreate_slot_file(security.kdf)
        with db.write() as conn:
            row = conn.execute(
                sa.select(users).where(users.c.login == normalize_login(login))
            ).first()
            if row is None:
                raise ValidationError.single("login", "unknown_login", "No user has this login.")
            replace_key_slot(
                conn,
                db,
                row,
                new_password,
                bcrypt_rounds=security.bcrypt_rounds,
                must_change_password=False,
                active=True,
            )
            bump_rights_stamp(conn)
            audit_chain.append(
                conn,
                action="account.recovered",
                user_id=row.id,
                actor=row.login,
                entity="user",
                entity_id=row.id,
                detail={"by": "recovery code"},
            )
        db.attempts.unlock(SlotFile.load(slot_path(db.path)).lookup_tag(login))
    finally:
        db.close()


def database_id_of(path: str | Path) -> str | None:
    try:
        return SlotFile.load(slot_path(Path(path).absolute())).database_id
    except (StorageError, OSError):
        return None
