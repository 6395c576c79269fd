"""The Qt half of ``--self-test``: offscreen platform, plugins and translations.

Called by ``broker_desktop.selftest`` after the headless checks.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

if TYPE_CHECKING:
    from broker_desktop.selftest import SelfTest

TRANSLATIONS = Path(__file__).with_name("translations")
LANGUAGES = ("fr", "en")
# Image formats served by the imageformats plugins (png is built in): proves they were bundled.
PLUGIN_IMAGE_FORMATS = (b"ico", b"jpeg")


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "broker-desktop"])
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
    supported = {bytes(fmt) for fmt in QImageReader.supportedImageFormats()}
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
    if translator.isEmpty():
        raise AssertionError(f"{path.name} holds no translation")
    return f"{path.name} loaded ({translator.language() or language})"


def run_checks(test: SelfTest) -> None:
    test.check("Qt offscreen platform", _platform)
    test.check("Qt image format plugins", _image_formats)
    for language in LANGUAGES:
        test.check(f"translation {language}", lambda language=language: _translation(language))
