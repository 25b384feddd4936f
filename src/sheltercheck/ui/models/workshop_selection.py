"""Which shelters and rounds the workshop shows: one checkable row per shelter, with its round.

Column 0 is the shelter (ticked = shown), column 1 the round (its EditRole is the round's id; RoundsRole
lists the choices for the chooser). Anonymised, a row shows the shelter's letter instead of its name and
the rows go in letter order, so neither the names nor their alphabetical order reach the projector.
Ticks and picked rounds are kept by shelter id when the list is refreshed.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sheltercheck.services.workshop import RoundChoice, ShelterChoice

COLUMNS = (
    QT_TRANSLATE_NOOP("WorkshopSelection", "Shelter"),
    QT_TRANSLATE_NOOP("WorkshopSelection", "Round"),
)
IN_PROGRESS = QT_TRANSLATE_NOOP("WorkshopSelection", "{date} (in progress)")
_ROOT = QModelIndex()


class WorkshopSelectionModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1  # the shelter's id (column 0) or the round's id (column 1), text
    RoundsRole = Qt.ItemDataRole.UserRole + 2  # [(round id, label), …], newest first
    selectionEdited = Signal()  # a tick or a round changed (not a refresh)

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self._rows: list[ShelterChoice] = []
        self._labels: dict[uuid.UUID, str] | None = None
        self._checked: set[uuid.UUID] = set()
        self._picked: dict[uuid.UUID, uuid.UUID] = {}
        self._known: set[uuid.UUID] = set()

    # data in -----------------------------------------------------------------------------------
    def set_choices(self, choices: list[ShelterChoice], labels: dict[uuid.UUID, str] | None = None) -> None:
        """The shelters to offer (a shelter seen for the first time starts ticked, at its default round)
        and, when anonymised, their letters in letter order."""
        self.beginResetModel()
        for choice in choices:
            if choice.shelter_id not in self._known:
                self._known.add(choice.shelter_id)
                self._checked.add(choice.shelter_id)
            rounds = {r.id for r in choice.rounds}
            if self._picked.get(choice.shelter_id) not in rounds:
                self._picked[choice.shelter_id] = choice.default_round_id
        self._labels = labels
        if labels is None:
            self._rows = list(choices)
        else:
            order = {shelter_id: position for position, shelter_id in enumerate(labels)}
            self._rows = sorted(choices, key=lambda c: order.get(c.shelter_id, len(order)))
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_all(self, checked: bool) -> None:
        self._checked = {row.shelter_id for row in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.selectionEdited.emit()

    # data out ----------------------------------------------------------------------------------
    def selection(self) -> tuple[uuid.UUID, ...]:
        """The picked round of every ticked shelter, in row order."""
        return tuple(self._picked[r.shelter_id] for r in self._rows if r.shelter_id in self._checked)

    def choice(self, row: int) -> ShelterChoice:
        return self._rows[row]

    def row_of(self, shelter_id: uuid.UUID) -> int:
        return next((n for n, r in enumerate(self._rows) if r.shelter_id == shelter_id), -1)

    def label(self, row: int) -> str:
        choice = self._rows[row]
        return self._labels.get(choice.shelter_id, "") if self._labels is not None else choice.name

    def round_label(self, round_: RoundChoice) -> str:
        from sheltercheck.text.locale import format_date

        date = format_date(round_.assessed_on, self.language, "medium")
        if round_.complete:
            return date
        return QCoreApplication.translate("WorkshopSelection", IN_PROGRESS).format(date=date)

    # the model ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("WorkshopSelection", COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if len(self._rows[index.row()].rounds) > 1:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return shown(self.label(index.row()))
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = choice.shelter_id in self._checked
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            if role == self.IdRole:
                return str(choice.shelter_id)
            return None
        picked = self._picked[choice.shelter_id]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            current = next(r for r in choice.rounds if r.id == picked)
            return self.round_label(current)
        if role in (Qt.ItemDataRole.EditRole, self.IdRole):
            return str(picked)
        if role == self.RoundsRole:
            return [(str(r.id), self.round_label(r)) for r in reversed(choice.rounds)]
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        choice = self._rows[index.row()]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            ticked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            if ticked == (choice.shelter_id in self._checked):
                return True
            (self._checked.add if ticked else self._checked.discard)(choice.shelter_id)
        elif index.column() == 1 and role == Qt.ItemDataRole.EditRole:
            try:
                round_id = uuid.UUID(str(value))
            except ValueError:
                return False
            if round_id not in {r.id for r in choice.rounds}:
                return False
            if round_id == self._picked[choice.shelter_id]:
                return True
            self._picked[choice.shelter_id] = round_id
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        self.selectionEdited.emit()
        return True
