"""Names for pickers and filters (agents, insurers, lines), read once per page."""

from __future__ import annotations

from PySide6.QtCore import QLocale


class ReferenceChoices:
    def __init__(self, session) -> None:
        self._session = session
        self._cache: dict[str, list[tuple[int, str]]] = {}

    def _get(self, name: str, load) -> list[tuple[int, str]]:
        if name not in self._cache:
            try:
                self._cache[name] = load()
            except Exception:  # no right to the list: the picker stays empty
                self._cache[name] = []
        return self._cache[name]

    def agents(self) -> list[tuple[int, str]]:
        return self._get(
            "agents", lambda: [(p.id, p.display_name) for p in self._session.reference.people()]
        )

    def insurers(self) -> list[tuple[int, str]]:
        return self._get(
            "insurers", lambda: [(i.id, i.name) for i in self._session.reference.insurers()]
        )

    def lines(self) -> list[tuple[int, str]]:
        language = QLocale().name()[:2]
        return self._get(
            "lines",
            lambda: [(ln.id, ln.name(language)) for ln in self._session.reference.lines()],
        )

    def name_of(self, kind: str, item_id: int | None) -> str:
        items = {"agents": self.agents, "insurers": self.insurers, "lines": self.lines}[kind]()
        return next((name for i, name in items if i == item_id), "")
