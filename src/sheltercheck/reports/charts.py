"""The radar chart of domain scores, drawn as vector graphics so it prints sharp.

Spokes carry the domains' codes, as on the Results page and in the domain table below the chart (the
names would not fit 15 spokes on A4). Both rounds read in black and white: this round is a solid line
with a grey fill and filled dots, the previous round a dashed line with hollow squares. A domain without
a score gets no point and its line is broken there rather than drawn through a false 0.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from sheltercheck.reports import canvas_text
from sheltercheck.reports.fonts import register_fonts
from sheltercheck.reports.styles import INK, RULE, SECOND_INK

RINGS = (25, 50, 75, 100)
FILL = colors.Color(0.55, 0.55, 0.55, alpha=0.35)


class RadarChart(Flowable):
    def __init__(
        self,
        spokes: Sequence[str],
        current: Sequence[float | None],
        previous: Sequence[float | None] | None,
        legend: tuple[str, str | None],
        *,
        size: float = 230,
        shaping: bool = True,
    ) -> None:
        super().__init__()
        if len(spokes) != len(current) or (previous is not None and len(previous) != len(spokes)):
            raise ValueError("one label and one score per spoke")
        self.spokes, self.current, self.previous = list(spokes), list(current), previous
        self.legend = legend
        self.size = size
        self.side = size
        self.shaping = shaping
        self.legend_height = 16 * (2 if previous is not None and legend[1] else 1) + 6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # the chart is centred; the legend below it may use the whole width
        self.width = avail_width
        self.side = min(avail_width, self.size)
        self.height = self.side + self.legend_height
        return self.width, self.height

    def _point(self, cx: float, cy: float, radius: float, index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / len(self.spokes)
        r = radius * max(0.0, min(100.0, value)) / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    def _runs(self, values: Sequence[float | None]) -> list[list[int]]:
        """Consecutive spokes that have a score, wrapping round when the whole ring is scored."""
        n = len(values)
        if all(v is not None for v in values):
            return [[*range(n), 0]]
        runs: list[list[int]] = []
        start = next(i for i in range(n) if values[i] is None)
        current: list[int] = []
        for step in range(1, n + 1):
            i = (start + step) % n
            if values[i] is None:
                if current:
                    runs.append(current)
                current = []
            else:
                current.append(i)
        if current:
            runs.append(current)
        return runs

    def _series(
        self, c: Any, cx: float, cy: float, radius: float, values: Sequence[float | None], *, dashed: bool
    ) -> None:
        c.setStrokeColor(INK)
        c.setLineWidth(1.0 if dashed else 1.4)
        c.setDash(3, 2) if dashed else c.setDash()
        for run in self._runs(values):
            pts = [self._point(cx, cy, radius, i, values[i] or 0.0) for i in run]
            if not dashed and len(run) > 2 and run[0] == run[-1]:
                path = c.beginPath()
                path.moveTo(*pts[0])
                for p in pts[1:]:
                    path.lineTo(*p)
                path.close()
                c.setFillColor(FILL)
                c.drawPath(path, stroke=0, fill=1)
            for a, b in itertools.pairwise(pts):
                c.line(*a, *b)
        c.setDash()
        for i, v in enumerate(values):
            if v is None:
                continue
            x, y = self._point(cx, cy, radius, i, v)
            if dashed:
                c.setFillColor(colors.white)
                c.rect(x - 2.2, y - 2.2, 4.4, 4.4, stroke=1, fill=1)
            else:
                c.setFillColor(INK)
                c.circle(x, y, 2.2, stroke=0, fill=1)

    def draw(self) -> None:
        c = self.canv
        fonts = register_fonts()
        side = self.side
        cx, cy = self.width / 2, self.legend_height + side / 2
        radius = side / 2 - 18
        n = len(self.spokes)
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        for ring in RINGS:
            pts = [self._point(cx, cy, radius, i, ring) for i in range(n)]
            for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
                c.line(*a, *b)
        for i in range(n):
            c.setDash(1, 2) if self.current[i] is None else c.setDash()
            c.line(cx, cy, *self._point(cx, cy, radius, i, 100))
        c.setDash()
        c.setFillColor(SECOND_INK)
        for ring in RINGS:
            canvas_text.draw(c, cx + 2, cy + radius * ring / 100 + 1.5, str(ring), fonts.regular, 6.5)
        if self.previous is not None:
            self._series(c, cx, cy, radius, self.previous, dashed=True)
        self._series(c, cx, cy, radius, self.current, dashed=False)
        c.setFillColor(INK)
        for i, label in enumerate(self.spokes):
            x, y = self._point(cx, cy, radius + 10, i, 100)
            canvas_text.draw(c, x, y - 3, label, fonts.bold, 8, align="centre", shaping=self.shaping)
        self._draw_legend(c, fonts.regular)
        c.restoreState()

    def _draw_legend(self, c: Any, font: str) -> None:
        y = self.legend_height - 14
        left = self.width / 2 - self.side / 2 + 10
        for label, dashed in ((self.legend[0], False), (self.legend[1], True)):
            if label is None or (dashed and self.previous is None):
                continue
            c.setStrokeColor(INK)
            c.setLineWidth(1.0 if dashed else 1.4)
            c.setDash(3, 2) if dashed else c.setDash()
            c.line(left, y + 3, left + 22, y + 3)
            c.setDash()
            c.setFillColor(INK)
            canvas_text.draw(
                c, left + 28, y, label, font, 8.5, width=self.width - left - 28, shaping=self.shaping
            )
            y -= 16


class RatingBar(Flowable):
    """How many shelters gave each rating, as one bar split in proportion: 0 (darkest) to 3 (lightest),
    then the shelters without a rating in light grey. The numbers are in the cells beside it."""

    def __init__(self, ratings: Sequence[int], other: int, *, height: float = 8) -> None:
        super().__init__()
        self.ratings, self.other, self.bar_height = list(ratings), other, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.bar_height + 2
        return self.width, self.height

    def draw(self) -> None:
        from sheltercheck.reports.score_colours import NO_SCORE_FILL, RATING_FILLS

        c = self.canv
        total = sum(self.ratings) + self.other
        if not total:
            return
        x = 0.0
        c.saveState()
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.5)
        parts = [(n, RATING_FILLS[i].fill) for i, n in enumerate(self.ratings)] + [
            (self.other, NO_SCORE_FILL)
        ]
        for count, fill in parts:
            if not count:
                continue
            w = self.width * count / total
            c.setFillColor(colors.HexColor(fill))
            c.rect(x, 1, w, self.bar_height, stroke=1, fill=1)
            x += w
        c.restoreState()
