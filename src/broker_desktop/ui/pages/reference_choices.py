"""Names for pickers and filters (agents, insurers, lines), read once per page.

``prefetch`` reads all three on the worker thread (a page's filter combos fill when
they arrive); the getters then answer from memory, without touching the database.
``follow`` reads them again, the same way, whenever the change path says users,
insurers or lines changed (a new insurer, a user deactivated or renamed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from broker_desktop.core.changes import INSURER, LINE, USER
from broker_desktop.ui.changes import LiveRefresh

KINDS = ("agents", "insurers", "lines")
SOURCES = (USER, INSURER, LINE)  # the records these lists are read from


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

    def prefetch(self, runner, done: Callable[[], None]) -> None:
        """Read every list on ``runner``'s worker thread, then call ``done`` on the GUI
        thread."""
        loaders = {
            "agents": self._agents,
            "insurers": self._insurers,
            "lines": self._lines(QLocale().name()[:2]),
        }

        def load() -> dict[str, list[tuple[int, str]]]:
            found = {}
            for name, loader in loaders.items():
                try:
                    found[name] = loader()
                except Exception:  # no right to the list: the picker stays empty
                    found[name] = []
            return found

        def arrived(found: dict[str, list[tuple[int, str]]]) -> None:
            self._cache.update(found)
            done()

        runner.run(load, arrived, lambda _exc: None)

    def follow(self, page: QWidget, context, done: Callable[[], None]) -> LiveRefresh:
        """Keep the lists current through the one change path: when a change set touches
        users, insurers or lines (or the user's rights change), read them again on the
        worker thread and call ``done`` to refill the page's combos. A hidden page does
        it when shown (call ``shown()`` on the returned object from ``on_shown``)."""
        runner = context.runner
        return LiveRefresh(
            page, context.changes, context.guard, SOURCES, lambda: self.prefetch(runner, done)
        )

    def _agents(self) -> list[tuple[int, str]]:
        return [(p.id, p.display_name) for p in self._session.reference.people()]

    def _insurers(self) -> list[tuple[int, str]]:
        return [(i.id, i.name) for i in self._session.reference.insurers()]

    def _lines(self, language: str) -> Callable[[], list[tuple[int, str]]]:
        return lambda: [(ln.id, ln.name(language)) for ln in self._session.reference.lines()]

    def loaded(self, name: str) -> list[tuple[int, str]]:
        """The list if it was read already, else empty (never reads)."""
        return self._cache.get(name, [])

    def agents(self) -> list[tuple[int, str]]:
        return self._get("agents", self._agents)

    def insurers(self) -> list[tuple[int, str]]:
        return self._get("insurers", self._insurers)

    def lines(self) -> list[tuple[int, str]]:
        return self._get("lines", self._lines(QLocale().name()[:2]))
