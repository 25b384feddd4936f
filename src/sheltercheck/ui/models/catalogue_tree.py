"""The catalogue as a tree: domains, each with its indicators, in the current language.

SearchRole gives the raw text of both languages (without the display-only zero-width spaces), so a
filter can find a Lao substring even though Lao has no spaces between words.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from sheltercheck.catalogue.model import Catalogue, Domain, Indicator
from sheltercheck.ui.display import shown

_ROOT = QModelIndex()
CORE_MARK = "●"


def search_key(text: str) -> str:
    """Folded for matching: NFKC (so ຳ equals ໍ + າ, and ໜ equals ຫ + ນ) and case-insensitive."""
    return unicodedata.normalize("NFKC", text).casefold()


def _indicator_search_text(indicator: Indicator) -> str:
    parts = [indicator.code, indicator.statement.en, indicator.statement.lo, indicator.guidance.en,
             indicator.guidance.lo, *indicator.evidence.en, *indicator.evidence.lo, *indicator.actions.en,
             *indicator.actions.lo]  # fmt: skip
    return search_key("\n".join(parts))


class CatalogueTreeModel(QAbstractItemModel):
    SearchRole = Qt.ItemDataRole.UserRole + 1
    CodeRole = Qt.ItemDataRole.UserRole + 2
    CoreRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, catalogue: Catalogue | None = None, language: str = "en") -> None:
        super().__init__()
        self.language = language
        self._catalogue: Catalogue | None = None
        self._domains: tuple[Domain, ...] = ()
        self._search: dict[str, str] = {}
        if catalogue is not None:
            self.set_catalogue(catalogue)

    @property
    def catalogue(self) -> Catalogue | None:
        return self._catalogue

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.beginResetModel()
        self._catalogue = catalogue
        self._domains = catalogue.domains
        self._search = {i.code: _indicator_search_text(i) for i in catalogue.indicators()}
        for domain in catalogue.domains:
            # a domain matches by its code and name only; a match then shows all of its indicators
            self._search[domain.code] = search_key("\n".join((domain.code, domain.name.en, domain.name.lo)))
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._domains:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._domains) - 1, 0))
            for row in range(len(self._domains)):
                parent = self.index(row, 0)
                count = self.rowCount(parent)
                if count:
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 0, parent))

    # structure: internalId() is 0 for a domain, and 1 + the domain's row for an indicator
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._domains) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._domains):
            return QModelIndex()
        if row >= len(self._domains[parent.row()].indicators):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._domains)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._domains[parent.row()].indicators)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def item(self, index: QModelIndex | QPersistentModelIndex) -> Domain | Indicator | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._domains[index.row()]
        return self._domains[int(index.internalId()) - 1].indicators[index.row()]

    def index_of(self, code: str) -> QModelIndex:
        for row, domain in enumerate(self._domains):
            if domain.code == code:
                return self.index(row, 0)
            for child, indicator in enumerate(domain.indicators):
                if indicator.code == code:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        item = self.item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(item, Domain):
                return shown(f"{item.code} · {item.name.get(self.language)}")
            mark = f" {CORE_MARK}" if item.core else ""
            return shown(f"{item.code}{mark} {item.statement.get(self.language)}")
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, Indicator):
            core = QCoreApplication.translate("StandardsPage", "Core standard") if item.core else ""
            return shown("\n".join(filter(None, (item.statement.get(self.language), core))))
        if role == self.SearchRole:
            return self._search.get(item.code, "")
        if role == self.CodeRole:
            return item.code
        if role == self.CoreRole:
            return isinstance(item, Indicator) and item.core
        return None
