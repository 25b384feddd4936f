"""The shelters table: one row per shelter with its kind, province and last assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sheltercheck.services.shelters import ShelterSummary

COLUMNS = (
    QT_TRANSLATE_NOOP("ShelterTable", "Name"),
    QT_TRANSLATE_NOOP("ShelterTable", "Kind"),
    QT_TRANSLATE_NOOP("ShelterTable", "Province"),
    QT_TRANSLATE_NOOP("ShelterTable", "Rounds"),
    QT_TRANSLATE_NOOP("ShelterTable", "Last assessment"),
    QT_TRANSLATE_NOOP("ShelterTable", "Overall score"),
)
KINDS = {
    "state": QT_TRANSLATE_NOOP("ShelterKind", "State"),
    "ngo": QT_TRANSLATE_NOOP("ShelterKind", "NGO"),
    "faith": QT_TRANSLATE_NOOP("ShelterKind", "Faith-based"),
    "other": QT_TRANSLATE_NOOP("ShelterKind", "Other"),
}
_ROOT = QModelIndex()


class ShelterTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self._rows: list[ShelterSummary] = []
        self.language = language

    def set_rows(self, rows: list[ShelterSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def row(self, number: int) -> ShelterSummary:
        return self._rows[number]

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
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("ShelterTable", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        shelter = self._rows[index.row()]
        if role == self.IdRole:
            return str(shelter.id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return shelter.name
        if column == 1:
            return QCoreApplication.translate("ShelterKind", KINDS.get(shelter.kind, KINDS["other"]))
        if column == 2:
            from sheltercheck.assessment.provinces import province_name

            return province_name(shelter.province, self.language)
        if column == 3:
            return QLocale().toString(shelter.rounds)
        if column == 4:
            if shelter.last_assessed_on is None:
                return QCoreApplication.translate("ShelterTable", "not yet assessed")
            from sheltercheck.text.locale import format_date  # Babel loads only once there is a date to show

            return format_date(shelter.last_assessed_on, self.language, "medium")
        if column == 5:
            from sheltercheck.assessment.scoring import display_score

            score = display_score(shelter.last_score)
            return "—" if score is None else f"{score} %"
        return None
