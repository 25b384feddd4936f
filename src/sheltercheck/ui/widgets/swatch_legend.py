"""A legend of colour swatches, each with its sample text printed on it and a caption beside it.

Entries flow onto more lines when the widget is narrow (on a projector the type is large), so nothing
is cut off; the height follows the width. Swatches are painted like the cells they explain.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sheltercheck.ui.display import shown


@dataclass(frozen=True)
class Swatch:
    fill: str  # "#rrggbb"
    text_colour: str
    sample: str  # printed on the swatch ("0–19", "2", "?")
    caption: str = ""  # beside it
    hatched: bool = False
    outlined: bool = False


class SwatchLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.entries: list[Swatch] = []
        self.high_contrast = False
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_entries(self, title: str, entries: list[Swatch]) -> None:
        self.title, self.entries = shown(title), list(entries)
        self.updateGeometry()
        self.update()

    def _items(self) -> list[tuple[int, str, Swatch | None]]:
        """(width, caption, swatch) of every piece, the title first."""
        fm = QFontMetrics(self.font())
        unit = fm.height()
        items: list[tuple[int, str, Swatch | None]] = []
        if self.title:
            items.append((fm.horizontalAdvance(self.title) + unit // 2, self.title, None))
        for entry in self.entries:
            swatch = max(round(unit * 1.6), fm.horizontalAdvance(entry.sample) + unit)
            caption = shown(entry.caption)
            width = swatch + (fm.horizontalAdvance(caption) + unit // 3 if caption else 0)
            items.append((width, caption, entry))
        return items

    def _layout(self, width: int) -> list[tuple[QRect, str, Swatch | None]]:
        fm = QFontMetrics(self.font())
        unit, line = fm.height(), round(fm.height() * 1.5)
        x = y = 0
        placed = []
        for item_width, caption, entry in self._items():
            if x and x + item_width > width:
                x, y = 0, y + line + unit // 4
            placed.append((QRect(x, y, item_width, line), caption, entry))
            x += item_width + unit
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        placed = self._layout(width)
        return max((rect.bottom() + 1 for rect, _, _ in placed), default=0)

    def sizeHint(self) -> QSize:
        unit = QFontMetrics(self.font()).height()
        width = sum(w for w, _, _ in self._items()) + unit * len(self.entries)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        widest = max((w for w, _, _ in self._items()), default=0)
        return QSize(widest, self.heightForWidth(widest))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fm = QFontMetrics(self.font())
        unit = fm.height()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for rect, caption, entry in self._layout(self.width()):
            if entry is None:
                painter.setPen(text)
                painter.drawText(
                    rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), caption
                )
                continue
            swatch_w = max(round(unit * 1.6), fm.horizontalAdvance(entry.sample) + unit)
            box = QRect(rect.x(), rect.y() + 1, swatch_w, rect.height() - 2)
            painter.fillRect(box, QColor(entry.fill))
            if entry.hatched:
                painter.fillRect(box, QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern))
            if entry.outlined or self.high_contrast:
                style = (
                    Qt.PenStyle.DashLine
                    if entry.outlined and not self.high_contrast
                    else Qt.PenStyle.SolidLine
                )
                painter.setPen(QPen(QColor("#000000") if self.high_contrast else text, 1, style))
                painter.drawRect(box.adjusted(0, 0, -1, -1))
            font = self.font()
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(entry.text_colour))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), entry.sample)
            painter.setFont(self.font())
            if caption:
                painter.setPen(text)
                label = QRect(box.right() + unit // 3, rect.y(), rect.width() - swatch_w, rect.height())
                painter.drawText(
                    label, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), caption
                )
        painter.end()
