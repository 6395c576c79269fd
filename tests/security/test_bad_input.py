"""Bad input through every service entry point. Each input is either refused with a
clear core error (ValidationError naming the field, NotFound, PermissionDenied) and
writes nothing, or, when it is legitimately storable (Unicode names, quotes), accepted
and read back exactly. A raw database error, TypeError or crash is a violation."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from security_office import fingerprint

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.clients import ClientInput, ClientQuery
from broker_desktop.core.commissions import CommissionInput, CommissionQuery, ShareInput
from broker_desktop.core.contracts import ContractInput, ContractQuery
from broker_desktop.core.deadlines import DeadlineInput, DeadlineQuery
from broker_desktop.core.errors import (
    ConflictError,
    CoreError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from broker_desktop.core.paging import Cursor

TODAY = date.today()
MEGABYTE = "x" * 1_000_000
# legitimately storable: must be accepted and read back exactly
STORABLE = (
    "O'Brien",
    "'; DROP TABLE clients; --",
    "Robert'); DELETE FROM users WHERE ('1'='1",
    '" OR 1=1 --',
    "100% _sure_ \\ back",
    "a' UNION SELECT password_hash FROM users --",
    'NEAR("a" "b") OR *',
    "Zoé Mérillat",
    "Zoe\u0301 cafe\u0301",  # combining accents, not normalised away
    "\u202eevil\u202c txt",  # right-to-left override
    "שלום עליכם",
    "مرحبا",
    "👩‍💼 Bureau 🏠",
    "ǅemal Ǆ",
    "\ufeffBOM",
)
# never storable in a one-line field
REFUSED_TEXT = (MEGABYTE, "a\x00b", "\x1b[31mred\x1b[0m", "line\nbreak", "tab\tbed", "del\x7f")
WRONG_TYPES = (123, 1.5, b"bytes", ["list"], {"a": 1})
BAD_INTS = (-1, 2**63, 2**64, -(2**63) - 1, 1.5, "100", True, Decimal("10.5"), [], None)
BAD_IDS = (0, -1, 2**63, 2**64, "1", 1.5, True, 10**9, [], "1 OR 1=1")
BAD_DATES = ("2026-02-30", "2026-13-01", "", 20260101, datetime(2026, 1, 1, 12), 1.5, [])
ALLOWED = (ValidationError, NotFound, PermissionDenied, ConflictError)


class Corpus:
    def __init__(self, office, tally) -> None:
        self.office = office
        self.director = office.director
        self.tally = tally
        self.violations: list[str] = []

    def attempt(self, label: str, call, *, field=None, storable=None, read_back=None):
        """Run one input. ``storable``: True = must be accepted, False = must be refused,
        None = either. ``read_back(result)`` returns what was stored, to compare."""
        self.tally.bad_inputs += 1
        before = fingerprint(self.director)
        try:
            result = call()
        except ALLOWED as exc:
            if storable:
                self.violations.append(f"{label}: refused ({exc!r:.200})")
            if isinstance(exc, ValidationError):
                codes = {k: e.code for k, e in exc.errors.items()}
                if not codes or not all(isinstance(c, str) and c for c in codes.values()):
                    self.violations.append(f"{label}: ValidationError without codes")
                if field is not None and field not in codes:
                    self.violations.append(f"{label}: error on {sorted(codes)}, not {field}")
            if len(str(exc)) > 2000:
                self.violations.append(f"{label}: {len(str(exc))}-character message")
            if fingerprint(self.director) != before:
                self.violations.append(f"{label}: refused but wrote something")
            return None
        except CoreError as exc:
            self.violations.append(f"{label}: unexpected {exc!r:.200}")
            return None
        except Exception as exc:  # noqa: BLE001 - this is what the corpus hunts
            self.violations.append(f"{label}: raw {type(exc).__module__}.{exc!r:.200}")
            return None
        if storable is False:
            self.violations.append(f"{label}: accepted")
        if read_back is not None and storable is not False:
            expected, got = read_back(result)
            if expected != got:
                self.violations.append(f"{label}: stored {got!r:.80} for {expected!r:.80}")
        return result

    def finish(self) -> None:
        self.tally.violations += len(self.violations)
        assert not self.violations, "\n".join(self.violations[:40])


@pytest.fixture
def corpus(sec_office, security_tally):
    return Corpus(sec_office, security_tally)


def _text_values(field_storable: bool):
    """(value, storable) pairs for a text field."""
    yield from ((v, field_storable) for v in STORABLE)
    yield from ((v, False) for v in REFUSED_TEXT)
    yield from ((v, False) for v in WRONG_TYPES)


# ----- clients ---------------------------------------------------------------------------------
CLIENT_FREE = ("last_name", "first_name", "street", "city")
CLIENT_OTHER = ("postcode", "country", "company_uid", "language", "email", "phone", "kind")


def test_client_inputs(corpus):
    director = corpus.director
    base = ClientInput(last_name="Base", first_name="Client")

    def create(data, field):
        def read_back(cid):
            return getattr(data, field), getattr(director.clients.get(cid), field)

        return (lambda: director.clients.create(data)), read_back

    for field in (*CLIENT_FREE, *CLIENT_OTHER, "notes"):
        for value, storable in _text_values(field in CLIENT_FREE or field == "notes"):
            if field == "notes" and value in ("line\nbreak", "tab\tbed"):
                storable = True  # multi-line text
            if field in CLIENT_OTHER and value in STORABLE:
                storable = None  # formats and choices may refuse
            data = dataclasses.replace(base, **{field: value})
            call, read_back = create(data, field)
            if field in ("country", "company_uid"):
                read_back = None  # stored upper-cased; a person has no enterprise number
            corpus.attempt(
                f"client.create {field}={value!r:.40}",
                call,
                field=field,
                storable=storable,
                read_back=read_back,
            )
    company = ClientInput(kind="company", company_name="Base SA")
    for value, storable in _text_values(True):
        data = dataclasses.replace(company, company_name=value)
        call, read_back = create(data, "company_name")
        corpus.attempt(
            f"company_name={value!r:.40}",
            call,
            field="company_name",
            storable=storable,
            read_back=read_back,
        )
    corpus.attempt(
        "notes 1 MB",
        lambda: director.clients.create(dataclasses.replace(base, notes=MEGABYTE)),
        field="notes",
        storable=False,
    )
    for value in (*BAD_DATES, TODAY + timedelta(days=1)):
        corpus.attempt(
            f"birth_date={value!r}",
            lambda v=value: director.clients.create(dataclasses.replace(base, birth_date=v)),
            field="birth_date",
            storable=False,
        )
    for value in BAD_IDS:
        corpus.attempt(
            f"client agent_id={value!r}",
            lambda v=value: director.clients.create(dataclasses.replace(base, agent_id=v)),
            storable=False,
        )
    # update: the same checks on the way in, and unknown ids / versions
    cid = director.clients.create(base)
    for field in ("last_name", "city"):
        for value, storable in _text_values(True):
            version = director.clients.get(cid).version
            data = dataclasses.replace(base, **{field: value})
            corpus.attempt(
                f"client.update {field}={value!r:.40}",
                lambda d=data, v=version: director.clients.update(cid, d, v),
                field=field,
                storable=storable,
                read_back=lambda _r, f=field, d=data: (
                    getattr(d, f),
                    getattr(director.clients.get(cid), f),
                ),
            )
    for value in BAD_IDS:
        corpus.attempt(
            f"client.update id={value!r}",
            lambda v=value: director.clients.update(v, base, 1),
            storable=False,
        )
        corpus.attempt(
            f"client.delete id={value!r}",
            lambda v=value: director.clients.delete(v, 1),
            storable=False,
        )
        corpus.attempt(
            f"client.get id={value!r}", lambda v=value: director.clients.get(v), storable=False
        )
    for version in BAD_INTS:
        corpus.attempt(
            f"client.update version={version!r}",
            lambda v=version: director.clients.update(cid, base, v),
            storable=False,
        )
    corpus.finish()


# ----- contracts -------------------------------------------------------------------------------
def test_contract_inputs(corpus):
    director, ids = corpus.director, corpus.office.ids
    client = ids["alice_client"]
    counter = iter(range(10**6))

    def base(**changes):
        data = ContractInput(
            client, 1, 1, f"BAD-{next(counter)}", TODAY, TODAY + timedelta(days=365), 100_00
        )
        return dataclasses.replace(data, **changes)

    def create(**changes):
        return lambda: director.contracts.create(base(**changes))

    for value, storable in _text_values(True):
        data = base(policy_number=value)
        corpus.attempt(
            f"policy_number={value!r:.40}",
            lambda d=data: director.contracts.create(d),
            field="policy_number",
            storable=storable,
            read_back=lambda kid, d=data: (
                d.policy_number,
                director.contracts.get(kid).policy_number,
            ),
        )
    for value, storable in _text_values(True):
        data = base(status="cancelled", cancel_reason=value)
        corpus.attempt(
            f"cancel_reason={value!r:.40}",
            lambda d=data: director.contracts.create(d),
            field="cancel_reason",
            storable=storable if value not in ("line\nbreak", "tab\tbed") else True,
        )
    for field in ("frequency", "status"):
        for value in (*STORABLE[:4], *REFUSED_TEXT, *WRONG_TYPES, None):
            corpus.attempt(
                f"{field}={value!r:.40}", create(**{field: value}), field=field, storable=False
            )
    for field in ("premium_cents", "notice_months"):
        for value in (*BAD_INTS, 25 if field == "notice_months" else -100):
            corpus.attempt(
                f"{field}={value!r}", create(**{field: value}), field=field, storable=False
            )
    for field in ("start_date", "expiry_date"):
        for value in (*BAD_DATES, None):
            corpus.attempt(
                f"{field}={value!r}", create(**{field: value}), field=field, storable=False
            )
    corpus.attempt(
        "expiry before start",
        create(expiry_date=TODAY - timedelta(days=1)),
        field="expiry_date",
        storable=False,
    )
    corpus.attempt(
        "expiry equals start", create(expiry_date=TODAY), field="expiry_date", storable=False
    )
    corpus.attempt(
        "year 1",
        create(start_date=date(1, 1, 1), expiry_date=date(1, 2, 1), notice_months=3),
        storable=None,
    )
    corpus.attempt(
        "year 9999",
        create(start_date=date(9999, 1, 1), expiry_date=date(9999, 12, 31)),
        storable=None,
    )
    corpus.attempt(
        "duplicate policy number",
        create(policy_number="alice-1"),
        field="policy_number",
        storable=False,
    )
    corpus.attempt(
        "duplicate policy number, spaces",
        create(policy_number="  alice-1 "),
        field="policy_number",
        storable=False,
    )
    for field in ("client_id", "insurer_id", "line_id", "agent_id"):
        for value in BAD_IDS:
            corpus.attempt(f"contract {field}={value!r}", create(**{field: value}), storable=False)
    kid = ids["alice_contract"]
    for value in BAD_IDS:
        corpus.attempt(
            f"contract.update id={value!r}",
            lambda v=value: director.contracts.update(v, base(), 1),
            storable=False,
        )
        corpus.attempt(
            f"contract.delete id={value!r}",
            lambda v=value: director.contracts.delete(v, 1),
            storable=False,
        )
    corpus.attempt(
        "contract.update to a taken policy number",
        lambda: director.contracts.update(
            kid, base(policy_number="bruno-1"), director.contracts.get(kid).version
        ),
        field="policy_number",
        storable=False,
    )
    corpus.finish()


# ----- commissions and splits ------------------------------------------------------------------
def test_commission_inputs(corpus):
    director, ids = corpus.director, corpus.office.ids
    contract = ids["alice_contract"]
    periods = iter(f"{y}-{m:02d}" for y in range(2000, 2100) for m in range(1, 13))

    def create(amount=10_000, shares=(), period=None, contract_id=contract):
        return lambda: director.commissions.create(
            CommissionInput(
                contract_id, next(periods) if period is None else period, amount, shares
            )
        )

    for value in (*BAD_INTS, -1):
        corpus.attempt(
            f"amount_cents={value!r}", create(amount=value), field="amount_cents", storable=False
        )
    for value in (
        "2026-13",
        "26",
        "2026-00",
        "2026-1",
        "'; DROP TABLE commissions; --",
        MEGABYTE,
        "2026\x00",
        2026,
        None,
        [],
    ):
        corpus.attempt(
            f"period={value!r:.30}",
            create(period=value)
            if value is not None
            else (lambda: director.commissions.create(CommissionInput(contract, None, 1, ()))),
            field="period",
            storable=False,
        )
    alice = corpus.office.alice_id
    bruno = corpus.office.bruno_id
    bad_splits = [
        (ShareInput(alice, 6000), ShareInput(bruno, 5000)),  # 110 %
        (ShareInput(alice, 10001),),
        (ShareInput(alice, 0),),
        (ShareInput(alice, -500), ShareInput(bruno, 10500)),
        (ShareInput(alice, 2**63),),
        (ShareInput(alice, 2**62), ShareInput(bruno, 2**62)),
        (ShareInput(alice, 50.5),),
        (ShareInput(alice, "5000"),),
        (ShareInput(alice, None),),
        (ShareInput(alice, 3000), ShareInput(alice, 3000)),  # twice the same person
        (ShareInput(10**9, 5000),),
        (ShareInput(2**63, 5000),),
        (ShareInput("1", 5000),),
        (ShareInput(1.5, 5000),),
        ("not a share",),
        (None,),
        ((alice, 5000),),
    ]
    for shares in bad_splits:
        corpus.attempt(
            f"shares={shares!r:.60}", create(shares=shares), field="shares", storable=False
        )
    for shares in ("5000", None, 5, ShareInput(alice, 5000)):
        corpus.attempt(
            f"shares container={shares!r:.40}",
            create(shares=shares),
            field="shares",
            storable=False,
        )
    corpus.attempt(
        "exactly 100 % is fine",
        create(shares=(ShareInput(alice, 5000), ShareInput(None, 5000))),
        storable=True,
    )
    corpus.attempt("duplicate period", create(period="2026"), field="period", storable=False)
    for value in BAD_IDS:
        corpus.attempt(
            f"commission contract_id={value!r}", create(contract_id=value), storable=False
        )
        corpus.attempt(
            f"commission.update id={value!r}",
            lambda v=value: director.commissions.update(v, CommissionInput(contract, "1999", 1), 1),
            storable=False,
        )
        corpus.attempt(
            f"commission.delete id={value!r}",
            lambda v=value: director.commissions.delete(v, 1),
            storable=False,
        )
        corpus.attempt(
            f"commission.get id={value!r}",
            lambda v=value: director.commissions.get(v),
            storable=False,
        )
        corpus.attempt(
            f"commission.get_line id={value!r}",
            lambda v=value: director.commissions.get_line(v),
            storable=False,
        )
        corpus.attempt(
            f"commission.set_shares id={value!r}",
            lambda v=value: director.commissions.set_shares(v, (), 1),
            storable=False,
        )
    cid = ids["alice_commission"]
    for shares in bad_splits[:4]:
        corpus.attempt(
            f"set_shares {shares!r:.60}",
            lambda s=shares: director.commissions.set_shares(
                cid, s, director.commissions.get(cid).version
            ),
            field="shares",
            storable=False,
        )
    corpus.finish()


# ----- deadlines -------------------------------------------------------------------------------
def test_deadline_inputs(corpus):
    director, ids = corpus.director, corpus.office.ids

    def create(**changes):
        data = dataclasses.replace(DeadlineInput(TODAY, "Rappeler"), **changes)
        return lambda: director.deadlines.create(data)

    for value, storable in _text_values(True):
        data = DeadlineInput(TODAY, value)
        corpus.attempt(
            f"title={value!r:.40}",
            lambda d=data: director.deadlines.create(d),
            field="title",
            storable=storable,
            read_back=lambda did, d=data: (d.title, director.deadlines.get(did).title),
        )
    corpus.attempt("title None", create(title=None), field="title", storable=False)
    corpus.attempt("title blank", create(title="   "), field="title", storable=False)
    for value in (*BAD_DATES, None):
        corpus.attempt(
            f"due_date={value!r}", create(due_date=value), field="due_date", storable=False
        )
    for field in ("owner_id", "contract_id", "client_id"):
        for value in BAD_IDS:
            corpus.attempt(f"deadline {field}={value!r}", create(**{field: value}), storable=False)
    renewal = ids["alice_renewal"]
    for value in BAD_IDS:
        corpus.attempt(
            f"deadline.update id={value!r}",
            lambda v=value: director.deadlines.update(v, DeadlineInput(TODAY, "x"), 1),
            storable=False,
        )
        corpus.attempt(
            f"deadline.set_done id={value!r}",
            lambda v=value: director.deadlines.set_done(v, True, 1),
            storable=False,
        )
        corpus.attempt(
            f"deadline.delete id={value!r}",
            lambda v=value: director.deadlines.delete(v, 1),
            storable=False,
        )
    corpus.attempt(
        "delete a derived deadline",
        lambda: director.deadlines.delete(renewal, director.deadlines.get(renewal).version),
        storable=False,
    )
    for version in BAD_INTS:
        corpus.attempt(
            f"deadline.set_done version={version!r}",
            lambda v=version: director.deadlines.set_done(renewal, True, v),
            storable=False,
        )
    corpus.finish()


# ----- users, roles, passwords, reference data ---------------------------------------------------
def test_admin_inputs(corpus):
    director = corpus.director
    admin = director.admin
    logins = iter(range(10**6))
    for value, storable in _text_values(True):
        login = f"user{next(logins)}"
        corpus.attempt(
            f"display_name={value!r:.40}",
            lambda v=value, lg=login: admin.create_user(lg, v, "Member-Pass-2026"),
            field="display_name",
            storable=storable,
            read_back=lambda uid, v=value: (
                v,
                next(u.display_name for u in admin.users() if u.id == uid),
            ),
        )
    for value in (*STORABLE[1:7], *REFUSED_TEXT, *WRONG_TYPES, "", "   ", "ALICE", " alice "):
        corpus.attempt(
            f"login={value!r:.40}",
            lambda v=value: admin.create_user(v, "Someone", "Member-Pass-2026"),
            storable=None if isinstance(value, str) and value in STORABLE else False,
        )
    for value in (
        "short1A!",
        "a" * 80 + "A1!",
        "é" * 40 + "A1!",
        "nouppercase1",
        "\x00" * 12,
        *WRONG_TYPES,
        None,
        "",
    ):
        corpus.attempt(
            f"password={value!r:.30}",
            lambda v=value: admin.create_user(f"pw{next(logins)}", "Pw", v),
            field="password",
            storable=False,
        )
        corpus.attempt(
            f"reset password={value!r:.30}",
            lambda v=value: admin.reset_password(corpus.office.bruno_id, v),
            field="password",
            storable=False,
        )
        corpus.attempt(
            f"change password={value!r:.30}",
            lambda v=value: director.change_password("Chief-Pass-2026", v),
            storable=False,
        )
    corpus.attempt(
        "change password, old is None",
        lambda: director.change_password(None, "Other-Pass-2026x"),
        storable=False,
    )
    corpus.attempt(
        "change password, old wrong type",
        lambda: director.change_password(123, "Other-Pass-2026x"),
        storable=False,
    )
    names = iter(range(10**6))
    for value, storable in _text_values(True):
        corpus.attempt(
            f"role name={value!r:.40}",
            lambda v=value: admin.create_role(v),
            field="name",
            storable=storable,
            read_back=lambda rid, v=value: (v, next(r.name for r in admin.roles() if r.id == rid)),
        )
    for value in (MEGABYTE, 123, "a\x00b"):
        corpus.attempt(
            f"role description={value!r:.20}",
            lambda v=value: admin.create_role(f"D{next(names)}", description=v),
            field="description",
            storable=False,
        )
    for rights in (["no.such.right"], [None], "no.such.right", [123], [["x"]], None, 5):
        corpus.attempt(
            f"role rights={rights!r:.40}",
            lambda r=rights: admin.create_role(f"R{next(names)}", r),
            field="rights",
            storable=False,
        )
        corpus.attempt(
            f"set_role_rights {rights!r:.40}",
            lambda r=rights: admin.set_role_rights(corpus.office.role_ids["Agent"], r),
            field="rights",
            storable=False,
        )
        corpus.attempt(
            f"grant {rights!r:.40}",
            lambda r=rights: admin.grant_right(corpus.office.bruno_id, r),
            field="right",
            storable=False,
        )
    for value in BAD_IDS:
        for name, call in (
            ("update_user", lambda v: admin.update_user(v, "X", 1)),
            ("reset_password", lambda v: admin.reset_password(v, "Member-Pass-2027")),
            ("deactivate_user", lambda v: admin.deactivate_user(v)),
            ("unlock_user", lambda v: admin.unlock_user(v)),
            ("explain_rights", lambda v: admin.explain_rights(v)),
            ("rename_role", lambda v: admin.rename_role(v, "X", 1)),
            ("delete_role", lambda v: admin.delete_role(v)),
            ("add_member role", lambda v: admin.add_member(v, corpus.office.bruno_id)),
            ("add_member user", lambda v: admin.add_member(corpus.office.role_ids["Agent"], v)),
            ("grant_right user", lambda v: admin.grant_right(v, "export")),
            ("revoke_right user", lambda v: admin.revoke_right(v, "export")),
            (
                "remove_member user",
                lambda v: admin.remove_member(corpus.office.role_ids["Agent"], v),
            ),
            ("remove_member role", lambda v: admin.remove_member(v, corpus.office.bruno_id)),
            ("reactivate_user", lambda v: admin.reactivate_user(v, "Member-Pass-2027")),
        ):
            corpus.attempt(f"{name}({value!r})", lambda c=call, v=value: c(v), storable=False)
    for value, storable in _text_values(True):
        corpus.attempt(
            f"insurer name={value!r:.40}",
            lambda v=value: director.reference.create_insurer(v),
            field="name",
            storable=storable,
        )
        corpus.attempt(
            f"line code={value!r:.40}",
            lambda v=value: director.reference.create_line(v, "Nom", "Name"),
            field="code",
            storable=None if storable else False,
        )
    corpus.finish()


# ----- reading: search strings, paging arguments, query filters ---------------------------
def test_read_inputs(corpus):
    s = corpus.office.alice
    for value in (
        *STORABLE,
        "a\x00b",
        MEGABYTE,
        '"',
        '""',
        "*",
        "-",
        "^",
        "NOT",
        "a OR b",
        "%",
        "_",
        "\\",
    ):
        corpus.attempt(f"search {value!r:.40}", lambda v=value: s.clients.search(v), storable=None)
        corpus.attempt(
            f"count search {value!r:.40}",
            lambda v=value: s.clients.count(ClientQuery(search=v)),
            storable=None,
        )
    for value in (*WRONG_TYPES,):
        corpus.attempt(f"search {value!r:.40}", lambda v=value: s.clients.search(v), storable=False)
    services = (s.clients, s.contracts, s.commissions, s.deadlines, corpus.director.audit)
    for service in services:
        name = type(service).__name__
        for limit in (-1, 2**63, "10", None, 1.5, []):
            corpus.attempt(
                f"{name} limit={limit!r}",
                lambda v=limit, sv=service: sv.page(limit=v),
                storable=None,
            )
        for offset in (-1, 2**63, "10", None, 1.5, []):
            corpus.attempt(
                f"{name} offset={offset!r}",
                lambda v=offset, sv=service: sv.page(offset=v),
                storable=None,
            )
        for cursor in (
            5,
            "x",
            (1,),
            ("a", "b", "c"),
            Cursor("x", "y"),
            Cursor(None, 2**64),
            [],
            {"id": 1},
        ):
            corpus.attempt(
                f"{name} after={cursor!r}",
                lambda v=cursor, sv=service: sv.page(after=v),
                storable=None,
            )
            corpus.attempt(
                f"{name} before={cursor!r}",
                lambda v=cursor, sv=service: sv.page(before=v),
                storable=None,
            )
    queries = []
    for value in (*BAD_IDS, "'; DROP TABLE x; --", MEGABYTE):
        queries += [
            ClientQuery(agent_id=value),
            ContractQuery(client_id=value),
            ContractQuery(insurer_id=value),
            CommissionQuery(beneficiary_id=value),
            CommissionQuery(contract_id=value),
            DeadlineQuery(owner_id=value),
            DeadlineQuery(contract_id=value),
            AuditQuery(user_id=value),
        ]
    for value in (*BAD_DATES, "'; DROP TABLE x; --"):
        queries += [
            ContractQuery(expiry_from=value),
            ContractQuery(expiry_to=value),
            DeadlineQuery(due_from=value),
            DeadlineQuery(due_to=value),
        ]
    for value in ("'; DROP TABLE x; --", MEGABYTE, 123, [], "%", "a\x00b"):
        queries += [
            ClientQuery(kind=value),
            ContractQuery(status=value),
            ContractQuery(policy_number=value),
            CommissionQuery(period=value),
            CommissionQuery(period_from=value),
            DeadlineQuery(kind=value),
            AuditQuery(action=value),
            AuditQuery(at_from=value),
        ]
    for value in ("nope", "'; DROP TABLE x; --", None, 123, [], "id; DROP TABLE x"):
        queries += [
            ClientQuery(sort=value),
            ContractQuery(sort=value),
            CommissionQuery(sort=value),
            DeadlineQuery(sort=value),
            AuditQuery(sort=value),
        ]
    by_type = {
        ClientQuery: s.clients,
        ContractQuery: s.contracts,
        CommissionQuery: s.commissions,
        DeadlineQuery: s.deadlines,
        AuditQuery: corpus.director.audit,
    }
    for query in queries:
        service = by_type[type(query)]
        corpus.attempt(
            f"{query!r:.80}", lambda q=query, sv=service: (sv.page(q), sv.count(q)), storable=None
        )
    corpus.attempt(
        "premium_total with a bad filter",
        lambda: s.contracts.premium_total(ContractQuery(agent_id=2**64)),
        storable=None,
    )
    corpus.attempt(
        "commission sum with a bad filter",
        lambda: s.commissions.sum(CommissionQuery(beneficiary_id=2**64)),
        storable=None,
    )
    corpus.finish()
