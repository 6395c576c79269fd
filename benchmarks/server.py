"""The office server on loopback: a 200-row page through the server against the same
call embedded (ratio; goal ≤ ×2), then 50 concurrent workstations (asyncio; half calling
over HTTPS with httpx, half on the call channel with websockets) paging, searching and
writing for a bounded time (throughput, p50/p99 of pages, rows counted afterwards). Not a
test: run it by hand, figures go to docs/benchmarks.md.

    .venv/bin/python benchmarks/server.py [--size S|M] [--seconds 10] [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from websockets.asyncio.client import connect as ws_connect

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.contracts import ContractQuery
from broker_desktop.core.office import SecurityParams, open_session
from broker_desktop.demo import DEMO_PASSWORD, generate
from broker_desktop.remote.session import connect
from broker_desktop.remote.tls import pinned_context
from broker_desktop.server import certs
from broker_desktop.server.custody import default_secret_path, enroll
from broker_desktop.storage.database import Database
from broker_desktop.storage.slots import KdfParams, allow_weak_kdf
from broker_desktop.wire.protocol import call_envelope

FAST = SecurityParams(kdf=KdfParams(n=2**10, r=8, p=1), bcrypt_rounds=4)
allow_weak_kdf(FAST.kdf)  # the demo office is written with cheap key derivation


@dataclass(frozen=True)
class Answer:
    status_code: int
    text: str


def interleaved(local, remote, server_pid: int, runs: int) -> dict:
    """The same 200-row page embedded and through the server, one after the other, ``runs``
    times (after warm-ups): the machine's load weighs on both alike. Also the CPU time
    each side spends per page (the workstation's, the server's read from /proc), which
    varies far less with the load than wall-clock times."""
    query = ContractQuery()
    for _ in range(10):
        local.contracts.page(query, limit=200)
        remote.contracts.page(query, limit=200)
    embedded, served = [], []
    embedded_cpu = client_cpu = server_cpu = 0.0
    for _ in range(runs):
        cpu0 = time.process_time()
        started = time.perf_counter()
        local.contracts.page(query, limit=200)
        embedded.append(time.perf_counter() - started)
        embedded_cpu += time.process_time() - cpu0
        before = cpu_seconds(server_pid)
        cpu0 = time.process_time()
        started = time.perf_counter()
        remote.contracts.page(query, limit=200)
        served.append(time.perf_counter() - started)
        client_cpu += time.process_time() - cpu0
        after = cpu_seconds(server_pid)
        if before is not None and after is not None:
            server_cpu += after - before
    # in blocks: 50 pages on one side, then 50 on the other, each side warm in its own
    # block (interleaving single pages leaves each call the caches the other one left)
    blocks: dict[str, list[float]] = {"embedded": [], "server": []}
    for _ in range(max(1, runs // 50)):
        for side, session in (("embedded", local), ("server", remote)):
            for _ in range(50):
                started = time.perf_counter()
                session.contracts.page(query, limit=200)
                blocks[side].append(time.perf_counter() - started)
    cpu = {
        "embedded_ms": round(embedded_cpu * 1000 / runs, 2),
        "workstation_ms": round(client_cpu * 1000 / runs, 2),
        "server_ms": round(server_cpu * 1000 / runs, 2),
    }
    return {"embedded": embedded, "server": served, "cpu": cpu, "blocks": blocks}


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(
    path: Path, cert: Path, key: Path, extra: list[str]
) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "broker_desktop",
            "serve",
            "--db",
            str(path),
            "--listen",
            "127.0.0.1:0",
            "--cert",
            str(cert),
            "--key",
            str(key),
            "--fast-kdf",
            "--bcrypt-rounds",
            "4",
            "--login-rate",
            "100000",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if "listening on" in line:
            return proc, int(line.rsplit(":", 1)[1])
    raise SystemExit("the server did not start")


async def load(port: int, pem: str, logins: list[str], seconds: float) -> dict:
    pages: list[float] = []
    written: list[str] = []
    errors: list[str] = []
    requests = 0

    ready = asyncio.Event()
    logged_in = 0

    async def workstation(n: int, login: str, window: float) -> None:
        nonlocal logged_in
        async with httpx.AsyncClient(
            base_url=f"https://127.0.0.1:{port}", verify=pinned_context(pem), timeout=120
        ) as client:
            r = await client.post("/v1/login", json={"login": login, "password": DEMO_PASSWORD})
            logged_in += 1
            if logged_in == len(logins):
                ready.set()
            if r.status_code != 200:
                errors.append(r.text[:200])
                return
            auth = {"Authorization": f"Bearer {r.json()['token']}"}
            channel = None
            if n % 2:  # half the workstations on the call channel, as the program calls
                channel = await ws_connect(
                    f"wss://127.0.0.1:{r.json()['channel_port']}/v1/channel",
                    ssl=pinned_context(pem),
                    additional_headers=auth,
                    proxy=None,
                    max_size=None,
                    compression=None,
                )
            await ready.wait()  # the clock starts once everybody is logged in
            until = time.monotonic() + window

            async def call(service: str, method: str, *args) -> Answer:
                body = call_envelope(service, method, args)
                if channel is not None:
                    await channel.send(json.dumps(body))
                    text = (await channel.recv(decode=False)).decode("utf-8")
                    return Answer(json.loads(text).get("status", 200), text)
                answer = await client.post("/v1/call", json=body, headers=auth)
                return Answer(answer.status_code, answer.text)

            try:
                await rounds(n, login, until, call)
            finally:
                if channel is not None:
                    await channel.close()

    async def rounds(n: int, login: str, until: float, call) -> None:
        nonlocal requests
        i = 0
        while time.monotonic() < until:
            step = i % 4
            if step in (0, 2):
                started = time.perf_counter()
                r = await call("contracts", "page", ContractQuery())
                pages.append(time.perf_counter() - started)
            elif step == 1:
                r = await call("clients", "page", ClientQuery(search="mar"))
            elif login.startswith("agent"):  # agents are read-only: one more page
                r = await call("deadlines", "page", None)
            else:
                name = f"Bench{n:02}x{i:05}"
                r = await call(
                    "clients",
                    "create",
                    ClientInput(kind="person", last_name=name, first_name="Zed"),
                )
                if r.status_code == 200:
                    written.append(name)
            requests += 1
            if r.status_code != 200:
                errors.append(f"{r.status_code} {r.text[:200]}")
            i += 1

    async def timed_window() -> float:
        await ready.wait()
        started = time.monotonic()
        await asyncio.gather(*tasks)
        return time.monotonic() - started

    tasks = [
        asyncio.ensure_future(workstation(n, login, seconds)) for n, login in enumerate(logins)
    ]
    elapsed = await timed_window()
    ordered = sorted(pages)
    return {
        "clients": len(logins),
        "seconds": round(elapsed, 1),
        "requests": requests,
        "requests_per_s": round(requests / elapsed, 1),
        "page_p50_ms": round(ordered[len(ordered) // 2] * 1000, 1),
        "page_p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1),
        "writes": len(written),
        "errors": len(errors),
        "written": written,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="S", choices=["S", "M"])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--runs", type=int, default=200, help="interleaved page pairs")
    parser.add_argument(
        "--server-arg",
        action="append",
        default=[],
        help="passed to `serve` (e.g. --server-arg=--http=h11 to compare HTTP parsers)",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="broker-server-bench-"))
    path = folder / "office.db"
    print(f"generating the demo office (size {args.size})…", flush=True)
    demo = generate(path, args.size, 7, FAST)
    db = Database.open_with_recovery_code(path, demo.recovery_code)
    enroll(db, default_secret_path(path))
    db.close()
    cert, key = folder / "cert.pem", folder / "key.pem"
    certs.generate(cert, key, "127.0.0.1")
    pem = cert.read_text()

    local = open_session(path, "directeur", DEMO_PASSWORD, security=FAST)
    proc, port = start_server(path, cert, key, args.server_arg)
    try:
        remote = connect("127.0.0.1", port, "directeur", DEMO_PASSWORD, pinned_pem=pem)
        assert len(remote.contracts.page(ContractQuery(), limit=200)) == 200
        pages = interleaved(local, remote, proc.pid, args.runs)
        remote.close()
        local.close()
        # agents read their own books; secretaries and the director also write clients
        people = [u.login for u in demo.users if u.login.startswith(("agent", "secretaire"))]
        logins = [people[i % len(people)] for i in range(args.clients - 1)] + ["directeur"]
        figures = asyncio.run(load(port, pem, logins, args.seconds))
        check = connect("127.0.0.1", port, "directeur", DEMO_PASSWORD, pinned_pem=pem)
        stored = check.clients.count(ClientQuery(search="Zed"))
        check.close()
    finally:
        proc.terminate()
        proc.wait(30)
    written = figures.pop("written")
    embedded, served = pages["embedded"], pages["server"]
    e_ms, s_ms = statistics.median(embedded) * 1000, statistics.median(served) * 1000
    ratios = sorted(s / e for e, s in zip(embedded, served, strict=True))
    result = {
        "size": args.size,
        "server_args": args.server_arg,
        "page_200_embedded_ms": round(e_ms, 2),
        "page_200_server_ms": round(s_ms, 2),
        "ratio": round(s_ms / e_ms, 2),
        "ratio_of_pairs_median": round(ratios[len(ratios) // 2], 2),
        "page_200_best_ms": {
            "embedded": round(min(embedded) * 1000, 2),
            "server": round(min(served) * 1000, 2),
        },
        "page_200_cpu_per_page": pages["cpu"],
        "page_200_in_blocks_of_50_ms": {
            side: round(statistics.median(times) * 1000, 2)
            for side, times in pages["blocks"].items()
        },
        "ratio_in_blocks": round(
            statistics.median(pages["blocks"]["server"])
            / statistics.median(pages["blocks"]["embedded"]),
            2,
        ),
        "load_average_1_5_min": [round(x, 2) for x in os.getloadavg()[:2]]
        if hasattr(os, "getloadavg")
        else None,
        "load": {**figures, "rows_counted": stored, "lost_or_doubled": stored - len(written)},
    }
    out = Path(__file__).parent / "results" / "server-latest.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    best = result["page_200_best_ms"]
    print(
        f"200-row page: embedded {e_ms:.1f} ms, through the server {s_ms:.1f} ms: "
        f"×{s_ms / e_ms:.2f} interleaved (median of pair ratios "
        f"×{result['ratio_of_pairs_median']:.2f}, best to best "
        f"×{best['server'] / best['embedded']:.2f}), ×{result['ratio_in_blocks']:.2f} in "
        "blocks of 50 (goal ≤ ×2)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
