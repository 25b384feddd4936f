"""The blank checklist, for sittings on paper: the indicators that apply to the round's shelter, each with
its guidance, examples of evidence, boxes to tick and lines for notes.

Each indicator is kept on one page, so that a sheet handed to a colleague holds whole indicators.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from sheltercheck.assessment.vocabulary import ANSWERS
from sheltercheck.catalogue.model import Indicator
from sheltercheck.reports import canvas_text
from sheltercheck.reports import labels as lb
from sheltercheck.reports.blocks import heading, title_block
from sheltercheck.reports.document import DocumentInfo
from sheltercheck.reports.fonts import register_fonts
from sheltercheck.reports.language import Bi, ReportLanguage
from sheltercheck.reports.styles import INK, RULE
from sheltercheck.reports.typeset import Typesetter
from sheltercheck.services.rounds import RoundState

BOX = 11  # points


class AnswerBoxes(Flowable):
    """A row of empty boxes, one per answer, each with its key and name; then ruled lines for notes."""

    def __init__(
        self, answers: list[tuple[str, str]], notes_label: str, *, lines: int = 2, shaping: bool = True
    ) -> None:
        super().__init__()
        self.answers = answers
        self.notes_label = notes_label
        self.lines = lines
        self.shaping = shaping

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = BOX + 8 + self.lines * 20
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        fonts = register_fonts()
        c.saveState()
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        c.setLineWidth(0.8)
        slot = self.width / len(self.answers)
        top = self.height - BOX
        for i, (key, name) in enumerate(self.answers):
            x = i * slot
            c.rect(x, top, BOX, BOX, stroke=1, fill=0)
            key_width = canvas_text.draw(c, x + BOX + 3, top + 2, key, fonts.bold, 9, shaping=False)
            name_x = x + BOX + key_width + 6
            canvas_text.draw(
                c,
                name_x,
                top + 2,
                name,
                fonts.regular,
                7.5,
                width=x + slot - name_x - 4,
                shaping=self.shaping,
            )
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        label_width = canvas_text.draw(
            c, 0, top - 20, self.notes_label, fonts.regular, 8.5, shaping=self.shaping
        )
        for n in range(self.lines):
            y = top - 20 - n * 20
            c.line(label_width + 4 if n == 0 else 0, y - 2, self.width, y - 2)
        c.restoreState()


def _indicator(
    ts: Typesetter, lang: ReportLanguage, indicator: Indicator, answers: list[tuple[str, str]], notes: str
) -> list[Flowable]:
    """The indicator's block; the code and statement keep with what follows, the rest may split."""
    st = ts.styles
    code = indicator.code + ("  " + lang.label(lb.CORE_MARK).first if indicator.core else "")
    parts: list[Flowable] = [ts.para(code, st.cell_bold)]
    parts += ts.bi(lang.text(indicator.statement), st.body, st.body_second)
    for flowable in parts:
        flowable.keepWithNext = 1
    guidance = lang.text(indicator.guidance)
    if guidance.first:
        label = lang.label(lb.GUIDANCE)
        parts += ts.bi(
            Bi(
                f"{label.first}: {guidance.first}",
                f"{label.second or label.first}: {guidance.second}" if guidance.second else None,
            ),
            st.small,
            st.small_second,
        )
    evidence = indicator.evidence.get(lang.first) or indicator.evidence.en
    if evidence:
        evidence_label = lang.label(lb.EVIDENCE_EXAMPLES).first
        parts.append(ts.para(f"{evidence_label}: " + "; ".join(evidence), st.small))
    parts += [Spacer(1, 2 * mm), AnswerBoxes(answers, notes, shaping=ts.shaped), Spacer(1, 5 * mm)]
    return parts


def checklist_document(
    ts: Typesetter, lang: ReportLanguage, state: RoundState
) -> tuple[DocumentInfo, list[Flowable]]:
    st = ts.styles
    title = lang.label(lb.CHECKLIST_TITLE)
    date = lang.date(state.assessed_on)
    info = DocumentInfo(
        language=lang,
        title=title.around(after=f": {state.shelter_name}"),
        subject=lang.label(lb.CHECKLIST_SUBJECT),
        header_left=Bi(state.shelter_name),
        header_right=lang.label_with(lb.ASSESSMENT_OF, date=date),
        keywords=("ShelterCheck",),
    )
    answers = [(key, lang.label(name).first) for key, name in ANSWERS.values()]
    notes = lang.label(lb.NOTES_LINE).first
    story = title_block(ts, title)
    story.append(ts.para(state.shelter_name, st.h1))
    story += ts.bi(lang.label_with(lb.ASSESSMENT_OF, date=date), st.h2, st.h2_second)
    story += ts.bi(lang.label(lb.INDICATORS_FOR, count=len(state.indicators)), st.body, st.body_second)
    story += ts.bi(lang.label(lb.CHECKLIST_INTRO), st.body, st.body_second)
    story.append(Spacer(1, 4 * mm))
    domain_code = None
    for indicator in state.indicators:
        if indicator.domain != domain_code:
            domain_code = indicator.domain
            domain = state.catalogue.domain(domain_code)
            story.append(CondPageBreak(60 * mm))
            story += heading(ts, lang.text(domain.name).around(f"{domain.code} · "), 1)
        story += _indicator(ts, lang, indicator, answers, notes)
    return info, story
