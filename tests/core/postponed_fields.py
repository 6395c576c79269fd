"""A dataclass whose annotations are postponed (strings at run time), for test_check_fields."""

from __future__ import annotations

import dataclasses
from datetime import date


@dataclasses.dataclass
class Postponed:
    name: str
    count: int
    since: date | None = None
    active: bool = True
