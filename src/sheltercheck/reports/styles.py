"""Paragraph styles of the PDF reports: A4 at 10.5 pt, with line heights that leave room for Lao's
stacked marks (a tone mark over an upper vowel reaches ~1.2 em above the baseline, a lower vowel
~0.35 em below), so no mark touches the line above or below.

The same styles, unshaped, serve the plain-ReportLab baseline of the benchmark (`make_styles(False)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from sheltercheck.reports.fonts import register_fonts

LEADING = 1.55  # line height ÷ font size for text that may hold Lao
INK = colors.black
SECOND_INK = colors.HexColor("#3a3a3a")  # the English under Lao: dark grey, still crisp in print
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#e6e6e6")  # gap rows and table headers: a light grey that prints on any printer
CORE_SHADE = colors.HexColor("#cfcfcf")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    title_second: ParagraphStyle
    h1: ParagraphStyle
    h1_second: ParagraphStyle
    h2: ParagraphStyle
    h2_second: ParagraphStyle
    body: ParagraphStyle
    body_second: ParagraphStyle
    small: ParagraphStyle
    small_second: ParagraphStyle
    cell: ParagraphStyle
    cell_second: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_second: ParagraphStyle
    big_number: ParagraphStyle
    right: ParagraphStyle


def make_styles(shaped: bool = True) -> Styles:
    fonts = register_fonts()
    shaping = 1 if shaped else 0

    def style(name: str, size: float, *, bold: bool = False, **kw: object) -> ParagraphStyle:
        kw.setdefault("leading", round(size * LEADING, 1))
        kw.setdefault("textColor", INK)
        kw.setdefault("alignment", TA_LEFT)
        # ReportLab's default lets a line's spaces shrink by 5 %, which it checks by re-measuring every
        # word of the line for every word added (quadratic); left-aligned text gains nothing from it
        kw.setdefault("spaceShrinkage", 0)
        font = fonts.bold if bold else fonts.regular
        return ParagraphStyle(name, fontName=font, fontSize=size, shaping=shaping, **kw)

    return Styles(
        title=style("title", 22, bold=True, spaceAfter=2),
        title_second=style("title2", 15, textColor=SECOND_INK, spaceAfter=10),
        h1=style("h1", 16, bold=True, spaceBefore=10, spaceAfter=1, keepWithNext=1),
        h1_second=style("h1b", 12, textColor=SECOND_INK, spaceAfter=6, keepWithNext=1),
        h2=style("h2", 12.5, bold=True, spaceBefore=8, spaceAfter=1, keepWithNext=1),
        h2_second=style("h2b", 10, textColor=SECOND_INK, spaceAfter=4, keepWithNext=1),
        body=style("body", 10.5, spaceAfter=2),
        body_second=style("body2", 9.5, textColor=SECOND_INK, spaceAfter=6),
        small=style("small", 9),
        small_second=style("small2", 8.5, textColor=SECOND_INK),
        cell=style("cell", 9.5),
        cell_second=style("cell2", 8.5, textColor=SECOND_INK),
        cell_bold=style("cellb", 9.5, bold=True),
        cell_centre=style("cellc", 9.5, alignment=TA_CENTER),
        header_cell=style("th", 9.5, bold=True),
        header_cell_second=style("th2", 8, textColor=SECOND_INK),
        big_number=style("big", 30, bold=True, leading=38, alignment=TA_CENTER),
        right=style("right", 9.5, alignment=TA_RIGHT),
    )
