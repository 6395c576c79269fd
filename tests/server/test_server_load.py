"""50 workstations at once (asyncio + httpx in this one process) paging, searching and
writing through a real office server for a few seconds, half of them with HTTP requests,
half on the call channel (websockets): no error, no lost or doubled write (rows counted
afterwards), and the p99 of page requests reported."""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass

import httpx
from tests.server.server_harness import ForkedServer
from tests.server.server_office import DIRECTOR_PASSWORD, PASSWORD, build_office
from websockets.asyncio.client import connect

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.remote.tls import pinned_context
from broker_desktop.wire.protocol import call_envelope

CLIENTS = 50
SECONDS = float(os.environ.get("BROKER_LOAD_SECONDS", "3"))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


@dataclass
class Answer:
    status_code: int
    text: str


async def workstation(
    n: int,
    port: int,
    pem: str,
    login: str,
    password: str,
    agent_id: int,
    until: float,
    pages: list[float],
    written: list[str],
    errors: list[str],
) -> None:
    async with httpx.AsyncClient(
        base_url=f"https://127.0.0.1:{port}", verify=pinned_context(pem), timeout=120
    ) as client:
        response = await client.post("/v1/login", json={"login": login, "password": password})
        if response.status_code != 200:
            errors.append(f"login {response.status_code}: {response.text[:200]}")
            return
        auth = {"Authorization": f"Bearer {response.json()['token']}"}
        async with connect(
            f"wss://127.0.0.1:{response.json()['channel_port']}/v1/channel",
            ssl=pinned_context(pem),
            additional_headers=auth,
            proxy=None,
            max_size=None,
        ) as channel:

            async def call(service: str, method: str, *args) -> Answer:
                body = call_envelope(service, method, args)
                if n % 2:  # on the call channel
                    await channel.send(json.dumps(body))
                    text = (await channel.recv(decode=False)).decode("utf-8")
                    return Answer(json.loads(text).get("status", 200), text)
                response = await client.post("/v1/call", json=body, headers=auth)
                return Answer(response.status_code, response.text)

            await rounds(n, call, agent_id, until, pages, written, errors)
        await client.post("/v1/logout", headers=auth)


async def rounds(n, call, agent_id, until, pages, written, errors) -> None:
    """Two pages, a search and a write, over and over until ``until`` (one whole round
    however long the logins took)."""
    i = 0
    while i < 4 or time.monotonic() < until:
        step = i % 4
        if step in (0, 2):
            started = time.perf_counter()
            response = await call("clients", "page", ClientQuery())
            pages.append(time.perf_counter() - started)
        elif step == 1:
            response = await call("clients", "page", ClientQuery(search="Load"))
        else:
            name = f"Load{n:02}x{i:05}"
            response = await call(
                "clients",
                "create",
                ClientInput(kind="person", last_name=name, first_name="Ann", agent_id=agent_id),
            )
            if response.status_code == 200:
                written.append(name)
        if response.status_code != 200:
            errors.append(f"{response.status_code}: {response.text[:200]}")
        i += 1


def test_fifty_workstations_at_once(tmp_path, test_certificate, server_zygote, record_property):
    path, ids, _code = build_office(tmp_path)
    server = ForkedServer(
        path, *test_certificate, server_zygote, extra=("--login-rate", "1000")
    ).start()
    pages: list[float] = []
    written: list[str] = []
    errors: list[str] = []
    try:
        users = [("directeur", DIRECTOR_PASSWORD, ids["agent1"])] + [
            ("secretaire", PASSWORD, ids["agent2"])
        ] * (CLIENTS - 1)

        async def everyone() -> None:
            until = time.monotonic() + SECONDS + 5  # logins included
            await asyncio.gather(
                *(
                    workstation(
                        n,
                        server.port,
                        server.pem,
                        login,
                        password,
                        agent,
                        until,
                        pages,
                        written,
                        errors,
                    )
                    for n, (login, password, agent) in enumerate(users)
                )
            )

        asyncio.run(everyone())
        director = server.login("directeur", DIRECTOR_PASSWORD)
        try:
            stored = [
                r.name.removesuffix(" Ann")
                for r in director.clients.page(ClientQuery(search="Ann"), limit=5000)
            ]
        finally:
            director.close()
    finally:
        server.stop()
    assert errors == []
    assert len(written) >= CLIENTS  # every workstation wrote (one round each at least)
    assert sorted(stored) == sorted(written)  # nothing lost, nothing doubled
    p50, p99 = percentile(pages, 50), percentile(pages, 99)
    record_property("page_p99_ms", round(p99 * 1000, 1))
    record_property(
        "summary_line",
        f"office server load: {CLIENTS} workstations (half on the call channel) for "
        f"{SECONDS:g} s, {len(pages)} page "
        f"requests, {len(written)} writes, 0 errors, 0 lost or doubled; "
        f"page p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms",
    )
