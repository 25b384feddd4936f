"""The first run asks for the language, showing both, before anything else is on screen."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sheltercheck.ui.i18n import LANGUAGE_NAMES


class FirstRunDialog(QDialog):
    """Deliberately bilingual and untranslated: the user has not chosen a language yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = "lo"
        self.setWindowTitle("ShelterCheck — ເລືອກພາສາ / Choose your language")
        layout = QVBoxLayout(self)
        prompt = QLabel("ກະລຸນາເລືອກພາສາ\nPlease choose your language")
        prompt_font = QFont(prompt.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.4)
        prompt.setFont(prompt_font)
        layout.addWidget(prompt)
        note = QLabel("ທ່ານສາມາດປ່ຽນພາສາໄດ້ທຸກເວລາ.\nYou can change it at any time.")
        layout.addWidget(note)
        buttons = QHBoxLayout()
        for code in ("lo", "en"):
            button = QPushButton(LANGUAGE_NAMES[code])
            button.setObjectName(f"choose-{code}")
            button.setMinimumHeight(56)
            button_font = QFont(button.font())
            button_font.setPointSizeF(button_font.pointSizeF() * 1.5)
            button.setFont(button_font)
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _choose(self, code: str) -> None:
        self.choice = code
        self.accept()
