"""kill -9 of the office server while a workstation writes, at random moments: it
restarts on the same address, the database passes integrity_check, no write the client
saw committed is lost, none is doubled, and the workstation's SAME session carries on
after every restart (sessions are kept in the server's database), without a new login."""

from __future__ import annotations

import contextlib
import random
import tempfile
import threading
import time
from pathlib import Path

from tests.server.server_harness import ForkedServer
from tests.server.server_office import DIRECTOR_PASSWORD, PASSWORD, build_office

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.server.workdir import OWNER, PREFIX
from broker_desktop.storage.database import Database

RUNS = 10


def work_dirs() -> list[tuple[Path, int]]:
    """The office servers' work folders in the temporary folder, with their owner's pid."""
    found = []
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        with contextlib.suppress(OSError, ValueError):
            found.append((folder, int((folder / OWNER).read_text())))
    return found


def test_kill_9_during_writes_loses_no_committed_write(
    tmp_path, test_certificate, server_zygote, record_property
):
    path, ids, code = build_office(tmp_path)
    rng = random.Random(20261201)  # noqa: S311 - reproducible kill moments
    server = ForkedServer(path, *test_certificate, server_zygote).start()
    port = server.port
    committed: list[str] = []
    killed: list[int] = []
    session = server.login("directeur", DIRECTOR_PASSWORD)  # once: it survives every kill
    token = session._token
    try:
        for run in range(RUNS):
            stop = threading.Event()

            def write(run: int = run, session=session, stop: threading.Event = stop) -> None:
                i = 0
                while not stop.is_set():
                    name = f"W{run:02}x{i:04}"
                    try:
                        session.clients.create(
                            ClientInput(
                                kind="person",
                                last_name=name,
                                first_name="Kill",
                                agent_id=ids["agent1"],
                            )
                        )
                    except Exception:  # the server died under this request: not committed
                        return
                    committed.append(name)
                    i += 1

            writer = threading.Thread(target=write)
            writer.start()
            time.sleep(rng.uniform(0.15, 0.6))
            killed.append(server.pid)
            server.kill()  # SIGKILL: no shutdown, no rollback by the server itself
            writer.join(30)
            stop.set()
            assert [d for d in work_dirs() if d[1] == killed[-1]]  # left behind by the kill
            server = ForkedServer(path, *test_certificate, server_zygote).start(port=port)
            # the killed server's private work folder is deleted by the new one at its start
            assert not [d for d in work_dirs() if d[1] in killed]
            assert session.clients.count() > 0  # the same session reconnects
            assert session._token == token

        db = Database.open_with_recovery_code(path, code)
        try:
            with db.read() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            db.close()
        stored = [
            r.name.removesuffix(" Kill")
            for r in session.clients.page(ClientQuery(search="Kill"), limit=5000)
        ]
        session.close()
        assert len(committed) > RUNS  # the writes did happen before each kill
        assert set(committed) <= set(stored)  # no committed write lost
        assert len(stored) == len(set(stored))  # none doubled
        assert len(stored) - len(committed) <= RUNS  # at most the one in flight per kill
        agent = server.login("agent1", PASSWORD)  # another workstation reconnects too
        assert agent.clients.count() == 1 + len(stored)
        agent.close()
    finally:
        server.stop()
    record_property("faults", RUNS)
