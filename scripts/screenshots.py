"""Render every main screen for each default role, in French, to docs/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

Uses the core's demo office (size S, cheap crypto costs: this is a picture, not an
office) and the real application objects, grabbed at 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_harness import controller, log_in, make_demo  # noqa: E402

from broker_desktop.core.demo import DEMO_PASSWORD  # noqa: E402
from broker_desktop.ui.first_run import FirstRunWizard  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
ROLES = {
    "directeur": "directeur",
    "agent": "agent1",
    "secretaire": "secretaire1",
    "visibilite": "visibilite",
}


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def save(widget, name: str, app: QApplication) -> None:
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="broker-screens-"))
    demo = make_demo(folder / "demo.db")

    ctrl = controller(folder, None)
    wizard = FirstRunWizard(ctrl.dialogs, ctrl.runner, ctrl.opener, folder / "new")
    wizard.resize(760, 520)
    wizard.show()
    save(wizard, "first-run-1-location", app)
    wizard.next()
    for edit, text in (
        (wizard.account.name_edit, "Claire Morel"),
        (wizard.account.login_edit, "directeur"),
        (wizard.account.password_edit, DEMO_PASSWORD),
        (wizard.account.repeat_edit, DEMO_PASSWORD),
    ):
        edit.setText(text)
    save(wizard, "first-run-2-account", app)
    wizard.next()  # creates the office, shows its recovery code
    save(wizard, "first-run-3-recovery-code", app)
    wizard.session.close()
    wizard.close()

    ctrl = controller(folder, demo.path)
    ctrl.start()
    login = ctrl.current_dialog
    login.login_edit.setText("agent1")
    save(login, "login", app)
    login.password_edit.setText("wrong password")
    login.submit()
    save(login, "login-wrong-password", app)
    login.close()

    for role, user in ROLES.items():
        ctrl = controller(folder, demo.path)
        window = log_in(ctrl, user, DEMO_PASSWORD)
        window.resize(*SIZE)
        for name in window.pages:
            if not window.show_page(name):
                continue
            page = window.pages[name]
            if name == "portfolio":
                page.clients_view.selectRow(0)
            if name == "admin":
                page.user_list.setCurrentRow(min(3, page.user_list.count() - 1))
            save(window, f"{role}-{name}", app)
        ctrl.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
