"""Files through the office server: a portfolio, a statement and a backup chosen on the
workstation are uploaded and read on the server by the core's own readers, with the same
results as embedded; exports and rejected rows come back as files with their progress;
cancelling works as embedded. Then a hostile client against the upload endpoint."""

from __future__ import annotations

import csv
import secrets
import shutil
from datetime import date
from pathlib import Path

import httpx
import pytest
from tests.importing.extranet_files import XLSX_MAPPING, axa_csv, portfolio_xlsx
from tests.importing.test_portfolio_import import axa_mapping
from tests.importing.test_reconciliation import STATEMENT_MAPPING, statement_file
from tests.server.server_harness import ServerProcess
from tests.server.server_office import (
    DIRECTOR_PASSWORD,
    PASSWORD,
    SECURITY,
    build_office,
)

from broker_desktop.core.audit import UNCHANGED
from broker_desktop.core.clients import ClientQuery
from broker_desktop.core.errors import AccountClosed
from broker_desktop.core.export import ExportCancelled, ExportColumn
from broker_desktop.core.importing.mapping import Mapping
from broker_desktop.core.importing.portfolio import ImportCancelled
from broker_desktop.core.office import open_session
from broker_desktop.remote.tls import pinned_context
from broker_desktop.wire.protocol import call_envelope


@pytest.fixture(scope="module")
def served(tmp_path_factory, test_certificate):
    folder = tmp_path_factory.mktemp("files")
    path, ids, _code = build_office(folder)
    server = ServerProcess(
        path, *test_certificate, extra=("--login-rate", "1000", "--max-upload-mb", "1")
    ).start()
    yield server, path, ids
    server.stop()


@pytest.fixture
def director(served):
    server, _path, _ids = served
    session = server.login("directeur", DIRECTOR_PASSWORD)
    yield session
    session.close()


@pytest.fixture
def embedded(served):
    _server, path, _ids = served
    session = open_session(path, "directeur", DIRECTOR_PASSWORD, security=SECURITY)
    yield session
    session.close()


def outcome_figures(outcome):
    return (
        outcome.counts.as_dict(),
        {r.row: {(x.field, x.code) for x in r.reasons} for r in outcome.rejected},
        [(d.row, d.name, d.candidate_name, d.score) for d in outcome.duplicates],
    )


def test_import_preview_run_and_rejected_rows_match_embedded(director, embedded, tmp_path):
    source = axa_csv(tmp_path)
    expected = embedded.imports.preview(source, axa_mapping())
    previewed = director.imports.preview(source, axa_mapping())
    assert outcome_figures(previewed) == outcome_figures(expected)
    assert previewed.counts.rejected > 0 and previewed.counts.clients_created > 0

    # the rejected rows: produced on the server from the uploaded file, streamed back
    local, remote = tmp_path / "local-rejets.csv", tmp_path / "remote-rejets.csv"
    assert embedded.imports.save_rejected(source, axa_mapping(), local) == (
        director.imports.save_rejected(source, axa_mapping(), remote)
    )
    assert remote.read_bytes() == local.read_bytes()

    before = director.clients.count()
    seen: list[tuple[int, float]] = []
    done = director.imports.run(
        source, axa_mapping(), progress=lambda rows, share: seen.append((rows, share))
    )
    assert outcome_figures(done) == outcome_figures(expected)
    assert director.clients.count() == before + done.counts.clients_created
    batch = next(b for b in embedded.imports.batches() if b.id == done.batch_id)
    assert batch.source_name == source.name  # the workstation's file name, not the upload's
    director.imports.undo(done.batch_id)
    assert embedded.clients.count() == before


def test_statement_preview_and_import_match_embedded(director, embedded, tmp_path):
    year = str(date.today().year)
    source = statement_file(
        tmp_path,
        [
            ["P-Keller", "Keller Jean", f"01.{year}", "1000.00", "50.00"],
            ["P-Dupraz", "Dupraz Jean", f"01.{year}", "1000.00", "12.00"],
            ["P-UNKNOWN", "Inconnu", f"01.{year}", "100.00", "5.00"],
            ["", "Sans police", f"01.{year}", "100.00", "5.00"],
        ],
    )
    mapping = STATEMENT_MAPPING
    expected = embedded.reconciliation.preview_statement(source, mapping, 1)
    previewed = director.reconciliation.preview_statement(source, mapping, 1)
    assert previewed == expected
    assert previewed.rows == 4 and len(previewed.rejected) == 1
    done = director.reconciliation.import_statement(source, mapping, 1)
    assert done.statement_id > 0
    assert (done.rows, done.counts, done.rejected) == (
        expected.rows,
        expected.counts,
        expected.rejected,
    )
    assert any(s.id == done.statement_id for s in embedded.reconciliation.statements())
    director.reconciliation.undo_statement(done.statement_id)


def test_a_cancelled_import_writes_nothing(director, tmp_path):
    before = director.clients.count()
    with pytest.raises(ImportCancelled):
        director.imports.run(
            portfolio_xlsx(tmp_path, rows=300),
            Mapping(name="Zurich", columns=XLSX_MAPPING),
            cancelled=lambda: True,
        )
    assert director.clients.count() == before


def test_export_streams_its_progress_and_stops_when_cancelled(director, tmp_path):
    outcome = director.imports.run(
        portfolio_xlsx(tmp_path, rows=600), Mapping(name="Zurich", columns=XLSX_MAPPING)
    )
    try:
        columns = [ExportColumn("name", "Nom", "text"), ExportColumn("city", "Localité", "text")]
        seen: list[tuple[int, int]] = []
        target = tmp_path / "clients.csv"
        count = director.exports.write(
            "clients",
            ClientQuery(),
            target,
            columns,
            "csv",
            lambda d, t: seen.append((d, t)) or True,
        )
        assert count == director.clients.count()
        with open(target, encoding="utf-8-sig", newline="") as handle:
            assert len(list(csv.reader(handle, delimiter=";"))) == count + 1
        assert seen and seen[-1] == (count, count)  # the last figures always arrive

        stopped = tmp_path / "stopped.csv"
        with pytest.raises(ExportCancelled):
            director.exports.write("clients", None, stopped, columns, "csv", lambda d, t: False)
        assert not stopped.exists()
        assert not list(tmp_path.glob(".*partial"))
    finally:
        director.imports.undo(outcome.batch_id)


def test_compare_with_a_backup_chosen_on_the_workstation(director, embedded, served, tmp_path):
    _server, path, _ids = served
    director.maintenance.backup("compare.db")  # written in the server's backup folder
    copy = tmp_path / "on-the-workstation.db"
    shutil.copy(path.parent / "backups" / "compare.db", copy)
    remote = director.audit.compare_with_backup(copy)
    assert remote == embedded.audit.compare_with_backup(copy)
    assert remote.outcome == UNCHANGED


# ----- a hostile client against the upload endpoint ----------------------------------------
def raw_client(server) -> httpx.Client:
    return httpx.Client(
        base_url=f"https://{server.host}:{server.port}",
        verify=pinned_context(server.pem),
        timeout=30,
        trust_env=False,
    )


def login(client: httpx.Client, name: str, password: str) -> dict[str, str]:
    r = client.post("/v1/login", json={"login": name, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def job_body(service: str, method: str, upload: str, **kwargs) -> dict:
    return {
        **call_envelope(service, method, (), kwargs),
        "job": secrets.token_hex(8),
        "files": {"path": upload},
        "callbacks": [],
    }


def final_line(response: httpx.Response) -> dict:
    import json

    lines = [json.loads(x) for x in response.text.splitlines() if x.strip()]
    return lines[-1]


def test_upload_refusals(served, tmp_path, security_tally):
    server, _path, ids = served
    source = axa_csv(tmp_path).read_bytes()
    mapping = axa_mapping()
    tried = 0
    with raw_client(server) as client:
        # no token, a forged token
        for headers in ({}, {"Authorization": "Bearer " + secrets.token_urlsafe(32)}):
            r = client.post("/v1/upload", content=source, headers=headers)
            tried += 1
            assert r.status_code == 401 and r.json()["error"]["type"] == "SessionEnded"

        agent1 = login(client, "agent1", PASSWORD)
        agent2 = login(client, "agent2", PASSWORD)
        director = login(client, "directeur", DIRECTOR_PASSWORD)

        # larger than the server accepts (1 MiB here): declared, then streamed without length
        big = b"x" * (1024 * 1024 + 1)
        r = client.post("/v1/upload", content=big, headers=agent1)
        tried += 1
        assert r.status_code == 413 and r.json()["error"]["type"] == "RequestTooLarge"

        def stream():
            for _ in range(5):
                yield b"y" * (300 * 1024)

        try:
            r = client.post("/v1/upload", content=stream(), headers=agent1)
            tried += 1
            assert r.status_code == 413 and r.json()["error"]["type"] == "RequestTooLarge"
        except httpx.HTTPError:  # the server may close the connection while we still send
            tried += 1

        # another session's upload: refused, and audited as a denial
        r = client.post("/v1/upload", content=source, params={"name": "a.csv"}, headers=director)
        assert r.status_code == 200
        theirs = r.json()["upload"]
        for thief in (agent1, agent2):
            r = client.post(
                "/v1/job",
                json=job_body("imports", "preview", theirs, mapping=mapping),
                headers=thief,
            )
            tried += 1
            assert final_line(r)["error"]["type"] == "BadRequest"
        # its owner can still use it once, then it is gone
        r = client.post(
            "/v1/job",
            json=job_body("imports", "preview", theirs, mapping=mapping),
            headers=director,
        )
        assert "result" in final_line(r)
        r = client.post(
            "/v1/job",
            json=job_body("imports", "preview", theirs, mapping=mapping),
            headers=director,
        )
        tried += 1
        assert final_line(r)["error"]["type"] == "BadRequest"

        # a server path instead of an upload, through the job and through /v1/call
        r = client.post(
            "/v1/job",
            json={
                **call_envelope(
                    "imports", "preview", (), {"path": "/etc/passwd", "mapping": mapping}
                ),
                "job": secrets.token_hex(8),
                "files": {},
            },
            headers=director,
        )
        tried += 1
        assert final_line(r)["error"]["type"] == "BadRequest"
        r = client.post(
            "/v1/call",
            json=call_envelope(
                "imports", "preview", (), {"path": "/etc/passwd", "mapping": mapping}
            ),
            headers=director,
        )
        tried += 1
        assert r.status_code == 400

        # after deactivation: the upload is refused and the session ends
        r = client.post(
            "/v1/call",
            json=call_envelope("admin", "deactivate_user", (ids["agent1"],)),
            headers=director,
        )
        assert r.status_code == 200, r.text
        r = client.post("/v1/upload", content=source, headers=agent1)
        tried += 1
        assert r.status_code == 403 and r.json()["error"]["type"] == AccountClosed.__name__

    with raw_client(server) as client:
        director = login(client, "directeur", DIRECTOR_PASSWORD)
        r = client.post(
            "/v1/call",
            json=call_envelope("audit", "page", (), {"limit": 200}),
            headers=director,
        )
        entries = r.json()["result"]
        assert "access.denied" in str(entries)
    security_tally.server_requests += tried


def test_job_refusals(served, tmp_path, security_tally):
    server, _path, _ids = served
    tried = 0
    with raw_client(server) as client:
        agent1 = login(client, "secretaire", PASSWORD)  # agent1 was deactivated above
        agent2 = login(client, "agent2", PASSWORD)

        def job(headers, service, method, **extra):
            body = {
                **call_envelope(service, method, ()),
                "job": secrets.token_hex(8),
                "files": {},
                "callbacks": [],
                **extra,
            }
            return client.post("/v1/job", json=body, headers=headers)

        # a call outside the allow-list, a callback the server does not offer, a bad id
        r = job(agent1, "session", "_scope")
        tried += 1
        assert final_line(r)["error"]["type"] == "BadRequest"
        r = job(agent1, "clients", "count", callbacks=["__class__"])
        tried += 1
        assert r.status_code == 400
        r = job(agent1, "clients", "count", job="x")
        tried += 1
        assert r.status_code == 400
        # another session's job cannot be stopped (nor told to go on)
        r = client.post("/v1/cancel", json={"job": "f" * 32}, headers=agent2)
        tried += 1
        assert r.status_code == 200 and r.json() == {"found": False}
        r = client.post("/v1/cancel", json={"job": "f" * 32, "go_on": "yes"}, headers=agent2)
        tried += 1
        assert r.status_code == 400
        # an export through a job: the file follows the result line; of the target only
        # its plain name is kept (the server writes into its own private folder)
        director = login(client, "directeur", DIRECTOR_PASSWORD)
        body = {
            **call_envelope(
                "exports",
                "write",
                (),
                {
                    "list_name": "clients",
                    "query": None,
                    "target": "../../etc/cron.d/x.csv",  # only its name is taken
                    "columns": (ExportColumn("name", "Nom", "text"),),
                    "file_format": "csv",
                },
            ),
            "job": secrets.token_hex(8),
            "files": {},
            "callbacks": [],
        }
        r = client.post("/v1/job", json=body, headers=director)
        tried += 1
        assert r.status_code == 200, r.text
        import json

        rest = r.content
        while True:  # heartbeats ({}) may come first
            head, _, rest = rest.partition(b"\n")
            if "result" in json.loads(head):
                break
        assert json.loads(head)["size"] == len(rest)
        names = rest.decode("utf-8-sig").splitlines()[1:]
        assert json.loads(head)["result"] == len(names) >= 3
        assert any(n.startswith("Keller") for n in names)
        assert not Path("/etc/cron.d/x.csv").exists()
    security_tally.server_requests += tried
