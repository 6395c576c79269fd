"""The Office menu's comparison of the audit log with a backup: unchanged history, a
history rewritten with the key (chain recomputed), a backup of another office, and the
action hidden from whoever may not read the audit log."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from broker_desktop.core.audit_chain import HEAD, entry_hash
from broker_desktop.storage.database import Database
from broker_desktop.storage.schema import audit_log, meta

TITLE = "Comparer le journal d'audit avec une sauvegarde"


def menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def _rewrite_history(path, key) -> int:
    """Change one old entry and recompute the chain after it, as a key holder could."""
    with Database.open_with_key(path, key) as db, db.write() as conn:
        rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
        target = rows[len(rows) // 3].id
        prev = "0" * 64
        for row in rows:
            actor = "mallory" if row.id == target else row.actor
            digest = row.hash
            if row.id >= target:
                digest = entry_hash(
                    prev,
                    row.id,
                    row.at,
                    row.user_id,
                    actor,
                    row.action,
                    row.entity,
                    row.entity_id,
                    row.detail,
                )
                conn.execute(
                    sa.update(audit_log)
                    .where(audit_log.c.id == row.id)
                    .values(actor=actor, prev_hash=prev, hash=digest)
                )
            prev = digest
        conn.execute(
            sa.update(meta).where(meta.c.name == HEAD).values(value=f"{rows[-1].id}:{prev}")
        )
    return target


def test_the_director_is_told_the_history_has_not_changed(open_app, office, tmp_path):
    ctrl = open_app(office, "directeur")
    window = ctrl.window
    assert "Comparer le journal d'audit avec une sauvegarde…" in menu_texts(window)
    backup = ctrl.session.maintenance.backup(tmp_path / "saved" / "office.db")
    dialogs = window.context.dialogs
    dialogs.queue_answer(str(backup))
    dialogs.queue_answer(None)
    window.audit_check.compare_action.trigger()
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("information", TITLE)
    assert "n'a pas changé" in text


def test_a_recomputed_chain_is_reported_against_the_backup(open_app, office, tmp_path):
    ctrl = open_app(office, "directeur")
    backup = ctrl.session.maintenance.backup(tmp_path / "saved" / "office.db")
    target = _rewrite_history(office, ctrl.session.database.key)  # meanwhile, elsewhere
    window = ctrl.window
    dialogs = window.context.dialogs
    dialogs.queue_answer(str(backup))
    dialogs.queue_answer(None)
    window.audit_check.compare_action.trigger()
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("warning", TITLE)
    assert "a changé" in text and str(target) in text


def test_a_backup_from_before_a_change_of_key_is_compared_with_its_code(open_app, office, tmp_path):
    ctrl = open_app(office, "directeur")
    backup = ctrl.session.maintenance.backup(tmp_path / "saved" / "office.db")
    old_code = ctrl.session.database.recovery_code()
    ctrl.session.maintenance.change_key()
    dialogs = ctrl.window.context.dialogs
    dialogs.queue_answer(str(backup))
    dialogs.queue_answer(old_code)  # asked, since the current key does not open it
    dialogs.queue_answer(None)
    ctrl.window.audit_check.compare_action.trigger()
    (_, _, asked), (kind, title, text) = dialogs.asked[-2:]
    assert "clé actuelle" in asked
    assert (kind, title) == ("information", TITLE)
    assert "n'a pas changé" in text


def test_a_file_no_code_opens_gets_a_clear_sentence(open_app, office, tmp_path):
    ctrl = open_app(office, "directeur")
    other = tmp_path / "other.db"
    other.write_bytes(b"\x01" * 8192)
    dialogs = ctrl.window.context.dialogs
    dialogs.queue_answer(str(other))
    dialogs.queue_answer("A" * 52)  # a well-formed code that does not open it
    dialogs.queue_answer(None)
    ctrl.window.audit_check.compare_action.trigger()
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("warning", TITLE)
    assert text == "Ce code de récupération n'ouvre pas cette base de données."
    dialogs.queue_answer(str(other))
    dialogs.queue_answer("")  # cancelled: nothing more is said
    before = len(dialogs.asked)
    ctrl.window.audit_check.compare_action.trigger()
    assert [kind for kind, _, _ in dialogs.asked[before:]] == ["open_file", "ask_secret"]


def test_without_the_audit_right_the_action_is_hidden(open_app, office):
    window = open_app(office, "agent1").window
    assert not window.audit_check.compare_action.isVisible()
    assert not any("journal d'audit" in t for t in menu_texts(window))


def test_the_login_window_says_why_password_logins_are_refused(qtbot, tmp_path, office):
    """Where failed attempts cannot be recorded (here the counter file's place is taken
    by a folder, as unwritable as a read-only mount for this purpose), the login window
    says so in French, for a right and a wrong password alike."""
    from ui_harness import controller

    from broker_desktop.ui.login import LoginDialog

    (office.parent / (office.name + ".attempts")).mkdir()
    ctrl = controller(tmp_path, office)
    ctrl.start()
    dialog = ctrl.current_dialog
    assert isinstance(dialog, LoginDialog)
    try:
        for password in ("Demo-2026!", "not the password"):
            dialog.login_edit.setText("directeur")
            dialog.password_edit.setText(password)
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog))
            assert "connexions par mot de passe sont refusées" in dialog.message.text()
            dialog.message.hide()
    finally:
        ctrl.shutdown()
        dialog.close()


def test_a_wiped_log_is_reported_in_french_by_the_audit_tab(qtbot, open_app, office):
    """The log and its stored head wiped with the key while the director works: the
    chain alone looks intact (empty), this workstation's record says otherwise."""
    ctrl = open_app(office, "directeur")
    with Database.open_with_key(office, ctrl.session.database.key) as db, db.write() as conn:
        conn.execute(sa.delete(audit_log))
        conn.execute(sa.delete(meta).where(meta.c.name == HEAD))
    page = ctrl.window.pages["audit"]
    page.verify()
    qtbot.waitUntil(lambda: "Vérification" not in page.verify_label.text())
    assert page.verify_label.text().startswith("Le journal a été vidé : ce poste l'a vu")
