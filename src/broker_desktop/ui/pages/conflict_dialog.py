"""After an edit conflict: the other person's current values beside the user's, field by
field. The user keeps his version, takes theirs, or merges field by field; the edit form
then saves against the record's new version, never blindly over the other change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

KEEP_MINE, MERGE, TAKE_THEIRS = "mine", "merge", "theirs"


@dataclass(frozen=True)
class FieldConflict:
    name: str
    label: str  # the form's label for the field, translated
    theirs: str  # as shown to the user
    mine: str
    mine_changed: bool  # the user changed this field himself (then his value is proposed)


class ConflictDialog(QDialog):
    def __init__(
        self, who: str, fields: list[FieldConflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(640)
        self.choice = MERGE
        intro = QLabel(
            self.tr(
                "%1 was changed by someone else while you were editing it. Here are their "
                "values beside yours. Choose, field by field, which to keep: the form then "
                "shows the result, and Save saves it over their version."
            ).replace("%1", who)
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, title in enumerate(
            (self.tr("Field"), self.tr("Their current value"), self.tr("Your value"))
        ):
            header = QLabel(title)
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        self.rows: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._groups: list[QButtonGroup] = []
        for index, field in enumerate(fields, start=1):
            grid.addWidget(QLabel(field.label), index, 0)
            theirs = QRadioButton(field.theirs or self.tr("(empty)"))
            mine = QRadioButton(field.mine or self.tr("(empty)"))
            theirs.setObjectName(f"theirs_{field.name}")
            mine.setObjectName(f"mine_{field.name}")
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(mine)
            self._groups.append(group)
            (mine if field.mine_changed else theirs).setChecked(True)
            grid.addWidget(theirs, index, 1)
            grid.addWidget(mine, index, 2)
            self.rows[field.name] = (theirs, mine)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Use these choices"))
        self.keep_button = QPushButton(self.tr("Keep all mine"))
        self.discard_button = QPushButton(self.tr("Take all theirs"))
        for button, role, choice in (
            (self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole, MERGE),
            (self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole, KEEP_MINE),
            (self.discard_button, QDialogButtonBox.ButtonRole.AcceptRole, TAKE_THEIRS),
        ):
            buttons.addButton(button, role)
            button.clicked.connect(lambda _c=False, chosen=choice: self._choose(chosen))
        self.merge_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        rows_height = holder.sizeHint().height() + 8
        scroll.setMinimumHeight(min(rows_height, 420))
        margins = layout.contentsMargins()
        wide = buttons.sizeHint().width() + margins.left() + margins.right()
        self.setMinimumWidth(max(640, wide, holder.sizeHint().width() + 40))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def taken_from_theirs(self) -> set[str]:
        """The fields whose value comes from the other person's version."""
        if self.choice == TAKE_THEIRS:
            return set(self.rows)
        if self.choice == KEEP_MINE:
            return set()
        return {name for name, (theirs, _mine) in self.rows.items() if theirs.isChecked()}


def differing(mine: Any, theirs: Any, names: list[str]) -> list[str]:
    """The fields (of two input dataclasses) where the user's value is not theirs."""
    return [n for n in names if _norm(getattr(mine, n)) != _norm(getattr(theirs, n))]


def changed_by_me(mine: Any, original: Any, name: str) -> bool:
    return _norm(getattr(mine, name)) != _norm(getattr(original, name))


def _norm(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return value
