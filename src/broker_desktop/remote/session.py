"""``RemoteSession``: the core ``Session``'s interface, served by the office server.

The services (``clients``, ``contracts``… ``maintenance``) are proxies sending
``(service, method, args, kwargs)``; results and errors come back as the same types and
exception classes as in the embedded mode. Exports are produced on the server and
streamed into the file the user chose; backups are written in the server's backup folder.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from broker_desktop.core.changes import ChangeHub, ChangeSet
from broker_desktop.core.errors import AccountClosed
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import UserInfo
from broker_desktop.remote.transport import Transport
from broker_desktop.wire import codec
from broker_desktop.wire.errors import RemoteError, SessionEnded
from broker_desktop.wire.protocol import (
    ALLOWED,
    CALLBACKS,
    CHANNEL_PROTOCOL,
    FILE,
    LONG_POLL_SECONDS,
    call_envelope,
    file_input,
)

# The core classes behind each service: their plain class attributes (``query_type``)
# are read locally, as the UI does on a local session.
_SERVICE_CLASSES = {
    "clients": ("broker_desktop.core.clients", "ClientService"),
    "contracts": ("broker_desktop.core.contracts", "ContractService"),
    "commissions": ("broker_desktop.core.commissions", "CommissionService"),
    "deadlines": ("broker_desktop.core.deadlines", "DeadlineService"),
    "reference": ("broker_desktop.core.reference", "ReferenceService"),
    "admin": ("broker_desktop.core.admin", "AdminService"),
    "audit": ("broker_desktop.core.audit", "AuditService"),
    "exports": ("broker_desktop.core.export", "ExportService"),
    "maintenance": ("broker_desktop.core.maintenance", "MaintenanceService"),
    "mappings": ("broker_desktop.core.importing.store", "MappingStore"),
    "client_merge": ("broker_desktop.core.client_merge", "ClientMergeService"),
    "reconciliation": ("broker_desktop.core.reconciliation", "ReconciliationService"),
    "imports": ("broker_desktop.core.importing.portfolio", "PortfolioImport"),
    "transfers": ("broker_desktop.core.transfers", "BookTransferService"),
}


def _service_class(name: str) -> type:
    module, cls_name = _SERVICE_CLASSES[name]
    cls: type = getattr(importlib.import_module(module), cls_name)
    return cls


# Core calls that only make sense on the process holding the database: absent here, as
# if the service had no such call (the UI asks with getattr(..., None)).
LOCAL_ONLY = frozenset({"interrupt"})


class NotAvailableRemotely(RemoteError):
    def __init__(self, what: str) -> None:
        super().__init__(f"{what} is not available when working through an office server.")


class ServiceProxy:
    def __init__(self, session: RemoteSession, name: str) -> None:
        self._session = session
        self._name = name
        self._methods = ALLOWED[name]

    def __getattr__(self, method: str) -> Any:
        kind = self._methods.get(method)
        if kind is not None:
            if kind == FILE or file_input(self._name, method) is not None:
                return lambda *a, **k: self._session._job(self._name, method, a, k)
            return lambda *a, **k: self._session._call(self._name, method, a, k)
        if not method.startswith("_") and method not in LOCAL_ONLY:
            value = getattr(_service_class(self._name), method, None)
            if value is not None and not callable(value) or isinstance(value, type):
                return value
            if callable(value):  # a call of the core the server does not offer (yet)
                name = f"{self._name}.{method}"

                def refused(*_args: Any, **_kwargs: Any) -> Any:
                    raise NotAvailableRemotely(name)

                return refused
        raise AttributeError(f"{self._name} has no call {method!r} on an office server")

    def __repr__(self) -> str:
        return f"<remote {self._name}>"


class RemoteWatcher:
    """The remote counterpart of ``core.changes.ChangeWatcher``: a background thread
    long-polls the server's change feed and publishes what it reports on the session's
    hub (``origin="server"``), so the UI refreshes through the one change path."""

    def __init__(self, session: RemoteSession) -> None:
        self._session = session
        self.interval = 2.0  # pause before trying again after the connection dropped
        self.connected: bool | None = None
        self.on_connection: Callable[[bool], None] | None = None
        # the server no longer knows the session (restarted, expired): log in again
        self.on_ended: Callable[[str], None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="server-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)

    def _state(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            if self.on_connection is not None:
                self.on_connection(connected)

    def _run(self) -> None:
        session = self._session
        client = session._transport.new_client(LONG_POLL_SECONDS + 15)
        hub = session.changes
        last = -1
        try:
            while not self._stop.is_set():
                try:
                    doc = session._transport.request(
                        "GET",
                        "/v1/events",
                        token=session._token,
                        params={"after": last},
                        client=client,
                    )
                except AccountClosed:
                    hub.publish(ChangeSet(account_closed=True, origin="server"))
                    return
                except SessionEnded as exc:
                    if self.on_ended is not None:
                        self.on_ended(exc.reason)
                    return
                except RemoteError:
                    self._state(False)
                    self._stop.wait(self.interval)
                    continue
                if self.connected is False:
                    # back after a drop: whatever happened meanwhile is unknown
                    hub.publish(ChangeSet(everything=True, origin="server"))
                self._state(True)
                new_last = int(doc.get("last", 0))
                if last >= 0 and (doc.get("gap") or new_last < last):
                    hub.publish(ChangeSet(everything=True, rights_changed=True, origin="server"))
                else:
                    for event in doc.get("events") or ():
                        hub.publish(
                            ChangeSet(
                                entities=frozenset(str(e) for e in event.get("entities", ())),
                                rights_changed=bool(event.get("rights")),
                                everything=bool(event.get("everything")),
                                origin="server",
                            )
                        )
                last = new_last
        finally:
            client.close()


class RemoteSession:
    """One user logged in on the office server. The token lives in this object only."""

    def __init__(self, transport: Transport, token: str, info: dict[str, Any]) -> None:
        self._transport = transport
        self._token = token
        user = info["user"]
        self.user = UserInfo(int(user["id"]), str(user["login"]), str(user["display_name"]))
        self.must_change_password = bool(info.get("must_change_password"))
        self.database_id = str(info.get("database_id", ""))
        self.database_path = transport.base_url
        self.server_address = transport.address
        self.remote = True
        self._closed = False
        self.changes = ChangeHub()
        self.watcher = RemoteWatcher(self)
        for name in _SERVICE_CLASSES:
            setattr(self, name, ServiceProxy(self, name))

    @classmethod
    def login(cls, transport: Transport, login: str, password: str) -> RemoteSession:
        info = transport.request("POST", "/v1/login", body={"login": login, "password": password})
        port = info.get("channel_port")
        has_channel = int(info.get("protocol", 0)) >= CHANNEL_PROTOCOL and isinstance(port, int)
        transport.set_channel(port if has_channel else None)
        return cls(transport, info["token"], info)

    def __repr__(self) -> str:
        return f"<RemoteSession {self.user.login!r} on {self.database_path}>"

    # ----- calls ---------------------------------------------------------------------------
    def _call(
        self, service: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        if self._closed:
            raise SessionEnded("logged_out")
        doc = self._transport.call(call_envelope(service, method, args, kwargs), token=self._token)
        return codec.from_jsonable(doc.get("result"), codec.CLIENT_RULES)

    def _job(self, service: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """A call that reads a file of this workstation (uploaded first), writes a file
        here (produced on the server, streamed back), or reports progress: its
        ``progress`` and ``cancelled`` callbacks work as in the embedded mode."""
        if self._closed:
            raise SessionEnded("logged_out")
        signature = inspect.signature(getattr(_service_class(service), method))
        arguments = dict(signature.bind(None, *args, **kwargs).arguments)
        arguments.pop(next(iter(signature.parameters)))  # self
        callbacks = {
            name: arguments.pop(name)
            for name in sorted(CALLBACKS)
            if name in arguments and callable(arguments[name])
        }
        files: dict[str, str] = {}
        wanted = file_input(service, method)
        if wanted is not None and wanted in arguments:
            files[wanted] = self._transport.upload(Path(arguments.pop(wanted)), token=self._token)
        target = None
        if ALLOWED[service][method] == FILE:
            if arguments.get("target") is None:
                raise TypeError(f"{service}.{method} needs a target file")
            target = Path(arguments["target"])
            arguments["target"] = target.name  # the server writes its own copy
        body = {
            **call_envelope(service, method, (), arguments),
            "job": secrets.token_hex(16),
            "files": files,
            "callbacks": sorted(callbacks),
        }
        progress, cancelled = callbacks.get("progress"), callbacks.get("cancelled")
        if cancelled is not None and cancelled():
            body["cancelled"] = True  # stops at the core's first check, as embedded

        def on_progress(figures: list[Any]) -> bool:
            go_on = True
            if figures and progress is not None and progress(*figures) is False:
                go_on = False  # an export's progress answers whether to go on
            if cancelled is not None and cancelled():
                go_on = False
            return go_on

        return self._transport.job(body, token=self._token, on_progress=on_progress, target=target)

    # ----- the Session interface -------------------------------------------------------------
    def rights(self) -> frozenset[Right]:
        rights: frozenset[Right] = self._call("session", "rights", (), {})
        return rights

    def can(self, right: Right) -> bool:
        return bool(self._call("session", "can", (right,), {}))

    def role_names(self) -> list[str]:
        names: list[str] = self._call("session", "role_names", (), {})
        return names

    def change_password(self, old: str, new: str) -> None:
        self._call("session", "change_password", (old, new), {})
        self.must_change_password = False

    def enable_keyring_unlock(self, unlock: object) -> None:
        raise NotAvailableRemotely("Unlocking through this workstation's keyring")

    def disable_keyring_unlock(self, unlock: object) -> None:
        return None

    # ----- end ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.watcher.stop()
        with contextlib.suppress(Exception):
            self._transport.request("POST", "/v1/logout", token=self._token)
        self._token = ""
        self._transport.close()


def connect(
    host: str,
    port: int,
    login: str,
    password: str,
    *,
    pinned_pem: str | None = None,
    ca_file: str | None = None,
    timeout: float = 30.0,
) -> RemoteSession:
    """Log in on the server at ``host:port``, trusted by its pinned certificate or an
    office CA (one of the two is required: an unknown server is never trusted silently)."""
    from broker_desktop.remote.tls import ca_context, pinned_context

    if pinned_pem:
        context = pinned_context(pinned_pem)
    elif ca_file:
        context = ca_context(ca_file)
    else:
        raise ValueError("a pinned certificate or an office CA is required")
    transport = Transport(host, port, context, pinned_pem=pinned_pem, timeout=timeout)
    try:
        return RemoteSession.login(transport, login, password)
    except BaseException:
        transport.close()
        raise
