"""The lazy table model against a real SQLCipher table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_fake_source import PeopleQuery

from broker_desktop.ui.models.paged_table import BLOCK, SORT_ROLE, Column, PagedTableModel

COLUMNS = [
    Column("name", "Name"),
    Column("premium", "Premium", "money"),
    Column("secret", "Secret", "int"),
]


def names_in_order(model):
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_passes_the_model_tester(qtmodeltester, people_source, inline_runner):
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, inline_runner)
    qtmodeltester.check(model, force_py=True)


def test_passes_the_model_tester_while_loading_off_thread(
    qtbot, qtmodeltester, people_source, thread_runner
):
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, thread_runner)
    with qtbot.waitSignal(model.loaded):
        pass
    assert model.rowCount() == 1234
    assert model.data(model.index(700, 0)) == "…"  # placeholder while the block loads
    qtbot.waitUntil(lambda: not thread_runner.busy)
    assert model.data(model.index(700, 0)).startswith("Client ")
    qtmodeltester.check(model, force_py=True)


def test_reads_blocks_lazily_and_by_keyset(people_source, inline_runner):
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, inline_runner)
    assert model.rowCount() == 1234
    assert len(people_source.calls) == 1  # only the first block, read before the count
    model.data(model.index(0, 0))
    model.data(model.index(BLOCK, 0))
    model.data(model.index(1233, 0))
    model.data(model.index(BLOCK * 3, 0))
    first, second, last, middle = people_source.calls
    assert first["offset"] == 0 and first["after"] is None
    assert second["after"] is not None  # keyset from the cached first block
    assert last["from_end"] is True
    assert middle["offset"] == BLOCK * 3
    # every row in order, none repeated, whichever way the blocks were read
    everything = names_in_order(model)
    assert everything == sorted(everything)
    assert len(set(everything)) == 1234


def test_block_before_a_cached_one_reads_backwards(people_source, inline_runner):
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, inline_runner)
    model.data(model.index(1233, 0))
    model.data(model.index(1233 - BLOCK, 0))
    assert people_source.calls[-1]["before"] is not None
    assert names_in_order(model) == sorted(names_in_order(model))


def test_sorting_and_filtering_change_the_query(people_source, inline_runner):
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, inline_runner)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "premium" and model.query.descending
    assert model.data(model.index(0, 1), SORT_ROLE) == 1234 * 101
    assert model.data(model.index(0, 1)) == "CHF 1'246.34"
    model.update_query(name="Client 00012")
    assert model.rowCount() == 10  # Client 000120 to 000129
    assert all("00012" in n for n in names_in_order(model))


def test_columns_not_granted_are_not_in_the_model(people_db, inline_runner, qtmodeltester):
    from ui_fake_source import PeopleSource

    source = PeopleSource(people_db, may_see_secret=False)
    model = PagedTableModel(source, PeopleQuery(), COLUMNS, inline_runner)
    assert model.column_keys() == ["name", "premium"]
    assert model.columnCount() == 2
    source.may_see_secret = True
    model.refresh()
    assert model.column_keys() == ["name", "premium", "secret"]
    qtmodeltester.check(model, force_py=True)


def test_clear_forgets_every_row(people_source, inline_runner):
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, inline_runner)
    model.data(model.index(0, 0))
    model.clear()
    assert model.rowCount() == 0
    assert model.row_at(0) is None
