"""Horizontal bars of domain scores 0–100, and `ScoreChart`, what both charts here share.

Each row: the label (elided with "…", full text in the tooltip), a solid bar for the current round with
its rounded score at the end, a thinner hatched and outlined bar just below for the previous round with
its score, and the change ("+12", "−5", "±0") in a column at the right. A domain without a score (None)
shows "—" and no bar. Rows are at least 1.6 × the font's height (Lao stacks marks above and below), the
height hint grows with the rows: put the widget in a QScrollArea when many rows meet a small window.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPaintDevice, QPainter, QPalette, QPen

from sheltercheck.ui.display import stored

REF_HEIGHT = 23.0  # the UI font's height at 10.5 pt and 96 dpi, for which the size hints are given
Box = list[float]  # x, y, width, height
Sample = Callable[[QPainter, Box, int], None]  # draws the legend sample of round k (0 = current)
P = ParamSpec("P")
R = TypeVar("R")
LEFT, RIGHT, VCENTER = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignVCenter


from sheltercheck.ui.widgets.score_chart import (  # noqa: E402
    Box,
    Legend,
    ScoreChart,
    change_text,
    scaled_font,
    score_text,
    series_colours,
    with_alpha,
)


@dataclass
class _Layout:
    unit: float  # the font's height
    top: float  # of the first row
    row_h: float
    pad: float
    label_w: float
    bar_x: float
    bar_len: float  # the length of a score of 100
    legend: Legend


class DomainBars(ScoreChart):
    def _heights(self, u: float, comfortable: bool) -> tuple[float, float]:
        """(space above the rows, one row), comfortable or the least."""
        two = self._previous is not None
        row = (2.2 if two else 1.8) if comfortable else (1.9 if two else 1.6)
        return u * (1.6 if self.legend_names() else 0.3), u * row

    def _hint(self, comfortable: bool, width: float) -> QSize:
        u = self.fontMetrics().height()
        top, row = self._heights(u, comfortable)
        rows = top + row * max(1, len(self._labels)) + u * 1.5
        return QSize(round(width * max(0.8, u / REF_HEIGHT)), math.ceil(rows))

    def sizeHint(self) -> QSize:
        return self._hint(True, 600)

    def minimumSizeHint(self) -> QSize:
        return self._hint(False, 320)

    def _compute_layout(self, width: float, height: float, device: QPaintDevice) -> _Layout:
        fm = QFontMetricsF(self.font(), device)
        u, pad, n = fm.height(), fm.height() * 0.4, max(1, len(self._labels))
        legend = self._legend(device, [pad, u * 0.3, width - 2 * pad, u])
        (top, comfy), (_, least) = self._heights(u, True), self._heights(u, False)
        row_h = max(least, min(comfy, (height - top - u * 1.5) / n))
        change_w = fm.horizontalAdvance("\u2212100") + u * 0.6 if self._previous is not None else 0.0
        number_w = QFontMetricsF(scaled_font(self.font(), 1.0, bold=True), device).horizontalAdvance("100")
        natural = max((fm.horizontalAdvance(label) for label in self._labels), default=0.0)
        room = width - 2 * pad - change_w - number_w - u * 1.2
        label_w = max(min(natural, room * 0.42), min(natural, room - u * 7), u * 2)
        bar_x = pad + label_w + u * 0.6
        bar_len = max(u, width - pad - change_w - number_w - u * 0.4 - bar_x)
        return _Layout(u, top, row_h, pad, label_w, bar_x, bar_len, legend)

    def _bars(self, lay: _Layout, row: int) -> tuple[Box, Box]:
        """The current and the previous bar of a row (width 0 where there is no score)."""
        centre, u = lay.top + (row + 0.5) * lay.row_h, lay.unit
        big, gap, small = (u * 0.55, u * 0.14, u * 0.3) if self._previous is not None else (u * 0.6, 0, 0)
        y = centre - (big + gap + small) / 2
        out = []
        for values, top, h in ((self._current, y, big), (self._previous, y + big + gap, small)):
            value = None if values is None else values[row]
            length = 0.0 if value is None else lay.bar_len * min(100.0, max(0.0, value)) / 100
            out.append([lay.bar_x, top, length, h])
        return out[0], out[1]

    def bar_rect(self, row: int, previous: bool = False) -> QRectF:
        """A row's bar (of the previous round if asked); an empty rect when there is no score."""
        box = self._bars(self._layout(), row)[1 if previous else 0]
        return QRectF(*box) if box[2] > 0 else QRectF()

    def row_rect(self, row: int) -> QRectF:
        lay = self._layout()
        return QRectF(0, lay.top + row * lay.row_h, self.width(), lay.row_h)

    def _label_box(self, lay: _Layout, row: int) -> Box:
        return [lay.pad, lay.top + (row + 0.5) * lay.row_h - lay.unit / 2, lay.label_w, lay.unit]

    def label_rects(self) -> list[QRectF]:
        lay, fm = self._layout(), QFontMetricsF(self.font(), self)
        out = []
        for row, label in enumerate(self._labels):
            x, y, _, h = self._label_box(lay, row)
            out.append(QRectF(x, y, fm.horizontalAdvance(self._elided(label, lay.label_w, self)), h))
        return out

    def row_texts(self, row: int) -> list[str]:
        """What a row shows: label (as elided), current score and, with a previous round, its score and the
        change."""
        texts = [stored(self._elided(self._labels[row], self._layout().label_w, self))]
        texts.append(score_text(self._current[row]))
        if self._previous is not None:
            texts += [score_text(self._previous[row]), change_text(self._current[row], self._previous[row])]
        return texts

    def _elided(self, label: str, width: float, device: QPaintDevice) -> str:
        return QFontMetricsF(self.font(), device).elidedText(label, Qt.TextElideMode.ElideRight, width)

    def domain_at(self, pos: QPointF) -> int | None:
        lay = self._layout()
        row = math.floor((pos.y() - lay.top) / lay.row_h)
        return row if 0 <= row < len(self._labels) else None

    def _paint(self, p: QPainter, lay: _Layout, size: tuple[float, float], interactive: bool) -> None:
        pal, device, u, n = self.palette(), p.device(), lay.unit, len(self._labels)
        text = pal.color(QPalette.ColorRole.Text)
        current, previous = series_colours(pal)
        muted, bottom = with_alpha(text, 0.62), lay.top + n * lay.row_h
        highlight, stripe = with_alpha(pal.color(QPalette.ColorRole.Highlight), 0.16), with_alpha(text, 0.035)
        for row in range(n):  # zebra stripes, the hovered row
            hovered = row == self._hover and interactive
            if hovered or row % 2:
                p.fillRect(
                    QRectF(0, lay.top + row * lay.row_h, size[0], lay.row_h), highlight if hovered else stripe
                )
        ticks = [lay.bar_x + lay.bar_len * k / 4 for k in range(5)]
        p.setPen(QPen(with_alpha(text, 0.18), 1, Qt.PenStyle.DashLine))
        p.drawLines([QLineF(x, lay.top, x, bottom) for x in ticks[1:]])
        p.setPen(QPen(with_alpha(text, 0.45), 1))
        p.drawLine(QLineF(ticks[0], lay.top, ticks[0], bottom))
        small, bold = scaled_font(self.font(), 0.8), scaled_font(self.font(), 1.0, bold=True)
        p.setFont(small)
        p.setPen(muted)
        for k, x in enumerate(ticks):  # the scale under the last row
            p.drawText(
                QRectF(x - u * 2, bottom + u * 0.1, u * 4, u), int(Qt.AlignmentFlag.AlignHCenter), str(25 * k)
            )
        hatch = QBrush(previous, Qt.BrushStyle.BDiagPattern)
        for row in range(n):
            p.setFont(self.font())
            p.setPen(text)
            label = self._elided(self._labels[row], lay.label_w, device)
            p.drawText(QRectF(*self._label_box(lay, row)), int(LEFT | VCENTER), label)
            if self._previous is not None:  # the change, right-aligned at the right edge
                y = lay.top + (row + 0.5) * lay.row_h - u / 2
                change = change_text(self._current[row], self._previous[row])
                p.drawText(QRectF(size[0] - lay.pad - u * 3, y, u * 3, u), int(RIGHT | VCENTER), change)
            bars = self._bars(lay, row)
            for k, (box, values) in enumerate(zip(bars, (self._current, self._previous), strict=True)):
                if values is None:
                    continue
                colour, font = (current, bold) if k == 0 else (previous, small)
                if box[2] > 0 and k == 0:
                    p.fillRect(QRectF(*box), colour)
                elif box[2] > 0:
                    p.setPen(QPen(colour, 1.2))
                    p.setBrush(hatch)
                    p.drawRect(QRectF(*box).adjusted(0.6, 0.6, -0.6, -0.6))
                p.setFont(font)
                p.setPen(colour if values[row] is not None else muted)
                baseline = box[1] + box[3] / 2 + QFontMetricsF(font, device).capHeight() / 2
                p.drawText(QPointF(box[0] + box[2] + u * 0.25, baseline), score_text(values[row]))
        self._draw_legend(p, lay.legend, lambda p, box, k: _bar_sample(p, box, k, current, hatch))


def _bar_sample(p: QPainter, box: Box, k: int, current: QColor, hatch: QBrush) -> None:
    x, y, w, h = box
    if k == 0:
        p.fillRect(QRectF(x, y + h * 0.3, w, h * 0.4), current)
    else:
        p.setPen(QPen(hatch.color(), 1.2))
        p.setBrush(hatch)
        p.drawRect(QRectF(x, y + h * 0.36, w, h * 0.28))
