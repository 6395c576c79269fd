"""Fixtures of the security suite."""

from __future__ import annotations

import pytest
from security_office import build_office


@pytest.fixture(scope="module")
def sec_office(tmp_path_factory):
    office = build_office(tmp_path_factory.mktemp("security") / "office.db")
    yield office
    office.alice.close()
    office.director.close()
