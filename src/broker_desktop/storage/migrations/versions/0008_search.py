"""Search by name, policy number, phone, e-mail, postcode and city.

- ``client_search`` (FTS5 trigram, accent- and case-insensitive) now holds the name,
  e-mail, city, postcode and the phone digits in two forms: international
  ("41791234567") and, for Switzerland and its neighbours, national ("0791234567"), so
  "+41 79 123 45 67", "079 123 45 67" and "0791234567" find the same client. It is a
  contentless table (``contentless_delete``): what it indexes is derived, not a column.
- ``client_search_prefix`` (FTS5 words with 1- and 2-character prefix indexes) serves the
  inputs too short for trigrams: the start of a word of the name or the city, or of the
  postcode ("12" lists the 12xx postcodes).
- Triggers on ``clients`` keep both in sync, whatever writes the row (forms, import,
  merge, transfer).
- ``ix_contracts_policy_key``: policy numbers without case, spaces, dots, dashes or
  slashes, then the client: a prefix range for the contract search and the client ids of
  matching contracts for the client search (an indexed semi-join), never a scan.

Existing rows are back-filled by one INSERT ... SELECT per table.

Frozen copy of the schema at this step; never import ``schema.py`` here.

Revision ID: 0008_search
Revises: 0009_import2
"""

from alembic import op

revision = "0008_search"
down_revision = "0009_import2"
branch_labels = None
depends_on = None

# Must stay identical to core/search_sqlite.py's policy_key_expr (the planner matches an
# expression index by its expression).
POLICY_KEY = (
    "upper(replace(replace(replace(replace(policy_number, ' ', ''), '.', ''), '-', ''), '/', ''))"
)

# Country codes whose national numbers are written with a trunk 0 (CH, FR, DE, AT).
TRUNK_ZERO = ("41", "33", "49", "43")


def _digits(expr: str) -> str:
    for char in (" ", "+", "-", ".", "/", "(", ")"):
        expr = f"replace({expr}, '{char}', '')"
    return expr


def phone_forms(column: str) -> str:
    """SQL: the phone's international digits, then its national digits when its country
    writes them with a trunk 0. The application stores phones in international format
    (phonenumbers); a number typed nationally ("079 ...") counts as Swiss."""
    digits = _digits(column)
    international = (
        f"(CASE WHEN {column} LIKE '+%' THEN {digits} "
        f"WHEN {digits} LIKE '00%' THEN substr({digits}, 3) "
        f"WHEN {digits} LIKE '0%' THEN '41' || substr({digits}, 2) "
        f"ELSE {digits} END)"
    )
    codes = ", ".join(f"'{c}'" for c in TRUNK_ZERO)
    return (
        f"(SELECT CASE WHEN d = '' THEN '' "
        f"WHEN substr(d, 1, 2) IN ({codes}) THEN d || ' 0' || substr(d, 3) "
        f"ELSE d END FROM (SELECT {international} AS d))"
    )


def _search_values(row: str) -> str:
    return (
        f"{row}.id, {row}.display_name, {row}.email, {row}.city, {row}.postcode, "
        f"{phone_forms(f'{row}.phone')}"
    )


def _prefix_values(row: str) -> str:
    return f"{row}.id, {row}.display_name, {row}.city, {row}.postcode"


SEARCH_COLUMNS = "rowid, name, email, city, postcode, phone"
PREFIX_COLUMNS = "rowid, name, city, postcode"
INDEXED = "display_name, email, city, postcode, phone"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_contracts_policy_key ON contracts ({POLICY_KEY}, client_id)")
    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_search()


def _create_sqlite_search() -> None:
    for trigger in ("clients_search_ai", "clients_search_ad", "clients_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS client_search")
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        "name, email, city, postcode, phone, content='', contentless_delete=1, "
        "tokenize='trigram remove_diacritics 1')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE client_search_prefix USING fts5("
        "name, city, postcode, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
    )
    op.execute(
        f"INSERT INTO client_search ({SEARCH_COLUMNS}) "
        f"SELECT {_search_values('clients')} FROM clients ORDER BY id"
    )
    op.execute(
        f"INSERT INTO client_search_prefix ({PREFIX_COLUMNS}) "
        f"SELECT {_prefix_values('clients')} FROM clients ORDER BY id"
    )
    insert = (
        f"INSERT INTO client_search ({SEARCH_COLUMNS}) VALUES ({_search_values('new')}); "
        f"INSERT INTO client_search_prefix ({PREFIX_COLUMNS}) VALUES ({_prefix_values('new')});"
    )
    delete = (
        "DELETE FROM client_search WHERE rowid = old.id; "
        "DELETE FROM client_search_prefix WHERE rowid = old.id;"
    )
    op.execute(f"CREATE TRIGGER clients_search_ai AFTER INSERT ON clients BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER clients_search_ad AFTER DELETE ON clients BEGIN {delete} END")
    op.execute(
        f"CREATE TRIGGER clients_search_au AFTER UPDATE OF {INDEXED} ON clients "
        f"BEGIN {delete} {insert} END"
    )
    # planner statistics of a large office, as migration 0004 gives the other indexes
    op.execute("ANALYZE sqlite_schema")
    op.execute("DELETE FROM sqlite_stat1 WHERE idx = 'ix_contracts_policy_key'")
    op.execute(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) "
        "VALUES ('contracts', 'ix_contracts_policy_key', '1000000 1 1')"
    )
    op.execute("ANALYZE sqlite_schema")


def downgrade() -> None:
    raise NotImplementedError("Broker Desktop restores from the pre-migration backup instead")
