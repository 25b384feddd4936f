"""How every score is computed, in words a manager can follow with a calculator.

Shown by the app's "How the scores are computed" dialog and printed as the method page of the
assessment report, from this one text.
"""

from __future__ import annotations

from sheltercheck.messages import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Method", "How the scores are computed")

PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "Method",
        "Each indicator that applies to the shelter is rated on four levels: 0 = not in place, "
        "1 = partly in place, 2 = mostly in place, 3 = fully in place. An indicator can also be "
        "marked “does not apply” (with the reason) or “don't know yet”.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "Indicator score = rating ÷ 3 × 100. So 0 gives 0 %, 1 gives 33 %, 2 gives 67 % and 3 gives 100 %.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "Domain score = the sum of the ratings in the domain ÷ (3 × the number of rated indicators "
        "in it) × 100. Indicators that do not apply, that are marked “don't know yet” or that are "
        "not answered are left out, and are counted separately so you can see what is missing.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "Example: a domain with ratings 3, 2 and 1, and one indicator that does not apply: "
        "(3 + 2 + 1) ÷ (3 × 3) × 100 = 67 %.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "Overall score = the average of the domain scores, so every domain weighs the same, like "
        "the spokes of the radar chart. A domain with no rated indicator has no score and is "
        "left out of the average.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "Scores are shown rounded to a whole number (halves round up); the calculation uses the "
        "exact values.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "A gap is an indicator rated below 3; its size is 3 minus the rating. Core standards are "
        "the minimum a shelter must meet, because their absence puts residents at risk: gaps on "
        "core standards are listed first, then the larger gaps, then in catalogue order. This is "
        "also the order in which the action plan is drafted.",
    ),
    QT_TRANSLATE_NOOP(
        "Method",
        "Change since the previous round = this round's score minus the previous round's, in "
        "percentage points, for the overall score and each domain.",
    ),
)
