"""The program's one clock: the times it stores and the stamps in file names."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now, timezone-aware, in UTC."""
    return datetime.now(UTC)


def db_now() -> datetime:
    """Now for a DateTime column: UTC without a timezone (SQLite stores none)."""
    return utc_now().replace(tzinfo=None)


def file_stamp() -> str:
    """Local time for the name of a file kept aside, e.g. ``office.db.replaced-20261231-174500``:
    sorts by time and reads as the user's clock."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")
