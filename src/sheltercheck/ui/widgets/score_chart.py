"""What the two score charts share: their data, legend, hover, click and keyboard, tooltips, and
rendering into an image (for a report). Scores are drawn rounded exactly like the rest of the app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPalette
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
