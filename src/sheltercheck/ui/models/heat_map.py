"""The workshop's two grids of domains × shelters: scores (the heat map) and change since earlier rounds.

The summary comes first, so a projected map shows it without scrolling: row 0 is "Overall" (for the
change, then the core gaps closed and opened), the domains follow; column 0 is "Average" (for the gaps
closed and opened, the total), the shelters follow in the view's order. The text of a cell is what a
reader sees ("67", "—", "▲ +5"); ScoreRole carries the exact value for the painted cell, SummaryRole
says whether a cell is in the summary rows or column (drawn apart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sheltercheck.assessment.scoring import display_score
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sheltercheck.services.workshop import WorkshopView

OVERALL = QT_TRANSLATE_NOOP("HeatMap", "Overall")
AVERAGE = QT_TRANSLATE_NOOP("HeatMap", "Average")
SCORE_TIP = QT_TRANSLATE_NOOP("HeatMap", "{shelter} · {domain}: {score}")
AVERAGE_TIP = QT_TRANSLATE_NOOP("HeatMap", "Average of the shelters with a score · {domain}: {score}")
AVERAGE_HEADER_TIP = QT_TRANSLATE_NOOP("HeatMap", "Average of the shelters that have a score there")
NO_SCORE = QT_TRANSLATE_NOOP("HeatMap", "no rated indicator")
ROUND_TIP = QT_TRANSLATE_NOOP("HeatMap", "{shelter}: round of {date}")
CLOSED = QT_TRANSLATE_NOOP("HeatMap", "Core gaps closed")
OPENED = QT_TRANSLATE_NOOP("HeatMap", "Core gaps opened")
COMPARED_TIP = QT_TRANSLATE_NOOP("HeatMap", "{shelter}: round of {date} compared with {previous}")
NO_EARLIER_TIP = QT_TRANSLATE_NOOP("HeatMap", "{shelter}: no earlier round to compare with")
TOTAL_TIP = QT_TRANSLATE_NOOP("HeatMap", "Total over the {count} shelters compared")
MEAN_TIP = QT_TRANSLATE_NOOP("HeatMap", "Average over the {count} shelters compared")
UP, DOWN = "#0b6623", "#a0001c"  # dark green, dark red: readable on white and in greyscale (with ▲/▼)
_ROOT = QModelIndex()


def _translated(source: str) -> str:
    return QCoreApplication.translate("HeatMap", source)


def score_text(value: float | None) -> str:
    shown_value = display_score(value)
    return "—" if shown_value is None else str(shown_value)


def delta_text(delta: float | None) -> str:
    """ "▲ +5", "▼ −3" (a real minus), "±0", or "—" when there is nothing to compare."""
    value = display_score(delta)
    if value is None:
        return "—"
    if value > 0:
        return f"▲ +{value}"
    return f"▼ \u2212{-value}" if value < 0 else "±0"


class _Grid(QAbstractTableModel):
    ScoreRole = Qt.ItemDataRole.UserRole + 1  # the exact value behind a cell (float | None)
    SummaryRole = Qt.ItemDataRole.UserRole + 2  # (in the summary rows, in the summary column)
    TOP_ROWS: tuple[str, ...] = ("overall",)  # the summary rows, before the domains

    def __init__(self) -> None:
        super().__init__()
        self.view: WorkshopView | None = None

    def set_view(self, view: WorkshopView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self.view is None or not self.view.shelters:
            return 0
        return len(self.TOP_ROWS) + len(self.view.domains)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self.view is None or not self.view.shelters:
            return 0
        return 1 + len(self.view.shelters)

    def top_row(self, row: int) -> str | None:
        """ "overall", "closed", "opened" for a summary row; None for a domain's row."""
        return self.TOP_ROWS[row] if row < len(self.TOP_ROWS) else None

    def domain_index(self, row: int) -> int:
        return row - len(self.TOP_ROWS)

    def row_name(self, row: int) -> str:
        assert self.view is not None
        top = self.top_row(row)
        if top is None:
            return self.view.domains[self.domain_index(row)].name
        names = {"overall": OVERALL, "closed": CLOSED, "opened": OPENED}
        return _translated(names[top])

    def column_name(self, column: int) -> str:
        assert self.view is not None
        return self.view.shelters[column - 1].label if column else _translated(AVERAGE)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if self.view is None or not 0 <= section < (self.columnCount() if horizontal else self.rowCount()):
            return None
        name = self.column_name(section) if horizontal else self.row_name(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section) if horizontal else name
        if role == Qt.ItemDataRole.FontRole and self._is_summary(section, horizontal):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _is_summary(self, section: int, horizontal: bool) -> bool:
        return section == 0 if horizontal else self.top_row(section) is not None

    def header_tip(self, column: int) -> str:
        return self.column_name(column)

    def summary(self, index: QModelIndex | QPersistentModelIndex) -> tuple[bool, bool]:
        """(the last summary row, the summary column): where the heavier rules go."""
        return index.row() == len(self.TOP_ROWS) - 1, index.column() == 0


class HeatMapModel(_Grid):
    """Scores: a cell is a shelter's overall or domain score; column 0 the average of the shelters."""

    def value(self, row: int, column: int) -> float | None:
        view = self.view
        assert view is not None
        domain = self.domain_index(row)
        if column == 0:
            return view.overall_mean if domain < 0 else view.domain_means[domain]
        shelter = view.shelters[column - 1]
        return shelter.overall if domain < 0 else shelter.domains[domain]

    def header_tip(self, column: int) -> str:
        assert self.view is not None
        if column == 0:
            return _translated(AVERAGE_HEADER_TIP)
        from sheltercheck.text.locale import format_date

        shelter = self.view.shelters[column - 1]
        date = format_date(shelter.assessed_on, self.view.language)
        return _translated(ROUND_TIP).format(shelter=shelter.label, date=date)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.view is None or not index.isValid() or index.row() >= self.rowCount():
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return score_text(value)
        if role == self.ScoreRole:
            return value
        if role == self.SummaryRole:
            return self.summary(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            score = _translated(NO_SCORE) if value is None else f"{score_text(value)} %"
            domain = self.row_name(index.row())
            if index.column() == 0:
                return _translated(AVERAGE_TIP).format(domain=domain, score=score)
            return _translated(SCORE_TIP).format(
                shelter=self.column_name(index.column()), domain=domain, score=score
            )
        return None


class ChangeModel(_Grid):
    """Change: a cell is a shelter's change overall or in a domain since its previous round, in points;
    rows 1 and 2 count the core gaps closed and opened; column 0 averages (gaps: totals)."""

    TOP_ROWS = ("overall", "closed", "opened")

    def value(self, row: int, column: int) -> float | int | None:
        """Points of change, or a count of gaps; None when there is nothing to compare."""
        view = self.view
        assert view is not None
        change = view.change
        if change is None:
            return None
        top, domain = self.top_row(row), self.domain_index(row)
        if column == 0:
            if top is None:
                return change.mean_domain_deltas[domain]
            totals = {"overall": change.mean_overall_delta, "closed": change.core_gaps_closed}
            return totals.get(top, change.core_gaps_opened)
        shelter = change.shelters[column - 1]
        if not shelter.has_previous:
            return None
        if top is None:
            return shelter.domain_deltas[domain]
        values = {"overall": shelter.overall_delta, "closed": shelter.core_gaps_closed}
        return values.get(top, shelter.core_gaps_opened)

    def header_tip(self, column: int) -> str:
        view = self.view
        assert view is not None
        if column == 0:
            return _translated(MEAN_TIP).format(count=view.change.compared if view.change else 0)
        from sheltercheck.text.locale import format_date

        shelter = view.shelters[column - 1]
        change = view.change.shelters[column - 1] if view.change else None
        if change is None or change.previous_on is None:
            return _translated(NO_EARLIER_TIP).format(shelter=shelter.label)
        return _translated(COMPARED_TIP).format(
            shelter=shelter.label,
            date=format_date(shelter.assessed_on, view.language),
            previous=format_date(change.previous_on, view.language),
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.view is None or not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        value = self.value(row, column)
        counts = self.top_row(row) in ("closed", "opened")
        if role == Qt.ItemDataRole.DisplayRole:
            if counts:
                return "—" if value is None else str(value)
            return delta_text(value)
        if role == self.ScoreRole:
            return value
        if role == self.SummaryRole:
            return self.summary(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and not counts:
            shown_value = display_score(value)
            return QColor(UP if shown_value > 0 else DOWN) if shown_value else None
        if role == Qt.ItemDataRole.FontRole and (value or column == 0):
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0 and counts:
                tip = _translated(TOTAL_TIP).format(
                    count=self.view.change.compared if self.view.change else 0
                )
            else:
                tip = self.header_tip(column)
            return f"{tip}\n{self.row_name(row)}: {self.data(index)}"
        return None
