"""Insurers and lines of business from the Office menu (reference.manage): create, rename,
deactivate, refuse a duplicate name (whatever its case) and the deletion of one in use."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialog

from broker_desktop.core.errors import PermissionDenied, ValidationError
from broker_desktop.storage.schema import contracts, insurers
from broker_desktop.ui.pages.reference_data import ReferenceDataDialog, ReferenceEditDialog


def row_of(lst, text: str) -> int:
    for row in range(lst.table.rowCount()):
        for column in range(lst.table.columnCount()):
            if lst.table.item(row, column).text() == text:
                return row
    raise AssertionError(text)


def test_director_manages_insurers_from_the_office_menu(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    assert window.reference_action.isVisible()
    assert window.reference_action.text() == "Assureurs et branches…"
    dialog = window.open_reference_data()
    assert isinstance(dialog, ReferenceDataDialog)
    insurers_list = dialog.insurers
    assert insurers_list.table.rowCount() == len(session.reference.insurers(True))
    assert not insurers_list.rename_button.isEnabled()  # nothing selected

    new = ReferenceEditDialog(window.context, "insurer", parent=dialog)
    new.name_edit.setText("Assurance du Léman")
    new.submit()
    assert new.result() == QDialog.DialogCode.Accepted
    insurers_list.reload()
    row = row_of(insurers_list, "Assurance du Léman")
    assert insurers_list.table.item(row, 1).text() == "0"
    assert insurers_list.table.item(row, 2).text() == "Actif"

    clash = ReferenceEditDialog(window.context, "insurer", parent=dialog)
    clash.name_edit.setText("ASSURANCE DU LÉMAN")
    clash.submit()
    assert clash.result() == 0
    assert clash.findChild(type(clash.message), "error_name").text() == "Ce nom est déjà utilisé."
    clash.reject()

    insurers_list.table.selectRow(row)
    assert insurers_list.delete_button.isEnabled()  # unused
    insurers_list.toggle_active()
    row = row_of(insurers_list, "Assurance du Léman")
    assert insurers_list.table.item(row, 2).text() == "Désactivé"
    assert "Assurance du Léman" not in [i.name for i in session.reference.insurers()]
    assert insurers_list.active_button.text() == "Réactiver"

    window.context.dialogs.queue_answer(True)
    insurers_list.delete()
    assert "Assurance du Léman" not in [i.name for i in session.reference.insurers(True)]
    dialog.close()


def test_an_insurer_in_use_cannot_be_deleted(open_app, office):
    window = open_app(office, "directeur").window
    session = window.context.session
    with session.database.read() as conn:
        used_id = conn.execute(sa.select(contracts.c.insurer_id).limit(1)).scalar_one()
        version = conn.execute(
            sa.select(insurers.c.version).where(insurers.c.id == used_id)
        ).scalar_one()
    dialog = window.open_reference_data()
    lst = dialog.insurers
    row = next(r for r, item in enumerate(lst.items) if item.id == used_id)
    lst.table.selectRow(row)
    assert not lst.delete_button.isEnabled()
    assert "désactivez" in lst.delete_button.toolTip()
    with pytest.raises(ValidationError) as refused:
        session.reference.delete_insurer(used_id, version)
    assert refused.value.errors["id"].code == "in_use"
    dialog.close()


def test_a_line_of_business_is_created_and_renamed(qtbot, open_app, office):
    window = open_app(office, "directeur").window
    dialog = window.open_reference_data()
    new = ReferenceEditDialog(window.context, "line", parent=dialog)
    new.code_edit.setText("DRONES")
    new.name_edit.setText("Drones et aéronefs")
    new.submit()
    assert new.result() == QDialog.DialogCode.Accepted
    dialog.lines.reload()
    row = row_of(dialog.lines, "DRONES")
    dialog.lines.table.selectRow(row)
    item = dialog.lines.selected()
    assert (item.name_fr, item.name_en) == ("Drones et aéronefs", "Drones et aéronefs")
    rename = ReferenceEditDialog(window.context, "line", item, parent=dialog)
    assert not rename.code_edit.isEnabled()
    rename.name_en_edit.setText("Drones and aircraft")
    rename.submit()
    assert rename.result() == QDialog.DialogCode.Accepted
    assert [
        ln.name_en for ln in window.context.session.reference.lines() if ln.code == "DRONES"
    ] == ["Drones and aircraft"]
    dialog.close()


def test_without_the_right_there_is_no_menu_entry_and_the_core_refuses(open_app, office):
    window = open_app(office, "secretaire1").window  # a refusal is audited: not the shared demo
    assert not window.reference_action.isVisible()
    with pytest.raises(PermissionDenied):
        window.context.session.reference.create_insurer("Pirate SA")
