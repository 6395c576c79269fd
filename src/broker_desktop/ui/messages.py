"""The one translator of exceptions into sentences for the office.

Every expected failure the user may meet — a refused right, a field the core rejects,
a conflict, a damaged or busy database, a wrong password — is turned into a sentence of
the UI language HERE, and nowhere else. A new exception type (a storage error, a core
refusal) gets its sentence in ``_storage`` or ``_core`` below; field errors get theirs in
``field_message``, which uses the error's parameters (lengths, bounds).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from broker_desktop.core import errors as core
from broker_desktop.core.errors import FieldError
from broker_desktop.storage import errors as e
from broker_desktop.wire import errors as remote

# Opening failed because the database file itself is unusable: a backup brings it back.
DAMAGED = (e.DatabaseCorrupted, e.EmptyDatabaseFile, e.SlotFileMismatch, e.NotABrokerDatabase)
# The key file is gone or unreadable: the recovery code re-creates it.
KEY_FILE_LOST = (e.SlotFileMissing, e.SlotFileDamaged)


def explain(exc: BaseException) -> str:
    """The sentence for any failure; an unknown exception gives its own message."""
    return known(exc) or str(exc) or type(exc).__name__


def known(exc: BaseException) -> str | None:
    """The sentence for an expected failure, None for anything else (a bug)."""
    if isinstance(exc, e.StorageError):
        return _storage(exc)
    if isinstance(exc, core.CoreError):
        return _core(exc)
    if isinstance(exc, remote.RemoteError):
        return _remote(exc)
    from broker_desktop.security.passwords import PasswordRejected

    if isinstance(exc, PasswordRejected):
        return field_message(FieldError(exc.code, str(exc), dict(exc.params)))
    from broker_desktop.core.importing.sources import SourceError

    if isinstance(exc, SourceError):
        return QCoreApplication.translate(
            "Messages",
            "This file cannot be read as a table (CSV or XLSX): check it, or choose its "
            "encoding and separator.",
        )
    return None


def _remote(exc: remote.RemoteError) -> str:
    """The office server mode's own failures."""
    if isinstance(exc, remote.ServerUnreachable):
        return QCoreApplication.translate(
            "Messages",
            "The office server %1 cannot be reached. Check that it is running and that this "
            "workstation is on the office network.",
        ).replace("%1", exc.address)
    if isinstance(exc, remote.CertificateChanged):
        return QCoreApplication.translate(
            "Messages",
            "The office server %1 presented a different certificate than the one this "
            "workstation trusts: the connection was refused, someone may be impersonating "
            "the server. If its certificate was replaced on purpose, ask the office's IT "
            "person to confirm the new fingerprint.",
        ).replace("%1", exc.address) + (f"\n{exc.presented}" if exc.presented else "")
    if isinstance(exc, remote.SessionEnded):
        if exc.reason == "expired":
            return QCoreApplication.translate(
                "Messages",
                "Your session on the office server expired after a period without activity. "
                "Log in again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "The office server no longer knows this session (it may have restarted). Log in again.",
        )
    if isinstance(exc, remote.TooManyRequests):
        return QCoreApplication.translate(
            "Messages",
            "Too many login attempts from this workstation. Wait %1 seconds and try again.",
        ).replace("%1", str(exc.retry_after))
    if isinstance(exc, remote.RequestTooLarge):
        return QCoreApplication.translate(
            "Messages", "This request is larger than the office server accepts."
        )
    if isinstance(exc, remote.InternalServerError):
        return QCoreApplication.translate(
            "Messages",
            "The office server met an unexpected error; nothing was changed by this request. "
            "Its log has the details.",
        )
    return QCoreApplication.translate(
        "Messages", "The office server refused this request, or it is not available through it."
    )


def _core(exc: core.CoreError) -> str | None:
    if isinstance(exc, core.AccountClosed):
        return QCoreApplication.translate(
            "Messages", "Your account was deactivated: nothing more can be done in this window."
        )
    if isinstance(exc, core.PermissionDenied):
        if exc.right:
            from broker_desktop.core.rights import Right, label

            try:
                name = label(Right(str(exc.right)), QLocale().name()[:2])
            except ValueError:
                name = str(exc.right)
            return QCoreApplication.translate(
                "Messages", "You do not have the right to do this (%1)."
            ).replace("%1", name)
        return QCoreApplication.translate("Messages", "You do not have the right to do this.")
    if isinstance(exc, core.ValidationError):
        return "\n".join(field_message(error) for error in exc.errors.values())
    if isinstance(exc, core.ConflictError):
        return QCoreApplication.translate(
            "Messages",
            "Someone else changed this record since you opened it. Reload it and apply "
            "your change again.",
        )
    if isinstance(exc, core.NotFound):
        return QCoreApplication.translate(
            "Messages", "This record no longer exists: someone else deleted it."
        )
    if isinstance(exc, core.LastAdministrator):
        return QCoreApplication.translate(
            "Messages",
            "Refused: nobody else could then manage users and roles. Give that right to "
            "another active user first.",
        )
    from broker_desktop.core.importing.portfolio import ImportCancelled, RejectedRows, UndoBlocked

    if isinstance(exc, ImportCancelled):
        return QCoreApplication.translate("Messages", "Import cancelled: nothing was written.")
    if isinstance(exc, UndoBlocked):
        return QCoreApplication.translate(
            "Messages", "The import cannot be undone: records it wrote were changed since."
        )
    if isinstance(exc, RejectedRows):
        return QCoreApplication.translate("Messages", "Rows were rejected: nothing was imported.")
    if isinstance(exc, core.ConfirmationRequired):
        return QCoreApplication.translate(
            "Messages", "This gives administration rights: confirm explicitly."
        )
    return None


def _storage(exc: e.StorageError) -> str | None:  # noqa: C901 - one branch per error type
    if isinstance(exc, e.InvalidCredentials):
        return QCoreApplication.translate("Messages", "Wrong login or password.")
    if isinstance(exc, e.AccountLocked):
        until = exc.until.astimezone()
        from broker_desktop.ui import formats

        return (
            QCoreApplication.translate(
                "Messages", "Too many failed attempts: this account is locked until %1 at %2."
            )
            .replace("%1", formats.date(until.date()))
            .replace("%2", f"{until:%H:%M}")
        )
    if isinstance(exc, e.AccountDeactivated):
        return QCoreApplication.translate(
            "Messages", "This account is deactivated. Ask your director to reactivate it."
        )
    if isinstance(exc, (e.KeyringUnavailable, e.KeyringEntryMissing)):
        return QCoreApplication.translate(
            "Messages", "Workstation unlock is not available: log in with your password."
        )
    if isinstance(exc, e.DatabaseInUse):
        return QCoreApplication.translate(
            "Messages",
            "The database is open in another window or on another workstation. Everyone "
            "must close Broker Desktop (or log out) first; then try again.",
        )
    if isinstance(exc, e.DatabaseMaintenance):
        return QCoreApplication.translate(
            "Messages",
            "Another workstation is changing the database key or restoring a backup. "
            "Try again in a minute.",
        )
    if isinstance(exc, (e.DatabaseCorrupted, e.EmptyDatabaseFile)):
        return QCoreApplication.translate(
            "Messages", "The database file is damaged. Restore it from a backup."
        )
    if isinstance(exc, e.SlotFileMismatch):
        return QCoreApplication.translate(
            "Messages",
            "The key file beside the database does not belong to it, or the database file "
            "is damaged. Restore the database from a backup.",
        )
    if isinstance(exc, e.NotABrokerDatabase):
        return QCoreApplication.translate(
            "Messages",
            "This file is not a Broker Desktop database (or it is damaged). Restore it from "
            "a backup, or choose another file.",
        )
    if isinstance(exc, e.SlotFileMissing):
        return QCoreApplication.translate(
            "Messages",
            "The key file beside the database is missing. Copy it back, restore a backup, "
            "or use the recovery code.",
        )
    if isinstance(exc, e.SlotFileDamaged):
        return QCoreApplication.translate(
            "Messages",
            "The key file beside the database is damaged. Restore a backup, or use the "
            "recovery code.",
        )
    if isinstance(exc, e.InvalidRecoveryCode):
        return QCoreApplication.translate(
            "Messages",
            "This is not a valid recovery code: it has 52 letters and digits (A to Z, "
            "2 to 7), in groups of four. Check for a typo.",
        )
    if isinstance(exc, e.WrongKey):
        return QCoreApplication.translate(
            "Messages", "This recovery code does not open this database."
        )
    if isinstance(exc, e.BackupOfAnotherOffice):
        return QCoreApplication.translate(
            "Messages",
            "This backup is of another office; it was not restored. To replace this office by "
            "it, choose so explicitly and enter this office's recovery code.",
        )
    if isinstance(exc, e.FileAlreadyExists):
        return QCoreApplication.translate(
            "Messages", "A file with this name already exists there. Choose another name."
        )
    if isinstance(exc, e.FileMissing):
        return QCoreApplication.translate(
            "Messages", "No database at this location. Choose another one."
        )
    if isinstance(exc, e.LoginsNotCounted):
        if exc.disk_full:
            return QCoreApplication.translate(
                "Messages",
                "Password logins are refused: the disk holding the database is full, so "
                "failed attempts could not be counted. Free some space, then try again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "Password logins are refused: the database's folder cannot be written (read-only "
            "folder, drive or file), so failed attempts could not be counted. Ask for write "
            "access to the folder, then try again.",
        )
    if isinstance(exc, e.DiskFull):
        return QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was written; free some space and try again."
        )
    if isinstance(exc, e.ReadOnlyLocation):
        return QCoreApplication.translate(
            "Messages",
            "This folder cannot be written. Choose another one or check its permissions.",
        )
    if isinstance(exc, e.DatabaseBusy):
        return QCoreApplication.translate(
            "Messages", "The database is busy with another workstation's change. Try again."
        )
    if isinstance(exc, e.NotEncryptedDatabase):
        return QCoreApplication.translate(
            "Messages",
            "This file is a plain, unencrypted database, not a Broker Desktop database. It "
            "was left untouched.",
        )
    if isinstance(exc, e.JournalModeConflict):
        return QCoreApplication.translate(
            "Messages",
            "The database is open on another computer that treats it as a file on its own "
            "disk. Close Broker Desktop on that computer, then try again.",
        )
    if isinstance(exc, e.InvalidKeyFormat):
        return QCoreApplication.translate("Messages", "This is not a valid database key.")
    if isinstance(exc, e.UnencryptedTarget):
        return QCoreApplication.translate(
            "Messages", "Refused: the copy would not be encrypted. Nothing was written."
        )
    if isinstance(exc, e.DatabaseTooNew):
        return QCoreApplication.translate(
            "Messages",
            "This database was made by a newer version of Broker Desktop. Install that "
            "version to open it.",
        )
    return None


def field_message(error: FieldError) -> str:  # noqa: C901 - one branch per code
    """The translated sentence for a field the core rejected, with its parameters."""
    code, params = error.code, error.params
    number = {k: v for k, v in params.items() if isinstance(v, int) and not isinstance(v, bool)}
    if code == "too_long" and "max_length" in number:
        return _Plurals().at_most_characters(number["max_length"])
    if code == "out_of_range" and "min" in params and "max" in params:
        low, high = params["min"], params["max"]
        if isinstance(low, dt.date) and isinstance(high, dt.date):
            from broker_desktop.ui import formats

            return (
                QCoreApplication.translate("Messages", "A date between %1 and %2.")
                .replace("%1", formats.date(low))
                .replace("%2", formats.date(high))
            )
        if error.message.endswith("months."):
            return (
                QCoreApplication.translate("Messages", "Between %1 and %2 months.")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
        if "min" in number and "max" in number:
            locale = QLocale()
            return (
                QCoreApplication.translate("Messages", "Between %1 and %2.")
                .replace("%1", locale.toString(number["min"]))
                .replace("%2", locale.toString(number["max"]))
            )
    if code == "implausible_amount" and "max_cents" in number:
        from broker_desktop.ui import formats

        return QCoreApplication.translate(
            "Messages", "An annual premium above %1 is not plausible: check the amount."
        ).replace("%1", formats.money(number["max_cents"]))
    if code == "invalid_postcode":
        if params.get("country", "CH") == "CH":
            return QCoreApplication.translate(
                "Messages", "A Swiss postcode has 4 digits (for example 1003)."
            )
        return QCoreApplication.translate("Messages", "This is not a postcode.")
    if code == "password_too_short" and "min_length" in number:
        return _Plurals().password_min(number["min_length"])
    if code == "password_too_long" and "max_bytes" in number:
        return _Plurals().password_max_bytes(number["max_bytes"])
    text = _simple_field_messages().get(code)
    return text or error.message


def _simple_field_messages() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "not_text": QCoreApplication.translate("Messages", "Expected text."),
        "not_an_integer": QCoreApplication.translate("Messages", "Expected a whole number."),
        "not_a_boolean": QCoreApplication.translate("Messages", "Expected yes or no."),
        "invalid_date": QCoreApplication.translate(
            "Messages", "Not a date: type for example 31.12.2026, 31.12.26 or 31122026."
        ),
        "impossible_date": QCoreApplication.translate(
            "Messages", "This date does not exist: check the day and the month."
        ),
        "control_characters": QCoreApplication.translate(
            "Messages", "Remove the invisible control characters."
        ),
        "invalid_phone": QCoreApplication.translate(
            "Messages", "This is not a valid phone number (for example +41 21 123 45 67)."
        ),
        "invalid_email": QCoreApplication.translate(
            "Messages", "This is not a valid e-mail address."
        ),
        "invalid_amount": QCoreApplication.translate("Messages", "This is not a valid amount."),
        "invalid_choice": QCoreApplication.translate(
            "Messages", "Choose one of the proposed values."
        ),
        "date_in_future": QCoreApplication.translate(
            "Messages", "The date of birth is in the future."
        ),
        "invalid_uid": QCoreApplication.translate(
            "Messages", "Not a valid Swiss enterprise number (CHE-123.456.789)."
        ),
        "unknown_agent": QCoreApplication.translate(
            "Messages", "Choose an active user as responsible agent."
        ),
        "unknown_reference": QCoreApplication.translate("Messages", "Choose an existing entry."),
        "expiry_before_start": QCoreApplication.translate(
            "Messages", "The renewal date must come after the start date."
        ),
        "negative_amount": QCoreApplication.translate("Messages", "The amount cannot be negative."),
        "policy_number_taken": QCoreApplication.translate(
            "Messages", "This insurer already has a contract with this policy number."
        ),
        "invalid_period": QCoreApplication.translate(
            "Messages", "A year (2026) or a month (03.2026)."
        ),
        "period_taken": QCoreApplication.translate(
            "Messages", "This contract already has a commission for this period."
        ),
        "invalid_share": QCoreApplication.translate(
            "Messages", "Each share is between 0 and 100 %."
        ),
        "duplicate_beneficiary": QCoreApplication.translate(
            "Messages", "A beneficiary appears twice in the split."
        ),
        "unknown_beneficiary": QCoreApplication.translate("Messages", "Unknown beneficiary."),
        "shares_exceed_total": QCoreApplication.translate(
            "Messages", "The shares add up to more than 100 %."
        ),
        "split_not_100": QCoreApplication.translate(
            "Messages", "The shares must add up to exactly 100 %."
        ),
        "already_exists": QCoreApplication.translate("Messages", "This name is already used."),
        "login_taken": QCoreApplication.translate("Messages", "This login is already used."),
        "unknown_login": QCoreApplication.translate("Messages", "No user has this login."),
        "unknown_user": QCoreApplication.translate("Messages", "Choose an active user."),
        "unknown_right": QCoreApplication.translate("Messages", "Unknown right."),
        "invalid_cursor": QCoreApplication.translate("Messages", "Not a row of this list."),
        "contract_of_other_client": QCoreApplication.translate(
            "Messages", "This contract belongs to another client."
        ),
        "derived_deadline": QCoreApplication.translate(
            "Messages", "This deadline comes from a contract; change the contract instead."
        ),
        "client_has_contracts": QCoreApplication.translate(
            "Messages", "This client still has contracts; delete or move them first."
        ),
        "wrong_password": QCoreApplication.translate("Messages", "The current password is wrong."),
        "password_unchanged": QCoreApplication.translate(
            "Messages", "Choose a password different from the old one."
        ),
        "password_too_short": QCoreApplication.translate("Messages", "The password is too short."),
        "password_too_long": QCoreApplication.translate("Messages", "The password is too long."),
        "password_too_simple": QCoreApplication.translate(
            "Messages",
            "The password must mix at least three of: lower-case letters, upper-case "
            "letters, digits, other characters.",
        ),
        "password_not_text": QCoreApplication.translate("Messages", "The password must be text."),
        "passwords_differ": QCoreApplication.translate("Messages", "The two passwords differ."),
        "password_contains_login": QCoreApplication.translate(
            "Messages", "The password must not contain the login."
        ),
        "unknown_column": QCoreApplication.translate(
            "Messages", "The file lacks a column the mapping names: choose the mapping again."
        ),
        "invalid_mapping": QCoreApplication.translate(
            "Messages", "This mapping is incomplete or not a mapping file."
        ),
        "unreadable_mapping": QCoreApplication.translate(
            "Messages", "The mapping file cannot be read."
        ),
        "no_lines": QCoreApplication.translate("Messages", "The statement holds no readable line."),
        "unknown_policy": QCoreApplication.translate(
            "Messages",
            "The office has no contract with this policy number: create it first, or flag "
            "the line.",
        ),
        "already_undone": QCoreApplication.translate("Messages", "This import was already undone."),
        "same_client": QCoreApplication.translate("Messages", "Choose two different clients."),
        "already_this_client": QCoreApplication.translate(
            "Messages", "The contract already belongs to this client."
        ),
        "same_agent": QCoreApplication.translate(
            "Messages", "Choose another agent than the one who hands over."
        ),
        "inactive_user": QCoreApplication.translate(
            "Messages", "A deactivated user cannot take over a book."
        ),
        "invalid_selection": QCoreApplication.translate("Messages", "Choose clients of the list."),
        "empty_selection": QCoreApplication.translate(
            "Messages", "Choose at least one client to hand over."
        ),
        "not_in_book": QCoreApplication.translate(
            "Messages",
            "Some of the chosen clients are not (or no longer) in this agent's book: "
            "reload the list.",
        ),
        "nothing_to_transfer": QCoreApplication.translate(
            "Messages", "This agent has nothing to hand over."
        ),
        "transfer_already_undone": QCoreApplication.translate(
            "Messages", "This transfer was already undone."
        ),
        "kind_differs": QCoreApplication.translate(
            "Messages", "A person and a company cannot be merged."
        ),
    }


def line_count(n: int) -> str:
    """'1 ligne', '2 lignes' (Qt plural forms of the UI language)."""
    return _Plurals().lines(n)


class _Plurals(QObject):
    """Sentences with a count: Qt's plural forms need ``tr`` with its third argument."""

    def lines(self, n: int) -> str:
        return self.tr("%n line(s)", "", n)

    def at_most_characters(self, n: int) -> str:
        return self.tr("At most %n character(s).", "", n)

    def password_min(self, n: int) -> str:
        return self.tr("The password must have at least %n character(s).", "", n)

    def password_max_bytes(self, n: int) -> str:
        return self.tr(
            "The password is longer than %n bytes (accented letters count twice).", "", n
        )


def key_file_of(path: Path) -> Path:
    from broker_desktop.storage.database import slot_path

    return slot_path(Path(path))
