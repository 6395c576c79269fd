"""The portfolio import: dry run, run, undo.

A dry run and a run are the same pass over the source inside one write transaction;
the dry run rolls it back, so its counts are exactly what the run will do. A run is one
batch with an id: it records the id ranges it created (ids are contiguous, the write
transaction holds the database alone) and the row it found before every change, so the
undo puts back exactly what was there — refused, with the list of what blocks it, when
anything touched those records since. Cancel rolls the transaction back: nothing stays.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from broker_desktop.core import search_index
from broker_desktop.core.contracts import DERIVED_TITLES, cancel_by_of, sync_deadlines
from broker_desktop.core.errors import CoreError, PermissionDenied
from broker_desktop.core.importing.duplicates import Probe, find_matches
from broker_desktop.core.importing.mapping import SPLIT_FIELDS, Mapping
from broker_desktop.core.importing.rows import ParsedRow, Reason, RowReader
from broker_desktop.core.importing.sources import Detected, Source
from broker_desktop.core.importing.values import fold, text_of
from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.schema import (
    clients,
    commission_rates,
    commissions,
    contract_splits,
    contracts,
    deadlines,
    import_batches,
    import_items,
    insurers,
    lines_of_business,
    statement_lines,
    statements,
    users,
)

PREVIEW_LIMIT = 1000  # rejected rows and duplicates kept for the screen
PROGRESS_EVERY = 250
FLUSH_EVERY = 500  # queued rows written by one executemany per table
BLOCKER_LIMIT = 200

Progress = Callable[[int, float], None]  # rows read, share of the file read
Cancelled = Callable[[], bool]
# A duplicate decision per source client key: an existing client id to merge into, the
# key of another client of the same file to merge with, or None to keep it apart.
Decision = int | str | None


class ImportCancelled(CoreError):
    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was written.")


class UndoBlocked(CoreError):
    def __init__(self, blockers: list[Blocker], total: int) -> None:
        super().__init__(
            f"The import cannot be undone: {total} record(s) were changed or used since."
        )
        self.blockers = blockers
        self.total = total


class RejectedRows(CoreError):
    """An all-or-nothing run met rejected rows: nothing was written."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(f"{outcome.counts.rejected} row(s) rejected; nothing was imported.")
        self.outcome = outcome


class _DryRunDone(Exception):
    """Rolls the dry run's transaction back."""


@dataclass(frozen=True)
class Rejected:
    row: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Duplicate:
    row: int
    key: str  # the source client's key (decisions are given per key)
    name: str  # as in the source
    candidate: int | str  # existing client id, or the key of an earlier client of the file
    candidate_name: str
    score: int
    reasons: tuple[str, ...]
    certain: bool


@dataclass(frozen=True)
class Blocker:
    entity: str
    entity_id: int
    reason: str  # changed | used_by_contract | used_by_commission | used_by_deadline | ...
    label: str = ""


@dataclass
class Counts:
    rows: int = 0
    rejected: int = 0
    clients_created: int = 0
    clients_updated: int = 0
    clients_unchanged: int = 0
    contracts_created: int = 0
    contracts_updated: int = 0
    contracts_unchanged: int = 0
    follow_ups_created: int = 0
    splits_set: int = 0  # contracts given their usual commission split (new or changed)
    splits_unchanged: int = 0
    duplicates: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Outcome:
    """What a dry run would do, or what a run did."""

    detected: Detected
    counts: Counts = field(default_factory=Counts)
    rejected: list[Rejected] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    batch_id: int | None = None


@dataclass(frozen=True)
class Batch:
    id: int
    user_id: int
    source_name: str
    mapping_name: str
    started_at: datetime
    status: str
    counts: dict[str, int]


def _db_dt(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _jsonable(row: Any) -> dict[str, Any]:
    out = {}
    for key, value in row._mapping.items():
        if isinstance(value, datetime):
            out[key] = ["dt", value.isoformat()]
        elif isinstance(value, date):
            out[key] = ["d", value.isoformat()]
        else:
            out[key] = value
    return out


def _from_json(image: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in image.items():
        if isinstance(value, list) and len(value) == 2 and value[0] in ("d", "dt"):
            out[key] = (
                date.fromisoformat(value[1])
                if value[0] == "d"
                else datetime.fromisoformat(value[1])
            )
        else:
            out[key] = value
    return out


TABLES = {
    "clients": clients,
    "contracts": contracts,
    "contract_splits": contract_splits,
    "deadlines": deadlines,
    "statements": statements,  # a commission statement's batch
    "statement_lines": statement_lines,
}
UNDO_DELETE_ORDER = (  # children first
    "statement_lines",
    "statements",
    "contract_splits",
    "deadlines",
    "contracts",
    "clients",
)
PORTFOLIO_TABLES = ("clients", "contracts", "contract_splits", "deadlines")
UNDO_RESTORE_ORDER = ("clients", "contracts", "contract_splits", "deadlines")


class _Pass:
    """One pass over the source inside the caller's write transaction."""

    def __init__(
        self,
        conn: sa.Connection,
        scope: Scope,
        mapping: Mapping,
        decisions: dict[str, Decision],
        batch_id: int | None,
        outcome: Outcome,
    ) -> None:
        self.conn = conn
        self.scope = scope
        self.mapping = mapping
        self.decisions = decisions
        self.batch_id = batch_id
        self.out = outcome
        self.today = date.today()
        self.now = db_now()
        # the same connection and transaction, without SQLAlchemy's per-statement cost
        raw: Any = conn.connection.driver_connection
        self.cursor = raw.cursor()
        self.keys: dict[int, int] = {}  # hash of a source client key -> client id
        self.names_of_new: dict[int, str] = {}  # client created here -> its source key
        self.agents_of_new: dict[int, int] = {}  # client created here -> his agent
        self.touched: set[tuple[str, int]] = set()  # rows whose before image is kept
        self.first_ids = {
            name: (conn.execute(sa.select(sa.func.max(t.c.id))).scalar() or 0) + 1
            for name, t in TABLES.items()
            if name in PORTFOLIO_TABLES
        }
        # contracts, their deadlines and splits wait here for a multi-row insert
        self.pending: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
        self.pending_order: list[tuple[str, tuple[str, ...]]] = []
        self.pending_policies: set[tuple[int, str]] = set()  # queued (insurer, policy)
        self.pending_rows = 0
        self.next_contract_id = self.first_ids["contracts"]
        self._load_references()

    def _load_references(self) -> None:
        self.users: dict[str, int] = {}
        for row in self.conn.execute(
            sa.select(users.c.id, users.c.login, users.c.display_name).where(users.c.active)
        ):
            self.users.setdefault(fold(row.display_name), row.id)
            self.users[fold(row.login)] = row.id
        self.insurers = {
            fold(r.name): r.id for r in self.conn.execute(sa.select(insurers.c.id, insurers.c.name))
        }
        self.lines: dict[str, int] = {}
        for r in self.conn.execute(sa.select(lines_of_business)):
            for text in (r.name_en, r.name_fr, r.code):
                self.lines[fold(text)] = r.id

    # ----- the pass ----------------------------------------------------------------------
    def run(self, source: Source, progress: Progress | None, cancelled: Cancelled | None) -> None:
        reader = RowReader(self.mapping, source.headers)
        counts = self.out.counts
        # the clients created here are indexed for the search in one statement at the end
        search_index.defer(self.cursor)
        try:
            for number, cells in source.rows():
                if counts.rows % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(counts.rows, source.progress())
                counts.rows += 1
                row = reader.parse(number, cells, self.today)
                self._row(row)
                if row.reasons:
                    counts.rejected += 1
                    if len(self.out.rejected) < PREVIEW_LIMIT:
                        self.out.rejected.append(Rejected(number, tuple(row.reasons)))
            self.flush()
        except BaseException:
            # the caller rolls back; should it ever go on, its clients are indexed all the
            # same (the pass's own error is the one that counts)
            with contextlib.suppress(Exception):
                search_index.fill_from(self.cursor, self.first_ids["clients"])
            raise
        search_index.fill_from(self.cursor, self.first_ids["clients"])
        if progress is not None:
            progress(counts.rows, 1.0)

    def _row(self, row: ParsedRow) -> None:
        agent_id = self._agent(row)
        insurer_id = line_id = None
        if row.contract is not None:
            insurer_id = self._reference(row, "insurer", row.insurer_text, self.insurers)
            line_id = self._reference(row, "line", row.line_text, self.lines)
        split = self._split_people(row)
        if row.reasons or agent_id is None:
            return
        existing = None
        if row.contract is not None:
            if (insurer_id, row.contract["policy_number"]) in self.pending_policies:
                row.reject(
                    "policy_number",
                    "duplicate_in_file",
                    "The same policy number appears earlier in the file.",
                    row.contract["policy_number"],
                )
                return
            self.cursor.execute(
                "SELECT id FROM contracts WHERE insurer_id = ? AND policy_number = ?",
                (insurer_id, row.contract["policy_number"]),
            )
            found = self.cursor.fetchone()
            if found is not None:
                existing = self.conn.execute(
                    sa.select(contracts).where(contracts.c.id == found[0])
                ).one()
            if existing is not None and not self.scope.portfolio_allows(existing.agent_id):
                row.reject(
                    "policy_number",
                    "policy_number_taken",
                    "This insurer's policy number belongs to a contract outside your book.",
                    row.contract["policy_number"],
                )
                return
            if existing is not None and existing.id >= self.first_ids["contracts"]:
                row.reject(
                    "policy_number",
                    "duplicate_in_file",
                    "The same policy number appears earlier in the file.",
                    row.contract["policy_number"],
                )
                return
        client_id, client_agent = self._client(row, agent_id, existing)
        contract_id = None
        if row.contract is not None:
            assert insurer_id is not None and line_id is not None
            contract_id = self._contract(
                row, client_id, agent_id or client_agent, insurer_id, line_id, existing
            )
        if split is not None and contract_id is not None:
            self._split(contract_id, existing, split)
        if row.follow_up is not None:
            self._follow_up(row.follow_up, client_id, contract_id, agent_id or client_agent)

    def _split_people(self, row: ParsedRow) -> dict[int, int] | None:
        """The row's split by user id; the people must be active users of the office."""
        if row.split is None:
            return None
        wanted: dict[int, int] = {}
        for person, bp in row.split:
            user_id = self.users.get(fold(person))
            if user_id is None:
                row.reject("split", "unknown_person", f"No active user named {person!r}.", person)
                return None
            if user_id in wanted:
                row.reject("split", "duplicate_beneficiary", "A person appears twice.", person)
                return None
            wanted[user_id] = bp
        return wanted

    def _split(self, contract_id: int, existing: Any, wanted: dict[int, int]) -> None:
        """Sets the contract's usual split (its before image kept for the undo)."""
        counts = self.out.counts
        if existing is None:
            for user_id, bp in wanted.items():
                self._queue(
                    "contract_splits",
                    {"contract_id": contract_id, "beneficiary_id": user_id, "share_bp": bp},
                )
            counts.splits_set += 1
            return
        current = self.conn.execute(
            sa.select(contract_splits).where(contract_splits.c.contract_id == contract_id)
        ).all()
        if {r.beneficiary_id: r.share_bp for r in current} == wanted:
            counts.splits_unchanged += 1
            return
        for old in current:
            self._keep_before("contract_splits", old)
        self.conn.execute(
            sa.delete(contract_splits).where(contract_splits.c.contract_id == contract_id)
        )
        for user_id, bp in wanted.items():
            self._queue(
                "contract_splits",
                {"contract_id": contract_id, "beneficiary_id": user_id, "share_bp": bp},
            )
        counts.splits_set += 1

    def _follow_up(
        self, follow_up: tuple[date, str], client_id: int, contract_id: int | None, owner: int
    ) -> None:
        """A follow-up on the row's contract (or client), unless the same one exists."""
        due, title = follow_up
        self.flush()  # the look-up below must see this file's earlier follow-ups
        self.cursor.execute(
            "SELECT 1 FROM deadlines WHERE kind = 'follow_up' AND client_id = ? AND "
            "contract_id IS ? AND due_date = ? AND title = ?",
            (client_id, contract_id, due.isoformat(), title),
        )
        if self.cursor.fetchone() is not None:
            return
        self._queue(
            "deadlines",
            {
                "kind": "follow_up",
                "due_date": due.isoformat(),
                "owner_id": owner,
                "contract_id": contract_id,
                "client_id": client_id,
                "title": title,
            },
        )
        self.out.counts.follow_ups_created += 1

    def _agent(self, row: ParsedRow) -> int | None:
        """The agent the row names (its cell, value map or the mapping's default); 0 when
        it names none: new records go to the importer, existing ones keep theirs."""
        if not row.agent_text:
            return 0
        agent_id = self.users.get(fold(row.agent_text))
        if agent_id is None:
            row.reject(
                "agent", "unknown_agent", "No active user by this name: map it.", row.agent_text
            )
            return None
        if not self.scope.portfolio_allows(agent_id):
            row.reject(
                "agent", "own_book_only", "You can import only into your own book.", row.agent_text
            )
            return None
        return agent_id

    def _reference(self, row: ParsedRow, name: str, text: str, known: dict[str, int]) -> int | None:
        if not text:
            return None
        found = known.get(fold(text))
        if found is None:
            what = "insurer" if name == "insurer" else "line of business"
            row.reject(name, "unknown_reference", f"Unknown {what}: map this name.", text)
        return found

    # ----- clients -----------------------------------------------------------------------
    def _key(self, row: ParsedRow, agent_id: int) -> tuple[int, str]:
        c = row.client
        if row.client_number:
            text = "n\x1f" + row.client_number
        else:
            text = "\x1f".join(
                (
                    c["kind"],
                    fold(c["display_name"]),
                    str(c["birth_date"] or ""),
                    c["company_uid"] or "",
                    c["postcode"],
                    str(agent_id),
                )
            )
        digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True), digest.hex()

    def _client(self, row: ParsedRow, agent_id: int, existing_contract: Any) -> tuple[int, int]:
        """The row's client id (found, merged or created) and that client's agent."""
        values = {**row.client, "agent_id": agent_id or None}
        number, key = self._key(row, agent_id)
        counts = self.out.counts
        if existing_contract is not None:
            client_id = int(existing_contract.client_id)
            self.keys.setdefault(number, client_id)
            return client_id, self._update_client(client_id, values)
        if number in self.keys:
            return self._known(self.keys[number])
        probe = Probe(
            values["kind"],
            values["display_name"],
            values["birth_date"],
            values["company_uid"],
            values["email"],
            values["postcode"],
        )
        matches = find_matches(self.conn, probe, self.scope)
        target: int | None = None
        if matches:
            counts.duplicates += 1
            for match in matches[:3]:
                candidate: int | str = match.client_id
                if match.client_id >= self.first_ids["clients"]:
                    candidate = self.names_of_new.get(match.client_id, "")
                if len(self.out.duplicates) < PREVIEW_LIMIT:
                    self.out.duplicates.append(
                        Duplicate(
                            row.number,
                            key,
                            values["display_name"],
                            candidate,
                            match.display_name,
                            match.score,
                            match.reasons,
                            match.certain,
                        )
                    )
            target = self._decide(key, matches)
        if target is not None:
            self.keys[number] = target
            return target, self._update_client(target, values)
        values["agent_id"] = agent_id or self.scope.user_id
        values["updated_at"] = _db_dt(self.now)
        if values["birth_date"] is not None:
            values["birth_date"] = values["birth_date"].isoformat()
        client_id = self._insert("clients", values)
        counts.clients_created += 1
        self.keys[number] = client_id
        self.names_of_new[client_id] = key
        self.agents_of_new[client_id] = values["agent_id"]
        return client_id, values["agent_id"]

    def _known(self, client_id: int) -> tuple[int, int]:
        if client_id in self.agents_of_new:
            return client_id, self.agents_of_new[client_id]
        agent = self.conn.execute(
            sa.select(clients.c.agent_id).where(clients.c.id == client_id)
        ).scalar_one()
        return client_id, int(agent)

    def _decide(self, key: str, matches: list[Any]) -> int | None:
        if key in self.decisions:
            decision = self.decisions[key]
            if decision is None:
                return None
            if isinstance(decision, int):
                return decision if any(m.client_id == decision for m in matches) else None
            for client_id, other in self.names_of_new.items():
                if other == decision:
                    return client_id
            return None
        rule = self.mapping.duplicates
        if rule == "merge_best" or (rule == "merge_certain" and matches[0].certain):
            return int(matches[0].client_id)
        return None

    def _update_client(self, client_id: int, values: dict[str, Any]) -> int:
        """Brings an existing client up to the row; returns his agent."""
        counts = self.out.counts
        if client_id >= self.first_ids["clients"]:
            return self._known(client_id)[1]  # created from an earlier row: it wins
        before = self.conn.execute(sa.select(clients).where(clients.c.id == client_id)).one()
        if not self.scope.portfolio_allows(before.agent_id):
            raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("client", client_id))
        changed = {
            k: v
            for k, v in values.items()
            if v not in (None, "") and k != "kind" and getattr(before, k) != v
        }
        if not changed:
            counts.clients_unchanged += 1
            return int(before.agent_id)
        if "last_name" in changed or "first_name" in changed or "company_name" in changed:
            person = before.kind == "person"
            last = changed.get("last_name", before.last_name) or ""
            first = changed.get("first_name", before.first_name) or ""
            company = changed.get("company_name", before.company_name) or ""
            changed["display_name"] = f"{last} {first}".strip() if person else company
        self._keep_before("clients", before)
        self.conn.execute(
            sa.update(clients)
            .where(clients.c.id == client_id)
            .values(**changed, updated_at=self.now, version=clients.c.version + 1)
        )
        self._version_after("clients", client_id)
        counts.clients_updated += 1
        return int(changed.get("agent_id", before.agent_id))

    # ----- contracts ---------------------------------------------------------------------
    def _contract(
        self,
        row: ParsedRow,
        client_id: int,
        agent_id: int,
        insurer_id: int,
        line_id: int,
        existing: Any,
    ) -> int:
        """Creates or updates the row's contract; returns its id."""
        assert row.contract is not None
        values = {
            **row.contract,
            "client_id": client_id,
            "insurer_id": insurer_id,
            "line_id": line_id,
            "agent_id": agent_id,
        }
        values["cancel_by"] = cancel_by_of(values["expiry_date"], values["notice_months"])
        counts = self.out.counts
        if existing is None:
            stored = {
                **values,
                "start_date": values["start_date"].isoformat(),
                "expiry_date": values["expiry_date"].isoformat(),
                "cancel_by": values["cancel_by"].isoformat(),
                "updated_at": _db_dt(self.now),
            }
            contract_id = self._new_contract_id()
            self._queue("contracts", {"id": contract_id, **stored})
            self.pending_policies.add((insurer_id, values["policy_number"]))
            counts.contracts_created += 1
            if values["status"] != "cancelled":
                for kind, due in (
                    ("renewal", values["expiry_date"]),
                    ("cancel_by", values["cancel_by"]),
                ):
                    self._queue(
                        "deadlines",
                        {
                            "kind": kind,
                            "due_date": due.isoformat(),
                            "owner_id": agent_id,
                            "contract_id": contract_id,
                            "client_id": client_id,
                            "title": DERIVED_TITLES[kind].format(policy=values["policy_number"]),
                        },
                    )
            return contract_id
        values["client_id"] = existing.client_id  # a contract keeps its client
        if not row.agent_text:
            values["agent_id"] = existing.agent_id
        changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
        if not changed:
            counts.contracts_unchanged += 1
            return int(existing.id)
        self._keep_before("contracts", existing)
        derived = self.conn.execute(
            sa.select(deadlines).where(
                deadlines.c.contract_id == existing.id,
                deadlines.c.kind.in_(("renewal", "cancel_by")),
            )
        ).all()
        for old in derived:
            self._keep_before("deadlines", old)
        self.conn.execute(
            sa.update(contracts)
            .where(contracts.c.id == existing.id)
            .values(**changed, updated_at=self.now, version=contracts.c.version + 1)
        )
        merged = {c.name: getattr(existing, c.name) for c in contracts.columns} | values
        sync_deadlines(self.conn, existing.id, merged)
        self._version_after("contracts", existing.id)
        for old in derived:
            self._version_after("deadlines", old.id)
        counts.contracts_updated += 1
        return int(existing.id)

    # ----- writing -----------------------------------------------------------------------
    def _insert(self, table: str, values: dict[str, Any]) -> int:
        """Inserts a client at once (the duplicate probes of later rows must see him);
        returns the new row's id."""
        names = list(values)
        self.cursor.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [values[n] for n in names],
        )
        return int(self.cursor.lastrowid)

    def _queue(self, table: str, values: dict[str, Any]) -> None:
        """Queues a row for the next multi-row insert (``flush``). A contract gets its id
        here: ids are contiguous and the write transaction holds the database alone."""
        names = tuple(values)
        key = (table, names)
        if key not in self.pending:
            self.pending[key] = []
            self.pending_order.append(key)
        self.pending[key].append(tuple(values[n] for n in names))
        self.pending_rows += 1
        if self.pending_rows >= FLUSH_EVERY:
            self.flush()

    def _new_contract_id(self) -> int:
        contract_id = self.next_contract_id
        self.next_contract_id += 1
        return contract_id

    def flush(self) -> None:
        """Writes the queued rows, a few hundred per statement; parents before children."""
        order = {"contracts": 0, "contract_splits": 1, "deadlines": 2}
        for key in sorted(self.pending_order, key=lambda k: order.get(k[0], 9)):
            table, names = key
            self.cursor.executemany(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                self.pending[key],
            )
        self.pending.clear()
        self.pending_order.clear()
        self.pending_policies.clear()
        self.pending_rows = 0

    def _keep_before(self, table: str, row: Any) -> None:
        if self.batch_id is None or (table, row.id) in self.touched:
            self.touched.add((table, row.id))
            return
        if row.id >= self.first_ids.get(table, 1 << 62):
            return  # created by this batch: the undo deletes it
        self.touched.add((table, row.id))
        self.conn.execute(
            sa.insert(import_items).values(
                batch_id=self.batch_id,
                entity=table,
                entity_id=row.id,
                version_after=-1,  # -1: deleted by the import, unless updated below
                before_image=json.dumps(_jsonable(row)),
            )
        )

    def _version_after(self, table: str, row_id: int) -> None:
        if self.batch_id is None:
            return
        version = self.conn.execute(
            sa.select(TABLES[table].c.version).where(TABLES[table].c.id == row_id)
        ).scalar()
        self.conn.execute(
            sa.update(import_items)
            .where(
                import_items.c.batch_id == self.batch_id,
                import_items.c.entity == table,
                import_items.c.entity_id == row_id,
            )
            .values(version_after=-1 if version is None else version)
        )

    def created_ranges(self) -> dict[str, list[int]]:
        self.flush()
        return {
            name: [
                self.first_ids[name],
                (self.conn.execute(sa.select(sa.func.max(TABLES[name].c.id))).scalar() or 0),
            ]
            for name in PORTFOLIO_TABLES
        }


def open_batch(conn: sa.Connection, kind: str, user_id: int, path: Path, mapping: Mapping) -> int:
    """A new import batch (portfolio or statement), running until its import ends."""
    batch_id: int = conn.execute(
        sa.insert(import_batches)
        .values(
            kind=kind,
            user_id=user_id,
            source_name=path.name[:400],
            mapping_name=mapping.name[:100],
            started_at=db_now(),
            status="running",
        )
        .returning(import_batches.c.id)
    ).scalar_one()
    return batch_id


class PortfolioImport:
    """``session.imports``: dry run, run, undo, history, rejected rows to a file."""

    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    @staticmethod
    def _require(scope: Scope, mapping: Mapping | None = None) -> None:
        scope.require(Right.IMPORT_RUN)
        scope.require_any(Right.PORTFOLIO_VIEW_ALL, Right.PORTFOLIO_VIEW_OWN)
        if mapping is not None and mapping.maps_any(SPLIT_FIELDS):
            scope.require(Right.COMMISSIONS_MANAGE)  # a split is commission data

    def open_source(self, path: Path, mapping: Mapping | None = None) -> Source:
        return Source(Path(path), mapping.source if mapping else None)

    def preview(
        self,
        path: Path,
        mapping: Mapping,
        decisions: dict[str, Decision] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Outcome:
        """The dry run: everything the import would do, then rolled back."""
        with Source(Path(path), mapping.source) as source:
            outcome = Outcome(source.detected)
            try:
                with self._s.tx(write=True) as (conn, scope):
                    self._require(scope, mapping)
                    _Pass(conn, scope, mapping, decisions or {}, None, outcome).run(
                        source, progress, cancelled
                    )
                    raise _DryRunDone()
            except _DryRunDone:
                pass
        return outcome

    def run(
        self,
        path: Path,
        mapping: Mapping,
        decisions: dict[str, Decision] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        all_or_nothing: bool = False,
    ) -> Outcome:
        """The import as one batch. Rows rejected by the preview are skipped, or, with
        ``all_or_nothing``, make the whole run roll back (``RejectedRows``)."""
        path = Path(path)
        with Source(path, mapping.source) as source:
            outcome = Outcome(source.detected)
            with self._s.tx(write=True) as (conn, scope):
                self._require(scope, mapping)
                batch_id = open_batch(conn, "portfolio", scope.user_id, path, mapping)
                one = _Pass(conn, scope, mapping, decisions or {}, batch_id, outcome)
                one.run(source, progress, cancelled)
                if all_or_nothing and outcome.counts.rejected:
                    raise RejectedRows(outcome)
                counts = outcome.counts.as_dict()
                conn.execute(
                    sa.update(import_batches)
                    .where(import_batches.c.id == batch_id)
                    .values(
                        status="done",
                        counts=json.dumps({**counts, "created": one.created_ranges()}),
                    )
                )
                for entity in ("client", "contract", "deadline"):
                    self._s.note_change(entity)
                self._s.log(
                    conn,
                    "import.run",
                    "import_batch",
                    batch_id,
                    {"source": path.name, "mapping": mapping.name, **counts},
                )
                outcome.batch_id = batch_id
        return outcome

    def save_rejected(self, path: Path, mapping: Mapping, target: Path) -> int:
        """The rejected rows, as they are in the source plus the reasons, in a CSV file
        Excel opens (UTF-8 with BOM, semicolons) to fix and import again. Returns how
        many rows were written."""
        reasons: dict[int, tuple[Reason, ...]] = {}

        class _Collect(Outcome):
            pass

        # Run the dry run again, keeping every rejected row's reasons (no preview cap).
        with Source(Path(path), mapping.source) as source:
            outcome = _Collect(source.detected)
            try:
                with self._s.tx(write=True) as (conn, scope):
                    self._require(scope, mapping)
                    one = _Pass(conn, scope, mapping, {}, None, outcome)
                    reader = RowReader(mapping, source.headers)
                    for number, cells in source.rows():
                        row = reader.parse(number, cells, one.today)
                        one._row(row)
                        if row.reasons:
                            reasons[number] = tuple(row.reasons)
                    raise _DryRunDone()
            except _DryRunDone:
                pass
            partial = target.with_name(f".{target.name}.partial")
            with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";")
                writer.writerow(["Ligne", "Motif", *source.headers])
                for number, cells in source.rows():
                    if number in reasons:
                        why = " | ".join(f"{r.field}: {r.message}" for r in reasons[number])
                        writer.writerow([number, why, *(text_of(c) for c in cells)])
            partial.replace(target)
        return len(reasons)

    # ----- history and undo --------------------------------------------------------------
    def batches(self, limit: int = 100, kind: str = "portfolio") -> list[Batch]:
        with self._s.tx() as (conn, scope):
            scope.require(Right.IMPORT_RUN)
            stmt = sa.select(import_batches).where(import_batches.c.kind == kind)
            if not scope.portfolio_all:
                stmt = stmt.where(import_batches.c.user_id == scope.user_id)
            rows = conn.execute(stmt.order_by(import_batches.c.id.desc()).limit(limit))
            return [
                Batch(
                    r.id,
                    r.user_id,
                    r.source_name,
                    r.mapping_name,
                    r.started_at,
                    r.status,
                    {k: v for k, v in json.loads(r.counts).items() if isinstance(v, int)},
                )
                for r in rows
            ]

    def undo_blockers(self, batch_id: int) -> tuple[list[Blocker], int]:
        with self._s.tx() as (conn, scope):
            batch = self._batch(conn, scope, batch_id)
            return _blockers(conn, batch)

    def undo(self, batch_id: int) -> None:
        """Removes what the batch created, restores what it changed; refused with the list
        of blockers if any of it was edited or used since."""
        with self._s.tx(write=True) as (conn, scope):
            batch = self._batch(conn, scope, batch_id)
            blockers, total = _blockers(conn, batch)
            if total:
                raise UndoBlocked(blockers, total)
            created = json.loads(batch.counts).get("created", {})
            for name in UNDO_DELETE_ORDER:
                low, high = created.get(name, [1, 0])
                table = TABLES[name]
                conn.execute(sa.delete(table).where(table.c.id.between(low, high)))
            items = conn.execute(
                sa.select(import_items).where(import_items.c.batch_id == batch_id)
            ).all()
            for name in UNDO_RESTORE_ORDER:
                table = TABLES[name]
                for item in items:
                    if item.entity != name:
                        continue
                    image = _from_json(json.loads(item.before_image))
                    if item.version_after == -1:
                        conn.execute(sa.insert(table).values(**image))
                    else:
                        conn.execute(
                            sa.update(table).where(table.c.id == item.entity_id).values(**image)
                        )
            conn.execute(sa.delete(import_items).where(import_items.c.batch_id == batch_id))
            conn.execute(
                sa.update(import_batches)
                .where(import_batches.c.id == batch_id)
                .values(status="undone")
            )
            for entity in ("client", "contract", "deadline", "commission"):
                self._s.note_change(entity)
            self._s.log(conn, "import.undo", "import_batch", batch_id, {"kind": batch.kind})

    @staticmethod
    def _batch(conn: sa.Connection, scope: Scope, batch_id: int) -> Any:
        from broker_desktop.core.errors import NotFound, ValidationError
        from broker_desktop.core.validation import valid_id

        scope.require(Right.IMPORT_RUN, ("import_batch", batch_id))
        if not valid_id(batch_id):
            raise NotFound("import batch", batch_id)
        batch = conn.execute(
            sa.select(import_batches).where(import_batches.c.id == batch_id)
        ).first()
        if batch is None:
            raise NotFound("import batch", batch_id)
        if batch.kind == "statement":  # commission data
            scope.require(Right.COMMISSIONS_MANAGE, ("import_batch", batch_id))
        elif not scope.portfolio_all and batch.user_id != scope.user_id:
            raise PermissionDenied(Right.PORTFOLIO_VIEW_ALL, ("import_batch", batch_id))
        if batch.status != "done":
            raise ValidationError.single(
                "batch", "already_undone", "This import was already undone."
            )
        return batch


def _blockers(conn: sa.Connection, batch: Any) -> tuple[list[Blocker], int]:
    """What was edited or used since the import, among what the undo would touch."""
    created = json.loads(batch.counts).get("created", {})
    found: list[Blocker] = []
    total = 0

    def add(rows: Iterator[Any], entity: str, reason: str) -> None:
        nonlocal total
        for r in rows:
            total += 1
            if len(found) < BLOCKER_LIMIT:
                found.append(Blocker(entity, r.id, reason, str(r.label or "")))

    if batch.kind == "statement":  # its lines accepted or flagged since
        low, high = created.get("statement_lines", [1, 0])
        add(
            conn.execute(
                sa.select(
                    statement_lines.c.id, statement_lines.c.policy_number.label("label")
                ).where(statement_lines.c.id.between(low, high), statement_lines.c.version != 1)
            ),
            "statement_line",
            "decided",
        )
        return found, total

    c_low, c_high = created.get("clients", [1, 0])
    k_low, k_high = created.get("contracts", [1, 0])
    d_low, d_high = created.get("deadlines", [1, 0])
    new_clients = clients.c.id.between(c_low, c_high)
    new_contracts = contracts.c.id.between(k_low, k_high)
    add(
        conn.execute(
            sa.select(clients.c.id, clients.c.display_name.label("label")).where(
                new_clients, clients.c.version != 1
            )
        ),
        "client",
        "changed",
    )
    add(
        conn.execute(
            sa.select(contracts.c.id, contracts.c.policy_number.label("label")).where(
                new_contracts, contracts.c.version != 1
            )
        ),
        "contract",
        "changed",
    )
    add(
        conn.execute(
            sa.select(contracts.c.id, contracts.c.policy_number.label("label")).where(
                contracts.c.client_id.between(c_low, c_high), sa.not_(new_contracts)
            )
        ),
        "contract",
        "added_to_imported_client",
    )
    add(
        conn.execute(
            sa.select(commissions.c.id, commissions.c.period.label("label")).where(
                commissions.c.contract_id.between(k_low, k_high)
            )
        ),
        "commission",
        "on_imported_contract",
    )
    add(
        conn.execute(
            sa.select(deadlines.c.id, deadlines.c.title.label("label")).where(
                sa.or_(
                    deadlines.c.contract_id.between(k_low, k_high),
                    deadlines.c.client_id.between(c_low, c_high),
                ),
                sa.or_(sa.not_(deadlines.c.id.between(d_low, d_high)), deadlines.c.version != 1),
            )
        ),
        "deadline",
        "on_imported_record",
    )
    s_low, s_high = created.get("contract_splits", [1, 0])
    replaced = {
        int(json.loads(item.before_image)["contract_id"])
        for item in conn.execute(
            sa.select(import_items.c.before_image).where(
                import_items.c.batch_id == batch.id, import_items.c.entity == "contract_splits"
            )
        )
    }
    add(
        conn.execute(
            sa.select(contract_splits.c.id, sa.literal("").label("label")).where(
                sa.or_(
                    contract_splits.c.contract_id.between(k_low, k_high),
                    contract_splits.c.contract_id.in_(replaced),
                ),
                sa.or_(
                    sa.not_(contract_splits.c.id.between(s_low, s_high)),
                    contract_splits.c.version != 1,
                ),
            )
        ),
        "contract_split",
        "changed",
    )
    for table, entity in ((commission_rates, "commission_rate"), (statement_lines, "statement")):
        add(
            conn.execute(
                sa.select(table.c.id, sa.literal("").label("label")).where(
                    table.c.contract_id.between(k_low, k_high)
                )
            ),
            entity,
            "on_imported_contract",
        )
    items = conn.execute(sa.select(import_items).where(import_items.c.batch_id == batch.id))
    for item in items:
        table = TABLES[item.entity]
        version = conn.execute(
            sa.select(table.c.version).where(table.c.id == item.entity_id)
        ).scalar()
        if (version if version is not None else -1) != item.version_after:
            total += 1
            if len(found) < BLOCKER_LIMIT:
                found.append(Blocker(item.entity.rstrip("s"), item.entity_id, "changed"))
    return found, total


def decisions_for(duplicates: list[Duplicate], merge: set[str]) -> dict[str, Decision]:
    """Merge the listed keys into their best candidate; keep every other one apart."""
    out: dict[str, Decision] = {}
    for dup in duplicates:
        if dup.key in out:
            continue
        out[dup.key] = dup.candidate if dup.key in merge else None
    return out
