"""How every score is computed, in words a manager can follow with a calculator."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from sheltercheck.ui.display import shown


class MethodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodDialog")
        self.setWindowTitle(self.tr("How the scores are computed"))
        self.resize(720, 620)
        text = QTextBrowser()
        text.setObjectName("methodText")
        paragraphs = [
            self.tr(
                "Each indicator that applies to the shelter is rated on four levels: 0 = not in place, "
                "1 = partly in place, 2 = mostly in place, 3 = fully in place. An indicator can also be "
                "marked “does not apply” (with the reason) or “don't know yet”."
            ),
            self.tr(
                "Indicator score = rating ÷ 3 × 100. So 0 gives 0 %, 1 gives 33 %, 2 gives 67 % and "
                "3 gives 100 %."
            ),
            self.tr(
                "Domain score = the sum of the ratings in the domain ÷ (3 × the number of rated indicators "
                "in it) × 100. Indicators that do not apply, that are marked “don't know yet” or that are "
                "not answered are left out, and are counted separately so you can see what is missing."
            ),
            self.tr(
                "Example: a domain with ratings 3, 2 and 1, and one indicator that does not apply: "
                "(3 + 2 + 1) ÷ (3 × 3) × 100 = 67 %."
            ),
            self.tr(
                "Overall score = the average of the domain scores, so every domain weighs the same, like "
                "the spokes of the radar chart. A domain with no rated indicator has no score and is "
                "left out of the average."
            ),
            self.tr(
                "Scores are shown rounded to a whole number (halves round up); the calculation uses the "
                "exact values."
            ),
            self.tr(
                "A gap is an indicator rated below 3; its size is 3 minus the rating. Core standards are "
                "the minimum a shelter must meet, because their absence puts residents at risk: gaps on "
                "core standards are listed first, then the larger gaps, then in catalogue order. This is "
                "also the order in which the action plan is drafted."
            ),
            self.tr(
                "Change since the previous round = this round's score minus the previous round's, in "
                "percentage points, for the overall score and each domain."
            ),
        ]
        text.setHtml("".join(f"<p>{escape(shown(p))}</p>" for p in paragraphs))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
