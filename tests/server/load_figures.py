"""The office-server load test's figures, printed at the end of the run
(``pytest_terminal_summary`` in tests/conftest.py): reported, never asserted on."""

from __future__ import annotations

FIGURES: list[str] = []
