"""What all pages share: a translated title and re-translation on a language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sheltercheck.ui.context import AppContext
from sheltercheck.ui.models.navigation import page_title


class Page(QWidget):
    key = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page-{self.key}")
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.title_label)

    def title(self) -> str:
        return page_title(self.key)

    def retranslate(self) -> None:
        self.title_label.setText(self.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_shown(self) -> None:
        """Called when the page becomes the current one; pages refresh their data here."""
