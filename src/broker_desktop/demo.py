"""The demo office: ``broker-desktop demo PATH [--size S|M|L] [--seed N]``.

Size S is for trying the program (a few hundred clients); M and L feed the benchmark
(L: 200,000 clients, 1,000,000 contracts, about 2,000,000 commission lines and
2,000,000 deadlines, 150 agents). Rows are bulk-inserted in large transactions, with
progress on stderr. Every demo user shares one password and is not asked to change it.

Not part of the core: the application never loads it; the CLI, the tests, the benchmarks
and the screenshot script do.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from broker_desktop.core import audit_chain
from broker_desktop.core.accounts import create_account
from broker_desktop.core.commissions import split_amounts
from broker_desktop.core.contracts import DERIVED_TITLES, cancel_by_of
from broker_desktop.core.office import SecurityParams, Session, create_office
from broker_desktop.core.rights import Right
from broker_desktop.core.seed import AGENT, DIRECTOR, SECRETARY, TOTAL_VISIBILITY
from broker_desktop.core.validation import uid_check_digit
from broker_desktop.security.passwords import hash_password
from broker_desktop.storage.clock import db_now
from broker_desktop.storage.schema import (
    clients,
    commission_shares,
    commissions,
    contracts,
    deadlines,
    insurers,
    lines_of_business,
    roles,
    user_rights,
    user_roles,
)
from broker_desktop.storage.slots import KdfParams, allow_weak_kdf

DEMO_PASSWORD = "Demo-2026!"  # noqa: S105 - documented demo password
CHUNK = 20_000
# Share of contracts whose previous year's commission is still being settled.
LATE_SETTLEMENT = 0.09


@dataclass(frozen=True)
class Size:
    clients: int
    contracts: int
    agents: int
    follow_ups: int


SIZES = {
    "S": Size(clients=300, contracts=800, agents=4, follow_ups=60),
    "M": Size(clients=50_000, contracts=200_000, agents=30, follow_ups=20_000),
    "L": Size(clients=200_000, contracts=1_000_000, agents=150, follow_ups=140_000),
}


@dataclass(frozen=True)
class DemoUser:
    login: str
    display_name: str
    description: str


@dataclass(frozen=True)
class DemoOffice:
    path: Path
    password: str
    recovery_code: str
    users: tuple[DemoUser, ...]
    counts: dict[str, int]


FIRST_NAMES = (
    "Jean",
    "Marie",
    "Luc",
    "Sophie",
    "Pierre",
    "Nathalie",
    "Nicolas",
    "Isabelle",
    "Olivier",
    "Céline",
    "Laurent",
    "Valérie",
    "Thomas",
    "Sandrine",
    "Julien",
    "Aurélie",
    "David",
    "Christine",
    "Stéphane",
    "Sarah",
    "Marco",
    "Giulia",
    "Luca",
    "Chiara",
    "Hans",
    "Ursula",
    "Peter",
    "Barbara",
    "Daniel",
    "Andrea",
    "Noah",
    "Emma",
    "Liam",
    "Mia",
    "Gabriel",
    "Léa",
    "Elias",
    "Zoé",
    "Raphaël",
    "Chloé",
    "Loïc",
    "Maëlle",
    "Yannick",
    "Anaïs",
    "Cédric",
)
LAST_NAMES = (
    "Favre",
    "Rochat",
    "Bonvin",
    "Morel",
    "Perrin",
    "Girard",
    "Mercier",
    "Blanc",
    "Fontaine",
    "Chevalley",
    "Pittet",
    "Cuénoud",
    "Dubois",
    "Jaquet",
    "Rey",
    "Bühler",
    "Müller",
    "Meier",
    "Schmid",
    "Keller",
    "Weber",
    "Huber",
    "Schneider",
    "Steiner",
    "Rossi",
    "Bernasconi",
    "Ferrari",
    "Crettenand",
    "Zufferey",
    "Fournier",
    "Vuilleumier",
    "Monnier",
    "Berset",
    "Python",
    "Gendre",
    "Clerc",
    "Aebischer",
    "Jordan",
    "Sauthier",
    "Dupraz",
    "Golay",
    "Reymond",
    "Tschopp",
    "Nicolet",
    "Ducrest",
    "Pasquier",
    "Gillioz",
    "Marti",
    "Baumann",
    "Lehmann",
)
COMPANY_WORDS = (
    "Boulangerie",
    "Garage",
    "Fiduciaire",
    "Menuiserie",
    "Atelier",
    "Pharmacie",
    "Cabinet",
    "Transports",
    "Électricité",
    "Sanitaire",
    "Imprimerie",
    "Horlogerie",
    "Café",
    "Domaine",
    "Architecture",
    "Informatique",
    "Peinture",
    "Carrosserie",
    "Fromagerie",
    "Boucherie",
)
COMPANY_FORMS = ("SA", "Sàrl", "& Fils SA", "Sàrl", "SA")
CITIES = (
    ("1003", "Lausanne"),
    ("1201", "Genève"),
    ("1700", "Fribourg"),
    ("1950", "Sion"),
    ("2000", "Neuchâtel"),
    ("1400", "Yverdon-les-Bains"),
    ("1800", "Vevey"),
    ("1110", "Morges"),
    ("1260", "Nyon"),
    ("2300", "La Chaux-de-Fonds"),
    ("1920", "Martigny"),
    ("2800", "Delémont"),
    ("1630", "Bulle"),
    ("1820", "Montreux"),
    ("3960", "Sierre"),
    ("2500", "Bienne"),
    ("3000", "Berne"),
    ("8001", "Zurich"),
    ("6900", "Lugano"),
    ("1870", "Monthey"),
)
STREETS = (
    "Rue du Midi",
    "Avenue de la Gare",
    "Chemin des Vignes",
    "Rue du Lac",
    "Grand-Rue",
    "Route de Berne",
    "Rue de l'Industrie",
    "Avenue des Alpes",
    "Chemin du Stand",
)
CANCEL_REASONS = (
    "Résilié par le client",
    "Meilleure offre concurrente",
    "Vente du véhicule",
    "Déménagement à l'étranger",
    "Résilié par l'assureur après sinistre",
)
FOLLOW_UPS = (
    "Rappeler le client",
    "Envoyer une offre",
    "Relancer pour signature",
    "Contrôler la couverture",
    "Rendez-vous annuel",
    "Demander les documents",
)
# Typical premium (CHF) range per line code, and the usual commission rate (%).
PREMIUMS = {
    "MOTOR": (600, 2500, 10),
    "HOUSEHOLD": (200, 900, 15),
    "BUILDING": (400, 4000, 12),
    "HEALTH_LCA": (300, 3000, 8),
    "LIFE_3A": (1200, 7056, 4),
    "LIFE_3B": (1000, 12000, 4),
    "LEGAL": (150, 500, 18),
    "TRAVEL": (80, 300, 20),
    "ACCIDENT_LAA": (1000, 30000, 6),
    "LIABILITY_BUS": (500, 8000, 12),
    "PROPERTY_BUS": (500, 10000, 12),
    "LOSS_EARNINGS": (1000, 25000, 6),
    "BVG": (5000, 80000, 2),
    "CYBER": (500, 5000, 15),
}


class Progress:
    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def __call__(self, label: str, done: int, total: int) -> None:
        if self.quiet:
            return
        end = "\n" if done >= total else ""
        print(
            f"\r  {label}: {done:,}/{total:,}".replace(",", "'"),
            end=end,
            file=sys.stderr,
            flush=True,
        )


def _uid(rng: random.Random) -> str:
    while True:
        first8 = f"{rng.randrange(10**8):08d}"
        check = uid_check_digit(first8)
        if check is not None:
            digits = first8 + str(check)
            return f"CHE-{digits[:3]}.{digits[3:6]}.{digits[6:]}"


def _book_weights(rng: random.Random, count: int) -> list[float]:
    """Very different book sizes: a few big portfolios, many small ones (Pareto)."""
    return [rng.paretovariate(1.2) for _ in range(count)]


def _expiry(rng: random.Random, today: date) -> date:
    # Many Swiss policies fall due on 1 January; the rest spread over the coming year.
    if rng.random() < 0.3:
        return date(today.year + 1, 1, 1)
    return today + timedelta(days=rng.randrange(1, 366))


def _bulk(conn: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        conn.execute(sa.insert(table), rows[start : start + CHUNK])


def _create_users(
    session: Session, size: Size, security: SecurityParams
) -> tuple[list[DemoUser], dict[str, int]]:
    """Demo users; one bcrypt hash shared (same password), one key slot each."""
    db = session.database
    password_hash = hash_password(DEMO_PASSWORD, security.bcrypt_rounds)
    people: list[tuple[str, str, tuple[str, ...], tuple[Right, ...], str]] = []
    rng = random.Random(1)
    for i in range(1, size.agents + 1):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        people.append((f"agent{i}", name, (AGENT,), (), "Agent"))
    people += [
        ("secretaire1", "Anne Python", (SECRETARY,), (), "Secrétaire"),
        ("secretaire2", "Paul Jaquet", (SECRETARY,), (), "Secrétaire"),
        ("visibilite", "Eva Crettenand", (TOTAL_VISIBILITY,), (), "Visibilité totale"),
        (
            "agent-visibilite",
            "Marc Bonvin",
            (AGENT, TOTAL_VISIBILITY),
            (),
            "Agent + Visibilité totale (deux rôles)",
        ),
        (
            "comptable",
            "Rita Gendre",
            (SECRETARY,),
            (Right.COMMISSIONS_MANAGE,),
            "Secrétaire + droit direct « Saisir et répartir les commissions »",
        ),
    ]
    ids: dict[str, int] = {}
    with db.write() as conn:
        role_ids = dict(conn.execute(sa.select(roles.c.name, roles.c.id)).all())
        for login, name, role_names, rights, _d in people:
            user_id = create_account(
                conn,
                db,
                login=login,
                display_name=name,
                password=DEMO_PASSWORD,
                bcrypt_rounds=security.bcrypt_rounds,
                must_change_password=False,
                password_hash=password_hash,
            )
            ids[login] = user_id
            for role in role_names:
                conn.execute(sa.insert(user_roles).values(user_id=user_id, role_id=role_ids[role]))
            for right in rights:
                conn.execute(sa.insert(user_rights).values(user_id=user_id, right=right.value))
        from broker_desktop.core.user_rights import bump_rights_stamp

        bump_rights_stamp(conn)
    described = [DemoUser(login, name, d) for login, name, _r, _g, d in people]
    return described, ids


def generate(
    path: str | Path,
    size: str = "S",
    seed: int = 7,
    security: SecurityParams | None = None,
    *,
    quiet: bool = True,
) -> DemoOffice:
    """Create the demo office at ``path`` (which must not exist)."""
    spec = SIZES[size]
    security = security or SecurityParams()
    progress = Progress(quiet)
    rng = random.Random(seed)
    today = date.today()
    session, recovery_code = create_office(
        path,
        login="directeur",
        display_name="Claire Morel",
        password=DEMO_PASSWORD,
        security=security,
    )
    try:
        demo_users, ids = _create_users(session, spec, security)
        progress("users", spec.agents + 6, spec.agents + 6)
        demo_users.insert(0, DemoUser("directeur", "Claire Morel", DIRECTOR))
        agents = [ids[f"agent{i}"] for i in range(1, spec.agents + 1)] + [ids["agent-visibilite"]]
        back_office = [ids["secretaire1"], ids["secretaire2"], ids["comptable"]]
        db = session.database
        with db.read() as conn:
            insurer_ids = list(conn.execute(sa.select(insurers.c.id)).scalars())
            lines = list(
                conn.execute(sa.select(lines_of_business.c.id, lines_of_business.c.code)).all()
            )
        weights = _book_weights(rng, len(agents))
        now = db_now()
        client_agent: list[int] = []
        with db.write() as conn:
            batch: list[dict[str, Any]] = []
            for client_id in range(1, spec.clients + 1):
                agent_id = rng.choices(agents, weights)[0]
                client_agent.append(agent_id)
                postcode, city = rng.choice(CITIES)
                row = {
                    "id": client_id,
                    "street": f"{rng.choice(STREETS)} {rng.randrange(1, 120)}",
                    "postcode": postcode,
                    "city": city,
                    "country": "CH",
                    "language": rng.choices(("fr", "de", "it", "en"), (80, 12, 5, 3))[0],
                    "phone": f"+41 {rng.choice((21, 22, 24, 26, 27, 32, 79, 78, 76))} "
                    f"{rng.randrange(100, 1000)} {rng.randrange(10, 100)} "
                    f"{rng.randrange(10, 100)}",
                    "notes": "",
                    "agent_id": agent_id,
                    "updated_at": now,
                    "last_name": None,
                    "first_name": None,
                    "company_name": None,
                    "birth_date": None,
                    "company_uid": None,
                }
                if rng.random() < 0.15:
                    name = (
                        f"{rng.choice(COMPANY_WORDS)} {rng.choice(LAST_NAMES)} "
                        f"{rng.choice(COMPANY_FORMS)}"
                    )
                    row.update(
                        kind="company",
                        company_name=name,
                        display_name=name,
                        company_uid=_uid(rng),
                        email=f"info@{rng.choice(LAST_NAMES).lower()}{client_id}.ch",
                    )
                else:
                    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                    row.update(
                        kind="person",
                        first_name=first,
                        last_name=last,
                        display_name=f"{last} {first}",
                        birth_date=date(
                            rng.randrange(1935, 2005), rng.randrange(1, 13), rng.randrange(1, 29)
                        ),
                        email=f"client{client_id}@example.ch",
                    )
                batch.append(row)
                if len(batch) >= CHUNK or client_id == spec.clients:
                    _bulk(conn, clients, batch)
                    batch = []
                    progress("clients", client_id, spec.clients)

        counts = {
            "clients": spec.clients,
            "contracts": 0,
            "commissions": 0,
            "commission_lines": 0,
            "deadlines": 0,
        }
        period, previous_period = str(today.year), str(today.year - 1)
        contract_id = 0
        deadline_id = 0
        share_id = 0
        while contract_id < spec.contracts:
            with db.write() as conn:
                c_rows, m_rows, s_rows, d_rows = [], [], [], []
                for _ in range(min(200_000, spec.contracts - contract_id)):
                    contract_id += 1
                    client_id = rng.randrange(1, spec.clients + 1)
                    agent_id = client_agent[client_id - 1]
                    line_id, code = rng.choice(lines)
                    low, high, rate = PREMIUMS.get(code, (300, 3000, 10))
                    premium = rng.randrange(low * 100, high * 100 + 1, 5)
                    expiry = _expiry(rng, today)
                    notice = rng.choices((3, 1, 6), (80, 10, 10))[0]
                    status = rng.choices(("active", "proposal", "cancelled"), (85, 8, 7))[0]
                    c_rows.append(
                        {
                            "id": contract_id,
                            "client_id": client_id,
                            "insurer_id": rng.choice(insurer_ids),
                            "line_id": line_id,
                            "policy_number": f"{rng.randrange(10, 99)}.{contract_id:07d}",
                            "start_date": date(expiry.year - rng.randrange(1, 8), expiry.month, 1),
                            "expiry_date": expiry,
                            "notice_months": notice,
                            "cancel_by": cancel_by_of(expiry, notice),
                            "premium_cents": premium,
                            "frequency": rng.choices(
                                ("annual", "semiannual", "quarterly", "monthly"), (60, 20, 10, 10)
                            )[0],
                            "status": status,
                            "cancel_reason": rng.choice(CANCEL_REASONS)
                            if status == "cancelled"
                            else None,
                            "agent_id": agent_id,
                            "updated_at": now,
                        }
                    )
                    if status != "cancelled":
                        policy = c_rows[-1]["policy_number"]
                        for kind, due in (
                            ("renewal", expiry),
                            ("cancel_by", c_rows[-1]["cancel_by"]),
                        ):
                            deadline_id += 1
                            d_rows.append(
                                {
                                    "id": deadline_id,
                                    "kind": kind,
                                    "due_date": due,
                                    "owner_id": agent_id,
                                    "contract_id": contract_id,
                                    "client_id": client_id,
                                    "title": DERIVED_TITLES[kind].format(policy=policy),
                                    "done": due < today,
                                }
                            )
                    if status == "proposal":
                        continue
                    amount = premium * rate // 100
                    owed = [(contract_id, period)]
                    if rng.random() < LATE_SETTLEMENT:  # last year's, still being settled
                        owed.append((spec.contracts + contract_id, previous_period))
                    for commission_id, owed_period in owed:
                        m_rows.append(
                            {
                                "id": commission_id,
                                "contract_id": contract_id,
                                "period": owed_period,
                                "amount_cents": amount,
                            }
                        )
                        shares = _split(rng, agent_id, agents)
                        amounts = split_amounts(amount, [bp for _b, bp in shares])
                        for (beneficiary, bp), share_amount in zip(shares, amounts, strict=True):
                            share_id += 1
                            s_rows.append(
                                {
                                    "id": share_id,
                                    "commission_id": commission_id,
                                    "beneficiary_id": beneficiary,
                                    "period": owed_period,
                                    "share_bp": bp,
                                    "amount_cents": share_amount,
                                }
                            )
                _bulk(conn, contracts, c_rows)
                progress("contracts", contract_id, spec.contracts)
                _bulk(conn, commissions, m_rows)
                _bulk(conn, commission_shares, s_rows)
                _bulk(conn, deadlines, d_rows)
                counts["contracts"] += len(c_rows)
                counts["commissions"] += len(m_rows)
                counts["commission_lines"] += len(s_rows)
                counts["deadlines"] += len(d_rows)
        with db.write() as conn:
            rows = []
            for _ in range(spec.follow_ups):
                deadline_id += 1
                client_id = rng.randrange(1, spec.clients + 1)
                owner = (
                    client_agent[client_id - 1] if rng.random() < 0.7 else rng.choice(back_office)
                )
                rows.append(
                    {
                        "id": deadline_id,
                        "kind": "follow_up",
                        "due_date": today + timedelta(days=rng.randrange(-30, 120)),
                        "owner_id": owner,
                        "contract_id": None,
                        "client_id": client_id,
                        "title": rng.choice(FOLLOW_UPS),
                        "done": rng.random() < 0.2,
                    }
                )
            _bulk(conn, deadlines, rows)
            counts["deadlines"] += len(rows)
            progress("follow-ups", spec.follow_ups, spec.follow_ups)
            audit_chain.append(
                conn,
                action="demo.generated",
                user_id=session.user.id,
                actor=session.user.login,
                detail={"size": size, "seed": seed, **counts},
            )
    finally:
        session.close()
    return DemoOffice(Path(path), DEMO_PASSWORD, recovery_code, tuple(demo_users), counts)


def _split(rng: random.Random, agent_id: int, agents: list[int]) -> list[tuple[int | None, int]]:
    """Agent and office (usual), sometimes a second agent, sometimes the agent alone."""
    roll = rng.random()
    if roll < 0.1:
        return [(agent_id, 10_000)]
    agent_bp = rng.choice((4000, 5000, 6000, 7000))
    if roll < 0.2 and len(agents) > 1:
        other = rng.choice([a for a in agents if a != agent_id])
        second = rng.choice((1000, 2000))
        return [(agent_id, agent_bp - second), (other, second), (None, 10_000 - agent_bp)]
    return [(agent_id, agent_bp), (None, 10_000 - agent_bp)]


FAST_KDF = KdfParams(n=2**12, r=8, p=1)


def main(args: argparse.Namespace) -> int:
    fast = bool(getattr(args, "fast_kdf", False))
    if fast:  # for tools only: the application refuses an office below the KDF floor
        allow_weak_kdf(FAST_KDF)
    security = SecurityParams(kdf=FAST_KDF, bcrypt_rounds=4) if fast else SecurityParams()
    path = Path(args.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"Creating the demo office ({args.size}) at {path} ...", file=sys.stderr)
    office = generate(path, args.size, args.seed, security, quiet=False)
    print(f"Demo office: {office.path}")
    print(f"Password of every demo user: {office.password}")
    print("Logins:")
    for user in office.users:
        print(f"  {user.login:<18} {user.display_name:<20} {user.description}")
    print(f"Recovery code (keep it safe, it opens the database on its own): {office.recovery_code}")
    print(
        "Contents: "
        + ", ".join(
            f"{v:,} {k.replace('_', ' ')}".replace(",", "'") for k, v in office.counts.items()
        )
    )
    return 0
