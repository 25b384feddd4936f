"""The workshop's lists: the most common core gaps, and how the shelters rated each indicator.

Both take a `WorkshopView` and only present it; statements are shown with Lao word-break hints so they
wrap between words. A core indicator's statement starts with "★", so core standards stand out without
colour. The distribution can be narrowed to one domain and to core standards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sheltercheck.assessment.workshop import RatingCounts
    from sheltercheck.services.workshop import IndicatorDistribution, WorkshopView

GAP_COLUMNS = (
    QT_TRANSLATE_NOOP("WorkshopTables", "No."),
    QT_TRANSLATE_NOOP("WorkshopTables", "Code"),
    QT_TRANSLATE_NOOP("WorkshopTables", "Core standard"),
    QT_TRANSLATE_NOOP("WorkshopTables", "Shelters with the gap"),
)
DISTRIBUTION_COLUMNS = (
    QT_TRANSLATE_NOOP("WorkshopTables", "Code"),
    QT_TRANSLATE_NOOP("WorkshopTables", "Indicator"),
    QT_TRANSLATE_NOOP("WorkshopTables", "Ratings (number of shelters)"),
)
OF = QT_TRANSLATE_NOOP("WorkshopTables", "{count} of {total}")
GAP_TIP = QT_TRANSLATE_NOOP(
    "WorkshopTables",
    "A gap in: {shelters}\nRated by {rated} of the {total} shelters where it applies; average rating {mean}",
)
COUNTS = QT_TRANSLATE_NOOP(
    "WorkshopTables",
    "{r0} not in place, {r1} partly, {r2} mostly, {r3} fully in place, {na} does not apply, "
    "{unknown} don't know yet, {unanswered} not answered",
)
CORE_TIP = QT_TRANSLATE_NOOP("WorkshopTables", "★ core (minimum) standard")
CORE_MARK = "★ "
_ROOT = QModelIndex()


def _tr(source: str) -> str:
    return QCoreApplication.translate("WorkshopTables", source)


def counts_text(counts: RatingCounts) -> str:
    r0, r1, r2, r3 = counts.ratings
    return _tr(COUNTS).format(
        r0=r0,
        r1=r1,
        r2=r2,
        r3=r3,
        na=counts.not_applicable,
        unknown=counts.unknown,
        unanswered=counts.unanswered,
    )


class _Table(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return shown(_tr(self.COLUMNS[section]))
        return None


class CommonGapsModel(_Table):
    COLUMNS = GAP_COLUMNS
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.view: WorkshopView | None = None

    def set_view(self, view: WorkshopView | None) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.core_gaps)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self.view is None or not index.isValid() or index.row() >= len(self.view.core_gaps):
            return None
        gap, column = self.view.core_gaps[index.row()], index.column()
        if role == self.CodeRole:
            return gap.indicator.code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return gap.indicator.code
            if column == 2:
                return shown(gap.indicator.statement)
            return _tr(OF).format(count=gap.shelters, total=gap.applicable)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return shown(gap.indicator.statement)
            mean = "—" if gap.mean_rating is None else f"{gap.mean_rating:.1f}"
            return _tr(GAP_TIP).format(
                shelters=", ".join(gap.labels), rated=gap.rated, total=gap.applicable, mean=mean
            )
        if role == Qt.ItemDataRole.FontRole and column == 3:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return Qt.AlignmentFlag.AlignCenter
        return None


class DistributionModel(_Table):
    COLUMNS = DISTRIBUTION_COLUMNS
    CountsRole = Qt.ItemDataRole.UserRole + 1  # RatingCounts
    CodeRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self) -> None:
        super().__init__()
        self.view: WorkshopView | None = None
        self.domain = ""  # "" = every domain
        self.core_only = False
        self._rows: list[IndicatorDistribution] = []

    def set_view(self, view: WorkshopView | None) -> None:
        self.view = view
        self._refilter()

    def set_filter(self, domain: str, core_only: bool) -> None:
        self.domain, self.core_only = domain, core_only
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        items = self.view.distribution if self.view is not None else ()
        self._rows = [
            item
            for item in items
            if (not self.domain or item.indicator.domain == self.domain)
            and (item.indicator.core or not self.core_only)
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        indicator = item.indicator
        if role == self.CountsRole:
            return item.counts
        if role == self.CodeRole:
            return indicator.code
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return indicator.code
            if column == 1:
                return shown((CORE_MARK if indicator.core else "") + indicator.statement)
            return counts_text(item.counts)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and indicator.core:
                return _tr(CORE_TIP)
            return shown(indicator.statement) if column == 1 else counts_text(item.counts)
        if role == Qt.ItemDataRole.FontRole and column == 0 and indicator.core:
            font = QFont()
            font.setBold(True)
            return font
        return None
