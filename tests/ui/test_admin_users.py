"""Administration: creating a user and resetting a password in a proper dialog whose
field errors (password policy, login taken, the two passwords) appear next to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_harness import FAST

from broker_desktop.core.office import open_session
from broker_desktop.demo import DEMO_PASSWORD
from broker_desktop.ui.pages.user_dialog import UserDialog


def error(dialog, name) -> QLabel:
    label = dialog.findChild(QLabel, f"error_{name}")
    return label if label.isVisibleTo(dialog) else None


def admin_page(open_app, office):
    window = open_app(office, "directeur").window
    window.show_page("admin")
    return window.pages["admin"]


def fill(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_new_user_dialog_shows_policy_errors_inline_then_creates(qtbot, open_app, office):
    page = admin_page(open_app, office)
    qtbot.mouseClick(page.new_user_button, Qt.MouseButton.LeftButton)
    dialog = page.user_dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    asked_before = list(page.context.dialogs.asked)

    fill(qtbot, dialog.login_edit, "agent1")
    fill(qtbot, dialog.name_edit, "Marc Python")
    fill(qtbot, dialog.password_edit, "court")
    fill(qtbot, dialog.repeat_edit, "court")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert error(dialog, "login").text() == "Cet identifiant est déjà utilisé."
    assert dialog.isVisible()

    fill(qtbot, dialog.login_edit, "marc")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert error(dialog, "login") is None
    assert error(dialog, "password").text() == "Le mot de passe doit avoir au moins 10 caractères."

    fill(qtbot, dialog.password_edit, "Provisoire-2026!")
    fill(qtbot, dialog.repeat_edit, "Provisoire-2027!")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert error(dialog, "password_again").text() == "Les deux mots de passe diffèrent."

    fill(qtbot, dialog.repeat_edit, "Provisoire-2026!")
    agent = next(
        i for i in range(dialog.role_list.count()) if dialog.role_list.item(i).text() == "Agent"
    )
    dialog.role_list.item(agent).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert page.user_dialog is None
    assert page.context.dialogs.asked == asked_before  # no warning box at any step
    created = next(u for u in page.users if u.login == "marc")
    assert created.display_name == "Marc Python"
    assert any(created.id in r.member_ids for r in page.roles if r.name == "Agent")
    session = open_session(office, "marc", "Provisoire-2026!", security=FAST)
    try:
        assert session.must_change_password
    finally:
        session.close()


def test_granting_an_admin_role_at_creation_asks_first(qtbot, open_app, office):
    page = admin_page(open_app, office)
    page.new_user()
    dialog = page.user_dialog
    fill(qtbot, dialog.login_edit, "sophie")
    fill(qtbot, dialog.name_edit, "Sophie Chef")
    fill(qtbot, dialog.password_edit, "Provisoire-2026!")
    fill(qtbot, dialog.repeat_edit, "Provisoire-2026!")
    director = next(
        i for i in range(dialog.role_list.count()) if dialog.role_list.item(i).text() == "Directeur"
    )
    dialog.role_list.item(director).setCheckState(Qt.CheckState.Checked)
    page.context.dialogs.queue_answer(False)
    dialog.submit()
    kind, title, _text = page.context.dialogs.asked[-1]
    assert (kind, title) == ("confirm", "Droits d'administration")
    assert dialog.isVisible() and not any(u.login == "sophie" for u in page.users)
    page.context.dialogs.queue_answer(True)
    dialog.submit()
    assert page.user_dialog is None
    assert any(u.login == "sophie" for u in page.users)


def test_reset_password_dialog(qtbot, open_app, office):
    page = admin_page(open_app, office)
    row = next(i for i, u in enumerate(page.users) if u.login == "agent2")
    page.user_list.setCurrentRow(row)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.user_dialog
    assert "agent2" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    fill(qtbot, dialog.password_edit, "agent2-Secret-99")
    fill(qtbot, dialog.repeat_edit, "agent2-Secret-99")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert error(dialog, "password").text() == "Le mot de passe ne doit pas contenir l'identifiant."
    fill(qtbot, dialog.password_edit, "Nouveau-Depart-26")
    fill(qtbot, dialog.repeat_edit, "Nouveau-Depart-26")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert page.user_dialog is None
    session = open_session(office, "agent2", "Nouveau-Depart-26", security=FAST)
    try:
        assert session.must_change_password
    finally:
        session.close()
    # the old password no longer opens the office
    try:
        open_session(office, "agent2", DEMO_PASSWORD, security=FAST).close()
        raise AssertionError("the old password still works")
    except Exception as exc:  # noqa: BLE001
        assert type(exc).__name__ == "InvalidCredentials"


def test_locking_closes_an_open_user_dialog(open_app, office):
    ctrl = open_app(office, "directeur")
    ctrl.window.show_page("admin")
    page = ctrl.window.pages["admin"]
    page.new_user()
    dialog = page.user_dialog
    dialog.password_edit.setText("Provisoire-2026!")
    ctrl.lock()
    assert not dialog.isVisible()
    assert dialog.password_edit.text() == ""


def test_reset_and_reactivate_say_every_password_problem_at_once(qtbot, open_app, office):
    """Two passwords that differ are said together with what the policy finds in the
    first one (as the new-user dialog does), not the one first and the other after the
    next click; nothing is written until both are right."""
    page = admin_page(open_app, office)
    session = page.context.session
    row = next(i for i, u in enumerate(page.users) if u.login == "agent2")
    page.user_list.setCurrentRow(row)
    page.reset_password()
    dialog = page.user_dialog
    fill(qtbot, dialog.password_edit, "court")
    fill(qtbot, dialog.repeat_edit, "courte")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert error(dialog, "password").text() == "Le mot de passe doit avoir au moins 10 caractères."
    assert error(dialog, "password_again").text() == "Les deux mots de passe diffèrent."
    assert not dialog.message.isVisibleTo(dialog)
    wrapped = error(dialog, "password")  # two lines: the dialog grew, none is cut
    dialog.layout().activate()
    assert (
        wrapped.height() >= wrapped.heightForWidth(wrapped.width()) > wrapped.fontMetrics().height()
    )
    fill(qtbot, dialog.repeat_edit, "court")  # fixing one field clears its error only
    assert error(dialog, "password_again") is None
    assert error(dialog, "password") is not None
    dialog.reject()
    open_session(office, "agent2", DEMO_PASSWORD, security=FAST).close()  # unchanged

    agent3 = next(u for u in page.users if u.login == "agent3")
    session.admin.deactivate_user(agent3.id)
    page.reload()
    page.user_list.setCurrentRow(next(i for i, u in enumerate(page.users) if u.id == agent3.id))
    page.reactivate()
    dialog = page.user_dialog
    fill(qtbot, dialog.password_edit, "Agent3-Retour-26")
    fill(qtbot, dialog.repeat_edit, "Agent3-Retour-27")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert error(dialog, "password").text() == "Le mot de passe ne doit pas contenir l'identifiant."
    assert error(dialog, "password_again").text() == "Les deux mots de passe diffèrent."
    assert not next(u for u in session.admin.users() if u.id == agent3.id).active
    fill(qtbot, dialog.password_edit, "Nouveau-Depart-26")
    fill(qtbot, dialog.repeat_edit, "Nouveau-Depart-26")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert page.user_dialog is None
    assert next(u for u in session.admin.users() if u.id == agent3.id).active
