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
from typing import Any, ParamSpec, TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from sheltercheck.assessment.scoring import display_score
from sheltercheck.ui.display import shown, stored

REF_HEIGHT = 23.0  # the UI font's height at 10.5 pt and 96 dpi, for which the size hints are given
Box = list[float]  # x, y, width, height
Sample = Callable[[QPainter, Box, int], None]  # draws the legend sample of round k (0 = current)
P = ParamSpec("P")
R = TypeVar("R")
LEFT, RIGHT, VCENTER = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignVCenter


def score_text(value: float | None) -> str:
    shown_value = display_score(value)
    return "—" if shown_value is None else str(shown_value)


def change_text(current: float | None, previous: float | None) -> str:
    """The change between the rounded scores the reader sees: "+12", "−5" (a real minus), "±0"."""
    if current is None or previous is None:
        return "—"
    delta = (display_score(current) or 0) - (display_score(previous) or 0)
    return f"+{delta}" if delta > 0 else f"\u2212{-delta}" if delta < 0 else "±0"


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(font.pointSizeF() * factor)
    else:
        out.setPixelSize(max(1, round(font.pixelSize() * factor)))
    out.setBold(bold or font.bold())
    return out


def with_alpha(colour: QColor, alpha: float) -> QColor:
    out = QColor(colour)
    out.setAlphaF(alpha)
    return out


def series_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(current, previous): dark on a light background, light on a dark one."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return QColor("#9cc0ff"), QColor("#ffb870")
    return QColor("#1b3a8c"), QColor("#9a4a00")


@dataclass
class Legend:
    boxes: list[tuple[Box, int]]  # (box of the entry, 0 = current / 1 = previous)
    font: QFont


class ScoreChart(QWidget):
    """Data, empty text, layout cache, hover, click, arrow keys + Enter, tooltip and render_image.
    Subclasses give _compute_layout (geometry for a size), _paint and domain_at."""

    domainClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._current: list[float | None] = []
        self._previous: list[float | None] | None = None
        self._names = ("", "")
        self._empty_text = ""
        self._hover: int | None = None
        self._cache: Any = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_data(
        self,
        labels: list[str],
        current: list[float | None],
        previous: list[float | None] | None = None,
        current_name: str = "",
        previous_name: str = "",
    ) -> None:
        if len(current) != len(labels) or (previous is not None and len(previous) != len(labels)):
            raise ValueError("labels, current and previous must have the same length")
        self._labels = [shown(label) for label in labels]
        self._current, self._previous = list(current), None if previous is None else list(previous)
        self._names = (current_name, previous_name)
        self._hover = None
        self._invalidate()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def is_empty(self) -> bool:
        return not self._labels

    def legend_names(self) -> list[tuple[str, int]]:
        return [(n, k) for k, n in enumerate(self._names) if n and (k == 0 or self._previous is not None)]

    def _legend(self, device: QPaintDevice, area: Box) -> Legend:
        """One centred row at the top of `area`: the font shrinks (to 0.7) and then names are elided."""
        names = self.legend_names()
        for scale in (1.0, 0.9, 0.8, 0.7):
            font = scaled_font(self.font(), scale)
            fm = QFontMetricsF(font, device)
            u = fm.height()
            widths = [u * 2.3 + fm.horizontalAdvance(name) for name, _ in names]
            if sum(widths) + u * (len(widths) - 1) <= area[2]:
                break
        widths = [min(w, (area[2] - u * (len(widths) - 1)) / len(widths)) for w in widths]
        x, boxes = area[0] + (area[2] - sum(widths) - u * (len(widths) - 1)) / 2, []
        for w, (_, k) in zip(widths, names, strict=True):
            boxes.append(([x, area[1], w, u], k))
            x += w + u
        return Legend(boxes, font)

    def _draw_legend(self, p: QPainter, legend: Legend, sample: Sample) -> None:
        """Each entry: `sample(p, box of the sample, k)`, then the round's name."""
        fm = QFontMetricsF(legend.font, p.device())
        u = fm.height()
        for (x, y, w, h), k in legend.boxes:
            sample(p, [x, y, u * 1.8, h], k)
            p.setFont(legend.font)
            p.setPen(self.palette().color(QPalette.ColorRole.Text))
            name = fm.elidedText(self._names[k], Qt.TextElideMode.ElideRight, w - u * 2.3)
            p.drawText(QRectF(x + u * 2.3, y, w - u * 2.3, h), int(LEFT | VCENTER), name)

    def _compute_layout(self, width: float, height: float, device: QPaintDevice) -> Any:
        raise NotImplementedError

    def _paint(self, p: QPainter, lay: Any, size: tuple[float, float], interactive: bool) -> None:
        raise NotImplementedError

    def domain_at(self, pos: QPointF) -> int | None:
        raise NotImplementedError

    def _layout(self) -> Any:
        if self._cache is None:
            self._cache = self._compute_layout(self.width(), self.height(), self)
        return self._cache

    def _invalidate(self) -> None:
        self._cache = None
        self.updateGeometry()
        self.update()

    def _render(self, p: QPainter, lay: Any, size: tuple[float, float], interactive: bool) -> None:
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.fillRect(QRectF(0, 0, *size), self.palette().color(QPalette.ColorRole.Base))
        p.setFont(self.font())
        if not self.is_empty():
            self._paint(p, lay, size, interactive)
        elif self._empty_text:
            u = QFontMetricsF(self.font(), p.device()).height()
            p.setPen(self.palette().color(QPalette.ColorRole.Text))
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            p.drawText(QRectF(u, u, size[0] - 2 * u, size[1] - 2 * u), flags, self._empty_text)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        lay = self._layout()
        painter = QPainter(self)
        self._render(painter, lay, (self.width(), self.height()), interactive=True)
        painter.end()

    def render_image(self, width: int, height: int, scale: float = 2.0) -> QImage:
        """The chart as it looks at width × height, in an image of (width × scale) × (height × scale)."""
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        self._render(painter, self._compute_layout(width, height, image), (width, height), interactive=False)
        painter.end()
        return image

    def tooltip_text(self, index: int) -> str:
        lines = [stored(self._labels[index])]
        for name, values in zip(self._names, (self._current, self._previous), strict=True):
            if values is not None:
                lines.append(f"{name}: {score_text(values[index])}" if name else score_text(values[index]))
        return "\n".join(lines)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            hand = index is not None
            self.setCursor(Qt.CursorShape.PointingHandCursor if hand else Qt.CursorShape.ArrowCursor)
            self.update()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        self._set_hover(self.domain_at(event.position()))

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        index = self.domain_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.domainClicked.emit(index)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        n, key, forward = len(self._labels), event.key(), (Qt.Key.Key_Right, Qt.Key.Key_Down)
        if n and key in (*forward, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in forward else -1
            self._set_hover(((self._hover if self._hover is not None else -step) + step) % n)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._hover is not None:
            self.domainClicked.emit(self._hover)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            index = self.domain_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._invalidate()
        super().changeEvent(event)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self._cache = None


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
