"""Permission oracle: 1,000 configurations of roles, rights, memberships, direct grants
and data on ONE encrypted office, shuffled through the admin service between checks;
every read service, seen by users picked at random, must agree exactly with the
independent model in ``reference_model.py``."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from reference_model import (
    WHOLE_COMMISSION_COLUMNS,
    MClient,
    MContract,
    MDeadline,
    MLine,
    Model,
    folded,
    months_before,
    search_matches,
)

from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.commissions import CommissionInput, CommissionQuery, ShareInput
from broker_desktop.core.contracts import ContractInput, ContractQuery
from broker_desktop.core.deadlines import DeadlineInput, DeadlineQuery
from broker_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from broker_desktop.core.office import SecurityParams, create_office, open_session
from broker_desktop.core.rights import ADMIN_RIGHTS, Right
from broker_desktop.core.seed import AGENT, SECRETARY, TOTAL_VISIBILITY

CONFIGURATIONS = 1000
USERS = 6
SEED = random.randrange(1_000_000)
PASSWORD = "Member-Pass-2026"  # noqa: S105
POOL = sorted(set(Right) - ADMIN_RIGHTS)  # a role must never need the confirmation
NAMES = (
    "Favre",
    "Favrod",
    "Rochat",
    "Rossi",
    "Bonvin",
    "Mérillat",
    "Müller",
    "Dupraz",
    "Chappuis",
    "Rösti",
    "Zürcher",
    "Vuilleumier",
)
FIRST = ("Anne", "Éric", "Luca", "Zoé")
CITIES = {"Lausanne": "1003", "Sion": "1950", "Genève": "1204", "Fribourg": "1700"}
# names, cities, e-mails, postcodes, phones and policy numbers, whole or in part
FRAGMENTS = (
    *("fav", "ros", "och", "vin", "mer", "mul", "zur", "RÖS", "e a", "fa", "ro", "zzz"),
    *("geneve", "si", "1003", "19", "zoe.", "luca rossi", "@mail"),
    *("079 102", "+41 79 103 12 34", "0791041234", "p-0001", "P 00002", "p.0000"),
)
PERIODS = ("2024", "2025", "2026", "2026-03", "2026-09")
BIG = 10_000


class Oracle:
    def __init__(self, path, security, rng: random.Random) -> None:
        self.rng = rng
        self.folder = Path(path).parent
        self.today = date.today()
        self.director, _ = create_office(
            path,
            login="boss",
            display_name="Boss",
            password="Chief-Pass-2026",  # noqa: S106
            security=security,
        )
        admin = self.director.admin
        boss = self.director.user.id
        self.model = Model(everything={boss}, active={boss: True})
        self.users: list[int] = []
        for i in range(USERS):
            uid = admin.create_user(f"user{i}", f"User {i}", PASSWORD, must_change_password=False)
            self.users.append(uid)
            self.model.active[uid] = True
        self.people = [*self.users, boss]
        existing = {r.name: r.id for r in admin.roles()}
        self.roles = [existing[AGENT], existing[SECRETARY], existing[TOTAL_VISIBILITY]]
        self.roles += [admin.create_role(f"Rôle {i}") for i in range(2)]
        for role in self.roles:
            self._set_role_rights(role, set())
        self.sessions = {
            uid: open_session(path, f"user{i}", PASSWORD, security=security)
            for i, uid in enumerate(self.users)
        }
        self.sessions[boss] = self.director
        self.policies = 0
        self.phones = 0
        for _ in range(20):
            self.add_client()
        for _ in range(30):
            self.add_contract()
        for _ in range(15):
            self.add_commission()
        for _ in range(8):
            self.add_follow_up()

    def close(self) -> None:
        for session in self.sessions.values():
            session.close()

    # ----- rights changes through the admin service -------------------------------------
    def _set_role_rights(self, role: int, rights: set[Right]) -> None:
        self.director.admin.set_role_rights(role, rights)
        self.model.roles[role] = set(rights)

    def shuffle_rights(self) -> int:
        """One random change of who may do what; returns a user it may affect."""
        rng, admin, model = self.rng, self.director.admin, self.model
        what = rng.randrange(6)
        user = rng.choice(self.users)
        role = rng.choice(self.roles)
        if what <= 1:
            self._set_role_rights(role, set(rng.sample(POOL, rng.randrange(4))))
        elif what == 2:
            admin.add_member(role, user)
            model.members.setdefault(user, set()).add(role)
        elif what == 3:
            admin.remove_member(role, user)
            model.members.setdefault(user, set()).discard(role)
        elif what == 4:
            right = rng.choice(POOL)
            admin.grant_right(user, right)
            model.grants.setdefault(user, set()).add(right)
        else:
            held = sorted(model.grants.get(user, ())) or [rng.choice(POOL)]
            right = rng.choice(held)
            admin.revoke_right(user, right)
            model.grants.setdefault(user, set()).discard(right)
        if what <= 1:
            members = [u for u in self.users if role in model.members.get(u, ())]
            return rng.choice(members or self.users)
        return user

    # ----- data changes (by the director, who may do everything) ------------------------
    def add_client(self) -> None:
        rng = self.rng
        agent = rng.choice(self.people)
        last, first = rng.choice(NAMES), rng.choice(FIRST)
        city = rng.choice(list(CITIES))
        postcode = CITIES[city]
        self.phones += 1
        phone = f"+41 79 {100 + self.phones % 7:03d} 12 34"
        email = f"{folded(first)}.{self.phones}@mail.ch"
        cid = self.director.clients.create(
            ClientInput(
                last_name=last,
                first_name=first,
                city=city,
                postcode=postcode,
                email=email,
                phone=phone,
                agent_id=agent,
            )
        )
        self.model.clients[cid] = MClient(
            cid, agent, f"{last} {first}", city, postcode, email, phone
        )

    def add_contract(self) -> None:
        rng = self.rng
        client = rng.choice(list(self.model.clients.values()))
        # usually the client's agent; sometimes a colleague manages this one contract
        agent = client.agent if rng.random() < 0.7 else rng.choice(self.people)
        expiry = self.today + timedelta(days=rng.randrange(-200, 400))
        expiry = expiry.replace(day=min(expiry.day, 28))
        start = expiry - timedelta(days=365)
        self.policies += 1
        policy = f"P-{self.policies:05d}"
        premium = rng.randrange(0, 500_000)
        status = rng.choice(("active", "active", "proposal"))
        kid = self.director.contracts.create(
            ContractInput(
                client.id,
                1 + self.policies % 3,
                1,
                policy,
                start,
                expiry,
                premium,
                status=status,
                agent_id=agent if agent != client.agent else None,
            )
        )
        contract = MContract(kid, client.id, agent, policy, start, expiry, premium, status)
        self.model.contracts[kid] = contract
        derived = self.director.deadlines.page(DeadlineQuery(contract_id=kid))
        assert sorted(d.kind for d in derived) == ["cancel_by", "renewal"]
        for row in derived:
            due = expiry if row.kind == "renewal" else months_before(expiry, 3)
            assert (row.owner_id, row.due_date) == (agent, due)
            self.model.deadlines[row.id] = MDeadline(row.id, row.kind, agent, due, kid, client.id)

    def move_contract(self) -> None:
        """Give a contract to another agent, or cancel it."""
        rng = self.rng
        live = [k for k in self.model.contracts.values() if k.status != "cancelled"]
        contract = rng.choice(live)
        current = self.director.contracts.get(contract.id)
        if rng.random() < 0.3:
            contract.status = "cancelled"
            data = current.as_input()
            data = ContractInput(
                **{**data.__dict__, "status": "cancelled", "cancel_reason": "Client parti"}
            )
        else:
            contract.agent = rng.choice(self.people)
            data = ContractInput(**{**current.as_input().__dict__, "agent_id": contract.agent})
        self.director.contracts.update(contract.id, data, current.version)
        self.model.contract_changed(contract, 3)

    def move_contract_to_client(self) -> None:
        """Register a contract under another client: its deadlines follow it."""
        contract = self.rng.choice(list(self.model.contracts.values()))
        others = [c for c in self.model.clients if c != contract.client_id]
        if not others:
            return
        client_id = self.rng.choice(others)
        version = self.director.contracts.get(contract.id).version
        self.director.contracts.move_to_client(contract.id, client_id, version)
        contract.client_id = client_id
        for deadline in self.model.deadlines.values():
            if deadline.contract_id == contract.id:
                deadline.client_id = client_id

    def transfer_book(self) -> None:
        """Hand one person's whole book to another (core/transfers.py's rules, restated
        here), and sometimes undo it at once."""
        rng, model, today = self.rng, self.model, self.today
        source, target = rng.sample(self.people, 2)
        moved = {k.id for k in model.contracts.values() if k.agent == source}
        holders: dict[int, set] = {}
        for line in model.lines.values():
            holders.setdefault(line.commission_id, set()).add(line.beneficiary)

        def future(period: str) -> bool:
            return period >= (f"{today:%Y}" if len(period) == 4 else f"{today:%Y-%m}")

        plan = {
            "clients": [c for c in model.clients.values() if c.agent == source],
            "contracts": [k for k in model.contracts.values() if k.id in moved],
            "deadlines": [
                d
                for d in model.deadlines.values()
                if d.owner == source
                and (not d.done or (d.contract_id in moved and d.kind != "follow_up"))
            ],
            "shares": [
                x
                for x in model.lines.values()
                if x.beneficiary == source
                and future(x.period)
                and target not in holders[x.commission_id]
            ],
        }
        if not any(plan.values()):
            with pytest.raises(ValidationError):
                self.director.transfers.run(source, target)
            return
        transfer = self.director.transfers.run(source, target)
        assert {k: len(v) for k, v in plan.items()} == {
            k: getattr(transfer.counts, k) for k in plan
        }
        if rng.random() < 0.3:
            self.director.transfers.undo(transfer.id)
            return
        for record in (*plan["clients"], *plan["contracts"]):
            record.agent = target
        for deadline in plan["deadlines"]:
            deadline.owner = target
        for line in plan["shares"]:
            line.beneficiary = target

    def move_client(self) -> None:
        client = self.rng.choice(list(self.model.clients.values()))
        current = self.director.clients.get(client.id)
        client.agent = self.rng.choice(self.people)
        data = ClientInput(**{**current.as_input().__dict__, "agent_id": client.agent})
        self.director.clients.update(client.id, data, current.version)

    def add_commission(self) -> None:
        rng = self.rng
        used = {(x.contract_id, x.period) for x in self.model.lines.values()}
        for _ in range(20):
            contract = rng.choice(list(self.model.contracts.values()))
            period = rng.choice(PERIODS)
            if (contract.id, period) not in used:
                break
        else:
            return
        who = rng.sample([*self.people, None], rng.randrange(1, 4))
        left, shares = BIG, []
        for beneficiary in who:
            bp = rng.randrange(1, left + 1) if left > 1 else 1
            if left <= 0:
                break
            shares.append((beneficiary, min(bp, left)))
            left -= min(bp, left)
        amount = BIG * rng.randrange(1, 300)  # every share comes out exact
        commission = self.director.commissions.create(
            CommissionInput(
                contract.id, period, amount, tuple(ShareInput(b, bp) for b, bp in shares)
            )
        )
        self.model.commissions[commission] = contract.id
        stored = self.director.commissions.get(commission).shares
        assert [(s.beneficiary_id, s.share_bp) for s in stored] == shares
        for line, (beneficiary, bp) in zip(stored, shares, strict=True):
            self.model.lines[line.id] = MLine(
                line.id,
                commission,
                contract.id,
                beneficiary,
                period,
                bp,
                amount * bp // BIG,
                amount,
            )

    def add_follow_up(self) -> None:
        rng = self.rng
        owner = rng.choice(self.people)
        due = self.today + timedelta(days=rng.randrange(-30, 90))
        client = rng.choice([None, *self.model.clients])
        did = self.director.deadlines.create(
            DeadlineInput(due, "Rappeler le client", owner_id=owner, client_id=client)
        )
        self.model.deadlines[did] = MDeadline(did, "follow_up", owner, due, None, client)

    def toggle_done(self) -> None:
        deadline = self.rng.choice(list(self.model.deadlines.values()))
        current = self.director.deadlines.get(deadline.id)
        deadline.done = not deadline.done
        self.director.deadlines.set_done(deadline.id, deadline.done, current.version)

    def change_data(self) -> None:
        self.rng.choice(
            (
                self.add_client,
                self.add_contract,
                self.move_contract,
                self.move_contract_to_client,
                self.transfer_book,
                self.move_client,
                self.add_commission,
                self.add_follow_up,
                self.toggle_done,
            )
        )()


# ----- what a user must see -----------------------------------------------------------------
def client_row(r):
    return (r.id, r.name, r.agent_id, r.city)


def model_client(c: MClient):
    return (c.id, c.name, c.agent, c.city)


def contract_row(r):
    return (
        r.id,
        r.policy_number,
        r.client_id,
        r.agent_id,
        r.premium_cents,
        r.status,
        r.expiry_date,
    )


def model_contract(k: MContract, today):
    return (k.id, k.policy, k.client_id, k.agent, k.premium, k.derived_status(today), k.expiry)


def line_row(r, whole: bool):
    own = (r.id, r.contract_id, r.beneficiary_id, r.period, r.amount_cents)
    return (*own, r.share_bp, r.commission_id, r.commission_cents) if whole else own


def model_line(x: MLine, whole: bool):
    own = (x.id, x.contract_id, x.beneficiary, x.period, x.amount)
    return (*own, x.share_bp, x.commission_id, x.commission_amount) if whole else own


def deadline_row(r):
    return (r.id, r.kind, r.owner_id, r.due_date, r.contract_id, r.client_id, bool(r.done))


def model_deadline(d: MDeadline):
    return (d.id, d.kind, d.owner, d.due, d.contract_id, d.client_id, d.done)


# sort keys whose order the model can state: key -> (model value, index in the row tuple)
SORTABLE = {
    "clients": {"name": 1, "agent_id": 2, "city": 3, "id": 0},
    "contracts": {
        "policy_number": 1,
        "client_id": 2,
        "premium_cents": 4,
        "expiry_date": 6,
        "id": 0,
    },
    "commissions": {"period": 3, "amount_cents": 4, "id": 0, "contract_id": 1},
    "deadlines": {"due_date": 3, "kind": 1, "owner_id": 2, "id": 0},
}


DEFAULT_QUERIES = {
    "clients": ClientQuery(),
    "contracts": ContractQuery(),
    "commissions": CommissionQuery(),
    "deadlines": DeadlineQuery(),
}


def s_columns(s, listing: str) -> list[str]:
    return getattr(s, listing).columns()


class Checker:
    def __init__(self, oracle: Oracle, rng: random.Random) -> None:
        self.o = oracle
        self.rng = rng
        self.differences: list[str] = []
        self.views = 0  # (configuration, user) pairs checked
        # contracts seen whose agent is not their client's: the rule's hard case
        self.cross_views = 0

    def same(self, what: str, got, expected) -> None:
        if got != expected:
            self.differences.append(f"{what}: got {got!r}, expected {expected!r}")

    def check_user(self, user: int, config: int) -> None:
        s, m, rng = self.o.sessions[user], self.o.model, self.rng
        today = self.o.today
        tag = f"config {config} user {user}"
        self.same(f"{tag} rights", s.rights(), m.rights(user))

        # clients: list, count, search, a filter
        clients = sorted(model_client(c) for c in m.visible_clients(user))
        by_name = sorted(clients, key=lambda t: (t[1], t[0]))
        self.same(f"{tag} clients", [client_row(r) for r in s.clients.page(limit=1000)], by_name)
        self.same(f"{tag} client count", s.clients.count(), len(clients))
        fragment = rng.choice(FRAGMENTS)
        policies: dict[int, list[str]] = {}
        for k in m.visible_contracts(user):  # a colleague's contract reveals nothing
            policies.setdefault(k.client_id, []).append(k.policy)
        found = sorted(
            c.id
            for c in m.visible_clients(user)
            if search_matches(c, fragment, policies.get(c.id, []))
        )
        self.same(
            f"{tag} search {fragment!r}",
            sorted(r.id for r in s.clients.search(fragment, 1000)),
            found,
        )
        self.same(f"{tag} search count", s.clients.count(ClientQuery(search=fragment)), len(found))
        agent = rng.choice(self.o.people)
        query = ClientQuery(agent_id=agent, sort="id")
        self.same(
            f"{tag} clients of {agent}",
            [r.id for r in s.clients.page(query, limit=1000)],
            [c[0] for c in clients if c[2] == agent],
        )

        # contracts: list, count, premium total, a filter
        contracts = sorted(model_contract(k, today) for k in m.visible_contracts(user))
        by_expiry = sorted(contracts, key=lambda t: (t[6], t[0]))
        rows = [contract_row(r) for r in s.contracts.page(limit=1000)]
        self.same(f"{tag} contracts", rows, by_expiry)
        self.same(f"{tag} contract count", s.contracts.count(), len(contracts))
        self.same(f"{tag} premium total", s.contracts.premium_total(), sum(k[4] for k in contracts))
        status = rng.choice(("active", "expired", "proposal", "cancelled"))
        query = ContractQuery(status=status)
        expected = [k for k in contracts if k[5] == status]
        self.same(f"{tag} {status} count", s.contracts.count(query), len(expected))
        self.same(
            f"{tag} {status} total", s.contracts.premium_total(query), sum(k[4] for k in expected)
        )

        # commission lines: rows, columns that must not exist, count, sum
        whole = m.whole_commissions(user)
        lines = sorted(model_line(x, whole) for x in m.visible_lines(user))
        page = s.commissions.page(CommissionQuery(sort="id"), limit=1000)
        self.same(f"{tag} commission lines", [line_row(r, whole) for r in page], lines)
        self.same(f"{tag} line count", s.commissions.count(), len(lines))
        self.same(f"{tag} line sum", s.commissions.sum(), sum(x[4] for x in lines))
        for column in WHOLE_COMMISSION_COLUMNS:
            self.same(f"{tag} column {column}", column in s.commissions.columns(), whole)
            present = {hasattr(r, column) for r in page}
            self.same(f"{tag} row attribute {column}", present <= {whole}, True)
        if not whole:
            hidden = rng.choice(WHOLE_COMMISSION_COLUMNS)
            try:
                s.commissions.page(CommissionQuery(sort=hidden))
                self.differences.append(f"{tag} could sort by hidden column {hidden}")
            except ValidationError as exc:
                self.same(f"{tag} hidden sort", exc.errors["sort"].code, "unknown_sort_key")
        beneficiary = rng.choice([*self.o.people])
        query = CommissionQuery(beneficiary_id=beneficiary)
        mine = [x for x in lines if x[2] == beneficiary]
        self.same(f"{tag} lines of {beneficiary}", s.commissions.count(query), len(mine))
        self.same(f"{tag} sum of {beneficiary}", s.commissions.sum(query), sum(x[4] for x in mine))

        # deadlines
        deadlines = sorted(model_deadline(d) for d in m.visible_deadlines(user))
        by_due = sorted(deadlines, key=lambda t: (t[3], t[0]))
        self.same(
            f"{tag} deadlines", [deadline_row(r) for r in s.deadlines.page(limit=1000)], by_due
        )
        self.same(f"{tag} deadline count", s.deadlines.count(), len(deadlines))
        done = rng.choice((True, False))
        self.same(
            f"{tag} done={done}",
            s.deadlines.count(DeadlineQuery(done=done)),
            len([d for d in deadlines if d[6] == done]),
        )

        self.check_gets(s, user, tag)
        listing = rng.choice(list(SORTABLE))
        expected_rows = {
            "clients": clients,
            "contracts": contracts,
            "commissions": lines,
            "deadlines": deadlines,
        }[listing]
        self.check_paging(s, listing, expected_rows, tag, whole)
        self.check_export(s, user, listing, len(expected_rows), tag)

    def check_export(self, s, user: int, listing: str, expected: int, tag: str) -> None:
        """An export holds as many rows as the model's list, and needs the export right."""
        target = self.o.folder / "export.csv"
        target.unlink(missing_ok=True)
        query = DEFAULT_QUERIES[listing]
        if Right.EXPORT not in self.o.model.rights(user):
            try:
                s.exports.to_csv(listing, query, target)
                self.differences.append(f"{tag} exported {listing} without the right")
            except PermissionDenied:
                self.same(f"{tag} refused export left a file", target.exists(), False)
            return
        written = s.exports.to_csv(listing, query, target)
        lines = target.read_text("utf-8-sig").splitlines()
        self.same(f"{tag} export {listing} count", written, expected)
        self.same(f"{tag} export {listing} file rows", len(lines) - 1, expected)
        self.same(f"{tag} export {listing} header", lines[0].split(";"), s_columns(s, listing))

    def check_gets(self, s, user: int, tag: str) -> None:
        m, rng = self.o.model, self.rng

        rights = m.rights(user)

        def missing(own: Right, every: Right) -> Right:
            """A refused read names the right the user lacks: view-all once he has
            view-own."""
            return every if own in rights else own

        def expect(what, call, allowed: bool, check=None, lacks: Right | None = None):
            try:
                got = call()
            except PermissionDenied as exc:
                self.same(f"{tag} {what} refused", False, allowed)
                if lacks is not None:
                    self.same(f"{tag} {what} refusal names", exc.right, lacks)
                return
            self.same(f"{tag} {what} allowed", True, allowed)
            if check is not None:
                check(got)

        client = rng.choice(list(m.clients.values()))
        expect(
            f"client {client.id}",
            lambda: s.clients.get(client.id),
            m.sees_client(user, client),
            lambda got: self.same(
                f"{tag} client get", (got.id, got.agent_id), (client.id, client.agent)
            ),
            missing(Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_VIEW_ALL),
        )
        if m.sees_client(user, client):
            # the client's contracts list holds exactly his contracts the user may see
            self.same(
                f"{tag} contracts of client {client.id}",
                sorted(r.id for r in s.contracts.page(ContractQuery(client_id=client.id))),
                sorted(
                    k.id
                    for k in m.contracts.values()
                    if k.client_id == client.id and m.sees_contract(user, k)
                ),
            )
        contract = rng.choice(list(m.contracts.values()))
        expect(
            f"contract {contract.id}",
            lambda: s.contracts.get(contract.id),
            m.sees_contract(user, contract),
            lambda got: self.same(
                f"{tag} contract get", (got.id, got.agent_id), (contract.id, contract.agent)
            ),
            missing(Right.PORTFOLIO_VIEW_OWN, Right.PORTFOLIO_VIEW_ALL),
        )
        if m.sees_contract(user, contract):
            if m.clients[contract.client_id].agent != contract.agent:
                self.cross_views += 1
            # a contract the user sees never hides its client
            self.same(
                f"{tag} client of contract {contract.id}",
                s.clients.get(contract.client_id).id,
                contract.client_id,
            )
        line = rng.choice(list(m.lines.values()))
        whole = m.whole_commissions(user)
        expect(
            f"line {line.id}",
            lambda: s.commissions.get_line(line.id),
            m.sees_line(user, line),
            lambda got: self.same(f"{tag} line get", line_row(got, whole), model_line(line, whole)),
        )
        commission = rng.choice(list(m.commissions))
        expect(
            f"commission {commission}",
            lambda: s.commissions.get(commission),
            whole,
            lambda got: self.same(
                f"{tag} commission get",
                sorted(x.id for x in got.shares),
                sorted(x.id for x in m.lines.values() if x.commission_id == commission),
            ),
        )
        deadline = rng.choice(list(m.deadlines.values()))
        expect(
            f"deadline {deadline.id}",
            lambda: s.deadlines.get(deadline.id),
            m.sees_deadline(user, deadline),
            lambda got: self.same(f"{tag} deadline get", got.owner_id, deadline.owner),
            missing(Right.DEADLINES_VIEW_OWN, Right.DEADLINES_VIEW_ALL),
        )
        for get in (s.clients.get, s.contracts.get, s.deadlines.get, s.commissions.get_line):
            try:
                get(10**9)
                self.differences.append(f"{tag} {get.__qualname__} found a missing id")
            except NotFound:
                pass

    def check_paging(self, s, listing: str, rows: list, tag: str, whole: bool) -> None:
        """Walk the whole list forwards with ``after``, backwards with ``from_end`` and
        ``before``, and jump with ``offset``; each must give the model's order."""
        rng = self.rng
        key, index = rng.choice(list(SORTABLE[listing].items()))
        descending = rng.random() < 0.5
        ordered = sorted(rows, key=lambda t: (t[index], t[0]), reverse=descending)
        expected = [t[0] for t in ordered]
        service = getattr(s, listing)
        query = {
            "clients": ClientQuery,
            "contracts": ContractQuery,
            "commissions": CommissionQuery,
            "deadlines": DeadlineQuery,
        }[listing](sort=key, descending=descending)
        size = rng.randrange(4, 20)
        tag = f"{tag} {listing} by {key}{' desc' if descending else ''} pages of {size}"

        forward, after = [], None
        for _ in range(len(rows) + 2):
            page = service.page(query, after=after, limit=size)
            forward += [r.id for r in page]
            if len(page) < size:
                break
            after = page[-1].cursor
        self.same(f"{tag} forward", forward, expected)

        page = service.page(query, from_end=True, limit=size)
        backward = [r.id for r in page]
        for _ in range(len(rows) + 2):
            if len(page) < size:
                break
            page = service.page(query, before=page[0].cursor, limit=size)
            backward = [r.id for r in page] + backward
        self.same(f"{tag} backward", backward, expected)

        offset = rng.randrange(0, len(rows) + 2)
        self.same(
            f"{tag} offset {offset}",
            [r.id for r in service.page(query, offset=offset, limit=size)],
            expected[offset : offset + size],
        )


@pytest.fixture
def oracle(tmp_path, fast_kdf):
    rng = random.Random(SEED)
    oracle = Oracle(tmp_path / "office.db", SecurityParams(kdf=fast_kdf, bcrypt_rounds=4), rng)
    yield oracle
    oracle.close()


# The suite's longest test (about 140 s alone on a quiet machine): beside the suite's other
# process and other work it needs more than the suite's 300 s per test.
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_thousand_configurations_agree_with_the_reference_model(oracle, security_tally):
    rng = oracle.rng
    checker = Checker(oracle, rng)
    for config in range(CONFIGURATIONS):
        affected = [oracle.shuffle_rights() for _ in range(rng.randrange(1, 4))]
        if rng.random() < 0.3:
            oracle.change_data()
        # the user a change may have affected, sometimes a bystander or the director too
        users = [rng.choice(affected)]
        if config % 10 == 0:
            users.append(rng.choice([*oracle.users, oracle.director.user.id]))
        for user in users:
            checker.check_user(user, config)
            checker.views += 1
        security_tally.configurations += 1
        if checker.differences:
            break
    security_tally.violations += len(checker.differences)
    assert not checker.differences, f"seed {SEED}: " + "\n".join(checker.differences[:20])
    crossed = [
        k
        for k in oracle.model.contracts.values()
        if k.agent != oracle.model.clients[k.client_id].agent
    ]
    assert crossed and checker.cross_views > 0
