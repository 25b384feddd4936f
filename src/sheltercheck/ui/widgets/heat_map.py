"""The heat map: a table of domains × shelters whose cells show the score and a colour for it.

The colour's lightness rises with the score (reports/score_colours.py: five bands, dark purple to
yellow), the number is always printed on it in the contrasting colour, and a cell without a score is
hatched grey with "—": the map reads on a projector, in greyscale and for colour-blind readers. Headers
wrap long names (Lao at the word boundaries that display.shown marks) and stay in view while the table
scrolls. In high contrast (projector mode) the cells get black borders and the summary row and column
heavier rules. The same view, uncoloured, shows the change since the earlier rounds.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sheltercheck.reports.score_colours import NO_SCORE_FILL, band_of
from sheltercheck.ui.models.heat_map import _Grid

HATCH = QColor("#8a8a8a")
MAX_HEADER_LINES = 4


def paint_score_cell(
    painter: QPainter, rect: QRect, score: float | None, text: str, font: QFont, high_contrast: bool
) -> None:
    """One coloured cell (also used by the legend, so both look alike)."""
    band = band_of(score)
    painter.fillRect(rect, QColor(band.fill if band else NO_SCORE_FILL))
    if band is None:
        painter.fillRect(rect, QBrush(HATCH, Qt.BrushStyle.BDiagPattern))
    painter.setFont(font)
    painter.setPen(QColor(band.text if band else "#000000"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    if high_contrast:
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))


class WrappingHeader(QHeaderView):
    """A header whose labels wrap onto up to four lines within the section (then end in "…")."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.label_width = 160  # the vertical header's width (set by the view from the font)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setHighlightSections(False)

    def label(self, section: int) -> str:
        model = self.model()
        value = model.headerData(section, self.orientation()) if model is not None else None
        return "" if value is None else str(value)

    def _font(self, section: int) -> QFont:
        model = self.model()
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.FontRole) if model else None
        font = QFont(self.font())
        font.setBold(isinstance(value, QFont) and value.bold())
        return font

    def _text_rect(self, width: int, section: int) -> QRect:
        fm = QFontMetrics(self._font(section))
        pad = fm.height() // 4
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        bound = fm.boundingRect(
            QRect(0, 0, max(1, width - 2 * pad), fm.height() * 40), flags, self.label(section)
        )
        lines = min(MAX_HEADER_LINES, max(1, round(bound.height() / fm.lineSpacing())))
        return QRect(0, 0, bound.width() + 2 * pad, lines * fm.lineSpacing() + 2 * pad)

    def sectionSizeFromContents(self, section: int) -> QSize:
        if self.orientation() == Qt.Orientation.Horizontal:
            if self.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents:
                natural = self._text_rect(10**6, section)  # as wide as its longest line needs
                return QSize(natural.width(), natural.height())
            width = self.sectionSize(section) or self.defaultSectionSize()
            return QSize(width, self._text_rect(width, section).height())
        return QSize(self.label_width, self._text_rect(self.label_width, section).height())

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        painter.save()
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        font = self._font(section)
        fm = QFontMetrics(font)
        pad = fm.height() // 4
        inner = rect.adjusted(pad, pad // 2, -pad, -pad // 2)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        text = self.label(section)
        align = (
            Qt.AlignmentFlag.AlignCenter
            if self.orientation() == Qt.Orientation.Horizontal
            else (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        )
        needed = fm.boundingRect(
            QRect(0, 0, inner.width(), fm.height() * 40), int(Qt.TextFlag.TextWordWrap), text
        )
        if needed.height() > inner.height():  # longer than four lines: cut at the last line, with "…"
            lines = max(1, inner.height() // fm.lineSpacing())
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width() * lines - fm.height())
        painter.drawText(inner, int(Qt.TextFlag.TextWordWrap | align), text)
        painter.restore()


class HeatCellDelegate(QStyledItemDelegate):
    """Paints a cell in its score's colour (coloured=True) or plainly, and the summary rules."""

    def __init__(self, coloured: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coloured = coloured
        self.high_contrast = False

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        rect = option.rect.adjusted(1, 1, -1, -1)  # a gap of background between cells
        font = QFont(option.font)
        font.setBold(True)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if self.coloured:
            paint_score_cell(painter, rect, index.data(_Grid.ScoreRole), text, font, self.high_contrast)
        else:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Base))
            value_font = index.data(Qt.ItemDataRole.FontRole)
            font.setBold(isinstance(value_font, QFont) and value_font.bold())
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            painter.setFont(font)
            painter.setPen(
                colour if isinstance(colour, QColor) else option.palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
            if self.high_contrast:
                painter.setPen(QPen(QColor("black"), 1))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
        on_row, on_column = index.data(_Grid.SummaryRole) or (False, False)
        rule = QPen(option.palette.color(QPalette.ColorRole.Text), 3 if self.high_contrast else 2)
        painter.setPen(rule)
        if on_row:  # under the summary rows
            painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        if on_column:  # right of the summary column
            painter.drawLine(option.rect.topRight(), option.rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus or option.state & QStyle.StateFlag.State_Selected:
            highlight = option.palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
        painter.restore()


class HeatMapView(QTableView):
    """A table view for a `_Grid` model: fixed square-ish cells sized from the font, wrapping headers."""

    def __init__(self, coloured: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top = WrappingHeader(Qt.Orientation.Horizontal, self)
        self.side = WrappingHeader(Qt.Orientation.Vertical, self)
        self.setHorizontalHeader(self.top)
        self.setVerticalHeader(self.side)
        self.cells = HeatCellDelegate(coloured, self)
        self.setItemDelegate(self.cells)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.top.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.side.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.relayout()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.relayout)

    def set_high_contrast(self, enabled: bool) -> None:
        self.cells.high_contrast = enabled
        self.viewport().update()

    def relayout(self) -> None:
        """Cell and header sizes from the current font (after a projector-mode switch, new data)."""
        fm = QFontMetrics(self.font())
        unit = fm.height()
        words = self._longest_word()
        width = max(round(unit * 3.2), min(words + unit // 2, unit * 6))
        self.top.setMinimumSectionSize(round(unit * 2.5))
        self.top.setDefaultSectionSize(width)
        self.side.setMinimumSectionSize(round(unit * 1.5))
        self.side.setDefaultSectionSize(round(unit * 1.5))
        natural = max(
            (fm.horizontalAdvance(self._side_text(r)) for r in range(self._rows())), default=unit * 6
        )
        room = self.width() * 0.35 if self.isVisible() else unit * 11  # a third of the map at most
        self.side.label_width = round(max(unit * 7, min(natural + unit, unit * 11, room)))
        model = self.model()
        if model is not None and model.columnCount():
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, model.rowCount() - 1))
        for column in range(self.top.count()):
            self.top.resizeSection(column, width)
        self.updateGeometries()
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()  # the domain names take about a third of the width at most

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector mode on or off
            self.relayout()

    def _rows(self) -> int:
        model = self.model()
        return model.rowCount() if model is not None else 0

    def _side_text(self, row: int) -> str:
        model = self.model()
        return str(model.headerData(row, Qt.Orientation.Vertical) or "") if model is not None else ""

    def _longest_word(self) -> int:
        """The widest single word of the column headers, so a column fits "Shelter" or "ສູນພັກພິງ" whole."""
        model = self.model()
        if model is None:
            return 0
        fm = QFontMetrics(self.font())
        words = [
            word
            for column in range(model.columnCount())
            for word in str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            .replace("\u200b", " ")
            .split()
        ]
        return max((fm.horizontalAdvance(word) for word in words), default=0)

    def column_labels(self) -> list[str]:
        """The column headers as the header paints them (without the word-break hints)."""
        return [self.top.label(c).replace("\u200b", "") for c in range(self.top.count())]

    def row_labels(self) -> list[str]:
        return [self.side.label(r).replace("\u200b", "") for r in range(self.side.count())]

    def cell_texts(self) -> list[list[str]]:
        """What the cells show, row by row (for tests and for reading the map aloud)."""
        model = self.model()
        if model is None:
            return []
        return [
            [str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
