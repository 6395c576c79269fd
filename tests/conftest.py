"""Shared fixtures: real SQLCipher files in temp folders, fast-but-real crypto costs,
and a real in-memory keyring backend."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from broker_desktop.storage.slots import KdfParams  # noqa: E402

# Real scrypt, only cheaper: the production cost is measured by the benchmark.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.db"
