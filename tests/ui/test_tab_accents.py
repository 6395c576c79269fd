"""Unselected tabs used to clip the accent of a capital: "Échéances" read "Echéances"."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabWidget, QWidget

from broker_desktop.ui.tab_style import keep_accents


def accent_fits(tabs: QTabWidget, index: int) -> bool:
    bar = tabs.tabBar()
    option = QStyleOptionTab()
    bar.initStyleOption(option, index)
    rect = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
    metrics = bar.fontMetrics()
    # drawText centres the line vertically in the rectangle and clips to it
    baseline = rect.top() + (rect.height() - metrics.height()) // 2 + metrics.ascent()
    glyph = metrics.tightBoundingRect(option.text)
    return baseline + glyph.top() >= rect.top()


def tabs(qtbot) -> QTabWidget:
    widget = QTabWidget()
    widget.setDocumentMode(True)
    for text in ("Portefeuille", "Échéances", "Àpropos"):
        widget.addTab(QWidget(), text)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_window_tabs_keep_it(qtbot, open_app, office):
    # (with Fusion and the offscreen font, a plain tab bar fails this check)
    fixed = tabs(qtbot)
    keep_accents(fixed)
    assert accent_fits(fixed, 1) and accent_fits(fixed, 2)
    window = open_app(office, "directeur").window
    deadlines = window.tabs.indexOf(window.pages["deadlines"])
    assert window.tabs.tabText(deadlines) == "Échéances"
    assert accent_fits(window.tabs, deadlines)
