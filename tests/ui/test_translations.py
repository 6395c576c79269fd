"""Translations: the compiled .qm files are current and French is complete."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from broker_desktop.ui.i18n import TRANSLATIONS, Translations

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")


def _parse():
    return ET.parse(SOURCES / "broker_desktop_fr.ts")  # noqa: S314 - our own file


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translation_matches_its_source(language, tmp_path):
    """The committed .qm is what pyside6-lrelease makes of the .ts today (file dates
    mean nothing after a git checkout)."""
    ts = SOURCES / f"broker_desktop_{language}.ts"
    qm = TRANSLATIONS / f"broker_desktop_{language}.qm"
    assert qm.exists(), f"run pyside6-lrelease on {ts.name}"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease is installed with PySide6"
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run pyside6-lrelease"


def test_every_french_string_is_translated_and_finished():
    tree = _parse()
    problems = []
    messages = list(tree.iter("message"))
    assert len(messages) > 200
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes" and (len(forms) != 2 or not all(forms)):
            problems.append(source)  # French has two plural forms: 0 and 1, and more
        elif translation.get("type") in ("unfinished", "obsolete", "vanished") or not (
            (translation.text or "").strip() or forms
        ):
            problems.append(source)
    assert problems == []


def test_every_ui_string_is_in_the_sources():
    """A string added in code without running pyside6-lupdate would stay English."""
    import re

    sources = {m.find("source").text for m in _parse().iter("message")}
    code = ROOT / "src" / "broker_desktop" / "ui"
    pattern = re.compile(r'(?:self\.tr|translate\(\s*"\w+",)\(?\s*"((?:[^"\\]|\\.)+)"\s*\)')
    found = set()
    for path in code.rglob("*.py"):
        for text in pattern.findall(path.read_text(encoding="utf-8")):
            found.add(text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    assert found and found <= sources, sorted(found - sources)


def test_french_is_loaded(qapp):
    translations = Translations(qapp)
    try:
        assert translations.load("fr") == "fr"
        assert QCoreApplication.translate("MainWindow", "Portfolio") == "Portefeuille"
    finally:
        translations.load("en")


# French capitals keep their accents: "Échéances", never "Echéances".
UNACCENTED_CAPITAL = re.compile(
    r"\b(E(ch|ta|té|te|cr|co|di|le|lé|li|v|qu|mi|pa|ga|ca)\w*)|((^|[.!?:]\s+|\n)A\s)"
)


def test_french_capitals_keep_their_accents():
    wrong = [
        (message.find("source").text, message.find("translation").text)
        for message in _parse().iter("message")
        if UNACCENTED_CAPITAL.search(message.find("translation").text or "")
    ]
    assert wrong == []
