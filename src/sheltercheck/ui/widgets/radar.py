"""Radar (spider) chart of domain scores 0–100, painted with QPainter (QtCharts is not used).

A domain without a score (None) gets no point: the line breaks on both sides of its spoke and the fill
leaves out the two wedges that touch it, so the chart neither shows a false 0 nor bridges the gap; its
spoke is dotted and its label muted. Current round: solid line, light fill, filled circles and the
rounded score; previous round: dashed line, hollow squares, no fill (both read in greyscale). Labels
wrap at spaces and U+200B (word boundaries from the segmenter) into at most two lines, are elided with
"…" when space is short, and the tooltip has the full text. All sizes follow the font (projector mode).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPalette, QPen, QPolygonF

from sheltercheck.ui.widgets.score_chart import (
    REF_HEIGHT,
    VCENTER,
    Box,
    Legend,
    ScoreChart,
    scaled_font,
    score_text,
    series_colours,
    with_alpha,
)

Measure = Callable[[str], float]


class Fit(NamedTuple):
    """One way of fitting the labels; FITS are tried in order, the last always fits (labels may then
    overlap, but stay inside the widget)."""

    scale: float  # of the label font
    lines: int  # per label, at most
    min_w: float  # the least label width, in line heights (0: fit whatever happens)
    floor: float  # the smallest radius tried, as a share of the largest
    nudge: float  # how far labels may be moved apart vertically, in lines


FITS = (
    Fit(1.0, 2, 3.5, 0.55, 0.8),
    Fit(1.0, 1, 3.5, 0.55, 0.8),
    Fit(0.85, 2, 3.0, 0.4, 0.8),
    Fit(0.85, 1, 2.5, 0.3, 0.8),
    Fit(0.85, 1, 2.5, 0.3, 1.2),
    Fit(0.75, 1, 0, 0.3, 1.2),
)
ALIGN = {-1: Qt.AlignmentFlag.AlignRight, 0: Qt.AlignmentFlag.AlignHCenter, 1: Qt.AlignmentFlag.AlignLeft}
RINGS = (25, 50, 75, 100)


def wrap_text(
    text: str, fm: QFontMetricsF, width: float, lines_max: int, measure: Measure | None = None
) -> list[str]:
    """Greedy lines of at most `width`, broken only at spaces and U+200B; the last one is elided."""
    measure = measure or fm.horizontalAdvance
    lines: list[tuple[int, int]] = []
    for word in re.finditer(r"[^ \u200b]+", text):
        if lines and measure(text[lines[-1][0] : word.end()]) <= width:
            lines[-1] = (lines[-1][0], word.end())
        else:
            lines.append((word.start(), word.end()))
    if len(lines) > lines_max:
        lines = [*lines[: lines_max - 1], (lines[lines_max - 1][0], len(text))]
    elide = Qt.TextElideMode.ElideRight
    return [fm.elidedText(text[s:e].strip(" \u200b"), elide, width) for s, e in lines] or [""]


def overlap(a: Box, b: Box, mx: float = 0.0, my: float | None = None) -> bool:
    """Whether the boxes overlap, or come closer than mx horizontally or my (default mx) vertically."""
    my = mx if my is None else my
    (ax, ay, aw, ah), (bx, by, bw, bh) = a, b
    return ax < bx + bw + mx and bx < ax + aw + mx and ay < by + bh + my and by < ay + ah + my


def inside(a: Box, area: Box, e: float = 0.01) -> bool:
    (ax, ay, aw, ah), (x, y, w, h) = a, area
    return ax >= x - e and ay >= y - e and ax + aw <= x + w + e and ay + ah <= y + h + e


@dataclass
class _Label:
    lines: list[str]
    box: Box
    align: Qt.AlignmentFlag
    uy: float  # the spoke's vertical direction
    home: float  # the box's top before labels were nudged apart


@dataclass
class _Layout:
    centre: tuple[float, float]
    radius: float
    unit: float  # the widget font's height
    labels: list[_Label]
    label_font: QFont
    legend: Legend
    marker: float  # the radius of a marker


class RadarChart(ScoreChart):
    def is_empty(self) -> bool:
        return not self._labels or all(v is None for v in self._current + (self._previous or []))

    def _angle(self, index: int) -> float:
        return -math.pi / 2 + 2 * math.pi * index / max(1, len(self._labels))

    def _xy(self, lay: _Layout, index: int, value: float) -> tuple[float, float]:
        r, a = lay.radius * min(100.0, max(0.0, value)) / 100, self._angle(index)
        return lay.centre[0] + r * math.cos(a), lay.centre[1] + r * math.sin(a)

    def point_position(self, index: int, value: float) -> QPointF:
        """Where `value` lies on spoke `index` (spoke 0 points up, the others follow clockwise)."""
        return QPointF(*self._xy(self._layout(), index, value))

    def label_rects(self) -> list[QRectF]:
        return [QRectF(*label.box) for label in self._layout().labels]

    def sizeHint(self) -> QSize:
        k = max(0.8, self.fontMetrics().height() / REF_HEIGHT)
        return QSize(round(420 * k), round(380 * k))

    def minimumSizeHint(self) -> QSize:
        k = max(0.8, self.fontMetrics().height() / REF_HEIGHT)
        return QSize(round(260 * k), round(240 * k))

    def _compute_layout(self, width: float, height: float, device: QPaintDevice) -> _Layout:
        fm = QFontMetricsF(self.font(), device)
        u = fm.height()
        area = [u * 0.3, u * 0.3, width - u * 0.6, height - u * 0.6]
        legend = self._legend(device, area)
        if legend.boxes:
            bottom = legend.boxes[0][0][1] + legend.boxes[0][0][3] + u * 0.3
            area = [area[0], bottom, area[2], area[1] + area[3] - bottom]
        r_max = max(u, min(area[2], area[3]) / 2 - u * 1.45)
        for fit in FITS:
            font = scaled_font(self.font(), fit.scale)
            lfm = QFontMetricsF(font, device)
            measure = functools.lru_cache(maxsize=None)(lfm.horizontalAdvance)
            for radius in (r_max * (1 - 0.04 * k) for k in range(round((1 - fit.floor) / 0.04) + 1)):
                labels = self._place_labels(area, radius, lfm, measure, fit)
                if labels is not None:
                    break
            if labels is not None:
                break
        centre = (area[0] + area[2] / 2, area[1] + area[3] / 2)
        return _Layout(centre, radius, u, labels or [], font, legend, max(3.5, u * 0.2))

    def _place_labels(
        self, area: Box, radius: float, fm: QFontMetricsF, measure: Measure, fit: Fit
    ) -> list[_Label] | None:
        """Labels just outside the 100 ring, or None if they do not fit this way."""
        lh, cx, cy, n = fm.height(), area[0] + area[2] / 2, area[1] + area[3] / 2, len(self._labels)
        anchors = []  # (x, y, t, uy); t = 1: left-aligned (right side) … -1: right-aligned (left side)
        for i in range(n):
            ux, uy, d = math.cos(self._angle(i)), math.sin(self._angle(i)), radius + lh * 0.45
            anchors.append((cx + d * ux, cy + d * uy, max(-1.0, min(1.0, ux / 0.35)), uy))

        def place(i: int, room: float) -> _Label:
            ax, ay, t, uy = anchors[i]
            lines = wrap_text(self._labels[i], fm, room, fit.lines, measure)
            w, h = min(max(measure(line) for line in lines), room), lh * len(lines)
            box = [ax - w * (1 - t) / 2, ay - h * (1 - uy) / 2, w, h]
            if not fit.min_w:  # the last resort: inside whatever happens
                box[0] = max(area[0], min(box[0], area[0] + area[2] - w))
                box[1] = max(area[1], min(box[1], area[1] + area[3] - h))
            return _Label(lines, box, ALIGN[round(t)], uy, box[1])

        rooms = []  # the width each label may take, first from the widget's edges
        for i, (ax, _, t, _) in enumerate(anchors):
            right = (area[0] + area[2] - ax) * 2 / (1 + t) if t > -1 else math.inf
            left = (ax - area[0]) * 2 / (1 - t) if t < 1 else math.inf
            rooms.append(min(max(6 * lh, 0.3 * area[2]), right, left))
            if fit.min_w and rooms[i] < min(measure(self._labels[i]), fit.min_w * lh):
                return None
        labels = [place(i, room) for i, room in enumerate(rooms)]
        for i, j in ((k, (k + d) % n) for k in range(n) for d in (-1, 1) if n > 2):
            a, b, (ax, _, t, _), (bx, _, tb, _) = labels[i].box, labels[j].box, anchors[i], anchors[j]
            mine, theirs = ((1 + t) / 2, (1 - tb) / 2) if bx > ax else ((1 - t) / 2, (1 + tb) / 2)
            deep = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
            if mine > 0.05 and overlap(a, b, lh * 0.25, 0) and deep > lh * fit.nudge * 1.5 * bool(fit.min_w):
                rooms[i] = min(rooms[i], 0.88 * abs(bx - ax) / (mine + theirs))  # too deep to nudge apart:
                if fit.min_w and rooms[i] < min(measure(self._labels[i]), 2 * lh):  # narrow it
                    return None
                labels[i] = place(i, max(rooms[i], lh))
        if fit.min_w and not _spread(labels, area, (cx, cy), radius + 2, lh, fit.nudge):
            return None
        return labels

    def _paint(self, p: QPainter, lay: _Layout, size: tuple[float, float], interactive: bool) -> None:
        pal, u, n, (cx, cy) = self.palette(), lay.unit, len(self._labels), lay.centre
        text, bg = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)
        grid, muted = with_alpha(text, 0.22), with_alpha(text, 0.62)
        p.setPen(QPen(grid, 1))
        for ring in RINGS:
            p.drawPolygon(QPolygonF([QPointF(*self._xy(lay, i, ring)) for i in range(n)]))
        for dotted in (False, True):
            p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if dotted else Qt.PenStyle.SolidLine))
            spokes = [i for i in range(n) if (self._current[i] is None) == dotted]
            p.drawLines([QLineF(cx, cy, *self._xy(lay, i, 100)) for i in spokes])
        obstacles = [label.box for label in lay.labels]
        if n >= 3:  # ring values, between the first two spokes
            a, small = self._angle(0) + math.pi / n, scaled_font(self.font(), 0.78)
            for ring in RINGS:
                r = lay.radius * ring / 100
                obstacles.append(
                    halo_text(p, (cx + r * math.cos(a), cy + r * math.sin(a)), str(ring), small, muted, bg)
                )
        current, previous = series_colours(pal)
        pens = (QPen(current, max(2.5, u * 0.11)), QPen(previous, max(2.0, u * 0.09), Qt.PenStyle.DashLine))
        for pen in pens:
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._draw_series(p, lay, self._current, pens[0], with_alpha(current, 0.16))
        if self._previous is not None:
            self._draw_series(p, lay, self._previous, pens[1], None)
        self._draw_numbers(p, lay, size, obstacles, current)
        p.setFont(lay.label_font)
        lh = QFontMetricsF(lay.label_font, p.device()).height()
        for i, label in enumerate(lay.labels):
            x, y, w, h = label.box
            if i == self._hover and interactive:
                p.fillRect(
                    QRectF(x - u * 0.15, y, w + u * 0.3, h),
                    with_alpha(pal.color(QPalette.ColorRole.Highlight), 0.2),
                )
            if abs(y - label.home) > lh * 0.3:  # nudged away from its spoke: a leader line to it
                tx, ty = self._xy(lay, i, 100)
                p.setPen(QPen(muted, 1))
                p.drawLine(
                    QLineF(tx, ty, min(max(tx, x), x + w), min(max(ty, y + lh * 0.5), y + h - lh * 0.5))
                )
            p.setPen(muted if self._current[i] is None else text)
            for k, line in enumerate(label.lines):
                p.drawText(QRectF(x, y + k * lh, w, lh), int(label.align | VCENTER), line)

        def sample(p: QPainter, box: Box, k: int) -> None:
            x, y, w, h = box
            p.setPen(pens[k])
            p.drawLine(QLineF(x, y + h / 2, x + w, y + h / 2))
            markers(p, [QPointF(x + w / 2, y + h / 2)], lay.marker, pens[k].color(), bg, k == 0)

        self._draw_legend(p, lay.legend, sample)

    def _draw_series(
        self, p: QPainter, lay: _Layout, values: list[float | None], pen: QPen, fill: QColor | None
    ) -> None:
        n = len(values)
        pts = [None if v is None else QPointF(*self._xy(lay, i, v)) for i, v in enumerate(values)]
        closed = n >= 3 and all(pt is not None for pt in pts)
        runs: list[list[QPointF]] = [[]]
        start = 0 if closed else next((i for i in range(n) if pts[i - 1] is None), 0)
        for k in range(n):  # runs of consecutive scored domains, each starting after a gap
            pt = pts[(start + k) % n]
            if pt is None:
                runs.append([])
            else:
                runs[-1].append(pt)
        for run in (r for r in runs if len(r) >= 2):
            polygon = QPolygonF(run if closed else [QPointF(*lay.centre), *run])
            if fill is not None:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(fill)
                p.drawPolygon(polygon)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if closed:
                p.drawPolygon(polygon)
            else:
                p.drawPolyline(QPolygonF(run))
        bg, r = self.palette().color(QPalette.ColorRole.Base), lay.marker * (1 if fill else 0.9)
        markers(p, [pt for pt in pts if pt is not None], r, pen.color(), bg, fill is not None)

    def _draw_numbers(
        self, p: QPainter, lay: _Layout, size: tuple[float, float], obstacles: list[Box], colour: QColor
    ) -> None:
        """Each current score beside its marker, where it hits no label, marker or other number."""
        font = scaled_font(self.font(), 0.9, bold=True)
        fm, u, bounds, mr = QFontMetricsF(font, p.device()), lay.unit, [0.0, 0.0, *size], lay.marker
        bg = self.palette().color(QPalette.ColorRole.Base)
        points = [(i, v, self._xy(lay, i, v)) for i, v in enumerate(self._current) if v is not None]
        obstacles = [*obstacles, *([x - mr, y - mr, 2 * mr, 2 * mr] for _, _, (x, y) in points)]
        for i, value, (x, y) in points:
            txt = score_text(value)
            w, h = fm.horizontalAdvance(txt) + u * 0.3, fm.capHeight() + u * 0.3
            ux, uy = math.cos(self._angle(i)), math.sin(self._angle(i))
            d = mr + u * 0.12 + abs(ux) * w / 2 + abs(uy) * h / 2  # along the spoke, out then in
            e = mr + u * 0.12 + abs(uy) * w / 2 + abs(ux) * h / 2  # across it
            spots = ((ux, uy, d), (-ux, -uy, d), (-uy, ux, e), (uy, -ux, e), (ux, uy, 2 * d))
            boxes = [[x + dx * k - w / 2, y + dy * k - h / 2, w, h] for dx, dy, k in spots]
            free = [b for b in boxes if inside(b, bounds) and not any(overlap(b, o) for o in obstacles)]
            box = (free or boxes)[0]
            box[0], box[1] = max(0.0, min(box[0], size[0] - w)), max(0.0, min(box[1], size[1] - h))
            obstacles.append(box)
            halo_text(p, (box[0] + w / 2, box[1] + h / 2), txt, font, colour, bg)

    def domain_at(self, pos: QPointF) -> int | None:
        """The domain whose label or point is at `pos`, or whose spoke is nearest inside the chart."""
        if self.is_empty():
            return None
        lay, x, y = self._layout(), pos.x(), pos.y()
        for i, label in enumerate(lay.labels):
            if overlap(label.box, [x, y, 0, 0], lay.unit * 0.25):
                return i
        for values in (self._current, self._previous or []):
            for i, v in enumerate(values):
                if v is not None and math.dist((x, y), self._xy(lay, i, v)) <= lay.unit * 0.6:
                    return i
        if not lay.radius * 0.12 <= math.dist((x, y), lay.centre) <= lay.radius + lay.unit * 0.45:
            return None
        a = math.atan2(y - lay.centre[1], x - lay.centre[0]) + math.pi / 2
        return round(a / (2 * math.pi / len(self._labels))) % len(self._labels)


def markers(p: QPainter, points: list[QPointF], r: float, colour: QColor, bg: QColor, circle: bool) -> None:
    """Filled circles with a thin ring of background, or hollow squares: wide points, one call each."""
    cap, side = (Qt.PenCapStyle.RoundCap, 2 * r) if circle else (Qt.PenCapStyle.SquareCap, 1.7 * r)
    hollow = () if circle else ((bg, side - 2 * max(1.8, r * 0.45)),)
    for c, width in ((bg, side + 3), (colour, side), *hollow):
        p.setPen(QPen(c, width, Qt.PenStyle.SolidLine, cap))
        p.drawPoints(QPolygonF(points))


def halo_text(
    p: QPainter, centre: tuple[float, float], text: str, font: QFont, colour: QColor, bg: QColor
) -> Box:
    """Digits centred on `centre`, over a rounded patch of background; returns the patch."""
    fm = QFontMetricsF(font, p.device())
    w, cap = fm.horizontalAdvance(text), fm.capHeight()
    pad = cap * 0.35
    box = [centre[0] - w / 2 - pad, centre[1] - cap / 2 - pad, w + 2 * pad, cap + 2 * pad]
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(with_alpha(bg, 0.85))
    p.drawRoundedRect(QRectF(*box), pad, pad)
    p.setFont(font)
    p.setPen(colour)
    p.drawText(QPointF(centre[0] - w / 2, centre[1] + cap / 2), text)
    return box


def _spread(
    labels: list[_Label], area: Box, centre: tuple[float, float], keep_out: float, lh: float, nudge: float
) -> bool:
    """Nudge neighbouring labels apart vertically, the outer one first (at most `nudge` lines); False if
    they still collide, leave the area or come within `keep_out` of the centre."""
    origin, limit, margin, n = [label.box[1] for label in labels], lh * nudge, lh * 0.08, len(labels)
    for _ in range(30):
        moved = False
        for i in range(n if n > 2 else n - 1):
            j = (i + 1) % n
            a, b = labels[i].box, labels[j].box
            if not overlap(a, b, lh * 0.3, margin):
                continue
            up, down = (i, j) if a[1] + a[3] / 2 <= b[1] + b[3] / 2 else (j, i)
            need = labels[up].box[1] + labels[up].box[3] + margin - labels[down].box[1]
            for k, sign in sorted(((up, -1), (down, 1)), key=lambda ks: -abs(labels[ks[0]].uy)):
                box = labels[k].box
                top = max(origin[k] - limit, min(origin[k] + limit, box[1] + sign * need))
                top = max(area[1], min(area[1] + area[3] - box[3], top))
                need -= abs(top - box[1])
                moved |= abs(top - box[1]) > 0.01
                box[1] = top
        if not moved:
            break
    for i, label in enumerate(labels):
        x, y, w, h = label.box
        dx, dy = max(x - centre[0], 0.0, centre[0] - x - w), max(y - centre[1], 0.0, centre[1] - y - h)
        if not inside(label.box, area) or math.hypot(dx, dy) < keep_out:
            return False
        if any(overlap(label.box, other.box, lh * 0.25, 0) for other in labels[i + 1 :]):
            return False
    return True
