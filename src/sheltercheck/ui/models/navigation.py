"""The list of pages in the side bar, as an item model (titles translated at display time)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP

PAGES: tuple[tuple[str, str], ...] = (
    ("shelters", QT_TRANSLATE_NOOP("Pages", "Shelters")),
    ("assessment", QT_TRANSLATE_NOOP("Pages", "Assessment")),
    ("results", QT_TRANSLATE_NOOP("Pages", "Results")),
    ("plan", QT_TRANSLATE_NOOP("Pages", "Action plan")),
    ("workshop", QT_TRANSLATE_NOOP("Pages", "Workshop")),
    ("standards", QT_TRANSLATE_NOOP("Pages", "Standards")),
    ("settings", QT_TRANSLATE_NOOP("Pages", "Settings")),
)
PAGE_KEYS = tuple(key for key, _ in PAGES)
_ROOT = QModelIndex()


def page_title(key: str) -> str:
    return QCoreApplication.translate("Pages", dict(PAGES)[key])


class NavigationModel(QAbstractListModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(PAGES)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(PAGES):
            return None
        key, source = PAGES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Pages", source)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Pages", "Ctrl+{number}").format(number=index.row() + 1)
        if role == self.KeyRole:
            return key
        return None

    def retranslate(self) -> None:
        self.dataChanged.emit(self.index(0), self.index(len(PAGES) - 1))
