"""Pages whose capability comes in a later release say so, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP
from sheltercheck.ui.pages.base import Page

PLANNED = {
    "assessment": QT_TRANSLATE_NOOP(
        "Placeholder",
        "Here you will rate your shelter indicator by indicator, over as many sittings as you need. "
        "Every answer is saved at once.",
    ),
    "results": QT_TRANSLATE_NOOP(
        "Placeholder",
        "Here you will see the overall and domain scores, the core gaps first, "
        "and the change since the last round.",
    ),
    "plan": QT_TRANSLATE_NOOP(
        "Placeholder",
        "Here you will turn the gaps into an action plan: who does what, by when, with which support.",
    ),
    "workshop": QT_TRANSLATE_NOOP(
        "Placeholder",
        "Here a facilitator will import assessments from several shelters and show their common gaps "
        "without exposing any one shelter.",
    ),
    "standards": QT_TRANSLATE_NOOP(
        "Placeholder", "Here you will browse and search the standards in Lao and English."
    ),
}
COMING = QT_TRANSLATE_NOOP("Placeholder", "This page is not ready yet in this version of ShelterCheck.")


class PlaceholderPage(Page):
    def __init__(self, key: str, context: AppContext, parent: QWidget | None = None) -> None:
        self.key = key
        super().__init__(context, parent)
        self.coming = QLabel()
        self.coming.setObjectName("comingLabel")
        self.coming.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.coming)
        self.layout_.addWidget(self.description)
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.coming.setText(shown(QCoreApplication.translate("Placeholder", COMING)))
        self.description.setText(shown(QCoreApplication.translate("Placeholder", PLANNED[self.key])))
