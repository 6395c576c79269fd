"""The calls a workstation may make on the office server, and the wire's limits.

The server dispatches ``(service, method, args, kwargs)`` to the user's own core
``Session`` and refuses any name not listed here: private methods, attributes, the
database itself are never reachable.
"""

from __future__ import annotations

from typing import Any, Final

from broker_desktop.wire import codec

PROTOCOL_VERSION: Final = 5  # 2: pages cross column by column ($page); 3: uploads, jobs;
# 4: the call channel (/v1/channel); 5: the call channel on a port of its own
CHANNEL_PROTOCOL: Final = 5  # the first protocol with the call channel where it is now
SERVER_NAME: Final = "broker-desktop-office-server"

READ: Final = "read"
WRITE: Final = "write"
FILE: Final = "file"  # produced on the server, streamed to the workstation

_LISTING = {"count": READ, "page": READ, "columns": READ}

ALLOWED: Final[dict[str, dict[str, str]]] = {
    "session": {
        "rights": READ,
        "can": READ,
        "role_names": READ,
        "change_password": WRITE,
    },
    "clients": {
        **_LISTING,
        "search": READ,
        "get": READ,
        "blocking_contracts": READ,
        "create": WRITE,
        "update": WRITE,
        "delete": WRITE,
    },
    "contracts": {
        **_LISTING,
        "premium_total": READ,
        "get": READ,
        "move_preview": READ,
        "move_to_client": WRITE,
        "create": WRITE,
        "update": WRITE,
        "delete": WRITE,
    },
    "commissions": {
        **_LISTING,
        "sum": READ,
        "get_line": READ,
        "get": READ,
        "validate": READ,
        "create": WRITE,
        "update": WRITE,
        "set_shares": WRITE,
        "delete": WRITE,
    },
    "deadlines": {
        **_LISTING,
        "get": READ,
        "validate": READ,
        "create": WRITE,
        "update": WRITE,
        "set_done": WRITE,
        "delete": WRITE,
    },
    "reference": {
        "insurers": READ,
        "lines": READ,
        "people": READ,
        "usage": READ,
        "create_insurer": WRITE,
        "update_insurer": WRITE,
        "delete_insurer": WRITE,
        "create_line": WRITE,
        "update_line": WRITE,
        "delete_line": WRITE,
    },
    "admin": {
        "users": READ,
        "roles": READ,
        "explain_rights": READ,
        "check_user": READ,
        "create_user": WRITE,
        "update_user": WRITE,
        "reset_password": WRITE,
        "deactivate_user": WRITE,
        "reactivate_user": WRITE,
        "unlock_user": WRITE,
        "create_role": WRITE,
        "rename_role": WRITE,
        "delete_role": WRITE,
        "set_role_rights": WRITE,
        "add_member": WRITE,
        "remove_member": WRITE,
        "grant_right": WRITE,
        "revoke_right": WRITE,
    },
    "audit": {**_LISTING, "verify": READ, "names": READ, "compare_with_backup": READ},
    "exports": {"to_csv": FILE, "write": FILE},
    "mappings": {"names": READ, "get": READ, "save": WRITE, "delete": WRITE},
    "client_merge": {"probable_pairs": READ, "merge": WRITE},
    "reconciliation": {
        "rates": READ,
        "statements": READ,
        "lines": READ,
        "totals": READ,
        "set_rate": WRITE,
        "delete_rate": WRITE,
        "accept": WRITE,
        "flag": WRITE,
        "usual_split_of": READ,
        "usual_split": READ,
        "set_usual_split": WRITE,
        "undo_statement_blockers": READ,
        "undo_statement": WRITE,
        "export_totals": FILE,
        "import_statement": WRITE,
        "preview_statement": READ,
    },
    "imports": {
        "batches": READ,
        "undo_blockers": READ,
        "undo": WRITE,
        "preview": READ,
        "run": WRITE,
        "save_rejected": FILE,
    },
    "transfers": {
        "agents": READ,
        "book": READ,
        "preview": READ,
        "history": READ,
        "get": READ,
        "undo_check": READ,
        "run": WRITE,
        "undo": WRITE,
    },
    "maintenance": {
        "backup": WRITE,
        "change_key": WRITE,
        "recovery_code": READ,
    },
}

# Calls that read a file the workstation chose, and the parameter naming it. The file is
# uploaded first (``POST /v1/upload``) and the call names the upload; the server then
# passes its own private copy. A path sent by a workstation is never accepted there.
FILE_INPUTS: Final[dict[tuple[str, str], str]] = {
    ("imports", "preview"): "path",
    ("imports", "run"): "path",
    ("imports", "save_rejected"): "path",
    ("reconciliation", "import_statement"): "path",
    ("reconciliation", "preview_statement"): "path",
    ("audit", "compare_with_backup"): "backup",
}
# Parameters a call may receive as callbacks: a job (``POST /v1/job``) passes the server's
# own in their place and streams the progress; cancelling sets what they answer.
CALLBACKS: Final = frozenset({"progress", "cancelled"})

MAX_BODY_BYTES: Final = 4 * 1024 * 1024
MAX_UPLOAD_BYTES: Final = 1024 * 1024 * 1024  # a large office's backup to compare
UPLOAD_CHUNK: Final = 256 * 1024
JOB_HEARTBEAT_SECONDS: Final = 0.25
LONG_POLL_SECONDS: Final = 15.0


def kind_of(service: object, method: object) -> str | None:
    if not isinstance(service, str) or not isinstance(method, str):
        return None
    return ALLOWED.get(service, {}).get(method)


def file_input(service: object, method: object) -> str | None:
    if not isinstance(service, str) or not isinstance(method, str):
        return None
    return FILE_INPUTS.get((service, method))


def call_envelope(
    service: str, method: str, args: tuple[Any, ...] = (), kwargs: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The body of one ``/v1/call`` request, its values in the codec."""
    return {
        "service": service,
        "method": method,
        "args": [codec.to_jsonable(a) for a in args],
        "kwargs": {k: codec.to_jsonable(v) for k, v in (kwargs or {}).items()},
    }
