"""Fork server for the two-file fault tests: imports once, then for every request forks a
process that runs one account operation and SIGKILLs itself just before a chosen step.

Requests on stdin, one per line: ``OP DATABASE KILL_AT`` (KILL_AT 0: run to the end).
The forked process prints ``step N NAME`` before each file step (every fsync, rename,
SQL COMMIT and export), ``code CODE`` for a new recovery code, and ``done`` at the end;
this server then prints ``end killed`` or ``end exited``.
"""

from __future__ import annotations

import os
import signal
import sys

import sqlalchemy as sa
from two_file_office import BOSS, NEW, OLD, SECURITY, user_id

from broker_desktop.core.office import open_session, recover_account
from broker_desktop.storage.keys import DatabaseKey

armed = {"kill_at": None, "count": 0}


def step(name: str) -> None:
    if armed["kill_at"] is None:
        return
    armed["count"] += 1
    print("step", armed["count"], name, flush=True)
    if armed["count"] == armed["kill_at"]:
        os.kill(os.getpid(), signal.SIGKILL)


def hooked(function, name_of):
    def wrapper(*args, **kwargs):
        name = name_of(*args)
        if name:
            step(name)
        return function(*args, **kwargs)

    return wrapper


os.fsync = hooked(os.fsync, lambda *_a: "fsync")
os.replace = hooked(os.replace, lambda src, dst: f"rename {os.path.basename(str(dst))}")


def _sql_step(_conn, _cursor, statement, *_rest) -> None:
    """Every statement reaches the driver after this event, whether SQLAlchemy runs it
    or ``storage.driver_sql`` (``BEGIN``, ``COMMIT``) hands it to the cursor itself."""
    text = str(statement).strip().upper()
    if text == "COMMIT":
        step("commit")
    elif "SQLCIPHER_EXPORT" in text:
        step("export")


sa.event.listen(sa.engine.Engine, "before_cursor_execute", _sql_step)
_generate = DatabaseKey.generate


def _announced() -> DatabaseKey:
    key = _generate()
    print("code", key.recovery_code(), flush=True)
    return key


DatabaseKey.generate = staticmethod(_announced)


def run(op: str, path: str, code: str) -> None:
    if op == "change_password":
        session = open_session(path, "bruno", OLD, security=SECURITY)
        armed["kill_at"] = kill_at
        session.change_password(OLD, NEW)
        return
    if op == "recover":
        armed["kill_at"] = kill_at
        recover_account(path, code, "bruno", NEW, security=SECURITY)
        return
    director = open_session(path, "directeur", BOSS, security=SECURITY)
    bruno, denise = user_id(director, "bruno"), user_id(director, "denise")
    armed["kill_at"] = kill_at
    if op == "reset":
        director.admin.reset_password(bruno, NEW)
    elif op == "create":
        director.admin.create_user("carla", "Carla Python", NEW, must_change_password=False)
    elif op == "deactivate":
        director.admin.deactivate_user(bruno)
    elif op == "reactivate":
        director.admin.reactivate_user(denise, NEW)
    elif op == "rekey":
        director.maintenance.change_key()
    else:
        raise SystemExit(f"unknown operation {op}")


print("ready", flush=True)
for line in sys.stdin:
    op, path, code, kill = line.split()
    kill_at = int(kill)
    pid = os.fork()
    if pid == 0:
        try:
            run(op, path, code)
            step("end")
            print("done", flush=True)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            print("error", type(exc).__name__, str(exc).replace("\n", " "), flush=True)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    print("end", "killed" if killed else "exited", flush=True)
