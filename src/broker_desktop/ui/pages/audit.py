"""Audit log viewer: filter by user, action and date; the chain verification result."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from broker_desktop.core import audit_chain as chain
from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.audit_chain import AuditVerification
from broker_desktop.core.changes import AUDIT
from broker_desktop.core.rights import Right
from broker_desktop.ui import formats
from broker_desktop.ui.audit_sentences import AuditSentences, action_kinds
from broker_desktop.ui.changes import LiveRefresh
from broker_desktop.ui.date_field import DateField
from broker_desktop.ui.messages import explain
from broker_desktop.ui.models.paged_table import Column, PagedTableModel
from broker_desktop.ui.page_context import Page, PageContext
from broker_desktop.ui.pages.reference_choices import ReferenceChoices, add_person
from broker_desktop.ui.table_view import PagedTableView
from broker_desktop.ui.widgets import compact_combo


def _when(value) -> str:
    """Stored as ISO 8601 UTC; shown in local time, Swiss format."""
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return str(value)
    return formats.datetime(moment)


class AuditPage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.choices = ReferenceChoices(context.session)
        self.sentences = AuditSentences({})
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("audit_person")
        self.user_combo.addItem(self.tr("Everyone"), None)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("audit_action_kind")
        self.action_combo.addItem(self.tr("All actions"), ())
        for text, actions in action_kinds():
            self.action_combo.addItem(text, actions)
        today = QDate.currentDate()
        self.from_edit = DateField(
            formats.from_qdate(today.addMonths(-3)), optional=True, preview=False
        )
        self.to_edit = DateField(formats.from_qdate(today), optional=True, preview=False)
        for combo in (self.user_combo, self.action_combo):
            compact_combo(combo)
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.settled.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person:")))
        filters.addWidget(self.user_combo, 1)
        filters.addWidget(QLabel(self.tr("Action:")))
        filters.addWidget(self.action_combo, 1)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.to_edit)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("chain_result")
        self.verify_label.setWordWrap(True)
        verify = QPushButton(self.tr("Verify the chain"))
        verify.clicked.connect(self.verify)
        status = QHBoxLayout()
        status.addWidget(self.verify_label, 1)
        status.addWidget(verify)
        # a user without the right would only leave "access denied" lines in the log
        self.model = PagedTableModel(
            context.session.audit,
            self._query(),
            self.columns(),
            context.runner,
            self,
            load=False,  # read when the tab is first shown (hidden without the right)
        )
        self.model.failed.connect(
            lambda exc: context.dialogs.warning(self, self.tr("Audit log"), explain(exc))
        )
        self.view = PagedTableView("audit", self.model, context.settings, stretch="detail")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.view, 1)
        self._verified = False
        self.live = LiveRefresh(
            self, context.changes, context.guard, (AUDIT,), self._reload, self.model.clear
        )

    def _reload(self) -> None:
        if self.context.guard.can(Right.AUDIT_VIEW):
            self.model.refresh()
        else:
            self.model.clear()

    def _load_names(self) -> None:
        """Every user (deactivated ones too) and role by name, for the sentences."""
        session = self.context.session

        def load():
            people = session.reference.people(include_inactive=True)
            return session.audit.names(), {p.id: p.active for p in people}

        self.context.runner.run(load, self._names_loaded, lambda _exc: None)

    def _names_loaded(self, loaded) -> None:
        names, active = loaded
        self.sentences.names = names
        current = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for person_id, name in sorted(names.get("user", {}).items(), key=lambda p: p[1]):
            add_person(self.user_combo, person_id, name, active.get(person_id, True))
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        self.user_combo.blockSignals(False)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
            )

    def columns(self) -> list[Column]:
        return [
            # in time order only: the log grows without end, and its time index serves
            # both the order and the date range
            Column("at", self.tr("When"), label=_when),
            Column("actor", self.tr("Person"), sortable=False, render=self._actor),
            Column("detail", self.tr("What happened"), sortable=False, render=self._sentence),
        ]

    def _actor(self, row) -> str:
        return self.sentences.actor(row)

    def _sentence(self, row) -> str:
        return self.sentences.sentence(row)

    def _query(self) -> AuditQuery:
        start = self.from_edit.value()
        end = self.to_edit.value()
        return AuditQuery(
            user_id=self.user_combo.currentData(),
            actions=tuple(self.action_combo.currentData() or ()),
            at_from=start.isoformat() if start else None,
            at_to=(end + dt.timedelta(days=1)).isoformat() if end else None,
        )

    def apply_filters(self, *_args) -> None:
        self.model.set_query(self._query())

    def verify(self) -> None:
        self.verify_label.setText(self.tr("Verifying…"))
        self.context.runner.run(
            self.context.session.audit.verify,
            self._verified_result,
            lambda exc: self.verify_label.setText(explain(exc)),
        )

    def _verified_result(self, result) -> None:
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b5e20; font-weight: 600;")
            self.verify_label.setText(
                self.tr("Chain intact: %1 entries checked, none altered or missing.").replace(
                    "%1", str(result.checked)
                )
            )
        else:
            self.verify_label.setStyleSheet("color: #b00020; font-weight: 600;")
            self.verify_label.setText(self._broken(result))

    def _broken(self, result: AuditVerification) -> str:
        entry = str(result.first_bad_id or result.checked)
        sentences = {
            chain.MISSING: self.tr("Chain broken: entries were deleted before entry %1."),
            chain.BROKEN: self.tr(
                "Chain broken at entry %1: it does not follow from the entry before it."
            ),
            chain.ALTERED: self.tr("Chain broken: entry %1 was altered."),
            chain.TAIL_REMOVED: self.tr(
                "Chain broken: the latest entries were removed (the log ends at entry %1)."
            ),
            chain.REWRITTEN: self.tr(
                "The log was rewritten: entry %1 is not the one this workstation saw."
            ),
            chain.BACKWARDS: self.tr(
                "The log went backwards: this workstation saw it up to entry %1, later "
                "entries are gone (deleted, or an older backup was restored elsewhere)."
            ),
            chain.WIPED: self.tr(
                "The log was wiped: this workstation saw it up to entry %1, it is now empty."
            ),
        }
        sentence = sentences.get(result.code)
        if sentence is None:
            return (
                self.tr("Chain broken at entry %1: %2")
                .replace("%1", str(result.first_bad_id))
                .replace("%2", result.reason)
            )
        return sentence.replace("%1", entry)

    def on_shown(self) -> None:
        if not self.sentences.names and self.context.guard.can(Right.AUDIT_VIEW):
            self._load_names()
        self.live.shown()
        self.model.ensure_loaded()
        if not self._verified:
            self._verified = True
            self.verify()

    def clear(self) -> None:
        self.model.clear()
        self.verify_label.clear()

    def save_state(self) -> None:
        self.view.save_state()
