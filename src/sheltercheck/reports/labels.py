"""Headings and labels of the assessment report and the checklist (context "Report" in the .ts file)."""

from __future__ import annotations

from sheltercheck.messages import QT_TRANSLATE_NOOP

REPORT_TITLE = QT_TRANSLATE_NOOP("Report", "Shelter self-assessment report")
REPORT_SUBJECT = QT_TRANSLATE_NOOP(
    "Report", "Self-assessment of a shelter against the minimum standards for shelters"
)
CHECKLIST_TITLE = QT_TRANSLATE_NOOP("Report", "Self-assessment checklist")
CHECKLIST_SUBJECT = QT_TRANSLATE_NOOP("Report", "Blank checklist for rating a shelter on paper")
ASSESSMENT_OF = QT_TRANSLATE_NOOP("Report", "Assessment of {date}")

# cover
SHELTER = QT_TRANSLATE_NOOP("Report", "Shelter")
PROVINCE = QT_TRANSLATE_NOOP("Report", "Province")
DATE = QT_TRANSLATE_NOOP("Report", "Date of the assessment")
PARTICIPANTS = QT_TRANSLATE_NOOP("Report", "Participants")
STANDARDS = QT_TRANSLATE_NOOP("Report", "Standards")
STATUS = QT_TRANSLATE_NOOP("Report", "Status")
COMPLETE = QT_TRANSLATE_NOOP("Report", "Complete")
IN_PROGRESS = QT_TRANSLATE_NOOP("Report", "In progress: the results are provisional")
MADE_ON = QT_TRANSLATE_NOOP("Report", "Report made on")
NOT_GIVEN = QT_TRANSLATE_NOOP("Report", "not given")
CONFIDENTIAL_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "This report lists weaknesses of the shelter, including its security. Share it only with the "
    "people who need it to help the shelter, and do not add the shelter's address.",
)

# summary
SUMMARY = QT_TRANSLATE_NOOP("Report", "Summary")
OVERALL = QT_TRANSLATE_NOOP("Report", "Overall score")
COVERAGE = QT_TRANSLATE_NOOP("Report", "{rated} of {needed} indicators that apply are rated ({percent} %).")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Report", "Left out of the scores: {na} do not apply, {unknown} not known yet, {unanswered} not answered."
)
CORE_GAP_COUNT = QT_TRANSLATE_NOOP("Report", "Gaps on core standards: {count}. All gaps: {all}.")
DOMAIN = QT_TRANSLATE_NOOP("Report", "Domain")
SCORE = QT_TRANSLATE_NOOP("Report", "Score")
RATED = QT_TRANSLATE_NOOP("Report", "Rated")
GAPS = QT_TRANSLATE_NOOP("Report", "Gaps (core)")
CHANGE = QT_TRANSLATE_NOOP("Report", "Change")
THIS_ROUND = QT_TRANSLATE_NOOP("Report", "This round ({date})")
PREVIOUS_ROUND = QT_TRANSLATE_NOOP("Report", "Previous round ({date})")

# change
CHANGE_TITLE = QT_TRANSLATE_NOOP("Report", "Change since the previous round")
CHANGE_INTRO = QT_TRANSLATE_NOOP(
    "Report", "Compared with the assessment of {date}. The change is in percentage points."
)
FIRST_ROUND = QT_TRANSLATE_NOOP(
    "Report", "This is the shelter's first assessment, so there is no earlier round to compare with."
)
BEFORE = QT_TRANSLATE_NOOP("Report", "Before")
NOW = QT_TRANSLATE_NOOP("Report", "Now")
IMPROVED = QT_TRANSLATE_NOOP("Report", "Rated higher than before ({count})")
WORSE = QT_TRANSLATE_NOOP("Report", "Rated lower than before ({count})")
UP = QT_TRANSLATE_NOOP("Report", "▲ {points}")
DOWN = QT_TRANSLATE_NOOP("Report", "▼ {points}")
SAME = QT_TRANSLATE_NOOP("Report", "= 0")

# gaps and domains
CORE_GAPS = QT_TRANSLATE_NOOP("Report", "Gaps on core standards")
CORE_GAPS_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "Core standards are the minimum a shelter must meet; these are rated below “fully in place”, "
    "the largest gaps first.",
)
NO_CORE_GAPS = QT_TRANSLATE_NOOP(
    "Report", "No gaps on core standards: every rated core indicator is fully in place."
)
CORE_TO_CHECK = QT_TRANSLATE_NOOP("Report", "Core indicators still to check: {codes}")
RESULTS_BY_DOMAIN = QT_TRANSLATE_NOOP("Report", "Results by domain")
DOMAIN_SCORE_LINE = QT_TRANSLATE_NOOP("Report", "Score {score} · {rated} rated of {applicable}")
CODE = QT_TRANSLATE_NOOP("Report", "Code")
INDICATOR = QT_TRANSLATE_NOOP("Report", "Indicator")
RATING = QT_TRANSLATE_NOOP("Report", "Rating")
NOTES = QT_TRANSLATE_NOOP("Report", "Notes and evidence")
CORE_MARK = QT_TRANSLATE_NOOP("Report", "★ core")
GAP_MARK = QT_TRANSLATE_NOOP("Report", "gap {size}")
NA_BECAUSE = QT_TRANSLATE_NOOP("Report", "Reason: {reason}")
EVIDENCE = QT_TRANSLATE_NOOP("Report", "Evidence: {evidence}")
KEY_TO_MARKS = QT_TRANSLATE_NOOP(
    "Report",
    "★ core = a core standard. Shaded rows are gaps (rated below 3); “gap 2” means 2 points short of "
    "fully in place.",
)
ACTION_PLAN = QT_TRANSLATE_NOOP("Report", "Action plan")

# checklist
CHECKLIST_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "For each indicator, tick one box: 0 not in place, 1 partly, 2 mostly, 3 fully in place, N does not "
    "apply (write why), K don't know yet. Write what you saw or were told under Notes. Enter the "
    "answers in ShelterCheck afterwards.",
)
GUIDANCE = QT_TRANSLATE_NOOP("Report", "What to look for")
EVIDENCE_EXAMPLES = QT_TRANSLATE_NOOP("Report", "Evidence")
NOTES_LINE = QT_TRANSLATE_NOOP("Report", "Notes")
INDICATORS_FOR = QT_TRANSLATE_NOOP("Report", "{count} indicators apply to this shelter.")
