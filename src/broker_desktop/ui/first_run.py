"""First-run assistant: where the database lives, the first Directeur, the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from broker_desktop.core.errors import ValidationError
from broker_desktop.ui.dialogs import Dialogs
from broker_desktop.ui.messages import field_message
from broker_desktop.ui.opener import Opener
from broker_desktop.ui.recovery_code import RecoveryCodePanel
from broker_desktop.ui.tasks import TaskRunner
from broker_desktop.ui.widgets import (
    message_label,
    set_default_button,
)

DATABASE_NAME = "office.db"


class LocationPage(QWizardPage):
    def __init__(self, dialogs: Dialogs, default_folder: Path) -> None:
        super().__init__()
        self._dialogs = dialogs
        self.setTitle(self.tr("Where should the office database live?"))
        self.setSubTitle(
            self.tr(
                "Every workstation of the office opens the same database. Keep it in your "
                "data folder for a single workstation, or choose a shared folder (a network "
                "drive) for several."
            )
        )
        self.folder_edit = QLineEdit(str(default_folder))
        self.folder_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.name_edit = QLineEdit(DATABASE_NAME)
        self.name_edit.textChanged.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("File name:"), self.name_edit)
        self.message = message_label()
        form.addRow(self.message)

    def _browse(self) -> None:
        folder = self._dialogs.choose_folder(
            self, self.tr("Folder of the office database"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def path(self) -> Path:
        return Path(self.folder_edit.text().strip()) / self.name_edit.text().strip()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.folder_edit.text().strip() and self.name_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        path = self.path()
        if path.exists():
            self.message.setText(
                self.tr("A file already exists there. Choose another folder or file name.")
            )
            self.message.show()
            return False
        self.message.hide()
        return True


class AccountPage(QWizardPage):
    """Creates the office when the user presses Next (off the GUI thread)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._created = False
        self.setTitle(self.tr("Your account (Directeur)"))
        self.setSubTitle(self.tr("The first account manages the office: users, roles and rights."))
        self.name_edit = QLineEdit()
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.name_edit, self.login_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self.completeChanged)
        form = QFormLayout(self)
        form.addRow(self.tr("Full name:"), self.name_edit)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.repeat_edit)
        self.message = message_label()
        form.addRow(self.message)

    def isComplete(self) -> bool:  # noqa: N802
        return (
            all(
                e.text().strip()
                for e in (self.name_edit, self.login_edit, self.password_edit, self.repeat_edit)
            )
            and not self._wizard.creating
        )

    def validatePage(self) -> bool:  # noqa: N802
        if self._created:
            return True
        if self.password_edit.text() != self.repeat_edit.text():
            self._show(self.tr("The two passwords differ."))
            return False
        self._wizard.create_office(
            self.login_edit.text().strip(),
            self.name_edit.text().strip(),
            self.password_edit.text(),
        )
        return False

    def created(self) -> None:
        self._created = True
        self.password_edit.clear()
        self.repeat_edit.clear()
        self.message.hide()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class RecoveryPage(QWizardPage):
    def __init__(self, dialogs: Dialogs) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "This code opens the database if every password is forgotten or the key file "
                "is lost. It is shown only now: print it or copy it, and keep it in a safe "
                "place, away from the computer."
            )
        )
        self.panel = RecoveryCodePanel(dialogs)
        self.panel.acknowledged.connect(self.completeChanged)
        self.code_view = self.panel.code_view
        self.stored_check = self.panel.stored_check
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def set_code(self, code: str) -> None:
        self.panel.set_code(code)

    def forget_code(self) -> None:
        self.panel.code_view.clear()

    def isComplete(self) -> bool:  # noqa: N802
        return self.panel.is_acknowledged()


class FirstRunWizard(QWizard):
    def __init__(
        self,
        dialogs: Dialogs,
        runner: TaskRunner,
        opener: Opener,
        default_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._runner = runner
        self._opener = opener
        self.session = None
        self.database: Path | None = None
        self.creating = False
        self.setWindowTitle(self.tr("Broker Desktop — New office"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 440)
        self.location = LocationPage(dialogs, default_folder)
        self.account = AccountPage(self)
        self.recovery = RecoveryPage(dialogs)
        for page in (self.location, self.account, self.recovery):
            self.addPage(page)
            set_default_button(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start working"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def create_office(self, login: str, display_name: str, password: str) -> None:
        path = self.location.path()
        self.creating = True
        self.account.completeChanged.emit()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)

        def work():
            path.parent.mkdir(parents=True, exist_ok=True)
            return self._opener.create(path, login, display_name, password)

        self._runner.run(work, lambda result: self._created(path, *result), self._refused)

    def _created(self, path: Path, session, code: str) -> None:
        self.creating = False
        self.session = session
        self.database = path
        self.recovery.set_code(code)
        self.account.created()
        self.next()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _refused(self, exc: BaseException) -> None:
        self.creating = False
        self.account.completeChanged.emit()
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(exc, ValidationError):
            text = "\n".join(field_message(e) for e in exc.errors.values())
        else:
            text = str(exc)
        self.account._show(text)

    def accept(self) -> None:
        self.recovery.forget_code()
        super().accept()

    def reject(self) -> None:
        if self.session is not None and self.currentPage() is self.recovery:
            return  # the office exists: the code must be acknowledged first
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.session is not None:
            return
        super().keyPressEvent(event)
