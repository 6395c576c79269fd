"""SQLite-specific: what the search fields of the client and contract lists and pickers
find, as SQL filters to be combined with the permission scope (never a filter applied to
rows after reading them). Other databases would need their own implementation.

One fragment is matched against every field at once:

- name, e-mail, city, postcode: FTS5 trigram index ``client_search`` (substring, accent-
  and case-insensitive) for 3 characters and more; below that, and for 1 to 4 digits
  (a postcode, or its start), the start of a word of the name or the city or of the
  postcode through the prefix index ``client_search_prefix``;
- phone: with 5 digits or more, the digits (international when ``phonenumbers`` reads a
  whole number, as typed otherwise) against the indexed international and national forms;
- policy number: 3 characters or more, the start of the number without case, spaces,
  dots, dashes or slashes, through ``ix_contracts_policy_key``.

Indexes and triggers: migration 0008_search (and 0013_import_search: the portfolio import
indexes the clients it creates itself, in one statement, core/search_index.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
import sqlalchemy as sa

from broker_desktop.core.permissions import Scope
from broker_desktop.storage.schema import POLICY_KEY, contracts

client_search = sa.table("client_search", sa.column("rowid"))
client_search_prefix = sa.table("client_search_prefix", sa.column("rowid"))

TRIGRAM = 3  # the trigram index matches nothing shorter
PHONE_DIGITS = 5  # fewer digits are a postcode or the start of one, not a phone
POSTCODE_DIGITS = 4
PHONE_TEXT = re.compile(r"^\+?[\d\s().\-/]+$")
SEPARATORS = re.compile(r"[\s.\-/]")
# A search matching this many clients (or contracts by policy number) or more is broad:
# its ordered pages walk the list's sort index and keep the matching rows (the first
# 200 come after a few thousand index entries) instead of sorting every match.
BROAD = 2000
TEXT_COLUMNS = "{name email city postcode}"
PREFIX_COLUMNS = "{name city postcode}"


@dataclass(frozen=True)
class Terms:
    """What one search fragment looks for, in the form each index wants."""

    words: str | None  # FTS5 query for the trigram index (text columns, phone)
    prefix: str | None  # FTS5 query for the word-prefix index
    policy: str | None  # start of the policy key

    @property
    def empty(self) -> bool:
        return self.words is None and self.prefix is None and self.policy is None


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def phone_digits(text: str) -> str | None:
    """The digits a phone search looks for, or None when ``text`` is not a phone.
    A whole number (any format phonenumbers reads, Swiss by default) gives its
    international digits; a part of one gives its digits as typed."""
    text = text.strip()
    if not PHONE_TEXT.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < PHONE_DIGITS:
        return None
    try:
        number = phonenumbers.parse(text, "CH")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
    if text.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    return digits


def policy_key(text: str) -> str:
    """The Python twin of ``schema.policy_key_of`` (SQLite's upper() folds ASCII only)."""
    key = SEPARATORS.sub("", text)
    return "".join(c.upper() if c.isascii() else c for c in key)


def terms_of(fragment: str) -> Terms:
    fragment = " ".join(fragment.split())
    if not fragment:
        return Terms(None, None, None)
    compact = SEPARATORS.sub("", fragment)
    key = policy_key(fragment)
    policy = key if len(key) >= TRIGRAM else None
    if len(fragment) < TRIGRAM or (compact.isdigit() and len(compact) <= POSTCODE_DIGITS):
        words = [w for w in re.split(r"\W+", fragment) if w]
        prefix = " ".join(f"{_phrase(w)} *" for w in words) if words else None
        return Terms(None, f"{PREFIX_COLUMNS} : ({prefix})" if prefix else None, policy)
    long_words = [w for w in fragment.split(" ") if len(w) >= TRIGRAM]
    if len(long_words) > 1:  # "hans müller" finds "Müller Hans": every word, anywhere
        text = " AND ".join(f"{TEXT_COLUMNS} : {_phrase(w)}" for w in long_words)
    else:
        text = f"{TEXT_COLUMNS} : {_phrase(fragment)}"
    digits = phone_digits(fragment)
    if digits is not None:
        text = f"({text}) OR phone : {_phrase(digits)}"
    return Terms(text, None, policy)


def _fts_ids(terms: Terms) -> sa.Select[tuple[int]] | None:
    if terms.words is not None:
        return sa.select(client_search.c.rowid).where(
            sa.literal_column("client_search").op("MATCH")(terms.words)
        )
    if terms.prefix is not None:
        return sa.select(client_search_prefix.c.rowid).where(
            sa.literal_column("client_search_prefix").op("MATCH")(terms.prefix)
        )
    return None


def policy_starts_with(key: str) -> sa.ColumnElement[bool]:
    """Policy keys starting with ``key``: a range on ``ix_contracts_policy_key``."""
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    return sa.and_(POLICY_KEY >= key, POLICY_KEY < upper)


def is_broad(conn: sa.Connection, scope: Scope, fragment: str, *, ordered: bool) -> bool:
    """Should the search be read as a broad one (``_likely``)? For an agent, always: his
    own clients and contracts are few next to the office's matches of a short input, so
    his lists are read from his rows and each is tested. For a user who sees the whole
    portfolio, when ``fragment`` matches BROAD clients or policy numbers or more, for an
    ordered page only (a count reads the matches from the indexes). Asked of the indexes
    with a LIMIT, so a broad search costs no more to recognise than a narrow one."""
    if not scope.portfolio_all:
        return True
    if not ordered:
        return False
    terms = terms_of(fragment)
    found: list[sa.Select[tuple[int]]] = []
    fts = _fts_ids(terms)
    if fts is not None:
        found.append(fts)
    if terms.policy is not None:
        found.append(sa.select(contracts.c.id).where(policy_starts_with(terms.policy)))
    for ids in found:
        bounded = ids.limit(BROAD).subquery()
        if conn.execute(sa.select(sa.func.count()).select_from(bounded)).scalar_one() >= BROAD:
            return True
    return False


def _likely(condition: sa.ColumnElement[bool], broad: bool) -> sa.ColumnElement[bool]:
    """SQLite's likelihood(): a broad match is true of many rows, so the planner walks
    the sort index and tests each row rather than sorting every match."""
    if not broad:
        return condition
    return sa.func.likelihood(condition, sa.literal_column("0.9"), type_=sa.Boolean)


def client_matches(
    scope: Scope, id_col: sa.ColumnElement[int], fragment: str, broad: bool = False
) -> sa.ColumnElement[bool]:
    """Clients matching ``fragment`` in one of their fields or by the policy number of
    one of their contracts the user may see (a colleague's contract does not reveal
    itself through the search). One IN over the union of the indexed matches."""
    terms = terms_of(fragment)
    if terms.empty:
        return sa.true()
    parts: list[sa.Select[tuple[int]]] = []
    fts = _fts_ids(terms)
    if fts is not None:
        parts.append(fts)
    if terms.policy is not None:
        parts.append(
            sa.select(contracts.c.client_id).where(
                policy_starts_with(terms.policy), scope.contracts(contracts)
            )
        )
    if len(parts) == 1:
        return _likely(id_col.in_(parts[0]), broad)
    return _likely(id_col.in_(sa.union_all(*parts)), broad)


def contract_matches(fragment: str, broad: bool = False) -> sa.ColumnElement[bool]:
    """Contracts whose policy number starts with ``fragment`` (separators ignored) or
    whose client matches it in one of its fields; the caller adds the scope."""
    terms = terms_of(fragment)
    if terms.empty:
        return sa.true()
    found: list[sa.ColumnElement[bool]] = []
    if terms.policy is not None:
        found.append(policy_starts_with(terms.policy))
    fts = _fts_ids(terms)
    if fts is not None:
        found.append(contracts.c.client_id.in_(fts))
    return _likely(sa.or_(*found), broad)
