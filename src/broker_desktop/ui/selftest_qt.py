"""The Qt half of ``--self-test``: offscreen platform, plugins and translations.

Called by ``broker_desktop.selftest`` after the headless checks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from broker_desktop.ui.i18n import LANGUAGES, TRANSLATIONS

# ``SelfTest.check``: runs one named check and records its outcome (passed in, so that this
# module does not import ``broker_desktop.selftest``, which imports it).
Check = Callable[[str, Callable[[], str]], bool]

# A string of the login window (context, source text): it must come out in French.
KNOWN_STRING = ("LoginDialog", "Log in to your office")
# Image formats served by the imageformats plugins (png is built in): proves they were bundled.
PLUGIN_IMAGE_FORMATS = (b"ico", b"jpeg")


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        return QApplication([sys.argv[0] if sys.argv else "broker-desktop"])
    if not isinstance(app, QApplication):
        raise AssertionError(f"a {type(app).__name__} runs instead of a QApplication")
    return app


def _platform() -> str:
    app = _application()
    if app.platformName() != "offscreen":
        raise AssertionError(f"platform is {app.platformName()!r}, not offscreen")
    label = QLabel("Broker Desktop")
    label.show()
    QCoreApplication.processEvents()
    if label.grab().isNull():
        raise AssertionError("a widget could not be rendered")
    label.close()
    return f"{app.platformName()}, styles {', '.join(QStyleFactory.keys())}"


def _image_formats() -> str:
    supported = {bytes(fmt.data()) for fmt in QImageReader.supportedImageFormats()}
    missing = [fmt.decode() for fmt in PLUGIN_IMAGE_FORMATS if fmt not in supported]
    if missing:
        raise AssertionError(f"no imageformats plugin for {', '.join(missing)}")
    return ", ".join(sorted(fmt.decode() for fmt in supported))


def _translation(language: str) -> str:
    _application()
    path = TRANSLATIONS / f"broker_desktop_{language}.qm"
    if not path.is_file():
        raise AssertionError(f"{path.name} is missing")
    translator = QTranslator()
    if not translator.load(str(path)):
        raise AssertionError(f"{path.name} could not be loaded")
    context, source = KNOWN_STRING
    text = translator.translate(context, source)
    if not text:
        raise AssertionError(f"{path.name} has no translation for {source!r}")
    if language == "fr" and text == source:
        raise AssertionError(f"{path.name} leaves {source!r} in English")
    return f"{path.name} loaded, {source!r} -> {text!r}"


def _qt_translation(language: str) -> str:
    """Qt's own strings (standard buttons, dialogs), loaded the way ui.i18n does."""
    _application()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load(f"qtbase_{language}", folder):
        raise AssertionError(f"qtbase_{language}.qm not found in {folder}")
    cancel = translator.translate("QPlatformTheme", "Cancel")
    if not cancel:
        raise AssertionError(f"qtbase_{language}.qm does not translate the Cancel button")
    return f"qtbase_{language}.qm loaded, 'Cancel' -> {cancel!r}"


def run_checks(check: Check) -> None:
    check("Qt offscreen platform", _platform)
    check("Qt image format plugins", _image_formats)
    for language in LANGUAGES:
        check(f"translation {language}", partial(_translation, language))
    check("Qt translation fr", lambda: _qt_translation("fr"))
