"""The Shelters page: every shelter on this computer with its last assessment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.models.shelters import ShelterTableModel
from sheltercheck.ui.pages.base import Page


class SheltersPage(Page):
    key = "shelters"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ShelterTableModel(context.language)
        self.table = QTableView()
        self.table.setObjectName("shelterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.layout_.addWidget(self.empty_label)
        self.layout_.addWidget(self.table, 1)
        context.databaseOpened.connect(self.refresh)
        context.dataChanged.connect(self.refresh)
        context.languageChanged.connect(self.model.set_language)
        self.retranslate()

    def refresh(self) -> None:
        if self.context.db is None:
            return
        from sheltercheck.services.shelters import list_summaries  # SQLAlchemy stays off the first paint

        self.model.set_rows(list_summaries(self.context.db))
        self._update_empty()

    def _update_empty(self) -> None:
        empty = self.context.db is not None and self.model.rowCount() == 0
        if empty:
            self._set_empty_text()
        self.empty_label.setVisible(empty)

    def retranslate(self) -> None:
        super().retranslate()
        self._update_empty()

    def _set_empty_text(self) -> None:
        # only once the database says there is no shelter: the Lao segmenter stays off the first paint
        self.empty_label.setText(
            shown(
                QCoreApplication.translate(
                    "SheltersPage",
                    "No shelter yet. Create your shelter's profile to start, or run “sheltercheck demo” "
                    "to try ShelterCheck with a demo shelter.",
                )
            )
        )

    def on_shown(self) -> None:
        self.refresh()
