"""The Results page: overall score, the domains as a radar and as bars beside the previous round, core
gaps first (a click opens the indicator), strengths, and what is still unanswered."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.assessment.scoring import Gap, display_score
from sheltercheck.services.results import RoundResults, round_results
from sheltercheck.text.locale import format_date
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.models.indicator_rows import IndicatorRow, IndicatorRowsModel
from sheltercheck.ui.pages.base import Page
from sheltercheck.ui.widgets.domain_bars import DomainBars
from sheltercheck.ui.widgets.radar import RadarChart


def _signed(delta: float | None) -> str:
    if delta is None:
        return ""
    value = display_score(abs(delta)) or 0
    return "±0" if value == 0 else (f"+{value}" if delta > 0 else f"−{value}")


class ResultsPage(Page):
    key = "results"
    indicatorRequested = Signal(str)  # an indicator code to open in the walk-through

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.results: RoundResults | None = None
        self.heading = QLabel()
        self.heading.setObjectName("resultsHeading")
        self.heading.setWordWrap(True)
        self.overall = QLabel()
        self.overall.setObjectName("overallScore")
        font = self.overall.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.overall.setFont(font)
        self.counts = QLabel()
        self.counts.setObjectName("resultCounts")
        self.counts.setWordWrap(True)
        self.method_button = QPushButton()
        self.method_button.clicked.connect(self.show_method)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportReport")
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.overall)
        top.addWidget(self.counts, 1)
        top.addWidget(self.method_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.radar = RadarChart()
        self.radar.setObjectName("radar")
        self.bars = DomainBars()
        self.bars.setObjectName("domainBars")
        bars_scroll = QScrollArea()
        bars_scroll.setWidget(self.bars)
        bars_scroll.setWidgetResizable(True)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.radar)
        charts.addWidget(bars_scroll)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultTabs")
        self.core_gaps, self.core_view = self._table("coreGaps")
        self.other_gaps, self.other_view = self._table("otherGaps")
        self.strengths, self.strengths_view = self._table("strengths")
        self.todo, self.todo_view = self._table("stillToAnswer")
        for view in (self.core_view, self.other_view, self.strengths_view, self.todo_view):
            self.tabs.addTab(view, "")
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(charts)
        body.addWidget(self.tabs)
        body.setSizes([330, 260])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(top)
        content_layout.addWidget(body, 1)
        self.charts, self.body = charts, body
        # on a projector (large type) or a small screen the page scrolls rather than squeezing the charts
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(self.content)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.page_scroll, 1)
        self.radar.domainClicked.connect(self._domain_clicked)
        self.bars.domainClicked.connect(self._domain_clicked)
        context.roundChosen.connect(self._invalidate)
        context.dataChanged.connect(self._invalidate)
        context.languageChanged.connect(lambda _language: self.refresh())
        self._stale = True
        self.retranslate()
        self._render()

    def _table(self, name: str) -> tuple[IndicatorRowsModel, QTableView]:
        model = IndicatorRowsModel()
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.activated.connect(self._row_activated)
        view.clicked.connect(self._row_activated)
        return model, view

    # data --------------------------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        db, round_id = self.context.db, self.context.current_round_id
        if db is None or (round_id is None and self.context.current_shelter_id is not None):
            from sheltercheck.services.rounds import list_rounds

            summaries = list_rounds(db, self.context.current_shelter_id) if db else []  # type: ignore[arg-type]
            round_id = summaries[-1].id if summaries else None
        self.results = round_results(db, round_id) if db is not None and round_id is not None else None
        self._render()

    def _keep_charts_readable(self) -> None:
        self.charts.setMinimumHeight(self.radar.minimumSizeHint().height())
        self.tabs.setMinimumHeight(8 * self.fontMetrics().height())

    def _render(self) -> None:
        results = self.results
        self._keep_charts_readable()
        self.page_scroll.setVisible(results is not None)
        self.empty.setVisible(results is None)
        if results is None:
            self.empty.setText(
                shown(self.tr("No assessment to show yet: choose a shelter and answer a round."))
            )
            return
        language = self.context.language
        state, score = results.state, results.score
        heading = self.tr("{shelter} — round of {date}").format(
            shelter=state.shelter_name, date=format_date(state.assessed_on, language)
        )
        if results.previous is not None:
            heading += " · " + self.tr("compared with {date}").format(
                date=format_date(results.previous.assessed_on, language)
            )
        self.heading.setText(shown(heading))
        overall = display_score(score.overall)
        change = _signed(results.comparison.overall_delta) if results.comparison else ""
        self.overall.setText(
            ("—" if overall is None else f"{overall} %") + (f"  ({change})" if change else "")
        )
        self.counts.setText(
            shown(
                self.tr(
                    "{rated} of {applicable} indicators rated; {na} do not apply; {unknown} not known yet; "
                    "{unanswered} not answered. Core gaps: {core_gaps}."
                ).format(
                    rated=score.rated,
                    applicable=score.applicable,
                    na=score.not_applicable,
                    unknown=score.unknown,
                    unanswered=score.unanswered,
                    core_gaps=len(score.core_gaps),
                )
            )
        )
        catalogue = state.catalogue
        labels = [catalogue.domain(d.code).name.get(language) for d in score.domains]
        current = [d.score for d in score.domains]
        previous = None
        if results.previous_score is not None:
            before = {d.code: d.score for d in results.previous_score.domains}
            previous = [before.get(d.code) for d in score.domains]
        names = (self.tr("This round"), self.tr("Previous round") if previous else "")
        self.radar.set_data([d.code for d in score.domains], current, previous, *names)
        self.bars.set_data(labels, current, previous, *names)
        self._domain_codes = [d.code for d in score.domains]
        self.core_gaps.set_rows([self._gap_row(g) for g in score.core_gaps])
        self.other_gaps.set_rows([self._gap_row(g) for g in score.gaps if not g.core])
        self.strengths.set_rows([self._row(code, self.tr("fully in place")) for code in score.strengths])
        todo = [
            self._row(
                code,
                self.tr("don't know yet")
                if state.response(code).kind == "unknown"
                else self.tr("not answered"),
            )
            for code in (i.code for i in state.indicators)
            if state.response(code).kind in (None, "unknown")
        ]
        self.todo.set_rows(todo)
        self._update_tabs()

    def _row(self, code: str, detail: str) -> IndicatorRow:
        indicator = self.results.state.catalogue.indicator(code)  # type: ignore[union-attr]
        return IndicatorRow(code, indicator.core, indicator.statement.get(self.context.language), detail)

    def _gap_row(self, gap: Gap) -> IndicatorRow:
        labels = (self.tr("0 not in place"), self.tr("1 partly"), self.tr("2 mostly"))
        return self._row(gap.code, labels[gap.rating])

    def _update_tabs(self) -> None:
        titles = (
            self.tr("Core gaps ({count})"),
            self.tr("Other gaps ({count})"),
            self.tr("Strengths ({count})"),
            self.tr("Still to answer ({count})"),
        )
        for index, (title, model) in enumerate(
            zip(titles, (self.core_gaps, self.other_gaps, self.strengths, self.todo), strict=True)
        ):
            self.tabs.setTabText(index, title.format(count=model.rowCount()))

    # behaviour ---------------------------------------------------------------------------------
    def _row_activated(self, index: QModelIndex) -> None:
        code = index.data(IndicatorRowsModel.CodeRole)
        if code:
            self.indicatorRequested.emit(str(code))

    def _domain_clicked(self, row: int) -> None:
        if self.results is None:
            return
        domain = self._domain_codes[row]
        first = next((i.code for i in self.results.state.indicators if i.domain == domain), None)
        if first:
            self.indicatorRequested.emit(first)

    def show_method(self) -> None:
        from sheltercheck.ui.dialogs.method import MethodDialog

        MethodDialog(self).exec()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # projector mode on or off
            self._keep_charts_readable()
        super().changeEvent(event)

    def report_round(self) -> uuid.UUID | None:
        return self.results.state.id if self.results is not None else None

    def export(self) -> None:
        """The assessment report (or another report of this round) as a PDF."""
        from sheltercheck.ui.report_export import export_report

        export_report(self, "assessment")

    def retranslate(self) -> None:
        super().retranslate()
        self.method_button.setText(self.tr("How are scores computed?"))
        self.export_button.setText(self.tr("Export report…"))
        self._render()
