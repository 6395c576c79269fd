"""Fixtures for the storage tests."""

from __future__ import annotations

import pytest
from storage_helpers import Office, make_office


@pytest.fixture
def office(db_path, fast_kdf) -> Office:
    """An office database with two users and 50 rows, closed."""
    return make_office(db_path, fast_kdf)
