"""How every score is computed, in words a manager can follow with a calculator."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from sheltercheck.assessment import method
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import tr_message


class MethodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodDialog")
        self.setWindowTitle(tr_message(method.TITLE))
        self.resize(720, 620)
        text = QTextBrowser()
        text.setObjectName("methodText")
        paragraphs = [tr_message(paragraph) for paragraph in method.PARAGRAPHS]
        text.setHtml("".join(f"<p>{escape(shown(p))}</p>" for p in paragraphs))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
