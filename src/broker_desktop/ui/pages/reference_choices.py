"""Names for pickers and filters (agents, insurers, lines), read once per page.

``prefetch`` reads all three on the worker thread (a page's filter combos fill when
they arrive); the getters then answer from memory, without touching the database.
``follow`` reads them again, the same way, whenever the change path says users,
insurers or lines changed (a new insurer, a user deactivated or renamed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QWidget

from broker_desktop.core.changes import INSURER, LINE, USER
from broker_desktop.ui.changes import LiveRefresh

KINDS = ("agents", "insurers", "lines")
INACTIVE = QColor("#808080")  # a deactivated user, wherever he is still named
PersonChoice = tuple[int, str, bool]  # id, name, active


def person_label(name: str, active: bool) -> str:
    """ "Paul Martin", or "Paul Martin (deactivated)" in the UI language."""
    if active:
        return name
    return QCoreApplication.translate("People", "%1 (deactivated)").replace("%1", name)


def inactive_tip() -> str:
    return QCoreApplication.translate("People", "This account is deactivated.")


def add_person(combo: QComboBox, person_id: int, name: str, active: bool) -> None:
    combo.addItem(person_label(name, active), person_id)
    if not active:
        index = combo.count() - 1
        combo.setItemData(index, INACTIVE, Qt.ItemDataRole.ForegroundRole)
        combo.setItemData(index, inactive_tip(), Qt.ItemDataRole.ToolTipRole)


def person_item(name: str, active: bool) -> QListWidgetItem:
    """Someone in a list, marked and grey (with the combos' tooltip) when deactivated."""
    item = QListWidgetItem(person_label(name, active))
    if not active:
        item.setForeground(INACTIVE)
        item.setToolTip(inactive_tip())
    return item


def person_combo(
    people: list[PersonChoice], current: int | None, none_label: str | None = None
) -> QComboBox:
    """A picker that assigns someone: active users only, plus the current one if he was
    deactivated since (marked; choosing him anew makes no sense, losing him silently
    would change the record)."""
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for person_id, name, active in people:
        if active or person_id == current:
            add_person(combo, person_id, name, active)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


SOURCES = (USER, INSURER, LINE)  # the records these lists are read from


class ReferenceChoices:
    def __init__(self, session) -> None:
        self._session = session
        self._cache: dict[str, list[Any]] = {}

    def _get(self, name: str, load) -> list[Any]:
        if name not in self._cache:
            try:
                self._cache[name] = load()
            except Exception:  # no right to the list: the picker stays empty
                self._cache[name] = []
        return self._cache[name]

    def prefetch(self, runner, done: Callable[[], None]) -> None:
        """Read every list on ``runner``'s worker thread, then call ``done`` on the GUI
        thread."""
        loaders: dict[str, Callable[[], list[Any]]] = {
            "agents": self._agents,
            "people": self._people,
            "insurers": self._insurers,
            "lines": self._lines(QLocale().name()[:2]),
        }

        def load() -> dict[str, list[Any]]:
            found: dict[str, list[Any]] = {}
            for name, loader in loaders.items():
                try:
                    found[name] = loader()
                except Exception:  # no right to the list: the picker stays empty
                    found[name] = []
            return found

        def arrived(found: dict[str, list[Any]]) -> None:
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

    def _people(self) -> list[PersonChoice]:
        return [
            (p.id, p.display_name, p.active)
            for p in self._session.reference.people(include_inactive=True)
        ]

    def _insurers(self) -> list[tuple[int, str]]:
        return [(i.id, i.name) for i in self._session.reference.insurers()]

    def _lines(self, language: str) -> Callable[[], list[tuple[int, str]]]:
        return lambda: [(ln.id, ln.name(language)) for ln in self._session.reference.lines()]

    def loaded(self, name: str) -> list[tuple[int, str]]:
        """The list if it was read already, else empty (never reads)."""
        return self._cache.get(name, [])

    def agents(self) -> list[tuple[int, str]]:
        return self._get("agents", self._agents)

    def people(self) -> list[PersonChoice]:
        """Every user, deactivated ones too (``person_combo`` offers those only where
        they are the current value)."""
        return self._get("people", self._people)

    def loaded_people(self) -> list[PersonChoice]:
        return self._cache.get("people", [])

    def insurers(self) -> list[tuple[int, str]]:
        return self._get("insurers", self._insurers)

    def lines(self) -> list[tuple[int, str]]:
        return self._get("lines", self._lines(QLocale().name()[:2]))
