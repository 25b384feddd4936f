"""The workshop summary as a PDF, through the same page frame, Lao layout and typography as the other
reports: the scores of every shelter per domain (a heat map), the most common core gaps, how the
shelters rated each indicator, the change since their previous rounds, and how it is all computed.

The heat map has the shelters as rows and the domains as numbered columns, so it fits A4 for any
number of shelters (the rows continue on the next page with the header repeated). Each cell prints
its number on the band colour of the screen and the workbook (reports/score_colours.py), darker for
lower scores, so it reads in greyscale too.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from sheltercheck.assessment.scoring import display_score
from sheltercheck.reports.blocks import delta_text, heading, score_text, title_block
from sheltercheck.reports.charts import RatingBar
from sheltercheck.reports.document import DocumentInfo
from sheltercheck.reports.language import Bi, ReportLanguage, pair
from sheltercheck.reports.score_colours import BANDS, NO_SCORE_FILL, band_of
from sheltercheck.reports.tables import grid
from sheltercheck.reports.typeset import Typesetter
from sheltercheck.services import workshop_text as wt
from sheltercheck.services.workshop import WorkshopView

FRAME_MM = 174
MOST_COMMON = 15  # core gaps listed; the workbook has them all


def _scores(
    ts: Typesetter, lang: ReportLanguage, view: WorkshopView, english: WorkshopView | None
) -> list[Flowable]:
    st = ts.styles
    story = heading(ts, lang.label(wt.SCORES_TITLE), 0)
    count = len(view.domains)
    label_mm, overall_mm = 34, 14
    cell_mm = (FRAME_MM - label_mm - overall_mm) / max(count, 1)
    header: list[Any] = [ts.header(lang.label(wt.SHELTER))]
    header += [ts.cell(str(number), st.cell_centre) for number in range(1, count + 1)]
    header.append(ts.header(lang.label(wt.OVERALL)))
    rows: list[list[Any]] = [header]
    fills: list[tuple[object, ...]] = [
        ("LEFTPADDING", (1, 0), (-1, -1), 1),
        ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]

    def score_cells(row: int, values: tuple[float | None, ...], overall: float | None) -> list[Any]:
        cells: list[Any] = []
        for column, value in enumerate((*values, overall), start=1):
            band = band_of(value)
            fills.append(
                (
                    "BACKGROUND",
                    (column, row),
                    (column, row),
                    colors.HexColor(band.fill if band else NO_SCORE_FILL),
                )
            )
            text = "—" if value is None else str(display_score(value))
            cells.append(
                ts.markup(f'<font color="{band.text if band else "#000000"}">{text}</font>', st.cell_centre)
            )
        return cells

    for number, shelter in enumerate(view.shelters, start=1):
        date = lang.date(shelter.assessed_on, "medium")
        name = english.shelters[number - 1].label if english else None
        rows.append(
            [
                ts.cell(pair(shelter.label, name)) + ts.cell(date.first, st.cell_second),
                *score_cells(number, shelter.domains, shelter.overall),
            ]
        )
    rows.append(
        [
            ts.cell(lang.label(wt.AVERAGE), st.cell_bold),
            *score_cells(len(rows), view.domain_means, view.overall_mean),
        ]
    )
    widths = [label_mm * mm, *([cell_mm * mm] * count), overall_mm * mm]
    story.append(grid(rows, widths, extra=[*fills, ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black)]))
    story.append(Spacer(1, 3 * mm))
    story += _band_legend(ts)
    story.append(Spacer(1, 2 * mm))
    names: list[list[Any]] = []
    for number, domain in enumerate(view.domains, start=1):
        english_name = english.domains[number - 1].name if english else None
        names.append([ts.cell(str(number), st.cell_bold), ts.cell(pair(domain.name, english_name))])
    story.append(grid(names, [10 * mm, (FRAME_MM - 10) * mm], header_rows=0))
    return story


def _band_legend(ts: Typesetter) -> list[Flowable]:
    st = ts.styles
    cells = [ts.markup(f'<font color="{b.text}">{b.low}–{b.high}</font>', st.cell_centre) for b in BANDS]
    cells.append(ts.cell("—", st.cell_centre))
    extra = [("BACKGROUND", (i, 0), (i, 0), colors.HexColor(b.fill)) for i, b in enumerate(BANDS)]
    extra.append(("BACKGROUND", (len(BANDS), 0), (len(BANDS), 0), colors.HexColor(NO_SCORE_FILL)))
    return [grid([cells], [22 * mm] * (len(BANDS) + 1), header_rows=0, extra=extra)]


def _core_gaps(
    ts: Typesetter, lang: ReportLanguage, view: WorkshopView, english: WorkshopView | None
) -> list[Flowable]:
    st = ts.styles
    story = [CondPageBreak(60 * mm), *heading(ts, lang.label(wt.GAPS_TITLE), 0)]
    gaps = [gap for gap in view.core_gaps if gap.shelters][:MOST_COMMON]
    if not gaps:
        return story
    statements = {g.indicator.code: g.indicator.statement for g in english.core_gaps} if english else {}
    rows: list[list[Any]] = [
        [ts.header(lang.label(m)) for m in (wt.CODE, wt.INDICATOR, wt.GAP_SHELTERS, wt.MEAN_RATING, wt.WHICH)]
    ]
    for gap in gaps:
        mean = "—" if gap.mean_rating is None else lang.number(gap.mean_rating, 1)
        rows.append(
            [
                ts.cell(gap.indicator.code, st.cell_bold),
                ts.cell(pair(gap.indicator.statement, statements.get(gap.indicator.code))),
                ts.cell(lang.label(wt.GAP_COUNT, count=gap.shelters, total=gap.applicable)),
                ts.cell(mean),
                ts.cell(", ".join(gap.labels)),
            ]
        )
    story.append(grid(rows, [w * mm for w in (18, 88, 22, 18, 28)]))
    return story


def _distribution(ts: Typesetter, lang: ReportLanguage, view: WorkshopView) -> list[Flowable]:
    st = ts.styles
    story = [PageBreak(), *heading(ts, lang.label(wt.DISTRIBUTION_TITLE), 0)]
    keys = [
        *(lang.label(m).first for m in wt.RATINGS),
        lang.label(wt.NOT_APPLICABLE).first,
        lang.label(wt.UNKNOWN).first,
        lang.label(wt.UNANSWERED).first,
    ]
    story += ts.bi(Bi(" · ".join(keys)), st.small, st.small_second)
    header = [ts.header(lang.label(wt.CODE)), ts.header(lang.label(wt.INDICATOR))]
    header += [ts.cell(text, st.cell_centre) for text in ("0", "1", "2", "3", "N", "K", "–")]
    header.append(ts.cell("", st.cell))
    rows: list[list[Any]] = [header]
    for item in view.distribution:
        counts = item.counts
        values = (*counts.ratings, counts.not_applicable, counts.unknown, counts.unanswered)
        rows.append(
            [
                ts.cell(item.indicator.code + (" ★" if item.indicator.core else ""), st.cell_bold),
                ts.cell(item.indicator.statement, st.cell_second),
                *[ts.cell(str(v) if v else "·", st.cell_centre) for v in values],
                RatingBar(counts.ratings, counts.not_applicable + counts.unknown + counts.unanswered),
            ]
        )
    story.append(
        grid(
            rows,
            [w * mm for w in (18, 90, *([6.5] * 7), 20.5)],
            extra=[("LEFTPADDING", (2, 0), (8, -1), 1), ("RIGHTPADDING", (2, 0), (8, -1), 1)],
        )
    )
    return story


def _change(
    ts: Typesetter, lang: ReportLanguage, view: WorkshopView, english: WorkshopView | None
) -> list[Flowable]:
    st = ts.styles
    story = [CondPageBreak(60 * mm), *heading(ts, lang.label(wt.CHANGE_TITLE), 0)]
    change = view.change
    if change is None:
        return story + ts.bi(lang.label(wt.NO_CHANGE), st.body, st.body_second)
    messages = (
        wt.SHELTER,
        wt.PREVIOUS_ROUND,
        wt.OVERALL_BEFORE,
        wt.OVERALL_NOW,
        wt.OVERALL_CHANGE,
        wt.CLOSED,
        wt.OPENED,
    )
    rows: list[list[Any]] = [[ts.header(lang.label(m)) for m in messages]]
    for number, shelter in enumerate(change.shelters):
        name = english.change.shelters[number].label if english and english.change else None
        if not shelter.has_previous:
            rows.append(
                [
                    ts.cell(pair(shelter.label, name)),
                    ts.cell(lang.label(wt.NO_EARLIER)),
                    *[[] for _ in range(5)],
                ]
            )
            continue
        rows.append(
            [
                ts.cell(pair(shelter.label, name)),
                ts.cell(lang.date(shelter.previous_on, "medium")),
                ts.cell(score_text(shelter.overall_before)),
                ts.cell(score_text(shelter.overall_after), st.cell_bold),
                ts.cell(delta_text(lang, shelter.overall_delta)),
                ts.cell(str(shelter.core_gaps_closed)),
                ts.cell(str(shelter.core_gaps_opened)),
            ]
        )
    rows.append(
        [
            ts.cell(lang.label(wt.AVERAGE_COMPARED, count=change.compared), st.cell_bold),
            [],
            ts.cell(score_text(change.mean_overall_before)),
            ts.cell(score_text(change.mean_overall_after), st.cell_bold),
            ts.cell(delta_text(lang, change.mean_overall_delta)),
            ts.cell(str(change.core_gaps_closed)),
            ts.cell(str(change.core_gaps_opened)),
        ]
    )
    story.append(
        grid(
            rows,
            [w * mm for w in (38, 28, 22, 22, 22, 21, 21)],
            extra=[("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black)],
        )
    )
    return story


def _method(ts: Typesetter, lang: ReportLanguage) -> list[Flowable]:
    st = ts.styles
    story = [CondPageBreak(80 * mm), *heading(ts, lang.label(wt.METHOD), 0)]
    for line in wt.METHOD_LINES:
        story += ts.bi(lang.label(line), st.body, st.body_second)
    return story


def workshop_document(
    ts: Typesetter, lang: ReportLanguage, view: WorkshopView, english: WorkshopView | None = None
) -> tuple[DocumentInfo, list[Flowable]]:
    """The summary of `view` (in the report's first language); `english`, the same selection in English,
    for a bilingual report."""
    st = ts.styles
    title = lang.label(wt.TITLE)
    subtitle_message = wt.SUBTITLE_ANONYMISED if view.anonymised else wt.SUBTITLE
    subtitle = lang.label_with(subtitle_message, count=len(view.shelters), date=lang.date(view.made_on))
    info = DocumentInfo(
        language=lang,
        title=title,
        subject=lang.label(wt.SCORES_TITLE),
        header_left=title,
        header_right=subtitle,
        keywords=("ShelterCheck", "workshop"),
        made_on=view.made_on,
    )
    story = title_block(ts, title)
    story += ts.bi(subtitle, st.h2, st.h2_second)
    if view.anonymised:
        story += ts.bi(lang.label(wt.ANONYMISED_NOTE), st.small, st.small_second)
    story += _scores(ts, lang, view, english)
    story += _core_gaps(ts, lang, view, english)
    story += _change(ts, lang, view, english)
    story += _distribution(ts, lang, view)
    story += _method(ts, lang)
    return info, story
