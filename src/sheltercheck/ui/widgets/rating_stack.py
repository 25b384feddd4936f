"""A stacked bar of how the shelters answered one indicator, with the count printed in each part.

Parts, left to right: rated 0, 1, 2, 3 (the colours of the scores they stand for, dark to light),
"does not apply" (hatched grey), "don't know yet" (light grey) and not answered (white, dashed). Each
part is as wide as its share of the shelters, but never narrower than its number needs: small counts
take a little room from the large ones, so every number stays legible on a projector.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from sheltercheck.assessment.workshop import RatingCounts
from sheltercheck.reports.score_colours import RATING_FILLS
from sheltercheck.ui.widgets.swatch_legend import Swatch

# (fill, text colour, hatched, outlined) per part, in the order of `parts`
STYLES: tuple[tuple[str, str, bool, bool], ...] = (
    *((band.fill, band.text, False, False) for band in RATING_FILLS),
    ("#c8c8c8", "#000000", True, False),
    ("#ececec", "#000000", False, False),
    ("#ffffff", "#000000", False, True),
)
SAMPLES = ("0", "1", "2", "3", "", "?", "")


def parts(counts: RatingCounts) -> list[int]:
    return [*counts.ratings, counts.not_applicable, counts.unknown, counts.unanswered]


def swatches(captions: list[str]) -> list[Swatch]:
    """The legend entries, one per part, with the given captions (in the parts' order)."""
    return [
        Swatch(fill, text, sample, caption, hatched, outlined)
        for (fill, text, hatched, outlined), sample, caption in zip(STYLES, SAMPLES, captions, strict=True)
    ]


def widths(counts: list[int], total_width: int, minimum: list[int]) -> list[int]:
    """Whole-pixel widths for the parts: proportional, at least `minimum` for a part with a count (when
    all minimums fit), summing to `total_width`; parts with no count get 0."""
    total = sum(counts)
    if total == 0 or total_width <= 0:
        return [0] * len(counts)
    present = [k for k, count in enumerate(counts) if count]
    if sum(minimum[k] for k in present) > total_width:
        minimum = [0] * len(counts)
    fixed: set[int] = set()
    while True:  # give the too-small parts their minimum, share the rest in proportion
        room = total_width - sum(minimum[k] for k in fixed)
        share = sum(counts[k] for k in present if k not in fixed)
        grew = [k for k in present if k not in fixed and counts[k] * room / share < minimum[k]]
        if not grew:
            break
        fixed.update(grew)
    exact = [
        0.0 if not counts[k] else float(minimum[k]) if k in fixed else counts[k] * room / share
        for k in range(len(counts))
    ]
    out = [int(value) for value in exact]
    leftovers = sorted(present, key=lambda k: exact[k] - out[k], reverse=True)
    for k in leftovers[: total_width - sum(out)]:
        out[k] += 1
    return out


class RatingStackDelegate(QStyledItemDelegate):
    """Paints column `column` of a model whose `counts_role` holds RatingCounts; others as usual."""

    def __init__(self, counts_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_role = counts_role
        self.high_contrast = False

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        unit = QFontMetrics(option.font).height()
        return QSize(unit * 18, round(unit * 1.7))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        counts = index.data(self.counts_role)
        if not isinstance(counts, RatingCounts):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        font = QFont(option.font)
        font.setBold(True)
        fm = QFontMetrics(font)
        unit = fm.height()
        bar = option.rect.adjusted(unit // 4, unit // 5, -unit // 4, -unit // 5)
        if bar.height() > unit * 1.5:  # a tall row (a long statement): a bar of the usual height, centred
            bar = QRect(bar.x(), bar.center().y() - round(unit * 0.75), bar.width(), round(unit * 1.5))
        numbers = parts(counts)
        minimum = [fm.horizontalAdvance(str(n)) + unit // 2 for n in numbers]
        x = bar.x()
        painter.setFont(font)
        for count, width, (fill, text, hatched, outlined) in zip(
            numbers, widths(numbers, bar.width(), minimum), STYLES, strict=True
        ):
            if not width:
                continue
            box = QRect(x, bar.y(), width, bar.height())
            painter.fillRect(box, QColor(fill))
            if hatched:
                painter.fillRect(box, QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern))
            if outlined or self.high_contrast:
                style = Qt.PenStyle.DashLine if outlined and not self.high_contrast else Qt.PenStyle.SolidLine
                painter.setPen(QPen(QColor("#000000"), 1, style))
                painter.drawRect(box.adjusted(0, 0, -1, -1))
            if fm.horizontalAdvance(str(count)) <= width:
                painter.setPen(QColor(text))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(count))
            x += width
        painter.restore()
