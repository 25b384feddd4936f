"""The Settings page: language, where the data lives, backups and the projector's large text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sheltercheck import logging_setup
from sheltercheck.errors import UserError
from sheltercheck.settings import LANGUAGES
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import LANGUAGE_NAMES, tr_message
from sheltercheck.ui.pages.base import Page


class SettingsPage(Page):
    key = "settings"
    projectorModeChanged = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        form = QFormLayout()
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.currentIndexChanged.connect(self._language_picked)
        form.addRow(self.language_label, self.language_combo)

        self.database_label = QLabel()
        self.database_value = QLabel()
        self.database_value.setObjectName("databaseValue")
        self.database_value.setWordWrap(True)
        self.change_database = QPushButton()
        self.change_database.clicked.connect(self._choose_database)
        self.default_database = QPushButton()
        self.default_database.clicked.connect(self._use_default_database)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_value, 1)
        database_row.addWidget(self.change_database)
        database_row.addWidget(self.default_database)
        form.addRow(self.database_label, database_row)

        self.log_label = QLabel()
        self.log_value = QLabel(str(logging_setup.log_file()))
        self.log_value.setWordWrap(True)
        self.open_logs = QPushButton()
        self.open_logs.clicked.connect(lambda: self._open_folder(logging_setup.log_file().parent))
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_value, 1)
        log_row.addWidget(self.open_logs)
        form.addRow(self.log_label, log_row)

        self.projector = QCheckBox()
        self.projector.setObjectName("projectorCheck")
        self.projector.setChecked(context.settings.projector_mode)
        self.projector.toggled.connect(self.projectorModeChanged)
        form.addRow("", self.projector)

        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.privacy)
        self.layout_.addStretch(1)
        context.languageChanged.connect(self._sync_language)
        context.databaseOpened.connect(self._show_database)
        self._sync_language(context.language)
        self._show_database()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.language_label.setText(self.tr("Language / ພາສາ"))
        self.database_label.setText(self.tr("Database"))
        self.change_database.setText(self.tr("Change…"))
        self.default_database.setText(self.tr("Use the default"))
        self.log_label.setText(self.tr("Log file"))
        self.open_logs.setText(self.tr("Open folder"))
        self.projector.setText(self.tr("Projector mode: large text and high contrast"))
        self.privacy.setText(
            shown(
                self.tr(
                    "ShelterCheck keeps everything on this computer. Nothing is sent anywhere unless you "
                    "export a file yourself."
                )
            )
        )

    def _sync_language(self, language: str) -> None:
        index = self.language_combo.findData(language)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    def _language_picked(self, index: int) -> None:
        self.context.set_language(str(self.language_combo.itemData(index)))

    def _show_database(self) -> None:
        self.database_value.setText(self.context.database_address())

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose or create a database"),
            str(Path(self.context.database_address()).parent),
            self.tr("ShelterCheck database (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self._switch_database(path)

    def _use_default_database(self) -> None:
        self._switch_database("")

    def _switch_database(self, address: str) -> None:
        try:
            self.context.use_database(address)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Database"), tr_message(error.message, **error.params))
            return
        self._show_database()

    def _open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
