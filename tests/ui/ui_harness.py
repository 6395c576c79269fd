"""Drive the real application objects (controller, login, main window) in tests and in
the screenshot script, with cheap crypto costs and an inline task runner."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from broker_desktop.core.office import SecurityParams
from broker_desktop.storage.database import slot_path
from broker_desktop.storage.slots import KdfParams, allow_weak_kdf
from broker_desktop.ui.app import Controller
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.i18n import Translations
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.paths import AppPaths
from broker_desktop.ui.settings import Settings
from broker_desktop.ui.tasks import TaskRunner

FAST = SecurityParams(kdf=KdfParams(n=2**10, r=8, p=1), bcrypt_rounds=4)
allow_weak_kdf(FAST.kdf)  # the screenshot script imports this module too


def make_demo(path: Path):
    from broker_desktop.demo import generate

    return generate(path, "S", 7, FAST)


def copy_office(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    shutil.copyfile(slot_path(source), slot_path(target))
    return target


def controller(folder: Path, database: Path | None, *, language: str = "fr") -> Controller:
    app = QApplication.instance()
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = language
    translations = Translations(app)
    translations.load(language)
    runner = TaskRunner(inline=True)
    return Controller(
        app,
        settings,
        Dialogs(),
        runner,
        translations,
        Opener(security=FAST),
        AppPaths(folder / "data"),
        database,
    )


def log_in(ctrl: Controller, login: str, password: str):
    ctrl.start()
    dialog = ctrl.current_dialog
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)
    dialog.submit()
    return ctrl.window
