"""A table of indicators (gaps, strengths, what is still to answer): code, statement, and one detail."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("IndicatorRows", "Indicator"),
    QT_TRANSLATE_NOOP("IndicatorRows", "Statement"),
    QT_TRANSLATE_NOOP("IndicatorRows", "Rating"),
)
_ROOT = QModelIndex()


@dataclass(frozen=True)
class IndicatorRow:
    code: str
    core: bool
    statement: str
    detail: str


class IndicatorRowsModel(QAbstractTableModel):
    CodeRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[IndicatorRow] = []

    def set_rows(self, rows: list[IndicatorRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return QCoreApplication.translate("IndicatorRows", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.CodeRole:
            return row.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(row.statement)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return f"{row.code} ●" if row.core else row.code
        if index.column() == 1:
            return shown(row.statement)
        return row.detail
