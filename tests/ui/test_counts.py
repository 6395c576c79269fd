"""Counted nouns use Qt's plural forms (French: singular for 0 and 1), the Swiss figure,
and lists read as a sentence: no "(s)" left in what the user reads."""

from __future__ import annotations

import pytest

from broker_desktop.ui.counts import Counts
from broker_desktop.ui.i18n import Translations


@pytest.fixture
def language(qapp):
    translations = Translations(qapp)
    yield translations.load
    translations.load("en")


def test_french_plural_forms_and_swiss_figures(language):
    language("fr")
    n = Counts()
    assert [n.clients(k) for k in (0, 1, 2)] == ["0 client", "1 client", "2 clients"]
    assert n.share_lines(1234) == "1'234 lignes de parts de commission"
    assert n.book(1, 0, 2, 1) == (
        "1 client, 0 contrat, 2 échéances et 1 ligne de parts de commission"
    )
    assert n.listing("a") == "a" and n.listing("a", "b") == "a et b"


def test_english_plural_forms(language):
    language("en")
    n = Counts()
    assert [n.contracts(k) for k in (0, 1, 2)] == ["0 contracts", "1 contract", "2 contracts"]
    assert n.book(2, 1, 1, 3) == ("2 clients, 1 contract, 1 deadline and 3 commission share lines")
