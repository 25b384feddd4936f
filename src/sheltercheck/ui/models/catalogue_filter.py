"""Filtering the catalogue tree by a search text (either language, substrings) and by core standards."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from sheltercheck.text.segment import strip_break_hints
from sheltercheck.ui.models.catalogue_tree import CatalogueTreeModel, search_key


class CatalogueFilterModel(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)  # a matching indicator keeps its domain visible
        self.setAutoAcceptChildRows(True)  # a matching domain shows all its indicators
        self._needle = ""
        self._core_only = False

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = search_key(strip_break_hints(text).strip())
        self.endFilterChange()

    def set_core_only(self, core_only: bool) -> None:
        self.beginFilterChange()
        self._core_only = core_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        is_indicator = source_parent.isValid()
        if self._core_only and (not is_indicator or not index.data(CatalogueTreeModel.CoreRole)):
            return False
        if not self._needle:
            return True
        return self._needle in str(index.data(CatalogueTreeModel.SearchRole) or "")
