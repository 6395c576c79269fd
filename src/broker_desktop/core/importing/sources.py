"""Reading a source file row by row, whatever produced it.

CSV: any delimiter (detected, or given), UTF-8 with or without BOM, Windows-1252 and
other encodings (detected with charset-normalizer, or given), quoted fields holding line
breaks. XLSX: openpyxl in read-only mode, so a million rows never sit in memory; the
header row is found under merged title and group rows, and a column name that repeats
under two groups gets its group's name in front ("Preneur Nom", "Assuré Nom").

``Source.rows()`` yields ``(row_number, cells)`` with row numbers as the user sees them
in Excel or a text editor's record count (the header is row 1 of a CSV).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from broker_desktop.core.importing.values import Cell, is_blank, text_of

SAMPLE_BYTES = 256 * 1024
HEADER_SEARCH_ROWS = 20
DELIMITERS = ";,\t|"


class SourceError(Exception):
    """The file cannot be read as a table; the message says why, for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class SourceOptions:
    encoding: str | None = None  # None: detect
    delimiter: str | None = None  # None: detect
    sheet: str | None = None  # None: the first sheet
    header_row: int | None = None  # 1-based; None: detect


@dataclass(frozen=True)
class Detected:
    """What was found, shown to the user so he can override it."""

    format: str  # csv | xlsx
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    sheets: tuple[str, ...] = ()


class Source:
    """An open source file. Use as a context manager; ``rows()`` can be called again
    (each call reads the file from the start, streaming)."""

    def __init__(self, path: Path, options: SourceOptions | None = None) -> None:
        self.path = Path(path)
        self.options = options or SourceOptions()
        if not self.path.is_file():
            raise SourceError("not_found", f"No such file: {self.path}")
        self.size = self.path.stat().st_size
        with open(self.path, "rb") as handle:
            head = handle.read(8)
        self.format = "xlsx" if head.startswith(b"PK\x03\x04") else "csv"
        if self.format == "xlsx":
            self._reader: _Reader = _XlsxReader(self.path, self.options)
        else:
            self._reader = _CsvReader(self.path, self.options)
        self.detected = self._reader.detect()

    @property
    def headers(self) -> tuple[str, ...]:
        return self.detected.headers

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """Data rows under the header, blank rows skipped, each padded to the header."""
        width = len(self.headers)
        for number, cells in self._reader.data_rows(self.detected.header_row):
            if all(is_blank(c) for c in cells):
                continue
            if len(cells) < width:
                cells = [*cells, *([None] * (width - len(cells)))]
            yield number, cells

    def progress(self) -> float:
        """Share of the file read so far, 0..1."""
        return self._reader.progress()

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Reader:
    def detect(self) -> Detected:
        raise NotImplementedError

    def data_rows(self, header_row: int) -> Iterator[tuple[int, list[Cell]]]:
        raise NotImplementedError

    def progress(self) -> float:
        return 0.0

    def close(self) -> None:
        pass


def find_header(rows: list[list[Cell]], forced: int | None) -> tuple[int, tuple[str, ...]]:
    """The header is the first of the top rows with the most filled text cells; the rows
    above it are titles or merged group labels, carried to the right like Excel shows
    them, and put in front of a column name that would otherwise repeat."""
    if not rows:
        raise SourceError("empty", "The file holds no rows.")
    if forced is not None:
        if not 1 <= forced <= len(rows):
            raise SourceError("no_header", f"No row {forced} in the first rows of the file.")
        index = forced - 1
    else:
        counts = [sum(1 for c in r if isinstance(c, str) and c.strip()) for r in rows]
        index = counts.index(max(counts))
        if counts[index] == 0:
            raise SourceError("no_header", "No row of column names found.")
    header = [text_of(c) for c in rows[index]]
    while header and not header[-1]:
        header.pop()
    groups: list[str] = [""] * len(header)
    if index > 0:
        above = rows[index - 1]
        if sum(1 for c in above if not is_blank(c)) > 1:  # a group row, not a lone title
            carried = ""
            for i in range(len(header)):
                cell = above[i] if i < len(above) else None
                if not is_blank(cell):
                    carried = text_of(cell)
                groups[i] = carried
    names: list[str] = []
    seen: dict[str, int] = {}
    repeated = {h for h in header if h and header.count(h) > 1}
    for i, name in enumerate(header):
        if not name:
            name = f"{groups[i]} ({i + 1})".strip() if groups[i] else f"Colonne {i + 1}"
        elif name in repeated and groups[i]:
            name = f"{groups[i]} {name}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return index + 1, tuple(names)


# ----- CSV ----------------------------------------------------------------------------------
def detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and len(sample) >= SAMPLE_BYTES:
            return "utf-8"  # the sample cut a character in two
    # Not UTF-8: a Swiss office's file is then almost always what Windows Excel wrote,
    # cp1252 (a statistical detector misreads short files: "N°" came out as "NḞ"); the
    # detector decides only for bytes cp1252 cannot decode, and the user can override.
    try:
        sample.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return "cp1252" if best is None else str(best.encoding)


def detect_delimiter(text: str) -> str:
    lines = text.splitlines()[:50]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sum(line.count(d) for line in lines) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


class _CountingReader(io.RawIOBase):
    """Counts the bytes the text layer has read, for the progress bar."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _CsvReader(_Reader):
    def __init__(self, path: Path, options: SourceOptions) -> None:
        self.path = path
        self.options = options
        self.size = max(1, path.stat().st_size)
        self._counter: _CountingReader | None = None
        self._handles: list[IO[bytes]] = []
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
        self.encoding = options.encoding or detect_encoding(sample)
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise SourceError("unknown_encoding", f"Unknown encoding: {self.encoding}") from None
        text = sample.decode(self.encoding, errors="replace")
        self.delimiter = options.delimiter or detect_delimiter(text)
        if len(self.delimiter) != 1:
            raise SourceError("bad_delimiter", "The delimiter must be a single character.")

    def _records(self) -> Iterator[list[str]]:
        raw = open(self.path, "rb")  # noqa: SIM115 - closed in close() or at the end
        self._handles.append(raw)
        self._counter = _CountingReader(raw)
        text = io.TextIOWrapper(
            io.BufferedReader(self._counter, 1 << 16), encoding=self.encoding, newline=""
        )
        try:
            yield from csv.reader(text, delimiter=self.delimiter)
        except UnicodeDecodeError:
            raise SourceError(
                "bad_encoding",
                f"The file is not in {self.encoding}; choose its encoding (e.g. windows-1252).",
            ) from None
        except csv.Error as exc:
            raise SourceError("bad_csv", f"Unreadable CSV: {exc}") from None
        finally:
            raw.close()

    def detect(self) -> Detected:
        top: list[list[Cell]] = []
        for record in self._records():
            top.append(list(record))
            if len(top) >= HEADER_SEARCH_ROWS:
                break
        header_row, headers = find_header(top, self.options.header_row)
        return Detected("csv", self.encoding, self.delimiter, None, header_row, headers)

    def data_rows(self, header_row: int) -> Iterator[tuple[int, list[Cell]]]:
        for number, record in enumerate(self._records(), start=1):
            if number > header_row:
                yield number, list(record)

    def progress(self) -> float:
        return min(1.0, self._counter.count / self.size) if self._counter else 0.0

    def close(self) -> None:
        for handle in self._handles:
            handle.close()
        self._handles.clear()


# ----- XLSX ---------------------------------------------------------------------------------
class _XlsxReader(_Reader):
    def __init__(self, path: Path, options: SourceOptions) -> None:
        import openpyxl

        self.options = options
        try:
            self.book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # zipfile, XML and openpyxl errors alike
            raise SourceError("bad_xlsx", f"Unreadable XLSX file: {exc}") from None
        names = self.book.sheetnames
        if options.sheet is not None and options.sheet not in names:
            raise SourceError("no_sheet", f"No sheet named {options.sheet!r}.")
        self.sheet_name = options.sheet or names[0]
        self.sheet = self.book[self.sheet_name]
        self.total = max(1, self.sheet.max_row or 1)
        self._at = 0
        self._stream: _CountingReader | None = None
        self._sheet_bytes = 0
        self._count_sheet_bytes()

    def _count_sheet_bytes(self) -> None:
        """Progress by the sheet's XML read so far: files written by streaming writers
        (openpyxl's write-only mode, many exports) have no dimension, so their row count
        is unknown until the end. Falls back to rows over the dimension if openpyxl's
        internals differ."""
        try:
            member = self.book._archive.getinfo(self.sheet._worksheet_path)
            original = self.sheet._get_source
        except (AttributeError, KeyError):
            return
        self._sheet_bytes = max(1, member.file_size)

        def counted() -> _CountingReader:
            self._stream = _CountingReader(original())
            return self._stream

        self.sheet._get_source = counted

    def _rows(self) -> Iterator[tuple[int, list[Cell]]]:
        for number, row in enumerate(self.sheet.iter_rows(values_only=True), start=1):
            self._at = number
            yield number, list(row)

    def detect(self) -> Detected:
        top = []
        for _number, row in self._rows():
            top.append(row)
            if len(top) >= HEADER_SEARCH_ROWS:
                break
        header_row, headers = find_header(top, self.options.header_row)
        return Detected(
            "xlsx", None, None, self.sheet_name, header_row, headers, tuple(self.book.sheetnames)
        )

    def data_rows(self, header_row: int) -> Iterator[tuple[int, list[Cell]]]:
        for number, row in self._rows():
            if number > header_row:
                yield number, row

    def progress(self) -> float:
        if self._stream is not None and self._sheet_bytes:
            return min(1.0, self._stream.count / self._sheet_bytes)
        return min(1.0, self._at / self.total)

    def close(self) -> None:
        self.book.close()
