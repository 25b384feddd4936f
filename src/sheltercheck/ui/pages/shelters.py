"""The Shelters page: every shelter on this computer with its last assessment; create, edit, archive."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.models.shelters import ShelterTableModel
from sheltercheck.ui.pages.base import Page


class SheltersPage(Page):
    key = "shelters"
    assessRequested = Signal()

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
        self.table.doubleClicked.connect(lambda _index: self.edit_shelter())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newShelter")
        self.new_button.clicked.connect(self.new_shelter)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editShelter")
        self.edit_button.clicked.connect(self.edit_shelter)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveShelter")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.assess_button = QPushButton()
        self.assess_button.setObjectName("assessShelter")
        self.assess_button.clicked.connect(self.assessRequested)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        bar = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.archive_button, self.assess_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.empty_label)
        self.layout_.addWidget(self.table, 1)
        context.databaseOpened.connect(self.refresh)
        context.dataChanged.connect(self.refresh)
        context.languageChanged.connect(self.model.set_language)
        self.retranslate()
        self._update_buttons()

    # data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.db is None:
            return
        from sheltercheck.services.shelters import list_summaries  # SQLAlchemy stays off the first paint

        selected = self.context.current_shelter_id
        self.model.set_rows(list_summaries(self.context.db, include_archived=self.show_archived.isChecked()))
        self._update_empty()
        self.select(selected or self._remembered_shelter())

    def _remembered_shelter(self) -> uuid.UUID | None:
        try:
            return (
                uuid.UUID(self.context.settings.last_shelter_id)
                if self.context.settings.last_shelter_id
                else None
            )
        except ValueError:
            return None

    def select(self, shelter_id: uuid.UUID | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row(row).id == shelter_id:
                self.table.selectRow(row)
                return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.context.choose_shelter(None)
        self._update_buttons()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.context.choose_shelter(self.model.row(current.row()).id if current.isValid() else None)
        self._update_buttons()

    def _selected(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).id if index.isValid() else None

    # actions -----------------------------------------------------------------------------------
    def new_shelter(self) -> None:
        from sheltercheck.services.profiles import ShelterProfile, create_shelter
        from sheltercheck.ui.dialogs.shelter_profile import ShelterProfileDialog

        if self.context.db is None:
            return
        dialog = ShelterProfileDialog(ShelterProfile(), self.context.language, self)
        if dialog.exec():
            db = self.context.db
            shelter_id = self.guard(lambda: create_shelter(db, dialog.profile))
            if shelter_id is not None:
                self.context.choose_shelter(shelter_id)
                self.context.dataChanged.emit()

    def edit_shelter(self) -> None:
        from sheltercheck.services.profiles import load_profile, update_shelter
        from sheltercheck.ui.dialogs.shelter_profile import ShelterProfileDialog

        shelter_id, db = self._selected(), self.context.db
        if shelter_id is None or db is None:
            return
        profile = self.guard(lambda: load_profile(db, shelter_id))
        if profile is None:
            return
        dialog = ShelterProfileDialog(profile, self.context.language, self)
        if dialog.exec():
            self.guard(lambda: update_shelter(db, shelter_id, dialog.profile))
            self.context.dataChanged.emit()

    def toggle_archived(self) -> None:
        from sheltercheck.services.profiles import set_archived

        index = self.table.currentIndex()
        db = self.context.db
        if not index.isValid() or db is None:
            return
        summary = self.model.row(index.row())
        self.guard(lambda: set_archived(db, summary.id, not summary.archived))
        self.context.dataChanged.emit()

    # presentation ------------------------------------------------------------------------------
    def _update_empty(self) -> None:
        empty = self.context.db is not None and self.model.rowCount() == 0
        if empty:
            self._set_empty_text()
        self.empty_label.setVisible(empty)

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        chosen = index.isValid()
        self.edit_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)
        self.assess_button.setEnabled(chosen)
        archived = chosen and self.model.row(index.row()).archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def retranslate(self) -> None:
        super().retranslate()
        self.new_button.setText(self.tr("New shelter…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.assess_button.setText(self.tr("Assess ›"))
        self.show_archived.setText(self.tr("Show archived"))
        self._update_buttons()
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
