"""The one permission guard: binds actions, menu entries, tabs, columns and buttons to
rights, and re-evaluates every binding when the rights change.

A thing the user may not see is hidden; a thing he may see but not change is shown
disabled, with a tooltip naming the missing right. The core enforces; this mirrors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

from broker_desktop.core.rights import Right, label

RightsSource = Callable[[], frozenset[Right]]


def missing_right_tip(right: Right, language: str) -> str:
    template = QCoreApplication.translate("Guard", "Requires the right: %1")
    return template.replace("%1", label(right, language))


def _holds(condition: Callable[[], bool]) -> bool:
    """A binding's extra condition; False while the widgets it reads are being destroyed
    (a window closing emits selection signals as its views go)."""
    try:
        return bool(condition())
    except RuntimeError:  # "Internal C++ object already deleted"
        return False


@dataclass
class _Binding:
    target: QWidget | QAction
    see: tuple[Right, ...]  # any of them lets the user see it; empty = everyone
    change: Right | None  # needed to use it; None = seeing is enough
    tab_host: QTabWidget | None = None
    base_tip: str = field(default="")
    # a further condition besides the right (e.g. a row is selected); see ``recheck``
    enabled_when: Callable[[], bool] | None = None


class Guard(QObject):
    rights_changed = Signal(object)  # frozenset[Right]

    def __init__(
        self,
        rights_source: RightsSource,
        language: str = "fr",
        parent=None,
        *,
        initial: Iterable[Right] | None = None,
    ) -> None:
        """``initial``: the rights already read (on the worker thread, at login), so that
        building the window asks nothing of the database on the GUI thread."""
        super().__init__(parent)
        self._source = rights_source
        self._language = language
        self._bindings: list[_Binding] = []
        self._rights: frozenset[Right] = frozenset()
        self._rights = frozenset(rights_source() if initial is None else initial)

    @property
    def rights(self) -> frozenset[Right]:
        return self._rights

    def can(self, right: Right) -> bool:
        return right in self._rights

    def can_any(self, rights: Iterable[Right]) -> bool:
        return any(r in self._rights for r in rights)

    # ----- bindings --------------------------------------------------------------------
    def bind(
        self,
        target: QWidget | QAction,
        *,
        see: Iterable[Right] = (),
        change: Right | None = None,
        enabled_when: Callable[[], bool] | None = None,
    ) -> None:
        tip = target.toolTip()
        binding = _Binding(target, tuple(see), change, base_tip=tip, enabled_when=enabled_when)
        self._bindings.append(binding)
        self._apply(binding)

    def bind_tab(self, tabs: QTabWidget, page: QWidget, *, see: Iterable[Right]) -> None:
        binding = _Binding(page, tuple(see), None, tab_host=tabs)
        self._bindings.append(binding)
        self._apply(binding)

    # ----- evaluation ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the core again (after an admin edit, when a page is shown, ...)."""
        self.apply(self._source())

    def apply(self, rights: Iterable[Right]) -> None:
        """The user's rights as just read from the core (on the worker thread, after a
        change set said they changed): every binding is re-evaluated at once."""
        rights = frozenset(rights)
        changed = rights != self._rights
        self._rights = rights
        self._bindings = [b for b in self._bindings if shiboken6.isValid(b.target)]
        for binding in self._bindings:
            self._apply(binding)
        if changed:
            self.rights_changed.emit(rights)

    def follow_selection(self, view: QAbstractItemView) -> None:
        """Re-evaluate the ``enabled_when`` conditions whenever ``view``'s selection or
        rows change: an action on "the selected row" is disabled while there is none."""
        view.selectionModel().selectionChanged.connect(self.recheck)
        model = view.model()
        for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.recheck)

    def recheck(self, *_args: object) -> None:
        """Re-evaluate the bindings' ``enabled_when`` conditions (the selection changed)."""
        for binding in self._bindings:
            if binding.enabled_when is not None and shiboken6.isValid(binding.target):
                self._apply(binding)

    def visible(self, see: tuple[Right, ...]) -> bool:
        return not see or self.can_any(see)

    def _apply(self, b: _Binding) -> None:
        visible = self.visible(b.see)
        if b.tab_host is not None and isinstance(b.target, QWidget):
            index = b.tab_host.indexOf(b.target)
            if index >= 0:
                b.tab_host.setTabVisible(index, visible)
            return
        b.target.setVisible(visible)
        if b.change is None:
            if b.enabled_when is not None:
                b.target.setEnabled(_holds(b.enabled_when))
            return
        allowed = self.can(b.change)
        b.target.setEnabled(allowed and (b.enabled_when is None or _holds(b.enabled_when)))
        if allowed:
            b.target.setToolTip(b.base_tip)
        else:
            b.target.setToolTip(missing_right_tip(b.change, self._language))
