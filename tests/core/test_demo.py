"""The demo office: its users can log in with the demo password, without a forced change,
and each sees what his roles allow."""

from __future__ import annotations

from broker_desktop.core.office import SecurityParams, open_session
from broker_desktop.core.rights import Right
from broker_desktop.demo import DEMO_PASSWORD, generate


def test_demo_office_users_and_data(tmp_path, fast_kdf):
    security = SecurityParams(kdf=fast_kdf, bcrypt_rounds=4)
    office = generate(tmp_path / "demo.db", "S", 3, security)
    logins = {u.login for u in office.users}
    assert {
        "directeur",
        "agent1",
        "agent2",
        "agent3",
        "secretaire1",
        "secretaire2",
        "visibilite",
        "agent-visibilite",
        "comptable",
    } <= logins
    assert office.counts["clients"] == 300 and office.counts["contracts"] == 800
    director = open_session(office.path, "directeur", DEMO_PASSWORD, security=security)
    assert not director.must_change_password
    assert director.clients.count() == 300
    assert director.audit.verify().ok
    director.close()
    agent = open_session(office.path, "agent1", DEMO_PASSWORD, security=security)
    assert not agent.must_change_password
    assert 0 < agent.contracts.count() < 800
    agent.close()
    comptable = open_session(office.path, "comptable", DEMO_PASSWORD, security=security)
    assert comptable.can(Right.COMMISSIONS_MANAGE) and comptable.commissions.count() > 0
    comptable.close()
