"""Single lines of shaped text drawn straight on the canvas: page headers, footers and chart labels.

`canvas.drawString(..., shaping=True)` does nothing in ReportLab 5.1.0 (LAO.md); a string shaped by
`shapeFragWord` first is drawn correctly, and its width is the shaped width.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord

from sheltercheck.text.segment import strip_break_hints, words

_LAO = re.compile(r"[\u0e80-\u0eff]")


@contextmanager
def actual_text(canvas: Any, text: str) -> Iterator[None]:
    """Mark what is drawn inside as standing for `text` (PDF "ActualText", ISO 32000-1 §14.9.4).

    Shaped Lao is drawn as glyphs, and a glyph does not always map back to characters in their typed
    order: the ligature of ໍ and a tone mark serves both ນ້ຳ and ຕໍ່, and some readers order marks
    by position. With the line's own text attached, copying and searching give exactly what was
    written (pdftotext and Acrobat read it; readers that do not still get the ToUnicode mapping).
    """
    canvas._code.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
    try:
        yield
    finally:
        canvas._code.append("EMC")


@lru_cache(maxsize=65536)
def shaped(text: str, font: str, size: float, shaping: bool = True) -> tuple[Any, float]:
    """(the string to draw, its width in points). Cached: a line is measured when it is laid out and
    shaped again when it is drawn, and page headers and footers repeat on every page."""
    text = strip_break_hints(text)
    width = stringWidth(text, font, size)
    if not shaping or not text:
        return text, width
    result = shapeFragWord([width, (ABag(fontName=font, fontSize=size), text)])
    return result[1][1], float(result[0])


def fitted(text: str, font: str, size: float, width: float) -> str:
    """The text, or its first words and "…" when it is wider than `width` (measured shaped)."""
    text = strip_break_hints(text)
    if shaped(text, font, size)[1] <= width:
        return text
    pieces = words(text)
    while len(pieces) > 1:
        pieces.pop()
        candidate = "".join(pieces).rstrip() + "…"
        if shaped(candidate, font, size)[1] <= width:
            return candidate
    return "…"


def draw(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    align: str = "left",
    width: float | None = None,
    shaping: bool = True,
) -> float:
    """Draw one line at baseline y; `align` is left, centre or right of x. Returns the drawn width.

    With `width`, a line too long is cut after a word and ends in "…".
    """
    text = fitted(text, font, size, width) if width is not None else strip_break_hints(text)
    line, w = shaped(text, font, size, shaping)
    if align == "centre":
        x -= w / 2
    elif align == "right":
        x -= w
    canvas.setFont(font, size)
    if shaping and _LAO.search(text):
        with actual_text(canvas, text):
            canvas.drawString(x, y, line)
    else:
        canvas.drawString(x, y, line)
    return w
