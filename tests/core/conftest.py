"""An office on a real encrypted database, with cheap-but-real crypto costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

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


@dataclass
class Office:
    path: object
    security: SecurityParams
    director: object
    recovery_code: str
    role_ids: dict

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
            session = open_session(self.path, login, USER_PASSWORD, security=self.security)
        except Exception:
            return open_session(self.path, login, NEW_PASSWORD, security=self.security)
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
def office(tmp_path, security):
    path = tmp_path / "office.db"
    director, code = create_office(
        path, login="directeur", display_name="Claire Morel", password=PASSWORD, security=security
    )
    role_ids = {r.name: r.id for r in director.admin.roles()}
    assert set(role_ids) >= {DIRECTOR, AGENT, SECRETARY, TOTAL_VISIBILITY}
    office = Office(path, security, director, code, role_ids)
    yield office
    director.close()
