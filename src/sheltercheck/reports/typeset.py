"""Turning texts into flowables: shaped Lao broken between words, or plain ReportLab for the baseline.

Every text of every report goes through one `Typesetter`, so that the benchmark can lay out exactly the
same documents with plain, unshaped ReportLab Paragraphs (`Typesetter(shaped=False)`) and measure what
correct Lao costs (figure `pdf.ratio_vs_plain_reportlab`).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from sheltercheck.reports.language import Bi
from sheltercheck.reports.laotext import LaoText
from sheltercheck.reports.styles import Styles, make_styles


class Typesetter:
    def __init__(self, shaped: bool = True) -> None:
        self.shaped = shaped
        self.styles: Styles = make_styles(shaped)

    def para(self, text: str, style: ParagraphStyle) -> Flowable:
        """A paragraph of plain text (not markup); newlines become line breaks."""
        if self.shaped:
            return LaoText(text, style)
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def markup(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of trusted ReportLab markup with no Lao in need of word breaks (numbers, marks)."""
        return Paragraph(markup, style)

    def bi(self, text: Bi, style: ParagraphStyle, second: ParagraphStyle) -> list[Flowable]:
        """The text, and its English beneath in the smaller second style when the report is bilingual."""
        out: list[Flowable] = [self.para(text.first, style)]
        if text.second:
            out.append(self.para(text.second, second))
        return out

    def cell(self, text: Bi | str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """Content for a table cell (a list of flowables; plain strings in cells are never shaped)."""
        st = self.styles
        if isinstance(text, str):
            return [self.para(text, style or st.cell)] if text else []
        return self.bi(text, style or st.cell, st.cell_second)

    def header(self, text: Bi) -> list[Flowable]:
        return self.bi(text, self.styles.header_cell, self.styles.header_cell_second)
