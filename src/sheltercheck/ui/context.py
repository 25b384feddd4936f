"""What every page needs: the settings, the open database and the language, with change signals.

One object handed to the pages (no globals). The database is opened after the first paint, so the
window appears before SQLAlchemy and the migrations are imported.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from sheltercheck import settings as settings_store
from sheltercheck.paths import default_database_path
from sheltercheck.settings import Settings
from sheltercheck.ui.i18n import LanguageSwitcher

if TYPE_CHECKING:
    from sheltercheck.store.db import Database

log = logging.getLogger(__name__)


class AppContext(QObject):
    languageChanged = Signal(str)
    databaseOpened = Signal()
    dataChanged = Signal()
    shelterChosen = Signal()  # current_shelter_id changed
    roundChosen = Signal()  # current_round_id changed

    def __init__(self, settings: Settings, database_override: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.switcher = LanguageSwitcher()
        self._database_override = database_override
        self.db: Database | None = None
        self.current_shelter_id: uuid.UUID | None = None
        self.current_round_id: uuid.UUID | None = None

    @property
    def language(self) -> str:
        return self.switcher.language

    def database_address(self) -> str:
        return self._database_override or self.settings.database or str(default_database_path())

    def open_database(self) -> Database:
        """Open the configured database (migrating it); a UserError leaves the previous one open."""
        from sheltercheck.store.db import open_database

        db = open_database(self.database_address())
        if self.db is not None:
            self.db.dispose()
        self.db = db
        self.current_shelter_id = self.current_round_id = None
        self.databaseOpened.emit()
        return db

    def choose_shelter(self, shelter_id: uuid.UUID | None) -> None:
        if shelter_id != self.current_shelter_id:
            self.current_shelter_id = shelter_id
            self.settings.last_shelter_id = str(shelter_id or "")
            self.current_round_id = None
            self.shelterChosen.emit()
            self.roundChosen.emit()

    def choose_round(self, round_id: uuid.UUID | None) -> None:
        if round_id != self.current_round_id:
            self.current_round_id = round_id
            self.roundChosen.emit()

    def use_database(self, address: str) -> None:
        """Switch to another database ("" = the default file); on a UserError nothing changes."""
        previous_setting, previous_override = self.settings.database, self._database_override
        self.settings.database, self._database_override = address, None
        try:
            self.open_database()
        except Exception:
            self.settings.database, self._database_override = previous_setting, previous_override
            raise
        self.save_settings()

    def set_language(self, language: str) -> None:
        if language == self.switcher.language and self.settings.language == language:
            return
        self.switcher.switch(language)
        self.settings.language = language
        self.save_settings()
        self.languageChanged.emit(language)

    def save_settings(self) -> None:
        try:
            settings_store.save(self.settings)
        except Exception:  # a settings file that cannot be written must not stop the user's work
            log.exception("could not save settings")

    def close(self) -> None:
        self.switcher.uninstall()
        if self.db is not None:
            self.db.dispose()
            self.db = None
