"""The action plan as a table: number, action, indicators, responsible, dates, status.

Overdue items say so in words ("⚠ overdue") and in bold, not by colour alone, so they stand out on a
black-and-white printout of the screen and on a projector. Rows can be dragged to reorder; the page
turns a drop into an undoable move.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from sheltercheck.assessment.plan import PlanItem
from sheltercheck.text.locale import format_date
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("PlanTable", "No."),
    QT_TRANSLATE_NOOP("PlanTable", "Action"),
    QT_TRANSLATE_NOOP("PlanTable", "Indicators"),
    QT_TRANSLATE_NOOP("PlanTable", "Responsible"),
    QT_TRANSLATE_NOOP("PlanTable", "Start"),
    QT_TRANSLATE_NOOP("PlanTable", "Due"),
    QT_TRANSLATE_NOOP("PlanTable", "Status"),
)
STATUS_NAMES = {
    "not_started": QT_TRANSLATE_NOOP("PlanTable", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("PlanTable", "In progress"),
    "done": QT_TRANSLATE_NOOP("PlanTable", "Done"),
    "dropped": QT_TRANSLATE_NOOP("PlanTable", "Dropped"),
}
OVERDUE = QT_TRANSLATE_NOOP("PlanTable", "⚠ overdue")
MIME = "application/x-sheltercheck-plan-row"
_ROOT = QModelIndex()


def status_name(status: str) -> str:
    return QCoreApplication.translate("PlanTable", STATUS_NAMES.get(status, STATUS_NAMES["not_started"]))


class PlanTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    OverdueRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3
    DomainsRole = Qt.ItemDataRole.UserRole + 4
    ResponsibleRole = Qt.ItemDataRole.UserRole + 5
    SortRole = Qt.ItemDataRole.UserRole + 6  # raw values, so dates and statuses sort by meaning
    moveRequested = Signal(object, int)  # item id, new position

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.today = dt.date.today()
        self._items: list[PlanItem] = []

    def set_items(self, items: list[PlanItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.today = dt.date.today()
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def item(self, row: int) -> PlanItem:
        return self._items[row]

    def row_of(self, item_id: uuid.UUID) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("PlanTable", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        overdue = item.is_overdue(self.today)
        if role == self.IdRole:
            return item.id
        if role == self.OverdueRole:
            return overdue
        if role == self.StatusRole:
            return item.status
        if role == self.DomainsRole:
            return sorted({code[:3] for code in item.indicator_codes})
        if role == self.ResponsibleRole:
            return item.responsible
        if role == self.SortRole:
            return self._sort_key(item, index.column())
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return shown(item.action)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(index.row() + 1)
        if column == 1:
            return shown(item.action.replace("\n", " / "))
        if column == 2:
            return ", ".join(item.indicator_codes)
        if column == 3:
            return shown(item.responsible.replace("\n", " / "))
        if column == 4:
            return format_date(item.start_on, self.language, "medium")
        if column == 5:
            return format_date(item.due_on, self.language, "medium")
        status = status_name(item.status)
        return f"{status}  {QCoreApplication.translate('PlanTable', OVERDUE)}" if overdue else status

    @staticmethod
    def _sort_key(item: PlanItem, column: int) -> object:
        if column == 0:
            return item.position
        if column in (4, 5):
            day = item.start_on if column == 4 else item.due_on
            return day.toordinal() if day else 10**7  # undated items last
        if column == 6:
            return list(STATUS_NAMES).index(item.status) if item.status in STATUS_NAMES else 0
        texts = {1: item.action, 2: ",".join(item.indicator_codes), 3: item.responsible}
        return texts.get(column, "").casefold()

    # drag and drop to reorder ------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self._items[rows[0]].id).encode("ascii")))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = uuid.UUID(bytes(data.data(MIME).data()).decode("ascii"))
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        source = self.row_of(item_id)
        if source < 0:
            return False
        new_position = target - 1 if target > source else target
        if new_position != source:
            self.moveRequested.emit(item_id, new_position)
        return False  # the page reloads the rows after the (undoable) move
