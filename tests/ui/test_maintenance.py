"""The Office menu's whole-database actions: backup, change of key (new recovery code shown
once, refused while another session has the file open), showing the recovery code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_harness import FAST

from broker_desktop.core.audit import AuditQuery
from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.storage.database import Database, slot_path
from broker_desktop.storage.errors import WrongKey
from broker_desktop.ui.recovery_code import RecoveryCodeDialog


def actions(window):
    return window.maintenance.actions()


def menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_a_director_backs_up_and_is_told_where_both_files_went(open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    assert "Sauvegarder la base de données…" in menu_texts(window)
    dialogs = window.context.dialogs
    target = tmp_path / "backups" / "copie"  # no extension typed: .db is added
    dialogs.queue_answer(str(target))
    dialogs.queue_answer(None)
    window.maintenance.backup_action.trigger()
    written = tmp_path / "backups" / "copie.db"
    assert written.is_file() and slot_path(written).is_file()
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("information", "Sauvegarde effectuée")
    assert str(written) in text and str(slot_path(written)) in text
    backup = open_session(written, "agent1", DEMO_PASSWORD, security=FAST)
    try:
        assert backup.clients.page(limit=5)
    finally:
        backup.close()


def test_an_existing_backup_file_is_not_overwritten(open_app, office, tmp_path):
    window = open_app(office, "directeur").window
    dialogs = window.context.dialogs
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"keep me")
    dialogs.queue_answer(str(taken))
    dialogs.queue_answer(None)
    window.maintenance.backup_action.trigger()
    assert taken.read_bytes() == b"keep me"
    assert dialogs.asked[-1] == (
        "warning",
        "Sauvegarder la base de données",
        "Un fichier de ce nom existe déjà à cet endroit. Choisissez un autre nom.",
    )


@pytest.mark.parametrize("login", ["agent1", "secretaire1"])
def test_without_the_right_to_manage_users_the_actions_are_hidden(open_app, office, login):
    window = open_app(office, login).window
    assert not any(action.isVisible() for action in actions(window))
    texts = menu_texts(window)
    assert "Changer mon mot de passe…" in texts
    assert not any("clé" in t or "récupération" in t or "Sauvegarder" in t for t in texts)


def test_changing_the_key_shows_the_new_code_once_and_the_old_one_stops_working(
    qtbot, open_app, office
):
    ctrl = open_app(office, "directeur")
    window = ctrl.window
    old_code = ctrl.session.database.recovery_code()
    dialogs = window.context.dialogs
    dialogs.queue_answer(True)  # the warning, accepted
    window.maintenance.change_key_action.trigger()
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("confirm", "Changer la clé de la base de données")
    assert "départ" in text and "désactivé" in text and "Attention" in text
    dialog = window.maintenance.code_dialog
    assert isinstance(dialog, RecoveryCodeDialog) and dialog.isVisible()
    new_code = dialog.panel.code_view.toPlainText()
    assert new_code and new_code != old_code
    # cannot be dismissed before "I stored it safely"
    assert not dialog.close_button.isEnabled()
    qtbot.keyClick(dialog.panel.code_view, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.panel.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert window.maintenance.code_dialog is None
    assert dialog.panel.code_view.toPlainText() == ""

    with pytest.raises(WrongKey):
        Database.open_with_recovery_code(office, old_code)
    Database.open_with_recovery_code(office, new_code).close()
    # the window goes on working on the re-keyed file, passwords unchanged
    assert ctrl.session.clients.page(limit=3)
    other = open_session(office, "agent1", DEMO_PASSWORD, security=FAST)
    other.close()


def test_changing_the_key_is_refused_while_another_session_has_the_file_open(open_app, office):
    ctrl = open_app(office, "directeur")
    window = ctrl.window
    old_code = ctrl.session.database.recovery_code()
    other = open_session(office, "agent1", DEMO_PASSWORD, security=FAST)
    try:
        dialogs = window.context.dialogs
        dialogs.queue_answer(True)
        dialogs.queue_answer(None)
        window.maintenance.change_key_action.trigger()
        assert dialogs.asked[-1] == (
            "warning",
            "Changer la clé de la base de données",
            "Rien n'a été changé : la base de données est ouverte dans une autre fenêtre ou "
            "sur un autre poste. Demandez à chacun de fermer Broker Desktop (ou de se "
            "déconnecter), puis réessayez.",
        )
        assert window.maintenance.code_dialog is None
    finally:
        other.close()
    Database.open_with_recovery_code(office, old_code).close()


def test_declining_the_warning_changes_nothing(open_app, office):
    ctrl = open_app(office, "directeur")
    old_code = ctrl.session.database.recovery_code()
    ctrl.dialogs.queue_answer(False)
    ctrl.window.maintenance.change_key_action.trigger()
    assert ctrl.window.maintenance.code_dialog is None
    assert ctrl.session.database.recovery_code() == old_code


def test_showing_the_recovery_code_asks_first_and_is_audited(open_app, office):
    ctrl = open_app(office, "directeur")
    window, dialogs = ctrl.window, ctrl.dialogs
    dialogs.queue_answer(False)
    window.maintenance.show_code_action.trigger()
    assert window.maintenance.code_dialog is None

    dialogs.queue_answer(True)
    window.maintenance.show_code_action.trigger()
    assert "journal d'audit" in dialogs.asked[-1][2]
    dialog = window.maintenance.code_dialog
    assert dialog.panel.code_view.toPlainText() == ctrl.session.database.recovery_code()
    assert not dialog.panel.stored_check.isVisible() and dialog.close_button.isEnabled()
    shown = ctrl.session.audit.page(AuditQuery(action="database.recovery_code_shown"))
    assert len(shown) == 1
    dialog.accept()
    assert window.maintenance.code_dialog is None


def test_locking_closes_the_code_and_forgets_it(open_app, office):
    ctrl = open_app(office, "directeur")
    ctrl.dialogs.queue_answer(True)
    ctrl.window.maintenance.show_code_action.trigger()
    dialog = ctrl.window.maintenance.code_dialog
    ctrl.lock()
    assert not dialog.isVisible() and dialog.panel.code_view.toPlainText() == ""
