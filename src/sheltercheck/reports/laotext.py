"""Lao in PDF reports: shaped, and broken only between words, by a flowable that lays out its own lines.

ReportLab's Paragraph breaks lines only at spaces, so unspaced Lao is cut anywhere (splitLongWords),
mid-syllable, and U+200B is not honoured as a break (LAO.md). Marking every ICU word boundary with an
invisible 0.1 pt space worked, but made one fragment per Lao word: the bilingual assessment report took
four times as long as plain ReportLab (measured 2026-12: 4.0 s against 1.0 s, 40 pages), most of it
in ReportLab's markup parser, in its multi-fragment line breaker and in shaping each word separately.

`LaoText` instead breaks the text itself:

1. break opportunities come from ICU's line breaker (`text.segment.words`): at spaces, and between
   two Lao words;
2. pieces are measured unshaped (a Lao mark has no advance of its own, so this is within a few tenths
   of a point of the shaped width) and lines filled greedily;
3. each line is shaped once with HarfBuzz and measured again: a line that shaping made too wide gives
   its last piece to the next line;
4. a word wider than the line (a narrow table column) is broken between its syllable clusters, never
   separating a preposed vowel (ເ ແ ໂ ໃ ໄ) from its consonant or a following vowel (ະ າ ຳ) from its
   syllable.

Lines are drawn as shaped strings carrying their own text as ActualText (`canvas_text.actual_text`), so
copied text is the text as written, with no spaces added; text without Lao needs no shaping at all
(`needs_shaping`). Left, centred and right alignment; no justification
(stretching would open gaps between Lao words, which readers see as word breaks that are not there).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from sheltercheck.reports import canvas_text
from sheltercheck.reports.fonts import register_fonts
from sheltercheck.text.segment import clusters, strip_break_hints, words

_LAO = re.compile(r"[\u0e80-\u0eff]")
_PREPOSED = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_FOLLOWING = frozenset("\u0eb0\u0eb2\u0eb3")
_FUZZ = 0.01  # points a line may exceed its width by (rounding)


def needs_shaping(text: str) -> bool:
    """Text with Lao must be shaped; Latin, digits and punctuation print right without HarfBuzz."""
    return _LAO.search(text) is not None


def syllables(word: str) -> list[str]:
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


@lru_cache(maxsize=8192)
def _pieces(text: str) -> tuple[str, ...]:
    """Break opportunities of one line of text: the pieces between them, trailing spaces included."""
    return tuple(words(text))


def _fit_long(piece: str, limit: float, font: str, size: float) -> list[str]:
    """A piece wider than the line, cut into runs of syllables (of characters, if a syllable is wider)."""
    parts = syllables(piece) if needs_shaping(piece) else list(piece)
    runs: list[str] = []
    current = ""
    for part in parts:
        if current and stringWidth(current + part, font, size) > limit:
            runs.append(current)
            current = ""
        current += part
    if current:
        runs.append(current)
    return runs


def break_lines(text: str, width: float, font: str, size: float, *, shaping: bool = True) -> list[str]:
    """The text's lines at `width` points; newlines in the text are line breaks. Lines keep no leading or
    trailing spaces. `font` is a registered TrueType font (the bundled ones are registered here)."""
    register_fonts()
    lines: list[str] = []
    for hard_line in strip_break_hints(text).replace("\r\n", "\n").split("\n"):
        lines.extend(_break_one(hard_line, width, font, size, shaping))
    return lines


def _break_one(text: str, width: float, font: str, size: float, shaping: bool) -> list[str]:
    if not text.strip():
        return [""]
    pieces: list[str] = []
    for piece in _pieces(text):
        if stringWidth(piece.rstrip(), font, size) > width:
            pieces.extend(_fit_long(piece, width, font, size))
        else:
            pieces.append(piece)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for piece in pieces:
        piece_width = stringWidth(piece, font, size)
        if current and used + stringWidth(piece.rstrip(), font, size) > width + _FUZZ:
            lines.append("".join(current))
            current, used = [], 0.0
        current.append(piece)
        used += piece_width
    if current:
        lines.append("".join(current))
    if shaping:
        lines = _shaped_fit(lines, width, font, size)
    return [line.strip() for line in lines]


def _shaped_fit(lines: list[str], width: float, font: str, size: float) -> list[str]:
    """Move a line's last piece down while shaping makes the line wider than `width` (rare)."""
    out: list[str] = []
    queue = list(lines)
    while queue:
        line = queue.pop(0)
        pieces = list(_pieces(line))
        while (
            len(pieces) > 1
            and needs_shaping(line)
            and canvas_text.shaped(line.strip(), font, size)[1] > width + _FUZZ
        ):
            last = pieces.pop()
            line = "".join(pieces)
            queue.insert(0, last + queue.pop(0) if queue else last)
        out.append(line)
    return out


class LaoText(Flowable):
    """A paragraph of plain text (not markup) in one style, shaped and broken between words."""

    def __init__(self, text: str, style: ParagraphStyle, *, lines: list[str] | None = None) -> None:
        super().__init__()
        register_fonts()
        self.text = text
        self.style = style
        self.shaping = bool(getattr(style, "shaping", 0)) and needs_shaping(text)
        self._lines = lines
        self._fixed = lines is not None  # the lines of a split part stay as they were cut
        self._wrapped_at: float | None = None

    # --- layout --------------------------------------------------------------------------------

    @property
    def lines(self) -> list[str]:
        if self._lines is None:
            raise RuntimeError("wrap() first")
        return self._lines

    def _text_width(self, avail_width: float) -> float:
        st = self.style
        return float(avail_width - st.leftIndent - st.rightIndent)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._fixed and self._wrapped_at != avail_width:
            st = self.style
            self._lines = break_lines(
                self.text, self._text_width(avail_width), st.fontName, st.fontSize, shaping=self.shaping
            )
            self._wrapped_at = avail_width
        self.width = avail_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Like Paragraph, split the lines of the last wrap(): a table asks with a width that is not the
        # one it wrapped the cell at
        if self._lines is None:
            self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        lines = self.lines
        if fits >= len(lines):
            return [self]
        if len(lines) - fits == 1 and fits > 2:
            fits -= 1  # no widow: the last line does not go over alone
        if fits < 2:
            return []  # no orphan: the first line does not stay behind alone
        first = LaoText(self.text, self.style, lines=lines[:fits])
        rest = LaoText(self.text, self.style, lines=lines[fits:])
        for part in (first, rest):
            part.shaping = self.shaping
            part.wrap(self.width, avail_height)
        return [first, rest]

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    # --- drawing -------------------------------------------------------------------------------

    def _baseline_offset(self) -> float:
        """From the top of a line box to its baseline: the font's ascent–descent box centred in it."""
        st = self.style
        ascent, descent = getAscentDescent(st.fontName, st.fontSize)
        return float((st.leading - (ascent - descent)) / 2 + ascent)

    def draw(self) -> None:
        st, canvas = self.style, self.canv
        text_width = self._text_width(self.width)
        canvas.saveState()
        canvas.setFillColor(st.textColor)
        canvas.setFont(st.fontName, st.fontSize)
        y = self.height - self._baseline_offset()
        for line in self.lines:
            if line:
                if self.shaping:
                    drawn, line_width = canvas_text.shaped(line, st.fontName, st.fontSize)
                else:
                    drawn, line_width = line, stringWidth(line, st.fontName, st.fontSize)
                x = st.leftIndent
                if st.alignment == TA_CENTER:
                    x += (text_width - line_width) / 2
                elif st.alignment == TA_RIGHT:
                    x += text_width - line_width
                if self.shaping:
                    with canvas_text.actual_text(canvas, line):
                        canvas.drawString(x, y, drawn)
                else:
                    canvas.drawString(x, y, drawn)
            y -= st.leading
        canvas.restoreState()


def paragraph(text: str, style: ParagraphStyle) -> LaoText:
    """A shaped paragraph of plain (not markup) text that breaks Lao only between words.

    The style must use a registered TrueType font (ShelterCheck Sans) and shaping=1.
    """
    register_fonts()
    if not getattr(style, "shaping", 0):
        raise ValueError(f"style {style.name!r} has shaping off: Lao would print unshaped")
    return LaoText(text, style)


def lao_style(name: str = "lao", *, bold: bool = False, **kwargs: Any) -> ParagraphStyle:
    """A left-aligned, shaped ParagraphStyle in ShelterCheck Sans."""
    fonts = register_fonts()
    kwargs.setdefault("fontSize", 10)
    kwargs.setdefault("leading", kwargs["fontSize"] * 1.45)
    return ParagraphStyle(name, fontName=fonts.bold if bold else fonts.regular, shaping=1, **kwargs)
