"""Load the compiled translations (.qm) for the chosen language.

English is the source language; French is the office default when the system locale is
neither French nor English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).parent / "translations"
LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def resolve(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def load(self, language: str) -> str:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = resolve(language)
        QLocale.setDefault(QLocale(self.language + "_CH"))
        ours = QTranslator(self._app)
        if ours.load(str(TRANSLATIONS / f"broker_desktop_{self.language}.qm")):
            self._install(ours)
        qt = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{self.language}", qt_dir):
            self._install(qt)
        return self.language

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
