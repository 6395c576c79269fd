"""Export of what a list shows to a CSV file for Excel.

An export reads through the listing services' own pages, so it holds exactly the rows
and columns the user's list holds (an agent's export of commissions has his share lines
and no totals), and it needs the export right on top. Each export is audited.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from broker_desktop.core.paging import SortedQuery
from broker_desktop.core.rights import Right
from broker_desktop.core.service_session import ServiceSession
from broker_desktop.storage.files import atomic_write

BATCH = 2000
LISTS = ("clients", "contracts", "commissions", "deadlines")
# Excel evaluates a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(key: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if key.endswith("_cents") and isinstance(value, int):
        return str(Decimal(value) / 100)
    if key.endswith("_bp") and isinstance(value, int):
        return str(Decimal(value) / 100)  # percent
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class ExportService:
    def __init__(self, session: ServiceSession) -> None:
        self._s = session

    def to_csv(self, list_name: str, query: SortedQuery | None, target: str | Path) -> int:
        """Write the rows of ``list_name`` matching ``query`` to ``target``; returns how
        many. Semicolon-separated UTF-8 with a BOM, as Excel opens it in Switzerland."""
        if list_name not in LISTS:
            raise ValueError(f"unknown list {list_name!r}")
        with self._s.tx() as (_conn, scope):
            scope.require(Right.EXPORT)
        service = getattr(self._s, list_name)
        columns = service.columns()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(columns)
        count, cursor = 0, None
        while True:
            rows = service.page(query, after=cursor, limit=BATCH)
            for row in rows:
                writer.writerow([cell(key, getattr(row, key)) for key in columns])
            count += len(rows)
            if len(rows) < BATCH:
                break
            cursor = rows[-1].cursor
        atomic_write(Path(target), ("\ufeff" + buffer.getvalue()).encode("utf-8"), mode=0o600)
        with self._s.tx(write=True) as (conn, _scope):
            self._s.log(conn, "export", list_name, None, {"rows": count, "file": Path(target).name})
        return count
