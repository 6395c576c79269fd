"""Guard against Qt bindings that corrupt reference counts of Python singletons.

PySide6 6.12.0 releases a reference to ``True`` on every signal emission. On Python
3.11 (where ``True`` and ``None`` are not immortal) a busy window then aborts with
"bool_dealloc: deallocating True or False". pyproject.toml excludes that release for
Python < 3.12; this test fails if a broken combination is installed again.
"""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    number = Signal(int)
    done = Signal(int, bool, object)


def test_signal_emission_keeps_singleton_refcounts(qapp):
    emitter = Emitter()
    received = []
    emitter.number.connect(lambda value: received.append(value))
    emitter.done.connect(lambda job, ok, result: received.append((job, ok, result)))
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for i in range(200):
        emitter.number.emit(i)
        emitter.done.emit(i, i % 2 == 0, None)
    received.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    drift = [abs(a - b) for a, b in zip(after, before, strict=True)]
    assert max(drift) < 50, f"refcounts of True/False/None drifted by {drift}"
