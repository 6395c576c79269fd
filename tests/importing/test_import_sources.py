"""Reading the files extranets and old programs produce."""

from datetime import datetime

import openpyxl
import pytest
from tests.importing.extranet_files import (
    PORTFOLIO_HEADERS,
    axa_csv,
    bom_csv,
    portfolio_xlsx,
    write_csv,
)

from broker_desktop.core.importing.sources import Source, SourceError, SourceOptions


def test_windows_1252_semicolons_and_quoted_line_breaks(tmp_path):
    path = axa_csv(tmp_path)
    assert "Hélène".encode("cp1252") in path.read_bytes()
    with Source(path) as source:
        assert source.detected.encoding == "cp1252"
        assert source.detected.delimiter == ";"
        assert source.headers == tuple(PORTFOLIO_HEADERS)
        rows = list(source.rows())
    assert len(rows) == 10
    number, first = rows[0]
    assert number == 2
    assert first[3] == "Hélène"
    assert first[7] == "Rue du Lac 3\nCase postale 12"
    assert rows[-1][0] == 11  # records, not physical lines: two addresses hold a line break


def test_utf8_with_bom_and_an_override(tmp_path):
    path = bom_csv(tmp_path)
    with Source(path) as source:
        assert source.detected.encoding == "utf-8-sig"
        assert source.headers[0] == "No client"  # no BOM glued to the first name
        assert [r[1][3] for r in source.rows()] == ["Hélène", "Hélène"]
    comma = write_csv(
        tmp_path / "c.csv", ["a", "b"], [["1", "x;y"]], encoding="utf-8", delimiter=","
    )
    with Source(comma, SourceOptions(delimiter=",")) as source:
        assert list(source.rows()) == [(2, ["1", "x;y"])]
    with pytest.raises(SourceError):
        Source(tmp_path / "missing.csv")


def test_wrong_encoding_given_is_a_clear_error(tmp_path):
    path = axa_csv(tmp_path)
    with pytest.raises(SourceError) as caught:
        with Source(path, SourceOptions(encoding="utf-8")) as source:
            list(source.rows())
    assert caught.value.code == "bad_encoding"


def test_xlsx_with_merged_header_rows_and_excel_dates(tmp_path):
    path = portfolio_xlsx(tmp_path)
    with Source(path) as source:
        assert source.format == "xlsx"
        assert source.detected.header_row == 3
        assert source.headers[:3] == ("Nom", "Prénom", "Né le")
        rows = list(source.rows())
    assert [n for n, _ in rows] == [4, 5, 6, 7, 8, 9]
    assert rows[0][1][2] == datetime(1980, 1, 1)
    assert rows[1][1][9] == 46387  # the bare serial stays a number for the date parser


def test_repeated_column_names_get_their_group(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Preneur", None, "Assuré", None])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")
    sheet.append(["Nom", "Prénom", "Nom", "Prénom"])
    sheet.append(["Favre", "Luc", "Favre", "Léa"])
    book.save(tmp_path / "g.xlsx")
    with Source(tmp_path / "g.xlsx") as source:
        assert source.headers == ("Preneur Nom", "Preneur Prénom", "Assuré Nom", "Assuré Prénom")


@pytest.mark.parametrize("write_only", [True, False])
def test_xlsx_progress_follows_the_sheet_even_without_a_dimension(tmp_path, write_only):
    """A streaming writer (openpyxl's write-only mode, many exports) leaves the sheet
    unsized: the progress bar must still move with the rows read, not jump to the end."""
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet("Export") if write_only else book.active
    sheet.append(["No police", "Nom", "Prime"])
    for i in range(2000):
        sheet.append([f"P-{i:05d}", f"Client {i}", 1000 + i])
    path = tmp_path / "flux.xlsx"
    book.save(path)
    seen = []
    with Source(path) as source:
        for number, _cells in source.rows():
            if number in (2, 1001, 2001):
                seen.append(source.progress())
        assert source.progress() == 1.0
    assert seen[0] < 0.2 and 0.3 < seen[1] < 0.7 and seen[2] > 0.9
