"""The action plan as a PDF: the items in plan order (the order the shelter set in the app), each with
its indicators, responsible, dates, resources, support, status and progress notes.

The same table is the action-plan chapter of the assessment report (`plan_section`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sheltercheck.messages import QT_TRANSLATE_NOOP
from sheltercheck.reports.blocks import title_block
from sheltercheck.reports.document import DocumentInfo
from sheltercheck.reports.language import Bi, ReportLanguage, pair
from sheltercheck.reports.tables import grid
from sheltercheck.reports.typeset import Typesetter
from sheltercheck.services.plan_export import STATUS_LABELS, PlanExport, PlanExportItem

NO_ITEMS = QT_TRANSLATE_NOOP("Report", "The action plan has no items yet.")
ITEM_COUNT = QT_TRANSLATE_NOOP("Report", "{count} action(s): {summary}")
STATUS_COUNT = QT_TRANSLATE_NOOP("Report", "{status}: {count}")
PLAN_SUBJECT = QT_TRANSLATE_NOOP("Report", "Action plan of a shelter self-assessment")
DATES_HEADER = QT_TRANSLATE_NOOP("Report", "Start – due")
SUPPORT_HEADER = QT_TRANSLATE_NOOP("Report", "Resources and support")

# column widths (mm) of No. | Action | Responsible | Start – due | Resources and support | Status: 174 mm
WIDTHS_MM = (9, 62, 27, 22, 31, 23)
# where the columns' own headers are in services.plan_export.HEADERS
_NUMBER, _ACTION, _RESPONSIBLE, _STATUS = 0, 1, 3, 9


def _date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value is not None else "–"


def _summary(lang: ReportLanguage, items: tuple[PlanExportItem, ...]) -> Bi:
    """ "5 action(s): Not started: 2 · In progress: 2 · Done: 1"."""
    counts = Counter(item.status_code for item in items)
    parts = [
        lang.label_with(STATUS_COUNT, status=lang.label(message), count=counts[code])
        for code, message in STATUS_LABELS.items()
        if counts[code]
    ]
    summary = Bi(
        " · ".join(p.first for p in parts),
        " · ".join(p.second or "" for p in parts) if lang.bilingual else None,
    )
    return lang.label_with(ITEM_COUNT, count=len(items), summary=summary)


def _row(ts: Typesetter, item: PlanExportItem, english: PlanExportItem | None) -> list[Any]:
    st = ts.styles
    action: list[Flowable] = [ts.para(item.action, st.cell_bold)]
    for ind in item.indicators:
        action.append(ts.para(f"{ind.code}: {ind.statement}" if ind.statement else ind.code, st.cell_second))
    for note in item.notes:
        action.append(ts.para(f"{note.noted_on:%d/%m/%Y}: {note.text}", st.cell_second))
    support = "\n".join(p for p in (item.resources, item.support_needed, item.support_from) if p)
    return [
        ts.cell(str(item.number)),
        action,
        ts.cell(item.responsible),
        ts.cell(f"{_date(item.start_on)}\n{_date(item.due_on)}"),
        ts.cell(support),
        ts.cell(pair(item.status, english.status if english is not None else None)),
    ]


def plan_section(
    ts: Typesetter, lang: ReportLanguage, first: PlanExport, english: PlanExport | None = None
) -> list[Flowable]:
    """The plan's summary line and table; `english` is the same plan in English for a bilingual report."""
    st = ts.styles
    if not first.items:
        return ts.bi(lang.label(NO_ITEMS), st.body, st.body_second)

    def head(index: int) -> list[Flowable]:
        return ts.header(pair(first.headers[index], english.headers[index] if english else None))

    header = [
        head(_NUMBER),
        head(_ACTION),
        head(_RESPONSIBLE),
        ts.header(lang.label(DATES_HEADER)),
        ts.header(lang.label(SUPPORT_HEADER)),
        head(_STATUS),
    ]
    seconds = english.items if english is not None else (None,) * len(first.items)
    rows = [header] + [_row(ts, item, en) for item, en in zip(first.items, seconds, strict=True)]
    return [
        *ts.bi(_summary(lang, first.items), st.body, st.body_second),
        grid(rows, [w * mm for w in WIDTHS_MM]),
    ]


def plan_document(
    ts: Typesetter, lang: ReportLanguage, first: PlanExport, english: PlanExport | None = None
) -> tuple[DocumentInfo, list[Flowable]]:
    st = ts.styles
    title = pair(first.title, english.title if english else None)
    subtitle = pair(first.subtitle, english.subtitle if english else None)
    info = DocumentInfo(
        language=lang,
        title=title,
        subject=lang.label(PLAN_SUBJECT),
        header_left=Bi(first.shelter_name),
        header_right=pair(first.sheet_name + " · " + first.subtitle, None),
        keywords=("ShelterCheck",),
    )
    story = title_block(ts, title)
    story += ts.bi(subtitle, st.h2, st.h2_second)
    story += plan_section(ts, lang, first, english)
    return info, story
