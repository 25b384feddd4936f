"""What all pages share: a translated title and re-translation on a language change."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from sheltercheck.errors import UserError
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.i18n import tr_message
from sheltercheck.ui.models.navigation import page_title

T = TypeVar("T")


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

    def guard(self, action: Callable[[], T]) -> T | None:
        """Run a change; a problem the user can fix is shown in their language and changes nothing."""
        try:
            return action()
        except UserError as error:
            QMessageBox.warning(self, self.title(), tr_message(error.message, **error.params))
            return None

    def attempt(self, action: Callable[[], None]) -> bool:
        """Like guard(), for a change with no result: True when it went through."""

        def run() -> bool:
            action()
            return True

        return self.guard(run) is not None

    def report_round(self) -> uuid.UUID | None:
        """The assessment round that Export reports on while this page is shown."""
        return self.context.current_round_id

    def on_shown(self) -> None:
        """Called when the page becomes the current one; pages refresh their data here."""
