"""The walk-through's indicator panel: the statement with its guidance, the answer buttons, the reason
for "does not apply", notes and evidence, and the buttons to move on. It shows one indicator; the page
decides what happens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.assessment import vocabulary
from sheltercheck.catalogue.model import Indicator
from sheltercheck.services.rounds import ResponseState
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import tr_message
from sheltercheck.ui.indicator_html import guidance_html
from sheltercheck.ui.widgets.rating_bar import RatingBar


def answer_id(response: ResponseState) -> str | None:
    """The rating bar's id for a response: "0"–"3", "na", "unknown", or None when unanswered."""
    return vocabulary.answer_id(response.kind, response.rating)


class IndicatorPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = QLabel()
        self.code_label.setObjectName("indicatorCode")
        self.previous_answer = QLabel()
        self.previous_answer.setObjectName("previousAnswer")
        self.previous_answer.hide()
        self.statement = QLabel()
        self.statement.setObjectName("indicatorStatement")
        self.statement.setWordWrap(True)
        font = self.statement.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.statement.setFont(font)
        self.guidance = QTextBrowser()
        self.guidance.setObjectName("indicatorGuidance")
        self.rating = RatingBar()
        self.na_reason = QLineEdit()
        self.na_reason.setObjectName("naReason")
        self.na_reason.hide()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("indicatorNotes")
        self.notes.setFixedHeight(70)
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("indicatorEvidence")
        self.evidence.setFixedHeight(56)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextIndicator")
        self.unanswered_button = QPushButton()
        self.auto_advance = QCheckBox()
        self.auto_advance.setChecked(True)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("findIndicator")
        nav = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.unanswered_button, self.auto_advance):
            nav.addWidget(button)
        nav.addStretch(1)
        nav.addWidget(self.find_box)
        self.notes_label, self.evidence_label = QLabel(), QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        parts: tuple[QWidget, ...] = (
            self.code_label, self.previous_answer, self.statement, self.guidance, self.rating, self.na_reason,
            self.notes_label, self.notes, self.evidence_label, self.evidence,
        )  # fmt: skip
        for part in parts:
            layout.addWidget(part, 1 if part is self.guidance else 0)
        layout.addLayout(nav)
        self.retranslate()

    def show_indicator(
        self,
        indicator: Indicator,
        response: ResponseState,
        position: int,
        total: int,
        language: str,
        locked: bool,
    ) -> None:
        core_label = self.tr("core standard")  # outside the f-string, where lupdate can find it
        core = f"  ● {core_label}" if indicator.core else ""
        self.code_label.setText(f"{indicator.code}{core}   ({position + 1} / {total})")
        self.statement.setText(shown(indicator.statement.get(language)))
        self.guidance.setHtml(guidance_html(indicator, language))
        self.rating.show_answer(answer_id(response))
        self.na_reason.setVisible(response.kind == "not_applicable")
        self.na_reason.setText(response.na_reason)
        self.notes.setPlainText(response.notes)
        self.evidence.setPlainText(response.evidence)
        for widget in (self.rating, self.na_reason, self.notes, self.evidence):
            widget.setEnabled(not locked)

    def show_previous(self, date_text: str, previous: ResponseState | None) -> None:
        """What the shelter answered in its previous round, so raters can see the change as they go."""
        if previous is None:
            self.previous_answer.hide()
            return
        answer = answer_id(previous)
        if answer is None:
            label = self.tr("not answered")
        else:
            key, name = vocabulary.ANSWERS[answer]
            label = f"{key} {tr_message(name)}"
        self.previous_answer.setText(
            self.tr("Previous round ({date}): {answer}").format(date=date_text, answer=label)
        )
        self.previous_answer.show()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.unanswered_button.setText(self.tr("Next unanswered (U)"))
        self.auto_advance.setText(self.tr("Move on after answering"))
        self.find_box.setPlaceholderText(self.tr("Find an indicator (Ctrl+F)"))
        self.na_reason.setPlaceholderText(self.tr("Why does it not apply? Press Enter to save."))
        self.notes_label.setText(self.tr("Notes"))
        self.evidence_label.setText(self.tr("Evidence seen"))
        self.rating.retranslate()
