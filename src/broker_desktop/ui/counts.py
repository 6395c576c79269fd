"""Counted nouns with Qt's plural forms: "1 client", "27 clients" (French: "0 client",
"1 client", "2 clients"), the number in Swiss form (1'234), and lists of them joined
the way a sentence reads: "27 clients, 63 contrats et 128 échéances"."""

from __future__ import annotations

from PySide6.QtCore import QObject

from broker_desktop.ui import formats


class Counts(QObject):
    def _swiss(self, text: str, n: int) -> str:
        # %n is replaced by the plain number; only the figure itself gets the separators
        return text.replace(str(n), formats.count(n), 1)

    def clients(self, n: int) -> str:
        return self._swiss(self.tr("%n client(s)", "", n), n)

    def contracts(self, n: int) -> str:
        return self._swiss(self.tr("%n contract(s)", "", n), n)

    def deadlines(self, n: int) -> str:
        return self._swiss(self.tr("%n deadline(s)", "", n), n)

    def share_lines(self, n: int) -> str:
        return self._swiss(self.tr("%n commission share line(s)", "", n), n)

    def commissions(self, n: int) -> str:
        return self._swiss(self.tr("%n commission(s)", "", n), n)

    def rows(self, n: int) -> str:
        return self._swiss(self.tr("%n row(s)", "", n), n)

    def listing(self, *phrases: str) -> str:
        """ "a", "a and b", "a, b and c"."""
        if len(phrases) < 2:
            return "".join(phrases)
        return (
            self.tr("%1 and %2").replace("%1", ", ".join(phrases[:-1])).replace("%2", phrases[-1])
        )

    def book(self, clients: int, contracts: int, deadlines: int, shares: int) -> str:
        """What a book transfer moves, as its preview, result and audit entry say it."""
        return self.listing(
            self.clients(clients),
            self.contracts(contracts),
            self.deadlines(deadlines),
            self.share_lines(shares),
        )
