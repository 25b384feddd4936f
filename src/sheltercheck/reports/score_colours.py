"""The colours of a score, shared by the heat map on screen, the workshop workbook and the PDF.

Five bands of 20 points from a viridis-like ramp whose lightness rises with the score (dark purple for
0–19 up to yellow for 80–100), so a greyscale printout or a washed-out projector still shows the order;
every cell also prints its number, so colour is never the only carrier. Each band names the text colour
with the better contrast on it. Plain hex strings: no Qt, no openpyxl.
"""

from __future__ import annotations

from dataclasses import dataclass

from sheltercheck.assessment.scoring import display_score


@dataclass(frozen=True, slots=True)
class Band:
    low: int  # lowest whole score of the band
    high: int  # highest
    fill: str  # "#rrggbb"
    text: str  # "#000000" or "#ffffff", whichever reads better on `fill`


BANDS: tuple[Band, ...] = (
    Band(0, 19, "#440154", "#ffffff"),
    Band(20, 39, "#3b528b", "#ffffff"),
    Band(40, 59, "#21918c", "#000000"),
    Band(60, 79, "#5ec962", "#000000"),
    Band(80, 100, "#fde725", "#000000"),
)
NO_SCORE_FILL = "#e6e6e6"  # drawn hatched on screen; "—" in the cell
NO_SCORE_TEXT = "#000000"
# The colours of the ratings 0..3 in the rating distribution: the bands their indicator scores fall in
# (0 %, 33 %, 67 %, 100 %), so a rating and a score of the same size look the same.
RATING_FILLS: tuple[Band, ...] = (BANDS[0], BANDS[1], BANDS[3], BANDS[4])


def band_of(score: float | None) -> Band | None:
    """The band of the score as it is shown (rounded half up: 19.5 is in 20–39), clamped to 0..100;
    None when there is no score."""
    value = display_score(score)
    if value is None:
        return None
    value = max(0, min(100, value))
    for band in BANDS:
        if value <= band.high:
            return band
    return BANDS[-1]


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of "#rrggbb" (0 black … 1 white), for picking and testing text colours."""

    def channel(part: str) -> float:
        value = int(part, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
