"""The one change-notification path.

Every committed write is described by a ``ChangeSet``: which kinds of records it touched
(``entities``), which records by id when known, and whether anybody's rights changed.
A ``ChangeHub`` hands change sets to its subscribers after the commit. Three producers
feed the same hub:

* the ``Session``: a write transaction collects what its services declare (every write
  is audited through ``Session.log``, which names the record) and publishes once, after
  the commit, never after a rollback;
* the ``ChangeWatcher``: a background thread that notices writes made by other
  workstations or processes on the same file (``PRAGMA data_version``) and changes of
  the rights stamp, every few seconds;
* the office server's push channel: it calls ``hub.publish(ChangeSet(...))`` with what
  the server reports (``origin="server"``).

Subscribers are called on the publishing thread: a GUI marshals them to its own thread
(``ui/changes.py``). This module imports nothing from Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

log = logging.getLogger(__name__)

# The kinds of records a change set names (the audit log's entity names).
CLIENT = "client"
CONTRACT = "contract"
DEADLINE = "deadline"
COMMISSION = "commission"
USER = "user"
ROLE = "role"
INSURER = "insurer"
LINE = "line"
AUDIT = "audit"
ENTITIES = frozenset({CLIENT, CONTRACT, DEADLINE, COMMISSION, USER, ROLE, INSURER, LINE, AUDIT})

# What a change to one kind of record also changes in the lists that show it: a
# contract's write rewrites its deadlines and cascades to its commissions; a client's
# name shows in contract, deadline and commission rows; a user's name everywhere.
IMPLIED: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        CLIENT: frozenset({CONTRACT, DEADLINE, COMMISSION}),
        CONTRACT: frozenset({CLIENT, DEADLINE, COMMISSION}),
        USER: frozenset({CLIENT, CONTRACT, DEADLINE, COMMISSION, ROLE}),
        ROLE: frozenset({USER}),
        INSURER: frozenset({CONTRACT, COMMISSION}),
        LINE: frozenset({CONTRACT, COMMISSION}),
        # a share line is written as its commission
        "commission_share": frozenset({COMMISSION}),
    }
)

ORIGINS = ("local", "external", "server")


@dataclass(frozen=True)
class ChangeSet:
    """What one or more committed writes changed.

    ``everything`` means "something changed, not known what" (another workstation wrote
    to the file): every list is stale. ``rights_changed`` means some user's rights,
    roles or active flag changed: the guard re-evaluates and every list reloads.
    ``account_closed`` is set for the session whose own user was deactivated.
    """

    entities: frozenset[str] = frozenset()
    records: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))
    rights_changed: bool = False
    everything: bool = False
    account_closed: bool = False
    origin: str = "local"

    def touches(self, *entities: str) -> bool:
        """Does this change make a list of any of these entities stale?"""
        if self.everything or self.rights_changed:
            return True
        return any(e in self.entities for e in entities)

    def ids(self, entity: str) -> frozenset[int]:
        return self.records.get(entity, frozenset())

    @property
    def empty(self) -> bool:
        return not (self.entities or self.rights_changed or self.everything or self.account_closed)

    def merged(self, other: ChangeSet) -> ChangeSet:
        records: dict[str, set[int]] = {k: set(v) for k, v in self.records.items()}
        for key, values in other.records.items():
            records.setdefault(key, set()).update(values)
        return ChangeSet(
            entities=self.entities | other.entities,
            records=_frozen(records),
            rights_changed=self.rights_changed or other.rights_changed,
            everything=self.everything or other.everything,
            account_closed=self.account_closed or other.account_closed,
            origin=self.origin if self.origin == other.origin else "external",
        )

    @classmethod
    def of(
        cls,
        *entities: str,
        records: Mapping[str, Iterable[int]] | None = None,
        rights_changed: bool = False,
        origin: str = "local",
    ) -> ChangeSet:
        """A change set naming these entities (and, closing over ``IMPLIED``, the lists
        they show up in)."""
        named = set(entities) | set(records or {})
        return cls(
            entities=frozenset(_with_implied(named)),
            records=_frozen({k: set(v) for k, v in (records or {}).items()}),
            rights_changed=rights_changed,
            origin=origin,
        )


def _with_implied(entities: Iterable[str]) -> set[str]:
    out = set()
    for entity in entities:
        if not entity:
            continue
        out.add(entity)
        out.update(IMPLIED.get(entity, ()))
    out.discard("commission_share")
    return out


def _frozen(records: Mapping[str, set[int]]) -> Mapping[str, frozenset[int]]:
    return MappingProxyType({k: frozenset(v) for k, v in records.items() if v})


class ChangeCollector:
    """What one write transaction declares, turned into a ChangeSet at commit."""

    def __init__(self) -> None:
        self._records: dict[str, set[int]] = {}
        self._entities: set[str] = set()
        self.rights_changed = False

    def record(self, entity: str, record_id: int | None = None) -> None:
        if not entity:
            return
        self._entities.add(entity)
        if record_id is not None:
            self._records.setdefault(entity, set()).add(int(record_id))

    def change_set(self) -> ChangeSet:
        entities = _with_implied(self._entities)
        entities.add(AUDIT)  # every write is audited
        return ChangeSet(
            entities=frozenset(entities),
            records=_frozen(self._records),
            rights_changed=self.rights_changed,
        )


Subscriber = Callable[[ChangeSet], Any]


class ChangeHub:
    """Subscribers receive every published ChangeSet, on the publishing thread, in
    subscription order. A failing subscriber is logged and does not stop the others."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Returns the function that unsubscribes it."""
        with self._lock:
            self._subscribers.append(subscriber)
        return lambda: self.unsubscribe(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

    def publish(self, changes: ChangeSet) -> None:
        """The public entry point of every producer (session, watcher, server push)."""
        if changes.empty:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:
                log.exception("A change subscriber failed")


class ChangeWatcher:
    """Notices what other workstations and processes write to the same file.

    ``check()`` asks the session whether the file changed since the last check (one
    ``PRAGMA data_version`` and one read of the rights stamp) and publishes what it
    finds; ``start()`` runs it every ``interval`` seconds on a daemon thread, never on
    the GUI thread.
    """

    def __init__(
        self, probe: Callable[[], ChangeSet | None], hub: ChangeHub, interval: float = 3.0
    ):
        self._probe = probe
        self._hub = hub
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def check(self) -> ChangeSet | None:
        changes = self._probe()
        if changes is not None:
            self._hub.publish(changes)
        return changes

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name="broker-desktop-change-watcher", daemon=True
        )
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.check()
            except Exception:  # a closed or unreachable file: the next check says so again
                log.debug("Change check failed", exc_info=True)

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
