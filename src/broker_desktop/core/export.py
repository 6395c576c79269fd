"""Export of what a list shows to a file people open: an Excel workbook or a CSV file.

An export reads through the listing services' own pages, so it holds exactly the rows
and columns the user's list holds (an agent's export of commissions has his share lines
and no totals), and it needs the export right on top. Each export is audited.

``write`` takes the columns as the user sees them (``ExportColumn``: his order, the
headers and the labels of codes in his language, chosen by the UI): dates are dates,
amounts in CHF are numbers with a CHF format, nothing becomes a formula. Rows are
streamed page by page to a ``.partial`` file renamed at the end; ``progress`` may stop
it (nothing is left behind).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from broker_desktop.core.errors import CoreError, ValidationError
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


FORMATS = ("xlsx", "csv")
KINDS = ("text", "int", "money", "percent", "date", "datetime", "bool", "period")
CHF_FORMAT = '"CHF" #,##0.00'  # Excel shows the office's thousands separator (1'234.50)
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
PERCENT_FORMAT = "0.00%"

Progress = Callable[[int, int], bool]  # (rows written, rows in all) -> go on?


@dataclass(frozen=True)
class ExportColumn:
    """One column of an export, as the user sees it."""

    key: str  # the listing's column
    header: str  # in the user's language
    kind: str = "text"  # one of KINDS
    labels: tuple[tuple[str, str], ...] = ()  # stored code -> label ("true"/"false" too)


class ExportCancelled(CoreError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


def _label(column: ExportColumn, value: object) -> str | None:
    if not column.labels:
        return None
    code = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return dict(column.labels).get(code)


def swiss_period(value: str) -> str:
    """A stored period as the office writes it: '2026-12' -> '12.2026' (a year stays)."""
    year, _, month = value.partition("-")
    return f"{month}.{year}" if month else year


def safe_text(text: str) -> str:
    """A text no spreadsheet takes for a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def typed_value(column: ExportColumn, value: object) -> object:
    """The value as a spreadsheet should hold it: numbers, dates, labels, safe text."""
    if value is None:
        return None
    label = _label(column, value)
    if label is not None:
        return safe_text(label)
    kind = column.kind
    if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value) / 100
    if kind == "percent" and isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value) / 10000  # basis points -> a fraction, shown as 12.50 %
    if kind == "int" and isinstance(value, int):
        return value
    if kind == "period" and isinstance(value, str):
        return swiss_period(value)
    if kind == "datetime" and isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return safe_text(str(value))
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return local.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return value
    return safe_text(str(value))


def csv_text(column: ExportColumn, value: object) -> str:
    """The same value written for Excel's Swiss CSV import."""
    typed = typed_value(column, value)
    if typed is None:
        return ""
    if isinstance(typed, datetime):
        return typed.strftime("%d.%m.%Y %H:%M")
    if isinstance(typed, date):
        return typed.strftime("%d.%m.%Y")
    if isinstance(typed, Decimal):
        return f"{typed * 100:.2f} %" if column.kind == "percent" else f"{typed:.2f}"
    return str(typed)


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

    def write(
        self,
        list_name: str,
        query: SortedQuery | None,
        target: str | Path,
        columns: Sequence[ExportColumn],
        file_format: str = "xlsx",
        progress: Progress | None = None,
    ) -> int:
        """Write the rows of ``list_name`` matching ``query`` to ``target`` with
        ``columns`` (in that order) as an Excel workbook or a CSV file; returns how many
        rows. ExportCancelled when ``progress`` returns False."""
        if list_name not in LISTS:
            raise ValidationError.single("list_name", "invalid_choice", "Unknown list.")
        if file_format not in FORMATS:
            raise ValidationError.single("file_format", "invalid_choice", "XLSX or CSV.")
        with self._s.tx() as (_conn, scope):
            scope.require(Right.EXPORT)
        service = getattr(self._s, list_name)
        known = set(service.columns())
        columns = list(columns)
        if not columns or any(
            not isinstance(c, ExportColumn) or c.key not in known or c.kind not in KINDS
            for c in columns
        ):
            raise ValidationError.single("columns", "invalid_choice", "Unknown column.")
        total = service.count(query)
        rows = self._rows(service, query, columns)
        target = Path(target)
        partial = target.with_name(target.name + ".partial")
        try:
            if file_format == "xlsx":
                count = _write_xlsx(partial, columns, rows, total, progress)
            else:
                count = _write_csv(partial, columns, rows, total, progress)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        with self._s.tx(write=True) as (conn, _scope):
            self._s.log(
                conn,
                "export",
                list_name,
                None,
                {"rows": count, "file": target.name, "format": file_format},
            )
        return count

    @staticmethod
    def _rows(
        service: Any, query: SortedQuery | None, columns: list[ExportColumn]
    ) -> Iterator[list[object]]:
        cursor = None
        while True:
            page = service.page(query, after=cursor, limit=BATCH)
            for row in page:
                yield [getattr(row, c.key) for c in columns]
            if len(page) < BATCH:
                return
            cursor = page[-1].cursor


def _tick(progress: Progress | None, count: int, total: int) -> None:
    if progress is not None and count % 500 == 0 and not progress(count, total):
        raise ExportCancelled()


def _write_csv(
    path: Path,
    columns: list[ExportColumn],
    rows: Iterator[list[object]],
    total: int,
    progress: Progress | None,
) -> int:
    count = 0
    with open(path, "x", encoding="utf-8-sig", newline="") as handle:
        os.chmod(path, 0o600)
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([safe_text(c.header) for c in columns])
        for values in rows:
            writer.writerow([csv_text(c, v) for c, v in zip(columns, values, strict=True)])
            count += 1
            _tick(progress, count, total)
    if progress is not None:
        progress(count, total)
    return count


def _write_xlsx(
    path: Path,
    columns: list[ExportColumn],
    rows: Iterator[list[object]],
    total: int,
    progress: Progress | None,
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.freeze_panes = "A2"
    widths = {
        "date": 12,
        "datetime": 17,
        "money": 16,
        "percent": 10,
        "int": 10,
        "bool": 8,
        "period": 10,
    }
    for index, column in enumerate(columns, start=1):
        width = max(widths.get(column.kind, 24), len(column.header) + 4)
        sheet.column_dimensions[get_column_letter(index)].width = min(width, 60)
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    formats = {
        "money": CHF_FORMAT,
        "date": DATE_FORMAT,
        "datetime": DATETIME_FORMAT,
        "percent": PERCENT_FORMAT,
    }
    count = 0
    try:
        count = _append_rows(sheet, columns, rows, formats, total, progress)
    except BaseException:
        sheet.close()  # ends openpyxl's temporary sheet file cleanly
        raise
    with open(path, "xb") as handle:
        os.chmod(path, 0o600)
        book.save(handle)
    return count


def _append_rows(
    sheet: Any,
    columns: list[ExportColumn],
    rows: Iterator[list[object]],
    formats: dict[str, str],
    total: int,
    progress: Progress | None,
) -> int:
    from openpyxl.cell import WriteOnlyCell

    count = 0
    for values in rows:
        cells = []
        for column, value in zip(columns, values, strict=True):
            typed = typed_value(column, value)
            cell = WriteOnlyCell(sheet, value=typed)
            if isinstance(typed, str):
                cell.data_type = "s"  # openpyxl would store "=…" as a formula
            elif column.kind in formats and typed is not None:
                cell.number_format = formats[column.kind]
            cells.append(cell)
        sheet.append(cells)
        count += 1
        _tick(progress, count, total)
    if progress is not None and not progress(count, total):
        raise ExportCancelled()
    return count
