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


def test_a_large_count_shows_as_capped_then_exact(people_source, inline_runner, monkeypatch):
    from broker_desktop.ui.models import paged_table

    monkeypatch.setattr(paged_table, "COUNT_CAP", 1000)
    people_source.cap = 1000
    shown = []
    model = PagedTableModel(people_source, PeopleQuery(), COLUMNS, inline_runner, load=False)
    model.loaded.connect(lambda: shown.append((model.rowCount(), model.count_text())))
    assert people_source.calls == [] and model.rowCount() == 0  # nothing read yet
    model.ensure_loaded()
    # first the capped count ("more than 1'000"), then the exact one from the background
    assert shown[0][0] == 1001 and "1'000" in shown[0][1] and shown[0][1] != "1'001"
    assert shown[-1] == (1234, "1'234")
    assert people_source.counts == [False, True]
    assert model.count_exact


def test_a_new_filter_interrupts_the_superseded_query(qtbot, people_source, thread_runner):
    """The worker is busy with the old query's read when the filter changes: that read is
    interrupted and its result never reaches the model."""
    import threading

    started, release = threading.Event(), threading.Event()
    interrupted = []
    original = people_source.count

    def slow_count(query, *, exact=True):
        if query.name == "slow":
            started.set()
            release.wait(10)
            if interrupted:
                raise RuntimeError("interrupted")
        return original(query, exact=exact)

    people_source.count = slow_count
    people_source.interrupt = lambda thread_id: (interrupted.append(thread_id), release.set())
    model = PagedTableModel(people_source, PeopleQuery(name="slow"), COLUMNS, thread_runner)
    assert started.wait(10)
    model.set_query(PeopleQuery(name="Client 1"))
    assert interrupted == [thread_runner._thread.ident]
    qtbot.waitUntil(lambda: model.count_exact and not thread_runner.busy)
    assert model.rowCount() == original(PeopleQuery(name="Client 1"))
    assert all("Client 1" in n for n in names_in_order(model))
