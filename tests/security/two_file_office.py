"""The office of the two-file fault tests and how to judge it afterwards: which version of
an account works (the old, the new, or neither: a lockout), and whether the database and
the key file agree."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlalchemy as sa
from tests.conftest import FAST_KDF

from broker_desktop.core.office import SecurityParams, create_office, open_session
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import WrongKey
from broker_desktop.storage.schema import users
from broker_desktop.storage.slots import SlotFile

SECURITY = SecurityParams(kdf=FAST_KDF, bcrypt_rounds=4)
BOSS = "Chief-Pass-2026"  # noqa: S105
OLD = "Old-Member-2026"  # noqa: S105
NEW = "New-Member-2026"  # noqa: S105
OPERATIONS = ("change_password", "reset", "create", "deactivate", "reactivate", "recover", "rekey")


def user_id(session, login: str) -> int:
    return next(u.id for u in session.admin.users() if u.login == login)


def build_template(path: Path) -> str:
    """directeur, bruno (active, OLD) and denise (deactivated, OLD); returns the code."""
    director, code = create_office(
        path, login="directeur", display_name="Claire Morel", password=BOSS, security=SECURITY
    )
    director.close()
    director = open_session(path, "directeur", BOSS, security=SECURITY)
    try:
        director.admin.create_user("bruno", "Bruno Favre", OLD, must_change_password=False)
        denise = director.admin.create_user("denise", "Denise Roh", OLD, must_change_password=False)
        director.admin.deactivate_user(denise)
    finally:
        director.close()
    return code


def copy_office(template: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in (template.name, slot_path(template).name):
        shutil.copyfile(template.with_name(name), target / name)
    return target / template.name


def outcome(path: Path, login: str, password: str) -> str:
    try:
        open_session(path, login, password, security=SECURITY).close()
        return "ok"
    except Exception as exc:  # noqa: BLE001 - the outcome is what is judged
        return type(exc).__name__


def version_in_force(path: Path, op: str, codes: tuple[str, str | None]) -> str:
    """'old' or 'new' when exactly one version of the account works; anything else names
    what was seen (a lockout, or both versions working)."""
    if op in ("change_password", "reset", "recover"):
        seen = (outcome(path, "bruno", OLD), outcome(path, "bruno", NEW))
        states = {("ok", "InvalidCredentials"): "old", ("InvalidCredentials", "ok"): "new"}
    elif op == "create":
        seen = (outcome(path, "carla", NEW),)
        states = {("InvalidCredentials",): "old", ("ok",): "new"}
    elif op == "deactivate":
        seen = (outcome(path, "bruno", OLD),)
        states = {("ok",): "old", ("AccountDeactivated",): "new"}
    elif op == "reactivate":
        seen = (outcome(path, "denise", OLD), outcome(path, "denise", NEW))
        states = {
            ("AccountDeactivated", "InvalidCredentials"): "old",
            ("InvalidCredentials", "ok"): "new",
            # the old, deactivated slot may still answer until an open settles the change
            ("AccountDeactivated", "ok"): "new",
        }
    else:  # rekey: every password still works, exactly one recovery code opens the file
        seen = (outcome(path, "directeur", BOSS), outcome(path, "bruno", OLD))
        opens = []
        for code in codes:
            if code is None:
                continue
            try:
                Database.open_with_recovery_code(path, code).close()
                opens.append(code)
            except WrongKey:
                pass
        if seen == ("ok", "ok") and len(opens) == 1:
            return "old" if opens[0] == codes[0] else "new"
        return f"lockout {seen} {len(opens)} codes open"
    return states.get(seen, f"lockout {seen}")


def disagreements(path: Path, code: str) -> list[str]:
    """What the key file and the database disagree on (after a normal open)."""
    problems = []
    with Database.open_with_recovery_code(path, code) as db, db.read() as conn:
        rows = conn.execute(sa.select(users.c.login, users.c.slot_ref, users.c.active)).all()
    slots = SlotFile.load(slot_path(path))
    if slots.changes():
        problems.append(f"unsettled changes {slots.changes()}")
    refs = set(slots.slot_refs())
    active = set(slots.slot_refs(active_only=True))
    for login, ref, is_active in rows:
        if ref not in refs:
            problems.append(f"{login}: no slot")
        elif (ref in active) != bool(is_active):
            problems.append(f"{login}: slot active={ref in active}, user active={is_active}")
    orphans = refs - {ref for _l, ref, _a in rows}
    if orphans:
        problems.append(f"{len(orphans)} orphan slots")
    if slots.pending_generation is not None:
        problems.append("key change pending")
    return problems
