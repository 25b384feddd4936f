"""Pieces every report is made of: its title, its headings (with their bookmarks), scores and changes."""

from __future__ import annotations

from reportlab.platypus import Flowable

from sheltercheck.assessment.scoring import display_score
from sheltercheck.reports import labels as lb
from sheltercheck.reports.document import heading_bookmark
from sheltercheck.reports.language import Bi, ReportLanguage
from sheltercheck.reports.typeset import Typesetter


def title_block(ts: Typesetter, title: Bi) -> list[Flowable]:
    """The document's title, the first bookmark, and its English beneath when bilingual."""
    st = ts.styles
    story = [heading_bookmark(ts.para(title.first, st.title), title.joined(" — "), 0)]
    if title.second:
        story.append(ts.para(title.second, st.title_second))
    return story


def heading(ts: Typesetter, text: Bi, level: int) -> list[Flowable]:
    """A chapter (level 0) or section (level 1) heading with its bookmark; English beneath when bilingual."""
    st = ts.styles
    style, second = (st.h1, st.h1_second) if level == 0 else (st.h2, st.h2_second)
    flowables = ts.bi(text, style, second)
    heading_bookmark(flowables[0], text.joined(" — "), level)
    return flowables


def score_text(value: float | None) -> str:
    shown = display_score(value)
    return "–" if shown is None else str(shown)


def delta_text(lang: ReportLanguage, delta: float | None) -> Bi:
    """A change in points with ▲ or ▼, so it does not depend on colour."""
    shown = display_score(delta)
    if shown is None:
        return Bi("–")
    if shown > 0:
        return lang.label(lb.UP, points=shown)
    if shown < 0:
        return lang.label(lb.DOWN, points=-shown)
    return lang.label(lb.SAME)
