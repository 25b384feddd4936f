"""The domains of a round with how many of their indicators are answered, for the walk-through's side list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from sheltercheck.services.rounds import RoundState
from sheltercheck.ui.display import shown

_ROOT = QModelIndex()


class DomainProgressModel(QAbstractListModel):
    FirstIndexRole = Qt.ItemDataRole.UserRole + 1  # position of the domain's first indicator in the round
    CodeRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self) -> None:
        super().__init__()
        self.state: RoundState | None = None
        self.language = "en"
        self._rows: list[tuple[str, int, list[str]]] = []  # domain code, first position, indicator codes

    def set_state(self, state: RoundState | None, language: str) -> None:
        self.beginResetModel()
        self.state, self.language = state, language
        self._rows = []
        if state is not None:
            for position, indicator in enumerate(state.indicators):
                if not self._rows or self._rows[-1][0] != indicator.domain:
                    self._rows.append((indicator.domain, position, []))
                self._rows[-1][2].append(indicator.code)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def row_of_position(self, position: int) -> int:
        for row, (_code, first, codes) in enumerate(self._rows):
            if first <= position < first + len(codes):
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or self.state is None or not 0 <= index.row() < len(self._rows):
            return None
        code, first, codes = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            answered = sum(self.state.response(c).answered for c in codes)
            name = self.state.catalogue.domain(code).name.get(self.language)
            mark = "✓ " if answered == len(codes) else ""
            return shown(f"{mark}{name}  {answered}/{len(codes)}")
        if role == self.FirstIndexRole:
            return first
        if role == self.CodeRole:
            return code
        return None
