"""The one change-notification path: every committed write publishes what it changed;
other connections' writes and rights changes are noticed by polling the file."""

from __future__ import annotations

from datetime import date

import pytest

from broker_desktop.core.changes import (
    AUDIT,
    CLIENT,
    COMMISSION,
    CONTRACT,
    DEADLINE,
    ChangeHub,
    ChangeSet,
)
from broker_desktop.core.clients import ClientInput
from broker_desktop.core.deadlines import DeadlineInput
from broker_desktop.core.errors import AccountClosed, ValidationError
from broker_desktop.core.seed import AGENT, SECRETARY, TOTAL_VISIBILITY

# The session's own hub, published synchronously with record ids: an embedded session's
# mechanics. Through the office server the same hub is fed by the server's push (kinds
# only, never ids): tests/server/test_server_sessions.py.
pytestmark = pytest.mark.embedded_only


def _recorder(session) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    session.changes.subscribe(seen.append)
    return seen


def test_a_write_publishes_what_it_changed_after_the_commit(office):
    seen = _recorder(office.director)
    client_id = office.client(office.director.user.id, "Rochat")
    assert len(seen) == 1
    changes = seen[0]
    assert changes.ids(CLIENT) == {client_id}
    assert changes.touches(CLIENT) and changes.touches(AUDIT)
    assert changes.touches(CONTRACT, DEADLINE)  # lists that show the client's name
    assert not changes.rights_changed and changes.origin == "local"

    contract_id = office.contract(client_id, "P-1", 10000)
    assert seen[-1].ids(CONTRACT) == {contract_id}
    assert seen[-1].touches(DEADLINE) and seen[-1].touches(COMMISSION)


def test_a_refused_or_rolled_back_write_publishes_no_record_change(office):
    seen = _recorder(office.director)
    with pytest.raises(ValidationError):
        office.director.clients.create(ClientInput(kind="person", last_name=""))
    assert seen == []


def test_a_denial_publishes_only_the_new_audit_entry(office):
    agent_id = office.add_user("agent1", AGENT)
    agent = office.login("agent1")
    try:
        seen = _recorder(agent)
        with pytest.raises(Exception):  # noqa: B017 - the denial itself is tested elsewhere
            agent.clients.delete(1, 1)
        assert seen and seen[-1].entities == {AUDIT}
        assert not seen[-1].records
        assert agent_id
    finally:
        agent.close()


def test_rights_edits_are_flagged(office):
    user_id = office.add_user("agent1", AGENT)
    seen = _recorder(office.director)
    office.director.admin.add_member(office.role_ids[TOTAL_VISIBILITY], user_id)
    assert seen[-1].rights_changed
    assert seen[-1].touches(CLIENT)  # a rights change makes every list stale


def test_another_connection_s_writes_are_noticed_by_polling(office):
    office.add_user("secretaire1", SECRETARY)
    agent = office.login("secretaire1")
    try:
        assert agent.poll_changes() is None
        office.client(office.director.user.id, "Favre")
        changes = agent.poll_changes()
        assert changes is not None and changes.everything and not changes.rights_changed
        assert changes.origin == "external"
        assert agent.poll_changes() is None  # reported once
        # the session's own writes are not "changes made elsewhere"
        agent.deadlines.create(DeadlineInput(due_date=date(2030, 1, 1), title="Rappel"))
        assert agent.poll_changes() is None
    finally:
        agent.close()


def test_a_rights_change_and_a_deactivation_elsewhere_are_noticed(office):
    user_id = office.add_user("agent1", AGENT)
    agent = office.login("agent1")
    try:
        published = _recorder(agent)
        office.director.admin.add_member(office.role_ids[TOTAL_VISIBILITY], user_id)
        changes = agent.watcher.check()
        assert changes is not None and changes.rights_changed and not changes.account_closed
        assert published == [changes]

        office.director.admin.deactivate_user(user_id)
        changes = agent.watcher.check()
        assert changes is not None and changes.account_closed
        with pytest.raises(AccountClosed):
            agent.clients.page()
        assert agent.rights() == frozenset()
    finally:
        agent.close()


def test_the_watcher_thread_publishes_without_being_asked(office):
    import threading

    office.add_user("agent1", AGENT)
    agent = office.login("agent1")
    arrived = threading.Event()
    agent.changes.subscribe(lambda c: arrived.set() if c.origin == "external" else None)
    agent.watcher.interval = 0.05
    agent.watcher.start()
    try:
        office.client(office.director.user.id, "Girard")
        assert arrived.wait(10)
    finally:
        agent.close()
    assert agent.watcher._thread is None


def test_hub_subscribers_unsubscribe_and_survive_each_other():
    hub = ChangeHub()
    got: list[ChangeSet] = []

    def broken(_changes):
        raise RuntimeError("subscriber bug")

    hub.subscribe(broken)
    stop = hub.subscribe(got.append)
    hub.publish(ChangeSet.of(CLIENT, records={CLIENT: [3]}, origin="server"))
    assert got[0].ids(CLIENT) == {3} and got[0].origin == "server"
    hub.publish(ChangeSet())  # empty: nobody is bothered
    stop()
    hub.publish(ChangeSet.of(CLIENT))
    assert len(got) == 1
    merged = ChangeSet.of(CLIENT, records={CLIENT: [1]}).merged(
        ChangeSet.of(CONTRACT, records={CLIENT: [2]}, rights_changed=True)
    )
    assert merged.ids(CLIENT) == {1, 2} and merged.rights_changed
