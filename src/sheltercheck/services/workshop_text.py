"""The words of the workshop reports (workbook and PDF): titles, headings and how the figures are made.

`Message`s of the "WorkshopExport" context, translated where a report is written with the `translate`
callable for its language (see services/plan_export.py), so the Lao lives in translations/*.ts with
every other string. `text(message, translate, **params)` renders one.
"""

from __future__ import annotations

from sheltercheck.messages import QT_TRANSLATE_NOOP, Message, Translate, identity_translate, render


def text(message: Message, translate: Translate = identity_translate, **params: object) -> str:
    return render(message, params, translate)


TITLE = QT_TRANSLATE_NOOP("WorkshopExport", "Workshop summary")
SUBTITLE = QT_TRANSLATE_NOOP("WorkshopExport", "{count} shelters · made on {date}")
SUBTITLE_ANONYMISED = QT_TRANSLATE_NOOP("WorkshopExport", "{count} shelters, anonymised · made on {date}")

# sheets (Excel allows 31 characters; the writer shortens longer translations)
SHEET_SCORES = QT_TRANSLATE_NOOP("WorkshopExport", "Scores")
SHEET_GAPS = QT_TRANSLATE_NOOP("WorkshopExport", "Core gaps")
SHEET_DISTRIBUTION = QT_TRANSLATE_NOOP("WorkshopExport", "Rating distribution")
SHEET_CHANGE = QT_TRANSLATE_NOOP("WorkshopExport", "Change")
SHEET_ABOUT = QT_TRANSLATE_NOOP("WorkshopExport", "About")

# the tables' titles
SCORES_TITLE = QT_TRANSLATE_NOOP("WorkshopExport", "Scores per domain and overall (%)")
GAPS_TITLE = QT_TRANSLATE_NOOP("WorkshopExport", "The most common core gaps across the shelters")
DISTRIBUTION_TITLE = QT_TRANSLATE_NOOP(
    "WorkshopExport", "How the shelters rated each indicator (number of shelters)"
)
CHANGE_TITLE = QT_TRANSLATE_NOOP(
    "WorkshopExport", "Change since each shelter's previous round (percentage points)"
)
NO_CHANGE = QT_TRANSLATE_NOOP(
    "WorkshopExport", "None of these shelters has an earlier round to compare with."
)

# column headings
SHELTER = QT_TRANSLATE_NOOP("WorkshopExport", "Shelter")
ROUND_OF = QT_TRANSLATE_NOOP("WorkshopExport", "Round of")
STATUS = QT_TRANSLATE_NOOP("WorkshopExport", "Round status")
COMPLETE = QT_TRANSLATE_NOOP("WorkshopExport", "complete")
IN_PROGRESS = QT_TRANSLATE_NOOP("WorkshopExport", "in progress")
OVERALL = QT_TRANSLATE_NOOP("WorkshopExport", "Overall")
CORE_GAPS = QT_TRANSLATE_NOOP("WorkshopExport", "Core gaps")
RATED = QT_TRANSLATE_NOOP("WorkshopExport", "Indicators rated")
RATED_OF = QT_TRANSLATE_NOOP("WorkshopExport", "{rated} of {applicable}")
AVERAGE = QT_TRANSLATE_NOOP("WorkshopExport", "Average of the shelters")
NUMBER = QT_TRANSLATE_NOOP("WorkshopExport", "No.")
CODE = QT_TRANSLATE_NOOP("WorkshopExport", "Code")
DOMAIN = QT_TRANSLATE_NOOP("WorkshopExport", "Domain")
INDICATOR = QT_TRANSLATE_NOOP("WorkshopExport", "Indicator")
CORE = QT_TRANSLATE_NOOP("WorkshopExport", "Core standard")
YES = QT_TRANSLATE_NOOP("WorkshopExport", "yes")
NO = QT_TRANSLATE_NOOP("WorkshopExport", "no")
GAP_SHELTERS = QT_TRANSLATE_NOOP("WorkshopExport", "Shelters with the gap")
APPLIES = QT_TRANSLATE_NOOP("WorkshopExport", "Shelters where it applies")
GAP_SHARE = QT_TRANSLATE_NOOP("WorkshopExport", "Share with the gap (%)")
RATED_BY = QT_TRANSLATE_NOOP("WorkshopExport", "Shelters that rated it")
MEAN_RATING = QT_TRANSLATE_NOOP("WorkshopExport", "Average rating (0–3)")
WHICH = QT_TRANSLATE_NOOP("WorkshopExport", "Which shelters")
GAP_COUNT = QT_TRANSLATE_NOOP("WorkshopExport", "{count} of {total}")
RATINGS: tuple[Message, ...] = (
    QT_TRANSLATE_NOOP("WorkshopExport", "0 not in place"),
    QT_TRANSLATE_NOOP("WorkshopExport", "1 partly"),
    QT_TRANSLATE_NOOP("WorkshopExport", "2 mostly"),
    QT_TRANSLATE_NOOP("WorkshopExport", "3 fully in place"),
)
NOT_APPLICABLE = QT_TRANSLATE_NOOP("WorkshopExport", "Does not apply")
UNKNOWN = QT_TRANSLATE_NOOP("WorkshopExport", "Don't know yet")
UNANSWERED = QT_TRANSLATE_NOOP("WorkshopExport", "Not answered")
SHELTERS_TOTAL = QT_TRANSLATE_NOOP("WorkshopExport", "Shelters in all")
PREVIOUS_ROUND = QT_TRANSLATE_NOOP("WorkshopExport", "Previous round")
THIS_ROUND = QT_TRANSLATE_NOOP("WorkshopExport", "This round")
OVERALL_BEFORE = QT_TRANSLATE_NOOP("WorkshopExport", "Overall before")
OVERALL_NOW = QT_TRANSLATE_NOOP("WorkshopExport", "Overall now")
OVERALL_CHANGE = QT_TRANSLATE_NOOP("WorkshopExport", "Change, overall")
CORE_GAPS_BEFORE = QT_TRANSLATE_NOOP("WorkshopExport", "Core gaps before")
CORE_GAPS_NOW = QT_TRANSLATE_NOOP("WorkshopExport", "Core gaps now")
CLOSED = QT_TRANSLATE_NOOP("WorkshopExport", "Core gaps closed")
OPENED = QT_TRANSLATE_NOOP("WorkshopExport", "Core gaps opened")
NO_EARLIER = QT_TRANSLATE_NOOP("WorkshopExport", "no earlier round")
AVERAGE_COMPARED = QT_TRANSLATE_NOOP("WorkshopExport", "Average of the {count} shelters compared")
TOTAL = QT_TRANSLATE_NOOP("WorkshopExport", "Total")

# the About sheet
MADE_ON = QT_TRANSLATE_NOOP("WorkshopExport", "Made on")
SHELTERS_SHOWN = QT_TRANSLATE_NOOP("WorkshopExport", "Shelters shown")
ANONYMISED = QT_TRANSLATE_NOOP("WorkshopExport", "Anonymised")
ANONYMISED_NOTE = QT_TRANSLATE_NOOP(
    "WorkshopExport",
    "The shelters are shown as Shelter A, B, C…; their names, contacts and notes are left out. "
    "A shelter keeps its letter throughout the workshop.",
)
CATALOGUE = QT_TRANSLATE_NOOP("WorkshopExport", "Standards catalogue")
SELECTION = QT_TRANSLATE_NOOP("WorkshopExport", "The shelters and rounds shown")
METHOD = QT_TRANSLATE_NOOP("WorkshopExport", "How the figures are computed")
METHOD_LINES: tuple[Message, ...] = (
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "Each indicator is rated 0 (not in place), 1 (partly), 2 (mostly) or 3 (fully in place), or marked "
        "“does not apply” or “don't know yet”.",
    ),
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "Domain score = the sum of the domain's ratings ÷ (3 × the number of rated indicators) × 100. "
        "Indicators that do not apply, are not known yet or are not answered are left out.",
    ),
    QT_TRANSLATE_NOOP("WorkshopExport", "Overall score = the average of the shelter's domain scores."),
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "Average of the shelters = the plain average over the shelters that have a score there; "
        "a shelter without a score is left out, not counted as 0.",
    ),
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "A core gap is a core (minimum) standard rated below 3. Each is counted against the shelters where "
        "it applies: it is in their round and they did not mark it “does not apply”.",
    ),
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "Change = the score of the round shown minus the score of the shelter's previous round, in "
        "percentage points (▲ up, ▼ down). A core gap is closed when it was rated below 3 before and 3 "
        "now, and opened when it was 3 before and is below 3 now.",
    ),
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "Scores are shown rounded to whole numbers, halves up; the cells keep the exact values.",
    ),
    QT_TRANSLATE_NOOP(
        "WorkshopExport",
        "Colours: five bands of 20 points, darker for lower scores, so the figures also read in black and "
        "white.",
    ),
)
