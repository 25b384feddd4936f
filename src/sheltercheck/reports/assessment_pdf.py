"""The assessment report: cover, summary with the radar, change since the previous round, core gaps,
every domain's indicators with their ratings and notes, the action plan, and how the scores are computed.

Gaps are shaded and also say "gap n" in words, core standards carry "★ core": nothing is told by colour
alone, so the report reads the same from a black-and-white office printer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from sheltercheck.assessment import method
from sheltercheck.assessment.scoring import DomainScore
from sheltercheck.assessment.vocabulary import ANSWERS, NOT_ANSWERED, answer_id
from sheltercheck.catalogue.model import Catalogue, Text
from sheltercheck.reports import labels as lb
from sheltercheck.reports.blocks import delta_text, heading, score_text, title_block
from sheltercheck.reports.charts import RadarChart
from sheltercheck.reports.document import DocumentInfo
from sheltercheck.reports.language import Bi, ReportLanguage
from sheltercheck.reports.plan_pdf import plan_section
from sheltercheck.reports.styles import RULE
from sheltercheck.reports.tables import base_style, grid
from sheltercheck.reports.typeset import Typesetter
from sheltercheck.services.report_data import ReportData
from sheltercheck.services.rounds import RoundState


def answer_label(lang: ReportLanguage, state: RoundState, code: str) -> Bi:
    response = state.response(code)
    answer = answer_id(response.kind, response.rating)
    if answer is None:
        return lang.label(NOT_ANSWERED)
    key, name = ANSWERS[answer]
    label = lang.label(name)
    return label.around(f"{key} – ")


def _cover(ts: Typesetter, lang: ReportLanguage, data: ReportData, made_on: dt.date) -> list[Flowable]:
    st, state = ts.styles, data.results.state
    catalogue = state.catalogue
    title = lang.label(lb.REPORT_TITLE)
    story: list[Flowable] = [Spacer(1, 30 * mm)]
    story += title_block(ts, title)
    story.append(Spacer(1, 4 * mm))
    story.append(ts.para(state.shelter_name, st.h1))
    story.append(Spacer(1, 10 * mm))
    province = lang.text(Text(en=data.province_en, lo=data.province_lo))
    rows: list[tuple[Bi, Bi]] = [
        (lang.label(lb.SHELTER), Bi(state.shelter_name)),
        (
            lang.label(lb.PROVINCE),
            province if province.first else lang.label(lb.NOT_GIVEN),
        ),
        (lang.label(lb.DATE), lang.date(state.assessed_on)),
        (
            lang.label(lb.PARTICIPANTS),
            Bi(state.participants) if state.participants else lang.label(lb.NOT_GIVEN),
        ),
        (lang.label(lb.STANDARDS), _catalogue_name(lang, catalogue)),
        (lang.label(lb.STATUS), lang.label(lb.COMPLETE if state.locked else lb.IN_PROGRESS)),
        (lang.label(lb.MADE_ON), lang.date(made_on)),
    ]
    table = Table(
        [[ts.cell(k, st.cell_bold), ts.cell(v)] for k, v in rows],
        colWidths=[48 * mm, 126 * mm],
    )
    table.setStyle(TableStyle([*base_style(), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [table, Spacer(1, 14 * mm)]
    story += ts.bi(lang.label(lb.CONFIDENTIAL_NOTE), st.small, st.small_second)
    story.append(PageBreak())
    return story


def _catalogue_name(lang: ReportLanguage, catalogue: Catalogue) -> Bi:
    title = lang.text(catalogue.title)
    return title.around(after=f" ({catalogue.version})")


def _domain_rows(ts: Typesetter, lang: ReportLanguage, data: ReportData) -> list[list[Any]]:
    results = data.results
    catalogue = results.state.catalogue
    changes = {d.code: d for d in results.comparison.domains} if results.comparison else {}
    header = [ts.header(lang.label(m)) for m in (lb.CODE, lb.DOMAIN, lb.SCORE, lb.RATED, lb.GAPS)]
    if results.comparison:
        header.append(ts.header(lang.label(lb.CHANGE)))
    rows: list[list[Any]] = [header]
    for domain in results.score.domains:
        core = sum(1 for g in domain.gaps if g.core)
        row: list[Any] = [
            ts.cell(domain.code, ts.styles.cell_bold),
            ts.cell(lang.text(catalogue.domain(domain.code).name)),
            ts.cell(score_text(domain.score), ts.styles.cell_bold),
            ts.cell(f"{domain.rated}/{domain.applicable - domain.not_applicable}"),
            ts.cell(f"{len(domain.gaps)} ({core})"),
        ]
        if results.comparison:
            change = changes.get(domain.code)
            row.append(ts.cell(delta_text(lang, change.delta if change else None)))
        rows.append(row)
    return rows


def _summary(ts: Typesetter, lang: ReportLanguage, data: ReportData) -> list[Flowable]:
    st, results = ts.styles, data.results
    score = results.score
    story = heading(ts, lang.label(lb.SUMMARY), 0)
    needed = score.applicable - score.not_applicable
    percent = round(100 * score.rated / needed) if needed else 0
    overall = [
        ts.para(score_text(score.overall), st.big_number),
        *ts.bi(lang.label(lb.OVERALL), st.cell_centre, st.cell_second),
    ]
    facts = [
        lang.label(lb.COVERAGE, rated=score.rated, needed=needed, percent=percent),
        lang.label(lb.LEFT_OUT, na=score.not_applicable, unknown=score.unknown, unanswered=score.unanswered),
        lang.label(lb.CORE_GAP_COUNT, count=len(score.core_gaps), all=len(score.gaps)),
    ]
    top = Table(
        [[overall, [f for fact in facts for f in ts.bi(fact, st.body, st.body_second)]]],
        colWidths=[42 * mm, 132 * mm],
    )
    top.setStyle(
        TableStyle(
            [*base_style(), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (0, 0), (0, 0), 0.6, RULE)]
        )
    )
    story += [top, Spacer(1, 4 * mm)]
    this_round = lang.label_with(lb.THIS_ROUND, date=lang.date(results.state.assessed_on, "medium"))
    previous = results.previous
    earlier = (
        lang.label_with(lb.PREVIOUS_ROUND, date=lang.date(previous.assessed_on, "medium")).joined(" / ")
        if previous is not None
        else None
    )
    radar = RadarChart(
        [d.code for d in score.domains],  # the codes of the domain table below, as on the Results page
        [d.score for d in score.domains],
        _previous_scores(score.domains, data) if previous is not None else None,
        (this_round.joined(" / "), earlier),
        size=185,
        shaping=ts.shaped,
    )
    radar.hAlign = "CENTER"
    widths = [14, 90, 16, 16, 20, 18] if results.comparison else [14, 108, 16, 16, 20]
    story += [radar, Spacer(1, 3 * mm), grid(_domain_rows(ts, lang, data), [w * mm for w in widths])]
    return story


def _previous_scores(domains: tuple[DomainScore, ...], data: ReportData) -> list[float | None]:
    comparison = data.results.comparison
    before = {d.code: d.before for d in comparison.domains} if comparison else {}
    return [before.get(d.code) for d in domains]


def _change(ts: Typesetter, lang: ReportLanguage, data: ReportData) -> list[Flowable]:
    st, results = ts.styles, data.results
    story = heading(ts, lang.label(lb.CHANGE_TITLE), 0)
    comparison, previous = results.comparison, results.previous
    if comparison is None or previous is None or results.previous_score is None:
        return story + ts.bi(lang.label(lb.FIRST_ROUND), st.body, st.body_second)
    story += ts.bi(
        lang.label_with(lb.CHANGE_INTRO, date=lang.date(previous.assessed_on)), st.body, st.body_second
    )
    catalogue = results.state.catalogue
    rows: list[list[Any]] = [
        [ts.header(lang.label(m)) for m in (lb.DOMAIN, lb.BEFORE, lb.NOW, lb.CHANGE)],
        [
            ts.cell(lang.label(lb.OVERALL), st.cell_bold),
            ts.cell(score_text(results.previous_score.overall)),
            ts.cell(score_text(results.score.overall), st.cell_bold),
            ts.cell(delta_text(lang, comparison.overall_delta)),
        ],
    ]
    for d in comparison.domains:
        rows.append(
            [
                ts.cell(lang.text(catalogue.domain(d.code).name)),
                ts.cell(score_text(d.before)),
                ts.cell(score_text(d.after), st.cell_bold),
                ts.cell(delta_text(lang, d.delta)),
            ]
        )
    story.append(grid(rows, [w * mm for w in (110, 20, 20, 24)]))
    for kind, message in (("improved", lb.IMPROVED), ("worse", lb.WORSE)):
        changed = [c for c in comparison.indicators if c.change == kind]
        if not changed:
            continue
        story += heading(ts, lang.label(message, count=len(changed)), 1)
        changes: list[list[Any]] = [[ts.header(lang.label(m)) for m in (lb.CODE, lb.CHANGE, lb.INDICATOR)]]
        changes += [
            [
                ts.cell(c.code, st.cell_bold),
                ts.cell(f"{c.before} → {c.after}"),
                ts.cell(_statement(lang, catalogue, c.code)),
            ]
            for c in changed
        ]
        story.append(grid(changes, [w * mm for w in (22, 20, 132)]))
    return story


def _statement(lang: ReportLanguage, catalogue: Catalogue, code: str) -> Bi:
    try:
        return lang.text(catalogue.indicator(code).statement)
    except KeyError:
        return Bi(code)


def _core_gaps(ts: Typesetter, lang: ReportLanguage, data: ReportData) -> list[Flowable]:
    st, results = ts.styles, data.results
    score, state = results.score, results.state
    story = heading(ts, lang.label(lb.CORE_GAPS), 0)
    if not score.core_gaps:
        story += ts.bi(lang.label(lb.NO_CORE_GAPS), st.body, st.body_second)
    else:
        story += ts.bi(lang.label(lb.CORE_GAPS_INTRO), st.body, st.body_second)
        rows: list[list[Any]] = [[ts.header(lang.label(m)) for m in (lb.CODE, lb.INDICATOR, lb.RATING)]]
        for gap in score.core_gaps:
            rows.append(
                [
                    [*ts.cell(gap.code, st.cell_bold), *ts.cell(lang.label(lb.GAP_MARK, size=gap.size))],
                    ts.cell(_statement(lang, state.catalogue, gap.code)),
                    ts.cell(answer_label(lang, state, gap.code)),
                ]
            )
        story.append(grid(rows, [w * mm for w in (22, 116, 36)]))
    if score.core_to_check:
        story += ts.bi(
            lang.label(lb.CORE_TO_CHECK, codes=", ".join(score.core_to_check)), st.body, st.body_second
        )
    return story


def _notes(lang: ReportLanguage, state: RoundState, code: str) -> str:
    response = state.response(code)
    parts = []
    if response.kind == "not_applicable" and response.na_reason:
        parts.append(lang.label(lb.NA_BECAUSE, reason=response.na_reason).first)
    if response.notes:
        parts.append(response.notes)
    if response.evidence:
        parts.append(lang.label(lb.EVIDENCE, evidence=response.evidence).first)
    return "\n".join(parts)


def _domains(ts: Typesetter, lang: ReportLanguage, data: ReportData) -> list[Flowable]:
    st, results = ts.styles, data.results
    state = results.state
    story = [PageBreak(), *heading(ts, lang.label(lb.RESULTS_BY_DOMAIN), 0)]
    story += ts.bi(lang.label(lb.KEY_TO_MARKS), st.small, st.small_second)
    gaps = {g.code: g for g in results.score.gaps}
    by_domain: dict[str, list[str]] = {}
    for indicator in state.indicators:
        by_domain.setdefault(indicator.domain, []).append(indicator.code)
    for domain in results.score.domains:
        title = lang.text(state.catalogue.domain(domain.code).name).around(f"{domain.code} · ")
        story.append(CondPageBreak(40 * mm))
        story += heading(ts, title, 1)
        line = lang.label(
            lb.DOMAIN_SCORE_LINE,
            score=score_text(domain.score),
            rated=domain.rated,
            applicable=domain.applicable,
        )
        story += ts.bi(line, st.small, st.small_second)
        header = [ts.header(lang.label(m)) for m in (lb.CODE, lb.INDICATOR, lb.RATING, lb.NOTES)]
        rows: list[list[Any]] = [header]
        shaded: list[int] = []
        for code in by_domain.get(domain.code, []):
            indicator = state.catalogue.indicator(code)
            marks = ts.cell(code, st.cell_bold)
            if indicator.core:
                marks += ts.cell(lang.label(lb.CORE_MARK))
            if code in gaps:
                marks += ts.cell(lang.label(lb.GAP_MARK, size=gaps[code].size))
                shaded.append(len(rows))
            rows.append(
                [
                    marks,
                    ts.cell(lang.text(indicator.statement)),
                    ts.cell(answer_label(lang, state, code)),
                    ts.cell(_notes(lang, state, code)),
                ]
            )
        story.append(grid(rows, [w * mm for w in (20, 78, 30, 46)], shaded_rows=shaded))
    return story


def _method(ts: Typesetter, lang: ReportLanguage) -> list[Flowable]:
    st = ts.styles
    story = [PageBreak(), *heading(ts, lang.label(method.TITLE), 0)]
    for paragraph in method.PARAGRAPHS:
        story += ts.bi(lang.label(paragraph), st.body, st.body_second)
        story.append(Spacer(1, 2 * mm))
    return story


def assessment_document(
    ts: Typesetter, lang: ReportLanguage, data: ReportData, made_on: dt.date | None = None
) -> tuple[DocumentInfo, list[Flowable]]:
    made_on = made_on or dt.date.today()
    state = data.results.state
    title = lang.label(lb.REPORT_TITLE)
    info = DocumentInfo(
        language=lang,
        title=title.around(after=f": {state.shelter_name}"),
        subject=lang.label(lb.REPORT_SUBJECT),
        header_left=Bi(state.shelter_name),
        header_right=lang.label_with(lb.ASSESSMENT_OF, date=lang.date(state.assessed_on)),
        keywords=("ShelterCheck",),
        made_on=made_on,
    )
    story = _cover(ts, lang, data, made_on)
    story += _summary(ts, lang, data)
    story += _change(ts, lang, data)
    story += _core_gaps(ts, lang, data)
    story += _domains(ts, lang, data)
    story += [PageBreak(), *heading(ts, lang.label(lb.ACTION_PLAN), 0)]
    story += plan_section(ts, lang, data.plan, data.plan_english)
    story += _method(ts, lang)
    return info, story
