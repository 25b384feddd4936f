"""Single lines of shaped text drawn straight on the canvas: page headers, footers and chart labels.

`canvas.drawString(..., shaping=True)` does nothing in ReportLab 5.1.0 (LAO.md); a string shaped by
`shapeFragWord` first is drawn correctly, and its width is the shaped width.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord

from sheltercheck.text.segment import strip_break_hints, words


def shaped(text: str, font: str, size: float, shaping: bool = True) -> tuple[Any, float]:
    """(the string to draw, its width in points)."""
    text = strip_break_hints(text)
    width = stringWidth(text, font, size)
    if not shaping or not text:
        return text, width
    result = shapeFragWord([width, (ABag(fontName=font, fontSize=size), text)])
    return result[1][1], float(result[0])


def fit(text: str, font: str, size: float, width: float, shaping: bool = True) -> tuple[Any, float]:
    """The text shaped, cut at a word boundary with "…" when wider than `width`."""
    line, w = shaped(text, font, size, shaping)
    if w <= width:
        return line, w
    pieces = words(text)
    while len(pieces) > 1:
        pieces.pop()
        line, w = shaped("".join(pieces).rstrip() + "…", font, size, shaping)
        if w <= width:
            return line, w
    return shaped("…", font, size, shaping)


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
    """Draw one line at baseline y; `align` is left, centre or right of x. Returns the drawn width."""
    line, w = (
        fit(text, font, size, width, shaping) if width is not None else shaped(text, font, size, shaping)
    )
    if align == "centre":
        x -= w / 2
    elif align == "right":
        x -= w
    canvas.setFont(font, size)
    canvas.drawString(x, y, line)
    return w
