"""A worker operation that dies of a ``BaseException`` (the crypto library's Rust panic
on absurd scrypt parameters) is reported as an unexpected error; nothing hangs."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from broker_desktop.ui.tasks import TaskRunner, UnexpectedFailure


def _panics() -> bytes:
    return Scrypt(salt=b"s" * 16, length=64, n=2**60, r=8, p=1).derive(b"password")


@pytest.mark.parametrize("inline", [False, True], ids=["worker thread", "inline"])
def test_a_panic_in_an_operation_reaches_the_failure_callback(qtbot, qapp, inline):
    runner = TaskRunner(inline=inline)
    failures: list[BaseException] = []
    try:
        runner.run(
            _panics, lambda _r: failures.append(AssertionError("succeeded")), failures.append
        )
        qtbot.waitUntil(lambda: bool(failures) and not runner.busy, timeout=20_000)
        (failure,) = failures
        assert isinstance(failure, UnexpectedFailure)
        assert type(failure.__cause__).__name__ == "PanicException"
        # the worker is still alive for the next operation
        results: list[object] = []
        runner.run(lambda: "next", results.append)
        qtbot.waitUntil(lambda: results == ["next"], timeout=20_000)
    finally:
        runner.shutdown()


def test_a_panic_without_a_failure_callback_is_shown_as_unexpected(qtbot, qapp):
    runner = TaskRunner()
    shown: list[BaseException] = []
    runner.failed.connect(shown.append)
    try:
        runner.run(_panics)
        qtbot.waitUntil(lambda: bool(shown) and not runner.busy, timeout=20_000)
        assert isinstance(shown[0], UnexpectedFailure)
    finally:
        runner.shutdown()
