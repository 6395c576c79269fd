"""A small office served by a real server process: a director, two agents with clients,
contracts and commissions, a secretary; every password known to the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from tests.server.server_harness import ServerProcess, enroll_server

from broker_desktop.core.clients import ClientInput
from broker_desktop.core.commissions import CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.deadlines import DeadlineQuery
from broker_desktop.core.office import SecurityParams, create_office, open_session
from broker_desktop.core.seed import AGENT, SECRETARY
from broker_desktop.storage.attempts import LockoutPolicy
from broker_desktop.storage.slots import KdfParams

DIRECTOR_PASSWORD = "Bureau-2026!x"  # noqa: S105
PASSWORD = "Personal-77?y"  # noqa: S105
SENTINEL = "Zyxwv-Sentinel-7781"  # a client name only agent2 and the director may see

SECURITY = SecurityParams(
    kdf=KdfParams(n=2**10, r=8, p=1),
    bcrypt_rounds=4,
    lockout=LockoutPolicy(free_attempts=3, first_lock=timedelta(minutes=5)),
)


@dataclass
class ServedOffice:
    path: Path
    server: ServerProcess
    ids: dict[str, int] = field(default_factory=dict)
    recovery_code: str = ""

    def login(self, login: str, password: str = PASSWORD):
        return self.server.login(login, password)


def build_office(folder: Path) -> tuple[Path, dict[str, int], str]:
    """The office file (server slot enrolled) and the ids the tests refer to."""
    path = folder / "office.db"
    director, code = create_office(
        path,
        login="directeur",
        display_name="Claire Morel",
        password=DIRECTOR_PASSWORD,
        security=SECURITY,
    )
    try:
        roles = {r.name: r.id for r in director.admin.roles()}
        ids: dict[str, int] = {"directeur": director.user.id}
        for login, role in (("agent1", AGENT), ("agent2", AGENT), ("secretaire", SECRETARY)):
            ids[login] = director.admin.create_user(
                login, login.title(), "Temporary-99!", roles=(roles[role],)
            )
            # the first login's forced change, done here once
            session = open_session(path, login, "Temporary-99!", security=SECURITY)
            session.change_password("Temporary-99!", PASSWORD)
            session.close()
        expiry = date.today() + timedelta(days=90)
        for owner, name in (("agent1", "Keller"), ("agent2", SENTINEL), ("agent2", "Dupraz")):
            client = director.clients.create(
                ClientInput(kind="person", last_name=name, first_name="Jean", agent_id=ids[owner])
            )
            ids[f"client:{name}"] = client
            contract = director.contracts.create(
                ContractInput(
                    client_id=client,
                    insurer_id=1,
                    line_id=1,
                    policy_number=f"P-{name[:6]}",
                    start_date=expiry - timedelta(days=365),
                    expiry_date=expiry,
                    premium_cents=100_000,
                )
            )
            ids[f"contract:{name}"] = contract
            ids[f"deadline:{name}"] = director.deadlines.page(DeadlineQuery(contract_id=contract))[
                0
            ].id
            ids[f"commission:{name}"] = director.commissions.create(
                CommissionInput(
                    contract,
                    str(date.today().year),
                    50_000,
                    (ShareInput(ids[owner], 6000), ShareInput(None, 4000)),
                )
            )
        enroll_server(director.database, path)
    finally:
        director.close()
    return path, ids, code
