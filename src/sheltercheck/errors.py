"""Problems a user can fix (disk full, read-only folder, a bad file) kept apart from bugs.

A `UserError` is shown as a plain message in the user's language and never as a traceback; anything
else that escapes is a bug, logged in full and reported by the crash handler.
"""

from __future__ import annotations

from sheltercheck.messages import QT_TRANSLATE_NOOP, Message, Translate, identity_translate, render


class UserError(Exception):
    def __init__(self, message: Message, **params: object) -> None:
        super().__init__(message.template.format(**params))
        self.message = message
        self.params = params

    def render(self, translate: Translate = identity_translate) -> str:
        return render(self.message, self.params, translate)


DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full. Free some space and try again; nothing was changed."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "ShelterCheck cannot write to {path}. Choose a folder you may write to; nothing was changed."
)
DB_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The database is busy in another copy of ShelterCheck. Close the other copy and try again."
)
DB_CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened: {reason}")
DB_NOT_SHELTERCHECK = QT_TRANSLATE_NOOP(
    "Errors", "The file {path} is not a ShelterCheck database, or it is damaged. Nothing was changed."
)
DB_TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors",
    "The database was written by a newer ShelterCheck (schema {revision}). "
    "Install the newer version to open it.",
)
ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "Errors", "ShelterCheck is already open on this computer with the same database. Switch to that window."
)
BAD_DATABASE_URL = QT_TRANSLATE_NOOP("Errors", "The database address {url} is not valid: {reason}")
SERVER_BACKUP = QT_TRANSLATE_NOOP(
    "Errors",
    "A database on a server is backed up by its administrator; "
    "ShelterCheck backs up database files on this computer.",
)
