"""Tab labels that keep the accents of capitals ("Échéances", not "Echéances").

Fusion lays a tab's text out in a rectangle as tall as the font's ascent and clips it,
which cuts the accent of É, À or Ç off an unselected tab. This style gives the text
a few pixels more above and below; nothing else changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QTabWidget

ROOM = 3  # pixels; more than any accent rises above the ascent at desktop sizes


class AccentSafeTabStyle(QProxyStyle):
    def subElementRect(self, element, option, widget=None):  # noqa: N802
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            rect = rect.adjusted(0, -ROOM, 0, ROOM)
        return rect


def keep_accents(tabs: QTabWidget) -> None:
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("keep_accents needs the QApplication")
    style = app.findChild(AccentSafeTabStyle)
    if style is None:
        style = AccentSafeTabStyle()  # wraps the application's style
        style.setParent(app)  # lives as long as the application
    tabs.tabBar().setStyle(style)
