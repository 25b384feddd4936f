"""The answer buttons of the walk-through: four ratings, not applicable, and don't know yet.

Each button carries its key (0–3, N, K) in its label, so the keyboard is discoverable; the page handles
the keys, the buttons only show and pick the answer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from sheltercheck.assessment.vocabulary import ANSWERS
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import tr_message

# (answer id, key, name); the id is the rating 0–3, or "na" / "unknown"
CHOICES = tuple((answer, key, name) for answer, (key, name) in ANSWERS.items())


class RatingBar(QWidget):
    picked = Signal(str)  # the answer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that "no answer yet" (nothing checked) can be shown
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for answer, _key, _source in CHOICES:
            button = QPushButton()
            button.setObjectName(f"answer-{answer}")
            button.setCheckable(True)
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, a=answer: self.picked.emit(a))
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[answer] = button
        self.retranslate()

    def retranslate(self) -> None:
        for answer, key, name in CHOICES:
            self.buttons[answer].setText(f"{key}\n{shown(tr_message(name))}")

    def show_answer(self, answer: str | None) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == answer)
            font = button.font()
            font.setBold(key == answer)
            button.setFont(font)
