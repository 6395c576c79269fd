"""Help menu: a short user guide (French or English, as the UI) and About (version,
database, mode)."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import broker_desktop

GUIDE_FR = """\
# Broker Desktop — guide rapide

**Portefeuille.** Cherchez un client par son nom, un n° de police, son téléphone (tapé
comme vous le composez : `079 123 45 67`, `0791234567` ou `+41 79 123 45 67`), son e-mail,
son NPA ou sa localité ; majuscules et accents ne comptent pas (`geneve` trouve Genève).
Une ou deux lettres cherchent le début d'un mot, `12` les NPA 12xx. Filtrez par agent,
assureur, branche ou statut. Double-cliquez pour ouvrir une fiche. *Nouveau client…* et
*Nouveau contrat…* selon vos droits.

**Dates.** Tapez-les comme vous en avez l'habitude : `31.12.2026`, `1.3.26` ou `31122026`.
Ce qui a été compris s'affiche sous le champ ; une date impossible est signalée, jamais
modifiée en silence. Le bouton `…` ouvre un calendrier.

**Échéances.** À la connexion, la liste de vos échéances du jour et en retard s'affiche.
Dans l'onglet *Échéances*, choisissez une période (cette semaine, 30 jours, 3 mois, en
retard), créez un suivi (*Nouveau suivi…*), modifiez-le, attribuez-le à un collègue ou
marquez-le comme fait.

**Commissions.** Les périodes s'écrivent `2026` ou `12.2026`. *Modifier la répartition…*
partage une commission entre plusieurs personnes. La répartition habituelle d'un contrat,
d'où partent ses nouvelles commissions, se règle dans le portefeuille (*Répartition…*).

**Exporter.** *Exporter…* enregistre la liste affichée — mêmes filtres, mêmes colonnes,
même ordre — dans un classeur Excel (ou un fichier CSV).

**Journal d'audit.** Qui a fait quoi, en phrases ; filtrez par personne, genre d'action
et dates.

**Sécurité.** *Bureau → Verrouiller* (Ctrl+L) quand vous quittez votre poste. Le code de
récupération copié est effacé du presse-papiers après 60 secondes.
"""

GUIDE_EN = """\
# Broker Desktop — quick guide

**Portfolio.** Find a client by name, policy number, phone (typed as you dial it:
`079 123 45 67`, `0791234567` or `+41 79 123 45 67`), e-mail, postcode or city; case and
accents do not matter (`geneve` finds Genève). One or two letters look for the start of a
word, `12` for the 12xx postcodes. Filter by agent, insurer, line or status.
Double-click to open a record. *New client…* and *New contract…* as your rights allow.

**Dates.** Type them as you are used to: `31.12.2026`, `1.3.26` or `31122026`. What was
understood is shown under the field; an impossible date is pointed out, never silently
changed. The `…` button opens a calendar.

**Deadlines.** At login, your deadlines due today and overdue are listed. In the
*Deadlines* tab, choose a period (this week, 30 days, 3 months, overdue), create a
follow-up (*New follow-up…*), edit it, give it to a colleague or mark it done.

**Commissions.** Periods are written `2026` or `12.2026`. *Edit the split…* shares a
commission between several people. A contract's usual split, which its new commissions
start from, is set in the portfolio (*Split…*).

**Export.** *Export…* saves the list shown — same filters, same columns, same order — to
an Excel workbook (or a CSV file).

**Audit log.** Who did what, as sentences; filter by person, kind of action and dates.

**Security.** *Office → Lock now* (Ctrl+L) when you leave your desk. A copied recovery
code is cleared from the clipboard after 60 seconds.
"""


def guide_text(language: str) -> str:
    return GUIDE_FR if language.startswith("fr") else GUIDE_EN


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setMarkdown(guide_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, session: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About Broker Desktop"))
        remote = bool(getattr(session, "remote", False))
        where = str(
            getattr(session, "server_address", "")
            if remote
            else getattr(session, "database_path", "")
        )
        mode = (
            self.tr("Office server (the database stays on the server)")
            if remote
            else self.tr("Database file opened on this workstation")
        )
        title = QLabel(f"<b>Broker Desktop {broker_desktop.__version__}</b>")
        form = QFormLayout()
        self.version_label = QLabel(broker_desktop.__version__)
        self.database_label = QLabel(where)
        self.database_label.setWordWrap(True)
        self.database_label.setObjectName("about_database")
        self.mode_label = QLabel(mode)
        self.mode_label.setObjectName("about_mode")
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Server:") if remote else self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Mode:"), self.mode_label)
        form.addRow(
            self.tr("Components:"),
            QLabel(f"Python {sys.version.split()[0]}, PySide6 {pyside_version}"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class HelpActions(QObject):
    def __init__(self, context, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: QDialog | None = None
        self.guide_action = QAction(self.tr("User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("About Broker Desktop"), self)
        self.about_action.triggered.connect(self.show_about)

    def actions(self) -> list[QAction]:
        return [self.guide_action, self.about_action]

    def show_guide(self) -> QDialog:
        return self._open(GuideDialog(self.context.language, self.window))

    def show_about(self) -> QDialog:
        return self._open(AboutDialog(self.context.session, self.window))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
