"""Repairs at the login window: restoring a backup over a damaged database, and
re-creating an access with the recovery code when the key file is lost."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_harness import FAST, controller

from broker_desktop.core.office import create_office, open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.keys import DatabaseKey
from broker_desktop.ui.login import LoginDialog
from broker_desktop.ui.main_window import MainWindow
from broker_desktop.ui.recover_dialog import RecoverAccountDialog, grouped
from broker_desktop.ui.restore_dialog import RestoreDialog


def error(dialog, name) -> str | None:
    label = dialog.findChild(QLabel, f"error_{name}")
    return label.text() if label.isVisibleTo(dialog) else None


def login_dialog(tmp_path, database):
    ctrl = controller(tmp_path, database)
    ctrl.start()
    assert isinstance(ctrl.current_dialog, LoginDialog)
    return ctrl, ctrl.current_dialog


def try_login(qtbot, dialog, login, password) -> str:
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    return dialog.message.text() if dialog.message.isVisibleTo(dialog) else ""


def fill(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def backup_of(office, tmp_path):
    session = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    try:
        count = len(session.clients.page(limit=10_000))
        return session.maintenance.backup(tmp_path / "saved" / "office-backup.db"), count
    finally:
        session.close()


def test_a_damaged_database_is_restored_from_a_backup_at_the_login_window(
    qtbot, tmp_path, office, demo
):
    backup, clients = backup_of(office, tmp_path)
    office.write_bytes(os.urandom(64 * 1024))  # the file is overwritten with garbage
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        text = try_login(qtbot, dialog, "directeur", DEMO_PASSWORD)
        assert "sauvegarde" in text
        assert dialog.restore_button.isVisibleTo(dialog)
        assert not dialog.recover_button.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        restore = dialog.repair_dialog
        assert isinstance(restore, RestoreDialog) and restore.isVisible()
        assert restore.login_edit.text() == "directeur"
        ctrl.dialogs.queue_answer(str(backup))
        restore._choose_backup()
        assert restore.backup_edit.text() == str(backup)

        # the damaged office cannot check a password: its recovery code is needed
        fill(qtbot, restore.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert "endommagé" in restore.message.text()
        fill(qtbot, restore.code_edit, "AAAA-" * 12 + "AAAA")
        qtbot.keyClick(restore.code_edit, Qt.Key.Key_Return)
        assert restore.message.text().startswith("Le code de récupération ne correspond pas")
        assert restore.isVisible()

        fill(qtbot, restore.code_edit, demo.recovery_code)
        ctrl.dialogs.queue_answer(None)
        qtbot.keyClick(restore.code_edit, Qt.Key.Key_Return)
        assert dialog.repair_dialog is None
        kind, title, text = ctrl.dialogs.asked[-1]
        assert (kind, title) == ("information", "Sauvegarde restaurée")
        moved = next(tmp_path.glob("office.db.replaced-*"))
        assert str(moved) in text and moved.stat().st_size == 64 * 1024
        assert not dialog.restore_button.isVisibleTo(dialog)
        assert dialog.login_edit.text() == "directeur" and dialog.password_edit.text() == ""

        qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert isinstance(ctrl.window, MainWindow)
        assert len(ctrl.session.clients.page(limit=10_000)) == clients
    finally:
        ctrl.shutdown()


def test_restore_is_refused_to_an_agent_and_for_another_office(qtbot, tmp_path, office):
    backup, _clients = backup_of(office, tmp_path)
    other, _code = create_office(
        tmp_path / "other" / "office.db",
        login="agent1",
        display_name="Agent Un",
        password=DEMO_PASSWORD,
        security=FAST,
    )
    other_backup = other.maintenance.backup(tmp_path / "other" / "backup.db")
    other.close()
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        dialog.restore_action.trigger()
        restore = dialog.repair_dialog
        # agent1 may not manage users in this office (he is director only in his own)
        restore.backup_edit.setText(str(other_backup))
        fill(qtbot, restore.login_edit, "agent1")
        fill(qtbot, restore.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert restore.message.text() == (
            "Ce compte ne peut pas gérer les utilisateurs de ce bureau : il ne peut pas "
            "restaurer de sauvegarde."
        )
        # the director may, but not with another office's file
        fill(qtbot, restore.login_edit, "directeur")
        fill(qtbot, restore.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert restore.message.text().startswith("Cette sauvegarde est celle d'un autre bureau")
        # ticking "another office" asks for this office's recovery code
        restore.another_office.setChecked(True)
        fill(qtbot, restore.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert error(restore, "recovery_code")
        assert restore.isVisible() and not list(tmp_path.glob("office.db.replaced-*"))
        restore.backup_edit.setText(str(backup))  # the office's own backup: fine
        restore.another_office.setChecked(False)
        fill(qtbot, restore.password_edit, DEMO_PASSWORD)
        ctrl.dialogs.queue_answer(None)
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert dialog.repair_dialog is None
    finally:
        ctrl.shutdown()


def test_restore_checks_the_backup_file_before_anything(qtbot, tmp_path, office):
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        dialog.restore_action.trigger()  # from the Troubleshooting menu, no error needed
        restore = dialog.repair_dialog
        fill(qtbot, restore.password_edit, DEMO_PASSWORD)
        fill(qtbot, restore.login_edit, "directeur")
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert error(restore, "backup") == "Ce champ est obligatoire."
        lonely = tmp_path / "lonely.db"
        lonely.write_bytes(b"x" * 1024)
        restore.backup_edit.setText(str(lonely))
        qtbot.keyClick(restore.password_edit, Qt.Key.Key_Return)
        assert error(restore, "backup") == (
            "Son fichier de clés (lonely.db.keys) n'est pas à côté : copiez les deux fichiers "
            "ensemble."
        )
        assert restore.isVisible() and office.stat().st_size > 1024
        restore.reject()
        assert dialog.repair_dialog is None and restore.password_edit.text() == ""
    finally:
        dialog.close()
        ctrl.shutdown()


def test_the_recovery_code_re_creates_a_lost_key_file_and_the_director_logs_in(
    qtbot, tmp_path, office
):
    session = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    code = session.database.recovery_code()
    session.close()
    slot_path(office).unlink()
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        text = try_login(qtbot, dialog, "directeur", DEMO_PASSWORD)
        assert text.startswith("Le fichier de clés à côté de la base de données manque.")
        assert dialog.recover_button.isVisibleTo(dialog)
        assert not dialog.restore_button.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
        recover = dialog.repair_dialog
        assert isinstance(recover, RecoverAccountDialog)
        assert recover.login_edit.text() == "directeur"

        # typed without dashes, in lower case: shown grouped, as printed
        qtbot.keyClicks(recover.code_edit, code.replace("-", "")[:10].lower())
        assert recover.code_edit.text() == grouped(code[:12])
        fill(qtbot, recover.password_edit, "Nouveau-Depart-2026!")
        fill(qtbot, recover.repeat_edit, "Nouveau-Depart-2026!")
        qtbot.keyClick(recover.repeat_edit, Qt.Key.Key_Return)
        assert error(recover, "recovery_code").startswith(
            "Ce n'est pas un code de récupération valable"
        )
        recover.code_edit.clear()
        qtbot.keyClicks(recover.code_edit, DatabaseKey.generate().recovery_code())
        qtbot.keyClick(recover.repeat_edit, Qt.Key.Key_Return)
        assert error(recover, "recovery_code") == (
            "Ce code de récupération n'ouvre pas cette base de données."
        )

        recover.code_edit.clear()
        qtbot.keyClicks(recover.code_edit, code.lower().replace("-", " "))
        assert recover.code_edit.text() == code
        assert error(recover, "recovery_code") is None  # cleared as soon as it is edited
        fill(qtbot, recover.repeat_edit, "Nouveau-Depart-2027!")
        qtbot.keyClick(recover.repeat_edit, Qt.Key.Key_Return)
        assert error(recover, "password_again") == "Les deux mots de passe diffèrent."
        assert error(recover, "recovery_code") is None
        fill(qtbot, recover.password_edit, "court")
        fill(qtbot, recover.repeat_edit, "court")
        qtbot.keyClick(recover.repeat_edit, Qt.Key.Key_Return)
        assert (
            error(recover, "new_password") == "Le mot de passe doit avoir au moins 10 caractères."
        )
        fill(qtbot, recover.login_edit, "personne")
        fill(qtbot, recover.password_edit, "Nouveau-Depart-2026!")
        fill(qtbot, recover.repeat_edit, "Nouveau-Depart-2026!")
        qtbot.keyClick(recover.repeat_edit, Qt.Key.Key_Return)
        assert error(recover, "login") == "Aucun utilisateur n'a cet identifiant."
        assert ctrl.dialogs.asked == []

        fill(qtbot, recover.login_edit, "directeur")
        ctrl.dialogs.queue_answer(None)
        qtbot.keyClick(recover.repeat_edit, Qt.Key.Key_Return)
        assert dialog.repair_dialog is None
        assert recover.code_edit.text() == "" and recover.password_edit.text() == ""
        assert ctrl.dialogs.asked[-1][:2] == ("information", "Accès recréé")
        assert slot_path(office).is_file()
        assert dialog.login_edit.text() == "directeur" and not dialog.message.isVisibleTo(dialog)

        qtbot.keyClicks(dialog.password_edit, "Nouveau-Depart-2026!")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert isinstance(ctrl.window, MainWindow)
        assert ctrl.session.user.login == "directeur"
    finally:
        ctrl.shutdown()


def test_grouping_is_lenient_on_dashes_spaces_and_case():
    assert grouped("abcd efgh-ij") == "ABCD-EFGH-IJ"
    assert grouped("--AB--cd--") == "ABCD"
    assert grouped("") == ""
