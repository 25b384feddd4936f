"""The round chooser of the workshop's shelter list: a drop-down of a shelter's rounds, newest first.

The model gives the choices (RoundsRole: [(round id, label), …]) and takes the picked id through its
EditRole; the page keeps the editors open on rows with more than one round, so the choice is visible.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from sheltercheck.ui.models.workshop_selection import WorkshopSelectionModel


class RoundChooserDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("roundChooser")
        for round_id, label in index.data(WorkshopSelectionModel.RoundsRole) or []:
            combo.addItem(label, round_id)
        combo.currentIndexChanged.connect(lambda _index: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(WorkshopSelectionModel.IdRole))
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, position))
            editor.blockSignals(False)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox) and editor.currentData() is not None:
            model.setData(index, editor.currentData())
