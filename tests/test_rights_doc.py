"""docs/rights.md stays true: one section per right (named by its stored identifier and
English label), none for a right that does not exist, every file it points to exists,
and every right is used in the core (enforced) and in the UI (guarded) — directly or
through one of the rights sets Scope exports for the guard."""

import re
from pathlib import Path

from broker_desktop.core.permissions import Scope
from broker_desktop.core.rights import RIGHT_LABELS, Right

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "broker_desktop"
DOC = ROOT / "docs" / "rights.md"
HEADING = re.compile(r"^## `([^`]+)` — (.+)$", re.MULTILINE)
# only where a right is defined or bundled into default roles: that enforces nothing
NOT_ENFORCING = {SRC / "core" / "rights.py", SRC / "core" / "seed.py"}


def _sections() -> dict[str, str]:
    return dict(HEADING.findall(DOC.read_text(encoding="utf-8")))


def _code(package: str) -> str:
    files = sorted((SRC / package).rglob("*.py"))
    return "\n".join(p.read_text(encoding="utf-8") for p in files if p not in NOT_ENFORCING)


def _scope_sets() -> dict[str, frozenset[Right]]:
    return {
        name: value
        for name, value in vars(Scope).items()
        if name.isupper() and isinstance(value, frozenset)
    }


def test_every_right_has_its_section_and_no_other_section_exists():
    sections = _sections()
    stored = {right.value for right in Right}
    assert sorted(stored - sections.keys()) == [], "rights missing from docs/rights.md"
    assert sorted(sections.keys() - stored) == [], "docs/rights.md lists unknown rights"
    for right in Right:
        assert sections[right.value] == RIGHT_LABELS[right]["en"], right


def test_every_file_the_document_names_exists():
    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:src/broker_desktop/|tests/)?[\w/]+\.py)`", text))
    assert named
    missing = [
        path for path in sorted(named) if not (ROOT / path).is_file() and not (SRC / path).is_file()
    ]
    assert missing == []


def test_every_right_is_enforced_in_the_core_and_guarded_in_the_ui():
    core, ui = _code("core"), _code("ui")
    ui_sets = {name: rights for name, rights in _scope_sets().items() if f"Scope.{name}" in ui}
    assert ui_sets, "the UI asks the Scope for its rights sets"
    unenforced = [r.name for r in Right if not re.search(rf"\bRight\.{r.name}\b", core)]
    unguarded = [
        r.name
        for r in Right
        if not re.search(rf"\bRight\.{r.name}\b", ui)
        and not any(r in rights for rights in ui_sets.values())
    ]
    assert unenforced == [], "rights no core module checks"
    assert unguarded == [], "rights no screen shows or hides anything for"
