"""Starting the app: the login dialog (Enter, every refusal message), the forced password
change, the first-run assistant from location to logged in, automatic lock."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWizard
from ui_harness import FAST, controller, log_in

from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.storage.database import slot_path
from broker_desktop.ui.first_run import FirstRunWizard
from broker_desktop.ui.login import LoginDialog
from broker_desktop.ui.main_window import MainWindow
from broker_desktop.ui.password import ChangePasswordDialog


def login_dialog(tmp_path, database) -> tuple:
    ctrl = controller(tmp_path, database)
    ctrl.start()
    dialog = ctrl.current_dialog
    assert isinstance(dialog, LoginDialog)
    return ctrl, dialog


def type_and_enter(qtbot, dialog, login: str, password: str) -> None:
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_enter_in_the_password_field_logs_in(qtbot, tmp_path, demo):
    ctrl, dialog = login_dialog(tmp_path, demo.path)
    ctrl.dialogs.queue_answer("")  # consumed only if a file dialog were asked
    try:
        type_and_enter(qtbot, dialog, "agent1", DEMO_PASSWORD)
        assert ctrl.dialogs.asked == []
        assert isinstance(ctrl.window, MainWindow)
        assert ctrl.session.user.login == "agent1"
        assert ctrl.settings.last_login == "agent1"
    finally:
        ctrl.shutdown()


def test_only_the_login_button_takes_enter(tmp_path, demo):
    ctrl, dialog = login_dialog(tmp_path, demo.path)
    try:
        buttons = dialog.findChildren(QPushButton)
        assert [b for b in buttons if b.isDefault()] == [dialog.ok_button]
        assert [b for b in buttons if b.autoDefault()] == [dialog.ok_button]
    finally:
        dialog.close()
        ctrl.shutdown()


def test_enter_logs_in_even_after_tabbing_past_the_password(qtbot, tmp_path, demo):
    ctrl, dialog = login_dialog(tmp_path, demo.path)
    ctrl.dialogs.queue_answer("")
    try:
        dialog.login_edit.clear()
        qtbot.keyClicks(dialog.login_edit, "agent1")
        qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)  # onto "Change…"
        focused = dialog.focusWidget()
        assert isinstance(focused, QPushButton) and "Changer" in focused.text()
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        assert ctrl.dialogs.asked == []
        assert isinstance(ctrl.window, MainWindow)
    finally:
        ctrl.shutdown()


def message_after(qtbot, dialog, login, password) -> str:
    type_and_enter(qtbot, dialog, login, password)
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.password_edit.text() == ""  # a refused password is not kept
    return dialog.message.text()


def test_wrong_password_is_said_in_french(qtbot, tmp_path, demo):
    ctrl, dialog = login_dialog(tmp_path, demo.path)
    try:
        text = message_after(qtbot, dialog, "agent1", "not the password")
        assert text == "Identifiant ou mot de passe incorrect."
        assert ctrl.window is None
    finally:
        dialog.close()
        ctrl.shutdown()


def test_locked_account_says_until_when_in_swiss_format(qtbot, tmp_path, office):
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        text = ""
        for _ in range(8):
            text = message_after(qtbot, dialog, "agent2", "not the password")
            if "bloqué" in text:
                break
        assert re.fullmatch(
            r"Trop d'essais manqués : ce compte est bloqué jusqu'au "
            r"\d{2}\.\d{2}\.\d{4} à \d{2}:\d{2}\.",
            text,
        ), text
        # even the right password is refused while the lock lasts
        assert "bloqué" in message_after(qtbot, dialog, "agent2", DEMO_PASSWORD)
        assert ctrl.window is None
    finally:
        dialog.close()
        ctrl.shutdown()


def test_deactivated_account(qtbot, tmp_path, office):
    director = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    try:
        target = next(u for u in director.admin.users() if u.login == "agent3")
        director.admin.deactivate_user(target.id)
    finally:
        director.close()
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        text = message_after(qtbot, dialog, "agent3", DEMO_PASSWORD)
        assert text == "Ce compte est désactivé. Demandez à votre direction de le réactiver."
    finally:
        dialog.close()
        ctrl.shutdown()


def test_missing_key_file(qtbot, tmp_path, office):
    slot_path(office).unlink()
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        text = message_after(qtbot, dialog, "agent1", DEMO_PASSWORD)
        assert text.startswith("Le fichier de clés à côté de la base de données manque.")
        assert "code de récupération" in text
    finally:
        dialog.close()
        ctrl.shutdown()


def test_changing_the_database_location_uses_the_dialogs_facade(qtbot, tmp_path, demo):
    ctrl, dialog = login_dialog(tmp_path, demo.path)
    try:
        ctrl.dialogs.queue_answer(str(tmp_path / "elsewhere.db"))
        change = next(b for b in dialog.findChildren(QPushButton) if "Changer" in b.text())
        qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
        assert dialog.database_label.text() == str(tmp_path / "elsewhere.db")
        text = message_after(qtbot, dialog, "agent1", DEMO_PASSWORD)
        assert text == "Aucune base de données à cet emplacement. Choisissez-en une autre."
    finally:
        dialog.close()
        ctrl.shutdown()


def field_error(dialog, name: str) -> str | None:
    label = dialog.findChild(QLabel, f"error_{name}")
    return label.text() if label.isVisibleTo(dialog) else None


def test_forced_password_change_at_first_login(qtbot, tmp_path, office):
    director = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    try:
        agent_role = next(r for r in director.admin.roles() if r.name == "Agent")
        director.admin.create_user(
            "nouvelle", "Léa Nouvelle", "Provisoire-2026!", roles=(agent_role.id,)
        )
    finally:
        director.close()
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        type_and_enter(qtbot, dialog, "nouvelle", "Provisoire-2026!")
        forced = ctrl.current_dialog
        assert isinstance(forced, ChangePasswordDialog)
        assert ctrl.window is None  # nothing of the office before the new password
        assert "Première connexion" in " ".join(
            label.text() for label in forced.findChildren(type(dialog.message))
        )
        qtbot.keyClicks(forced.old_edit, "Wrong-Guess-2026!")
        qtbot.keyClicks(forced.new_edit, "nouvelle-Secret-26")
        qtbot.keyClicks(forced.repeat_edit, "Autre-Chose-2026!")
        qtbot.keyClick(forced.repeat_edit, Qt.Key.Key_Return)
        # the policy's problem and the mismatch, each under its field, at once
        qtbot.waitUntil(lambda: field_error(forced, "new_password") is not None)
        assert field_error(forced, "new_password") == (
            "Le mot de passe ne doit pas contenir l'identifiant."
        )
        assert field_error(forced, "new_password_again") == "Les deux mots de passe diffèrent."
        assert field_error(forced, "old_password") is None  # not checked before a real try
        assert forced.message.text() == ""
        for edit in (forced.new_edit, forced.repeat_edit):
            edit.clear()
            qtbot.keyClicks(edit, "Mon-Secret-2026!")
        assert field_error(forced, "new_password") is None  # edited: its error is gone
        assert field_error(forced, "new_password_again") is None
        qtbot.keyClick(forced.repeat_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: field_error(forced, "old_password") is not None)
        assert field_error(forced, "old_password") == "Le mot de passe actuel est faux."
        assert ctrl.window is None and ctrl.session.must_change_password
        forced.old_edit.clear()
        qtbot.keyClicks(forced.old_edit, "Provisoire-2026!")
        assert field_error(forced, "old_password") is None
        qtbot.keyClick(forced.repeat_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctrl.window is not None)
        assert isinstance(ctrl.window, MainWindow)
        assert not ctrl.session.must_change_password
    finally:
        ctrl.shutdown()
    again = open_session(office, "nouvelle", "Mon-Secret-2026!", security=FAST)
    assert not again.must_change_password
    again.close()


def test_refusing_the_forced_change_logs_out(qtbot, tmp_path, office):
    director = open_session(office, "directeur", DEMO_PASSWORD, security=FAST)
    try:
        director.admin.create_user("paul", "Paul Visoire", "Provisoire-2026!")
    finally:
        director.close()
    ctrl, dialog = login_dialog(tmp_path, office)
    try:
        type_and_enter(qtbot, dialog, "paul", "Provisoire-2026!")
        ctrl.current_dialog.reject()
        assert ctrl.window is None and ctrl.session is None
        assert isinstance(ctrl.current_dialog, LoginDialog)
    finally:
        ctrl.current_dialog.close()
        ctrl.shutdown()


def test_first_run_assistant_end_to_end(qtbot, tmp_path):
    ctrl = controller(tmp_path, None)
    ctrl.start()
    wizard = ctrl.current_dialog
    assert isinstance(wizard, FirstRunWizard)
    try:
        # 1. location: the user's data folder by default; Enter goes on (no folder dialog)
        assert wizard.location.folder_edit.text() == str(ctrl.paths.data)
        wizard.location.folder_edit.setText(str(tmp_path / "shared"))
        ctrl.dialogs.queue_answer("")
        qtbot.keyClick(wizard.location.name_edit, Qt.Key.Key_Return)
        assert ctrl.dialogs.asked == []
        assert wizard.currentPage() is wizard.account
        ctrl.dialogs._answers.clear()
        # 2. the director's account; the office is created on Next
        account = wizard.account
        for edit, text in (
            (account.name_edit, "Claire Morel"),
            (account.login_edit, "claire"),
            (account.password_edit, "Bureau-Morel-2026!"),
            (account.repeat_edit, "Bureau-Morel-2026!"),
        ):
            qtbot.keyClicks(edit, text)
        qtbot.keyClick(account.repeat_edit, Qt.Key.Key_Return)
        assert wizard.currentPage() is wizard.recovery
        database = tmp_path / "shared" / "office.db"
        assert database.exists() and slot_path(database).exists()
        assert account.password_edit.text() == ""
        # 3. the recovery code: shown once, copied, acknowledged before going on
        code = wizard.recovery.code_view.toPlainText()
        assert len(code) >= 20
        copy = next(b for b in wizard.recovery.findChildren(QPushButton) if b.text() == "Copier")
        qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == code
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()
        qtbot.keyClick(wizard.recovery.code_view, Qt.Key.Key_Escape)  # cannot be dismissed
        assert wizard.isVisible() and ctrl.window is None
        wizard.recovery.stored_check.setChecked(True)
        assert finish.isEnabled()
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert wizard.recovery.code_view.toPlainText() == ""
        assert isinstance(ctrl.window, MainWindow)
        assert ctrl.session.user.login == "claire"
        assert ctrl.settings.last_database == str(database)
        assert ctrl.window.current_page_name() == "portfolio"
    finally:
        QGuiApplication.clipboard().clear()
        ctrl.shutdown()


def test_first_run_refuses_a_weak_password_inline(qtbot, tmp_path):
    ctrl = controller(tmp_path, None)
    ctrl.start()
    wizard = ctrl.current_dialog
    try:
        wizard.location.folder_edit.setText(str(tmp_path / "here"))
        wizard.next()
        account = wizard.account
        for edit, text in (
            (account.name_edit, "Claire Morel"),
            (account.login_edit, "claire"),
            (account.password_edit, "court"),
            (account.repeat_edit, "court"),
        ):
            edit.setText(text)
        wizard.next()
        assert wizard.currentPage() is account
        assert account.message.isVisibleTo(wizard)
        assert "mot de passe" in account.message.text()
        assert wizard.session is None
    finally:
        wizard.close()
        ctrl.shutdown()


def test_auto_lock_clears_every_view_and_unlocks_for_the_same_user(qtbot, tmp_path, demo):
    ctrl, dialog = login_dialog(tmp_path, demo.path)
    try:
        type_and_enter(qtbot, dialog, "directeur", DEMO_PASSWORD)
        window = ctrl.window
        window.show_page("commissions")
        pages = window.pages
        models = [
            pages["portfolio"].clients,
            pages["portfolio"].contracts,
            pages["commissions"].model,
            pages["deadlines"].model,
            pages["audit"].model,
        ]
        assert pages["portfolio"].clients.rowCount() > 0
        assert pages["commissions"].model.rowCount() > 0
        pages["admin"].reload()
        assert pages["admin"].user_list.count() > 0
        old_session = ctrl.session

        ctrl.autolock.trigger()

        assert [m.rowCount() for m in models] == [0] * len(models)
        assert pages["admin"].user_list.count() == 0
        assert pages["admin"].explanation.toPlainText() == ""
        assert ctrl.window is None and ctrl.session is None
        assert not window.isVisible()
        lock = ctrl.current_dialog
        assert isinstance(lock, LoginDialog)
        assert lock.notice.text().startswith("La fenêtre a été verrouillée.")
        assert lock.login_edit.text() == "directeur"
        qtbot.keyClicks(lock.password_edit, DEMO_PASSWORD)
        qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
        assert isinstance(ctrl.window, MainWindow) and ctrl.window is not window
        assert ctrl.session is not old_session
        assert ctrl.session.user.login == "directeur"
        assert ctrl.window.current_page_name() == "commissions"
        assert ctrl.window.pages["commissions"].model.rowCount() > 0
    finally:
        ctrl.shutdown()


def test_inactivity_timer_is_set_from_the_settings(tmp_path, demo):
    ctrl = controller(tmp_path, demo.path)
    ctrl.settings.auto_lock_minutes = 3
    try:
        log_in(ctrl, "agent1", DEMO_PASSWORD)
        assert ctrl.autolock.minutes == 3
        assert ctrl.autolock._timer.isActive()
        assert ctrl.autolock._timer.interval() == 3 * 60_000
    finally:
        ctrl.shutdown()
