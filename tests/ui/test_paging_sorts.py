"""Every sort a list's header offers, through the lazy model's four ways of reading a
block (offset for a far block, from the end for the last, before/after a loaded
neighbour), director and agent: every probed row is the row the core puts there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from broker_desktop.ui.models.paged_table import BLOCK

LISTS = {
    "portfolio": "clients",
    "deadlines": "model",
    "commissions": "model",
    "audit": "model",
}


def probes(rows: int) -> list[int]:
    """Far block (offset), last row (from_end), the block before it (before), the block
    after the far one (after), and the first rows."""
    far = 3 * BLOCK + 5
    picks = [0, BLOCK - 1]
    if rows > far:
        picks += [far, rows - 1, far - BLOCK, far + BLOCK]
    else:
        picks += [rows - 1, max(0, rows - BLOCK - 1)]
    return [p for p in picks if 0 <= p < rows]


@pytest.mark.parametrize("login", ["directeur", "agent1"])
def test_every_offered_sort_reads_the_right_rows_every_way(qtbot, open_app, demo, login):
    window = open_app(demo.path, login).window
    deep = 0
    for page_name, attribute in LISTS.items():
        if not window.show_page(page_name):
            continue
        model = getattr(window.pages[page_name], attribute)
        service = model._source
        failures = []
        model.failed.connect(failures.append)
        model.ensure_loaded()
        for column in range(model.columnCount()):
            if not model.is_sortable(column):
                continue
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                model.sort(column, order)
                qtbot.waitUntil(lambda m=model: not m.counting, timeout=20000)
                query, rows = model.query, model.rowCount()
                deep += rows > 3 * BLOCK + 5
                for row in probes(rows):
                    qtbot.waitUntil(lambda m=model, r=row: m.row_at(r) is not None, timeout=20000)
                    expected = service.page(query, offset=row, limit=1)[0].id
                    label = f"{page_name} by {model.column_keys()[column]} {order.name} row {row}"
                    assert model.id_at(row) == expected, label
        assert failures == [], f"{page_name}: {failures}"
    if login == "directeur":
        assert deep > 0  # some list was read past its third block
