"""An office on a real encrypted database, with cheap-but-real crypto costs.

Every test using ``office`` runs twice: embedded (the session opens the file itself) and
through a real office server process on 127.0.0.1 (``RemoteSession``), with the same
assertions. Tests that reach into the database file itself are marked ``embedded_only``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from tests.server.server_harness import ForkedServer, enroll_server

from broker_desktop.core.clients import ClientInput
from broker_desktop.core.commissions import CommissionInput, ShareInput
from broker_desktop.core.contracts import ContractInput
from broker_desktop.core.office import SecurityParams, create_office, open_session
from broker_desktop.core.seed import AGENT, DIRECTOR, SECRETARY, TOTAL_VISIBILITY
from broker_desktop.storage.attempts import LockoutPolicy

PASSWORD = "Bureau-2026!x"  # noqa: S105
USER_PASSWORD = "Temporary-99!"  # noqa: S105
NEW_PASSWORD = "Personal-77?y"  # noqa: S105


@pytest.fixture
def security(fast_kdf) -> SecurityParams:
    return SecurityParams(
        kdf=fast_kdf,
        bcrypt_rounds=4,
        lockout=LockoutPolicy(free_attempts=3, first_lock=timedelta(minutes=5)),
    )


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and not any(
        m.name == "embedded_only" for m in metafunc.definition.iter_markers()
    ):
        metafunc.parametrize("backend", ["embedded", "server"], indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "embedded")


@dataclass
class Office:
    path: object
    security: SecurityParams
    director: object
    recovery_code: str
    role_ids: dict
    server: ForkedServer | None = None
    remote_sessions: list = field(default_factory=list)

    def open(self, login: str, password: str):
        if self.server is not None:
            session = self.server.login(login, password)
            self.remote_sessions.append(session)
            return session
        return open_session(self.path, login, password, security=self.security)

    def add_user(self, login: str, *roles: str, confirm: bool = False) -> int:
        return self.director.admin.create_user(
            login,
            login.title(),
            USER_PASSWORD,
            roles=tuple(self.role_ids[r] for r in roles),
            confirm=confirm,
        )

    def login(self, login: str):
        """Log in; a first login changes the temporary password."""
        try:
            session = self.open(login, USER_PASSWORD)
        except Exception:
            return self.open(login, NEW_PASSWORD)
        if session.must_change_password:
            session.change_password(USER_PASSWORD, NEW_PASSWORD)
        return session

    def client(self, agent_id: int, last: str, first: str = "Jean") -> int:
        return self.director.clients.create(
            ClientInput(kind="person", last_name=last, first_name=first, agent_id=agent_id)
        )

    def contract(
        self,
        client_id: int,
        policy: str,
        premium: int,
        expiry=None,
        insurer: int = 1,
        line: int = 1,
    ) -> int:
        expiry = expiry or date.today() + timedelta(days=100)
        return self.director.contracts.create(
            ContractInput(
                client_id=client_id,
                insurer_id=insurer,
                line_id=line,
                policy_number=policy,
                start_date=expiry - timedelta(days=365),
                expiry_date=expiry,
                premium_cents=premium,
            )
        )

    def commission(self, contract_id: int, amount: int, *shares) -> int:
        return self.director.commissions.create(
            CommissionInput(
                contract_id,
                str(date.today().year),
                amount,
                tuple(ShareInput(b, bp) for b, bp in shares),
            )
        )


@pytest.fixture
def office(tmp_path, security, backend, test_certificate, server_zygote):
    path = tmp_path / "office.db"
    director, code = create_office(
        path, login="directeur", display_name="Claire Morel", password=PASSWORD, security=security
    )
    role_ids = {r.name: r.id for r in director.admin.roles()}
    assert set(role_ids) >= {DIRECTOR, AGENT, SECRETARY, TOTAL_VISIBILITY}
    server = None
    if backend == "server":
        enroll_server(director.database, path)
        director.close()
        server = ForkedServer(path, *test_certificate, server_zygote).start()
        director = server.login("directeur", PASSWORD)
    office = Office(path, security, director, code, role_ids, server)
    yield office
    office.director.close()
    if server is not None:
        # Log out the sessions a test left open first: the server's graceful stop would
        # wait its whole 5 s for their idle connections (a TLS close needs a peer that
        # reads, and nobody reads an idle client's socket).
        for session in office.remote_sessions:
            session.close()
        server.stop()
