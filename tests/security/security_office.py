"""A small office shared by a test module (one encrypted file), and a fingerprint of
every table to prove that a refused operation wrote nothing."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from tests.conftest import FAST_KDF

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientInput
from broker_desktop.core.commissions import CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.deadlines import DeadlineInput, DeadlineQuery
from broker_desktop.core.office import SecurityParams, create_office, open_session
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT
from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.schema import metadata

SECURITY = SecurityParams(
    kdf=FAST_KDF,
    bcrypt_rounds=4,
    lockout=LockoutPolicy(free_attempts=3, first_lock=timedelta(minutes=5)),
)
BOSS_PASSWORD = "Chief-Pass-2026"  # noqa: S105
PASSWORD = "Member-Pass-2026"  # noqa: S105
# alice may edit, delete, split commissions and manage deadlines, but only in her own
# portfolio; she holds no administration, reference or audit right.
ALICE_EXTRA = (
    Right.PORTFOLIO_EDIT,
    Right.PORTFOLIO_DELETE,
    Right.COMMISSIONS_MANAGE,
    Right.DEADLINES_MANAGE,
)


def fingerprint(session) -> dict[str, tuple[int, str]]:
    """Row count and SHA-256 of every table's rows in id order; the audit log and its
    head are left out (a refusal is audited), as is the FTS index (derived)."""
    out = {}
    with session.database.read() as conn:
        for table in metadata.sorted_tables:
            if table.name == "audit_log":
                continue
            stmt = sa.select(table).order_by(*table.primary_key.columns)
            if table.name == "meta":
                stmt = stmt.where(table.c.name != "audit_head")
            rows = conn.execute(stmt).all()
            digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
            out[table.name] = (len(rows), digest)
    out["key file"] = (0, hashlib.sha256(slot_path(session.database_path).read_bytes()).hexdigest())
    return out


def denials(director, user_id: int) -> list:
    return director.audit.page(AuditQuery(action="access.denied", user_id=user_id), limit=5000)


@dataclass
class SecurityOffice:
    path: object
    director: object
    alice: object
    alice_id: int
    bruno_id: int
    ids: dict  # "alice_client", "bruno_contract", ... -> id
    role_ids: dict

    def login(self, login: str, password: str = PASSWORD):
        return open_session(self.path, login, password, security=SECURITY)


def build_office(path) -> SecurityOffice:
    director, _code = create_office(
        path, login="boss", display_name="Boss", password=BOSS_PASSWORD, security=SECURITY
    )
    admin = director.admin
    role_ids = {r.name: r.id for r in admin.roles()}
    alice_id = admin.create_user(
        "alice", "Alice", PASSWORD, roles=(role_ids[AGENT],), must_change_password=False
    )
    for right in ALICE_EXTRA:
        admin.grant_right(alice_id, right)
    bruno_id = admin.create_user(
        "bruno", "Bruno", PASSWORD, roles=(role_ids[AGENT],), must_change_password=False
    )
    ids = {}
    today = date.today()
    for who, agent in (("alice", alice_id), ("bruno", bruno_id)):
        client = director.clients.create(
            ClientInput(last_name=who.title(), first_name="Test", agent_id=agent)
        )
        contract = director.contracts.create(
            ContractInput(client, 1, 1, f"{who}-1", today, today + timedelta(days=200), 120_000)
        )
        commission = director.commissions.create(
            CommissionInput(contract, "2026", 50_000, (ShareInput(agent, 6000),))
        )
        follow_up = director.deadlines.create(
            DeadlineInput(today, f"Rappeler {who}", owner_id=agent, client_id=client)
        )
        ids[f"{who}_client"] = client
        ids[f"{who}_contract"] = contract
        ids[f"{who}_commission"] = commission
        ids[f"{who}_line"] = director.commissions.get(commission).shares[0].id
        ids[f"{who}_follow_up"] = follow_up
        ids[f"{who}_renewal"] = next(
            d.id
            for d in director.deadlines.page(DeadlineQuery(contract_id=contract))
            if d.kind == "renewal"
        )
    alice = open_session(path, "alice", PASSWORD, security=SECURITY)
    return SecurityOffice(path, director, alice, alice_id, bruno_id, ids, role_ids)
