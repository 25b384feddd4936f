"""The Workshop page: several shelters side by side for a facilitator's projector.

Left, the shelters and the round of each (ticked = shown), the anonymise switch (on by default: the
room sees "Shelter A, B, C…", and so does the list itself), fresh letters for a new workshop, and the
workbook export. Right, four tabs: the heat map of domains × shelters, the most common core gaps, the
ratings per indicator, and the change since each shelter's previous round. Everything shown comes from
services.workshop.build_workshop; the page only lays it out. Projector mode (F11) enlarges the type
through the application font and turns on high-contrast cells here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.assessment.scoring import display_score
from sheltercheck.reports.score_colours import BANDS, NO_SCORE_FILL
from sheltercheck.services import workshop as service
from sheltercheck.services.workshop import WorkshopSelection, WorkshopView
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import ui_translate
from sheltercheck.ui.models.heat_map import ChangeModel, HeatMapModel, delta_text
from sheltercheck.ui.models.workshop_selection import WorkshopSelectionModel
from sheltercheck.ui.models.workshop_tables import CommonGapsModel, DistributionModel
from sheltercheck.ui.pages.base import Page
from sheltercheck.ui.widgets.heat_map import HeatMapView
from sheltercheck.ui.widgets.rating_stack import RatingStackDelegate, swatches
from sheltercheck.ui.widgets.swatch_legend import Swatch, SwatchLegend
from sheltercheck.ui.widgets.workshop_panel import WorkshopPanel, table


class WorkshopPage(Page):
    key = "workshop"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view_data: WorkshopView | None = None
        self._stale = True
        self.summary = QLabel()
        self.summary.setObjectName("workshopSummary")
        self.summary.setWordWrap(True)
        self.panel_button = QPushButton()
        self.panel_button.setObjectName("toggleSelection")
        self.panel_button.setCheckable(True)
        self.panel_button.setChecked(True)
        self.panel_button.toggled.connect(self._show_panel)
        self._projecting = context.settings.projector_mode

        # the selection, left
        self.selection_model = WorkshopSelectionModel(context.language)
        self.selection_model.selectionEdited.connect(self.rebuild)
        self.panel = WorkshopPanel(self.selection_model, context.settings.workshop_anonymise)
        self.selection_view, self.anonymise = self.panel.view, self.panel.anonymise
        self.letters_button, self.export_button = self.panel.letters_button, self.panel.export_button
        self.anonymise.toggled.connect(self._anonymise_toggled)
        self.letters_button.clicked.connect(self.new_letters)
        self.export_button.clicked.connect(self.export_xlsx)
        self.summary_button = self.panel.summary_button
        self.summary_button.clicked.connect(self.export_summary)

        # the figures, right
        self.heat_model, self.change_model = HeatMapModel(), ChangeModel()
        self.gaps_model, self.distribution_model = CommonGapsModel(), DistributionModel()
        self.heat_map = HeatMapView(coloured=True)
        self.heat_map.setObjectName("heatMap")
        self.heat_map.setModel(self.heat_model)
        self.heat_legend = SwatchLegend()
        self.gaps_note = QLabel()
        self.gaps_note.setWordWrap(True)
        self.gaps_view = table("commonGaps", self.gaps_model, wrapping_header=True)
        gaps_header = self.gaps_view.horizontalHeader()
        gaps_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        gaps_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        gaps_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.domain_filter = QComboBox()
        self.domain_filter.setObjectName("domainFilter")
        self.core_only = QCheckBox()
        self.core_only.setObjectName("coreOnly")
        self.domain_filter.currentIndexChanged.connect(self._filter_changed)
        self.core_only.toggled.connect(self._filter_changed)
        self.distribution_view = table("ratingDistribution", self.distribution_model, wrapping_header=True)
        self.stacks = RatingStackDelegate(DistributionModel.CountsRole, self.distribution_view)
        self.distribution_view.setItemDelegateForColumn(2, self.stacks)
        dist_header = self.distribution_view.horizontalHeader()
        dist_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        dist_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dist_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.distribution_legend = SwatchLegend()
        self.change_note = QLabel()
        self.change_note.setWordWrap(True)
        self.change_map = HeatMapView(coloured=False)
        self.change_map.setObjectName("changeMap")
        self.change_map.setModel(self.change_model)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workshopTabs")
        filters = QWidget()
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.domain_filter, 1)
        filter_row.addWidget(self.core_only)
        tabs: list[list[QWidget]] = [
            [self.heat_map, self.heat_legend],
            [self.gaps_note, self.gaps_view],
            [filters, self.distribution_view, self.distribution_legend],
            [self.change_note, self.change_map],
        ]
        for parts in tabs:
            tab = QWidget()
            layout = QVBoxLayout(tab)
            for part in parts:
                layout.addWidget(part)
            self.tabs.addTab(tab, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        self.empty = QLabel()
        self.empty.setObjectName("workshopEmpty")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.panel_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.splitter, 1)
        context.dataChanged.connect(self._invalidate)
        context.databaseOpened.connect(self._invalidate)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()
        self._apply_contrast()
        self.panel_button.setChecked(not self._projecting)

    # data --------------------------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload the shelters and rounds on offer (keeping the ticks), then the figures."""
        self._stale = False
        db = self.context.db
        choices = self.guard(lambda: service.workshop_choices(db)) if db is not None else None
        choices = choices or []
        labels = None
        if db is not None and choices and self.anonymise.isChecked():
            ids = [c.shelter_id for c in choices]
            labels = self.guard(lambda: service.anonymous_labels(db, ids, translate=ui_translate))
        self.selection_model.set_choices(choices, labels)
        self.panel.open_choosers()
        self.rebuild()

    def rebuild(self) -> None:
        """The figures for the ticked shelters and rounds."""
        db = self.context.db
        picked = self.selection_model.selection()
        view = None
        if db is not None and picked:
            selection = WorkshopSelection(picked)
            view = self.guard(
                lambda: service.build_workshop(
                    db,
                    selection,
                    anonymise=self.anonymise.isChecked(),
                    language=self.context.language,
                    translate=ui_translate,
                )
            )
        self.view_data = view
        for model in (self.heat_model, self.change_model, self.gaps_model, self.distribution_model):
            model.set_view(view)
        self._fill_domain_filter()
        self._render()

    def _anonymise_toggled(self, checked: bool) -> None:
        self.context.settings.workshop_anonymise = checked
        self.context.save_settings()
        self.refresh()

    def _language_changed(self, language: str) -> None:
        self.selection_model.set_language(language)
        self.refresh()

    def _filter_changed(self) -> None:
        domain = self.domain_filter.currentData() or ""
        self.distribution_model.set_filter(str(domain), self.core_only.isChecked())

    def _fill_domain_filter(self) -> None:
        current = self.domain_filter.currentData() or ""
        self.domain_filter.blockSignals(True)
        self.domain_filter.clear()
        self.domain_filter.addItem(self.tr("Every domain"), "")
        for domain in self.view_data.domains if self.view_data else ():
            self.domain_filter.addItem(shown(domain.name), domain.code)
        self.domain_filter.setCurrentIndex(max(0, self.domain_filter.findData(current)))
        self.domain_filter.blockSignals(False)
        self._filter_changed()

    # actions -----------------------------------------------------------------------------------
    def new_letters(self) -> None:
        db = self.context.db
        question = self.tr(
            "Give the shelters new letters for a new workshop? The letters used so far will no longer "
            "match what the room has seen."
        )
        if (
            db is None
            or QMessageBox.question(self, self.title(), shown(question)) != QMessageBox.StandardButton.Yes
        ):
            return
        if self.attempt(lambda: service.new_letters(db)):
            self.refresh()

    def export_summary(self) -> None:
        """The summary PDF (or workbook) of what the page shows, in the language chosen for it."""
        from sheltercheck.ui.report_export import export_workshop_summary

        picked = self.selection_model.selection()
        if picked:
            export_workshop_summary(self, WorkshopSelection(picked), self.anonymise.isChecked())

    def export_xlsx(self) -> None:
        from sheltercheck.reports.workshop_xlsx import write_workshop_xlsx
        from sheltercheck.ui.i18n import standalone_translator

        view = self.view_data
        if view is None:
            QMessageBox.information(
                self, self.title(), shown(self.tr("Tick at least one shelter to export."))
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the workshop"), self.tr("workshop.xlsx"), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
        translate = standalone_translator(view.language)
        if self.attempt(lambda: write_workshop_xlsx(target, view, translate)):
            saved = self.tr("The workshop workbook was saved as:\n{path}").format(path=target)
            QMessageBox.information(self, self.title(), saved)

    # presentation ------------------------------------------------------------------------------
    def _render(self) -> None:
        view = self.view_data
        offered = self.selection_model.rowCount() > 0
        self.splitter.setVisible(offered)
        self.empty.setVisible(not offered)
        self.export_button.setEnabled(view is not None)
        self.summary_button.setEnabled(view is not None)
        self.empty.setText(
            shown(self.tr("No shelter has an assessment on this computer yet: there is nothing to compare."))
        )
        if view is None:
            self.summary.setText(shown(self.tr("Tick the shelters to show.")) if offered else "")
        else:
            overall = display_score(view.overall_mean)
            text = self.tr(
                "{count} shelters · average overall score {score} · {gaps} core standards are a gap somewhere"
            )
            text = text.format(
                count=len(view.shelters),
                score="—" if overall is None else f"{overall} %",
                gaps=len(view.core_gaps),
            )
            if view.anonymised:
                text += " · " + self.tr("anonymised")
            self.summary.setText(shown(text))
        change = view.change if view else None
        self.change_map.setVisible(change is not None)
        if change is None:
            self.change_note.setText(
                shown(
                    self.tr(
                        "None of the shelters shown has an earlier round: the change appears once they "
                        "have assessed twice."
                    )
                )
            )
        else:
            note = self.tr(
                "Each shelter compared with its own previous round, in percentage points (▲ up, ▼ down). "
                "Average change overall: {delta}. Core gaps closed: {closed}; opened: {opened}."
            )
            self.change_note.setText(
                shown(
                    note.format(
                        delta=delta_text(change.mean_overall_delta),
                        closed=change.core_gaps_closed,
                        opened=change.core_gaps_opened,
                    )
                )
            )
        self._retitle_tabs()

    def _retitle_tabs(self) -> None:
        view = self.view_data
        titles = (
            self.tr("Heat map"),
            self.tr("Common core gaps ({count})").format(count=len(view.core_gaps) if view else 0),
            self.tr("Ratings per indicator"),
            self.tr("Change since earlier rounds"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, shown(title))

    def _show_panel(self, visible: bool) -> None:
        self.panel.setVisible(visible)
        self.panel_button.setText(self.tr("Hide the list ◀") if visible else self.tr("Shelters and rounds ▶"))

    def _apply_contrast(self) -> None:
        """Projector mode: black cell borders and heavier rules on this page's painted parts, and the list
        of shelters folded away (the room needs the figures; the list is one click away)."""
        high = self.context.settings.projector_mode
        if high != self._projecting:
            self._projecting = high
            self.panel_button.setChecked(not high)
        unit = self.fontMetrics().height()
        self.panel.setMinimumWidth(unit * 12)  # room for a name (or "Shelter A") and a date
        self.distribution_view.horizontalHeader().resizeSection(2, unit * 13)
        self.gaps_view.horizontalHeader().resizeSection(3, unit * 7)
        for view in (self.heat_map, self.change_map):
            view.set_high_contrast(high)
        self.stacks.high_contrast = high
        self.heat_legend.high_contrast = self.distribution_legend.high_contrast = high
        for listing in (self.gaps_view, self.distribution_view):
            listing.setAlternatingRowColors(not high)  # stripes wash out on a projector
            listing.viewport().update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the list gets about a third of the width, the figures the rest
            self._sized = True
            width = max(self.splitter.width(), 600)
            self.splitter.setSizes([round(width * 0.3), round(width * 0.7)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._apply_contrast()
        super().changeEvent(event)

    def retranslate(self) -> None:
        super().retranslate()
        self.panel.retranslate()
        self._show_panel(self.panel_button.isChecked())
        self.core_only.setText(shown(self.tr("Core standards only")))
        self.gaps_note.setText(
            shown(
                self.tr(
                    "Core (minimum) standards rated below 3, by how many shelters have the gap, of those "
                    "where it applies."
                )
            )
        )
        self.heat_legend.set_entries(
            self.tr("Score (%):"),
            [Swatch(b.fill, b.text, f"{b.low}–{b.high}") for b in BANDS]
            + [Swatch(NO_SCORE_FILL, "#000000", "—", self.tr("no rated indicator"), hatched=True)],
        )
        captions = [
            self.tr("not in place"),
            self.tr("partly"),
            self.tr("mostly"),
            self.tr("fully in place"),
            self.tr("does not apply"),
            self.tr("don't know yet"),
            self.tr("not answered"),
        ]
        self.distribution_legend.set_entries(self.tr("Ratings:"), swatches(captions))
        if self.domain_filter.count():
            self.domain_filter.setItemText(0, self.tr("Every domain"))
        self._render()
