"""Starting an assessment round: its date, who takes part, and the catalogue version it is pinned to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.catalogue.model import Catalogue
from sheltercheck.ui.dialogs.buttons import accept_cancel_buttons
from sheltercheck.ui.display import shown, stored


class NewRoundDialog(QDialog):
    def __init__(self, catalogue: Catalogue, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRoundDialog")
        self.setWindowTitle(self.tr("New assessment round"))
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("roundDate")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        form.addRow(self.tr("Date"), self.date)
        self.participants = QPlainTextEdit()
        self.participants.setObjectName("roundParticipants")
        self.participants.setPlaceholderText(
            self.tr("Who takes part, e.g. the manager, two social workers, the nurse")
        )
        self.participants.setFixedHeight(90)
        form.addRow(self.tr("Participants"), self.participants)
        version = QLabel(shown(f"{catalogue.title.get(language)} — {catalogue.version}"))
        version.setWordWrap(True)
        form.addRow(self.tr("Standards"), version)
        note = QLabel(
            shown(
                self.tr(
                    "The round keeps this version of the standards for its whole life, so its scores "
                    "never change when the standards are updated. Every answer is saved as soon as you "
                    "give it."
                )
            )
        )
        note.setWordWrap(True)
        buttons = accept_cancel_buttons(self, self.tr("Start"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def assessed_on(self) -> dt.date:
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())

    def participant_text(self) -> str:
        return stored(self.participants.toPlainText())
