"""Creating and renaming a role in a small dialog: a name already used is shown under
the field, not in a warning box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from broker_desktop.ui.pages.role_dialog import RoleDialog


def error(dialog) -> str | None:
    label = dialog.findChild(QLabel, "error_name")
    return label.text() if label.isVisibleTo(dialog) else None


def admin_page(open_app, office):
    window = open_app(office, "directeur").window
    window.show_page("admin")
    return window.pages["admin"]


def enter_name(qtbot, dialog, name):
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)


def test_new_role_with_a_taken_name_shows_the_error_inline(qtbot, open_app, office):
    page = admin_page(open_app, office)
    asked = list(page.context.dialogs.asked)
    qtbot.mouseClick(page.new_role_button, Qt.MouseButton.LeftButton)
    dialog = page.role_dialog
    assert isinstance(dialog, RoleDialog) and dialog.isVisible()
    enter_name(qtbot, dialog, "Agent")
    assert error(dialog) == "Ce nom est déjà utilisé."
    enter_name(qtbot, dialog, "   ")
    assert error(dialog) == "Ce champ est obligatoire."
    enter_name(qtbot, dialog, "Apprenti")
    assert page.role_dialog is None
    assert page.context.dialogs.asked == asked
    assert "Apprenti" in [r.name for r in page.roles]


def test_renaming_a_role(qtbot, open_app, office):
    page = admin_page(open_app, office)
    names = [r.name for r in page.roles]
    page.role_list.setCurrentRow(names.index("Secrétaire"))
    page.rename_role()
    dialog = page.role_dialog
    assert dialog.name_edit.text() == "Secrétaire"
    enter_name(qtbot, dialog, "Directeur")
    assert error(dialog) == "Ce nom est déjà utilisé."
    enter_name(qtbot, dialog, "Back-office")
    assert page.role_dialog is None
    names = [r.name for r in page.roles]
    assert "Back-office" in names and "Secrétaire" not in names
