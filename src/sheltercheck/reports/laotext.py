"""Lao in ReportLab Paragraphs: shaped, and broken only between words.

ReportLab breaks lines only at spaces, so unspaced Lao is cut anywhere (splitLongWords), mid-syllable.
U+200B is not honoured as a break on its own (LAO.md). What works (re-measured 2026-12, ReportLab 5.1.0,
ShelterCheck Sans): a real space at 0.1 pt font size at every ICU word boundary between two Lao words,
written as `<font size=0.1> </font>`. Each costs 0.026 pt of width, so it is invisible; shaping stays
intact, also after the second wrap() a Table cell does; copied text gets a space there. Left-aligned
text only: justified text stretches those spaces like real ones.

A word wider than the line (rare; a narrow table column) gets break opportunities between its
syllable clusters too: `LaoParagraph` rebuilds its markup in wrap() once it knows the width, and never
separates a preposed vowel (ເ ແ ໂ ໃ ໄ) from its consonant or a following vowel (ະ າ ຳ) from its
syllable.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from sheltercheck.reports.fonts import register_fonts
from sheltercheck.text.segment import clusters, strip_break_hints, words

BREAK = "<font size=0.1> </font>"
_LAO_RUN = re.compile(r"[\u0e80-\u0eff]+")
_PREPOSED = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_FOLLOWING = frozenset("\u0eb0\u0eb2\u0eb3")


def _syllables(word: str) -> list[str]:
    """Grapheme clusters of a Lao word, glued so that no vowel is separated from its syllable."""
    out: list[str] = []
    glue_next = False
    for cl in clusters(word):
        if out and (glue_next or cl[0] in _FOLLOWING):
            out[-1] += cl
        else:
            out.append(cl)
        glue_next = cl[-1] in _PREPOSED
    return out


def _pieces(run: str, limit: float | None, font_name: str, font_size: float) -> list[str]:
    result: list[str] = []
    for word in words(run):
        if limit is not None and stringWidth(word, font_name, font_size) > limit:
            result.extend(_syllables(word))
        else:
            result.append(word)
    return result


def lao_markup(
    text: str,
    *,
    long_word_width: float | None = None,
    font_name: str = "SCSans",
    font_size: float = 10.0,
) -> str:
    """Paragraph markup for plain text: XML-escaped, with an invisible break at each boundary between
    two Lao words. Latin, digits and spaces are left as they are.

    With `long_word_width` (points), a Lao word wider than that also gets breaks between its syllables.
    """
    text = strip_break_hints(text)
    out: list[str] = []
    pos = 0
    for m in _LAO_RUN.finditer(text):
        out.append(escape(text[pos : m.start()]))
        pieces = _pieces(m.group(0), long_word_width, font_name, font_size)
        out.append(BREAK.join(escape(p) for p in pieces))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


class LaoParagraph(Paragraph):
    """A Paragraph of plain text whose markup is `lao_markup(text)`, redone for the width in wrap()."""

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        self._lao_source: str | None = text if isinstance(text, str) and not kwargs.get("frags") else None
        self._lao_limit: float | None = None
        self._lao_args = (args, kwargs)
        if self._lao_source is not None:
            text = lao_markup(self._lao_source)
        super().__init__(text, style, *args, **kwargs)

    def _needs_syllables(self, limit: float) -> bool:
        assert self._lao_source is not None
        font, size = self.style.fontName, self.style.fontSize
        return any(
            stringWidth(w, font, size) > limit
            for run in _LAO_RUN.findall(self._lao_source)
            for w in words(run)
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lao_source is not None:
            st = self.style
            limit = avail_width - st.leftIndent - st.rightIndent - max(st.firstLineIndent, 0)
            wanted = limit if self._needs_syllables(limit) else None
            if wanted != self._lao_limit:
                self._lao_limit = wanted
                markup = lao_markup(
                    self._lao_source, long_word_width=wanted, font_name=st.fontName, font_size=st.fontSize
                )
                args, kwargs = self._lao_args
                source, limit_kept = self._lao_source, self._lao_limit
                Paragraph.__init__(self, markup, st, *args, **kwargs)
                self._lao_source, self._lao_limit = source, limit_kept
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        return result


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A shaped Paragraph of plain (not markup) text that breaks Lao only between words.

    The style must use a registered TrueType font (ShelterCheck Sans) and shaping=1; the fonts are
    registered here if they were not yet.
    """
    register_fonts()
    if not getattr(style, "shaping", 0):
        raise ValueError(f"style {style.name!r} has shaping off: Lao would print unshaped")
    return LaoParagraph(text, style)


def lao_style(name: str = "lao", *, bold: bool = False, **kwargs: Any) -> ParagraphStyle:
    """A left-aligned, shaped ParagraphStyle in ShelterCheck Sans."""
    fonts = register_fonts()
    kwargs.setdefault("fontSize", 10)
    kwargs.setdefault("leading", kwargs["fontSize"] * 1.45)
    return ParagraphStyle(name, fontName=fonts.bold if bold else fonts.regular, shaping=1, **kwargs)
