"""The walk-through: one indicator at a time, rated from buttons or the keyboard, saved as it is given.

Keys (when no text field has the focus): 0–3 rate, N does not apply (asks the reason), K don't know yet,
←/→ or PageUp/PageDown move, Home/End first/last, U next unanswered, Ctrl+F find an indicator.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from sheltercheck.services import rounds
from sheltercheck.services.rounds import ResponseState, RoundState
from sheltercheck.text.locale import format_date
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown, stored
from sheltercheck.ui.models.domain_progress import DomainProgressModel
from sheltercheck.ui.pages.base import Page
from sheltercheck.ui.widgets.indicator_panel import IndicatorPanel

RATING_KEYS = {
    Qt.Key.Key_0: "0",
    Qt.Key.Key_1: "1",
    Qt.Key.Key_2: "2",
    Qt.Key.Key_3: "3",
    Qt.Key.Key_N: "na",
    Qt.Key.Key_K: "unknown",
}
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up)


class AssessmentPage(Page):
    key = "assessment"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: RoundState | None = None
        self.previous_codes: set[str] = set()
        self.previous: RoundState | None = None  # the shelter's round before this one, if any
        self.position = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._notes_timer = QTimer(self, singleShot=True, interval=600)
        self._notes_timer.timeout.connect(self.save_texts)
        self._position_timer = QTimer(self, singleShot=True, interval=400)
        self._position_timer.timeout.connect(self.save_position)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_find)
        context.shelterChosen.connect(self.reload)
        context.databaseOpened.connect(self.reload)
        context.languageChanged.connect(lambda _language: self._show_indicator())
        self.retranslate()
        self._show_indicator()

    # layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.activated.connect(self._round_picked)
        self.new_round_button = QPushButton()
        self.new_round_button.setObjectName("newRound")
        self.new_round_button.clicked.connect(self.new_round)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("completeRound")
        self.complete_button.clicked.connect(self.toggle_complete)
        self.progress = QLabel()
        self.progress.setObjectName("roundProgress")
        top = QHBoxLayout()
        top.addWidget(self.round_combo, 1)
        top.addWidget(self.new_round_button)
        top.addWidget(self.complete_button)
        top.addWidget(self.progress)
        self.banner = QLabel()
        self.banner.setObjectName("roundBanner")
        self.banner.setWordWrap(True)

        self.domains = DomainProgressModel()
        self.domain_list = QListView()
        self.domain_list.setObjectName("domainList")
        self.domain_list.setModel(self.domains)
        self.domain_list.setSpacing(3)
        self.domain_list.setWordWrap(True)
        self.domain_list.clicked.connect(self._domain_clicked)

        self.panel = IndicatorPanel()
        panel = self.panel
        # the panel's parts the page drives (and the tests reach)
        self.statement, self.rating, self.na_reason = panel.statement, panel.rating, panel.na_reason
        self.notes, self.evidence, self.find_box = panel.notes, panel.evidence, panel.find_box
        self.auto_advance = panel.auto_advance
        self.rating.picked.connect(self.answer)
        self.na_reason.returnPressed.connect(self._reason_given)
        self.notes.textChanged.connect(self._texts_edited)
        self.evidence.textChanged.connect(self._texts_edited)
        panel.previous_button.clicked.connect(lambda: self.go_to(self.position - 1))
        panel.next_button.clicked.connect(lambda: self.go_to(self.position + 1))
        panel.unanswered_button.clicked.connect(self.next_unanswered)
        self.find_box.returnPressed.connect(self._find_entered)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.domain_list)
        self.body.addWidget(panel)
        self.body.setStretchFactor(1, 3)
        self.body.setSizes([230, 700])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.banner)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.body, 1)

    # rounds ------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.state is None or self.state.shelter_id != self.context.current_shelter_id:
            self.reload()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        """The rounds of the chosen shelter; opens the chosen round, else the newest one."""
        self.flush()
        self.round_combo.clear()
        db, shelter = self.context.db, self.context.current_shelter_id
        summaries = rounds.list_rounds(db, shelter) if db is not None and shelter is not None else []
        for summary in reversed(summaries):
            status = self.tr("complete") if summary.status == "complete" else self.tr("in progress")
            label = f"{format_date(summary.assessed_on, self.context.language)} — {status}"
            self.round_combo.addItem(label, str(summary.id))
        wanted = self.context.current_round_id or (summaries[-1].id if summaries else None)
        self.open_round(wanted)

    def open_round(self, round_id: uuid.UUID | None) -> None:
        self.flush()
        db = self.context.db
        self.state = rounds.load_round(db, round_id) if db is not None and round_id is not None else None
        previous_id = (
            rounds.previous_round_id(db, round_id) if db is not None and round_id is not None else None
        )
        self.previous = (
            rounds.load_round(db, previous_id) if db is not None and previous_id is not None else None
        )
        self.previous_codes = {i.code for i in self.previous.indicators} if self.previous else set()
        self.context.choose_round(round_id)
        index = self.round_combo.findData(str(round_id)) if round_id else -1
        if index >= 0:
            self.round_combo.setCurrentIndex(index)
        self.domains.set_state(self.state, self.context.language)
        self.position = self.state.position(self.state.current_indicator) if self.state else 0
        self._show_indicator()

    def _round_picked(self, index: int) -> None:
        self.open_round(uuid.UUID(str(self.round_combo.itemData(index))))

    def new_round(self) -> None:
        from sheltercheck.catalogue.loader import bundled_catalogue
        from sheltercheck.ui.dialogs.new_round import NewRoundDialog

        db, shelter = self.context.db, self.context.current_shelter_id
        if db is None or shelter is None:
            return
        catalogue = bundled_catalogue()
        dialog = NewRoundDialog(catalogue, self.context.language, self)
        if not dialog.exec():
            return
        round_id = self.guard(
            lambda: rounds.start_round(
                db, shelter, dialog.assessed_on(), dialog.participant_text(), catalogue
            )
        )
        if round_id is not None:
            self.context.choose_round(round_id)
            self.reload()
            self.context.dataChanged.emit()

    def toggle_complete(self) -> None:
        state, db = self.state, self.context.db
        if state is None or db is None:
            return
        self.flush()
        if not state.locked:
            missing = sum(not state.response(i.code).answered for i in state.indicators)
            if (
                missing
                and QMessageBox.question(
                    self,
                    self.title(),
                    self.tr(
                        "{count} indicators are not answered yet. Mark the round complete anyway?"
                    ).format(count=missing),
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
        self.guard(lambda: rounds.set_complete(db, state, not state.locked))
        self.reload()
        self.context.dataChanged.emit()

    # moving ------------------------------------------------------------------------------------
    def go_to(self, position: int) -> None:
        if self.state is None or not self.state.indicators:
            return
        self.flush_texts()
        self.position = max(0, min(position, len(self.state.indicators) - 1))
        self.state.current_indicator = self.state.indicators[self.position].code
        self._position_timer.start()
        self._show_indicator()

    def next_unanswered(self) -> None:
        if self.state is not None:
            found = self.state.next_unanswered(self.position)
            if found is not None:
                self.go_to(found)

    def _domain_clicked(self, index: QModelIndex) -> None:
        self.go_to(int(index.data(DomainProgressModel.FirstIndexRole)))
        self.setFocus()

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _find_entered(self) -> None:
        if self.state is None:
            return
        needle = stored(self.find_box.text()).strip().casefold()
        for position, indicator in enumerate(self.state.indicators):
            haystack = " ".join((indicator.code, indicator.statement.en, indicator.statement.lo)).casefold()
            if needle and needle in haystack:
                self.go_to(position)
                self.setFocus()
                return

    # answering ---------------------------------------------------------------------------------
    def current_code(self) -> str | None:
        if self.state is None or not self.state.indicators:
            return None
        return self.state.indicators[self.position].code

    def answer(self, answer: str) -> None:
        code, state = self.current_code(), self.state
        if code is None or state is None or state.locked:  # the banner already says how to reopen
            return
        if answer == "na":
            self.na_reason.show()
            self.na_reason.setFocus(Qt.FocusReason.OtherFocusReason)
            self.rating.show_answer("na")
            return
        previous = state.response(code)
        response = ResponseState(
            "unknown" if answer == "unknown" else "rated",
            None if answer == "unknown" else int(answer),
            "",
            previous.notes,
            previous.evidence,
        )
        if self._save(code, response) and self.auto_advance.isChecked():
            self.go_to(self.position + 1)

    def _reason_given(self) -> None:
        code, state = self.current_code(), self.state
        if code is None or state is None:
            return
        previous = state.response(code)
        response = ResponseState(
            "not_applicable", None, stored(self.na_reason.text()), previous.notes, previous.evidence
        )
        if self._save(code, response):
            self.setFocus()
            if self.auto_advance.isChecked():
                self.go_to(self.position + 1)

    def _save(self, code: str, response: ResponseState) -> bool:
        db, state = self.context.db, self.state
        if db is None or state is None:
            return False
        done = self.attempt(lambda: rounds.save_response(db, state, code, response))
        self._show_indicator()
        self.domains.refresh()
        return bool(done)

    def _texts_edited(self) -> None:
        if not self._showing:
            self._notes_timer.start()

    def save_texts(self) -> None:
        code, state = self.current_code(), self.state
        if code is None or state is None or state.locked:
            return
        previous = state.response(code)
        notes, evidence = stored(self.notes.toPlainText()), stored(self.evidence.toPlainText())
        if (notes, evidence) != (previous.notes, previous.evidence):
            updated = ResponseState(previous.kind, previous.rating, previous.na_reason, notes, evidence)
            db = self.context.db
            if db is not None:
                self.guard(lambda: rounds.save_response(db, state, code, updated))

    def flush_texts(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self.save_texts()

    def save_position(self) -> None:
        db, state = self.context.db, self.state
        if state is not None and db is not None and state.current_indicator:
            self.attempt(lambda: rounds.save_position(db, state, state.current_indicator))

    def flush(self) -> None:
        """Write what is pending (notes being typed, the position) before leaving the round or the page."""
        self.flush_texts()
        if self._position_timer.isActive():
            self._position_timer.stop()
            self.save_position()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # keyboard ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in RATING_KEYS:
            self.answer(RATING_KEYS[key])
        elif key in NEXT_KEYS:
            self.go_to(self.position + 1)
        elif key in PREVIOUS_KEYS:
            self.go_to(self.position - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.state.indicators) - 1 if self.state else 0)
        elif key == Qt.Key.Key_U:
            self.next_unanswered()
        else:
            super().keyPressEvent(event)

    # showing -----------------------------------------------------------------------------------
    _showing = False

    def _show_indicator(self) -> None:
        state = self.state
        has_round = state is not None and bool(state.indicators)
        self.body.setVisible(has_round)
        self.empty.setVisible(not has_round)
        self.complete_button.setEnabled(state is not None)
        if state is None or not state.indicators:
            self.empty.setText(shown(self._empty_text()))
            self.banner.hide()
            self.progress.clear()
            return
        language = self.context.language
        indicator = state.indicators[self.position]
        response = state.response(indicator.code)
        self._showing = True
        self.panel.show_indicator(
            indicator, response, self.position, len(state.indicators), language, state.locked
        )
        previous = self.previous
        if previous is not None and indicator.code in self.previous_codes:
            self.panel.show_previous(
                format_date(previous.assessed_on, language, "medium"), previous.response(indicator.code)
            )
        else:
            self.panel.show_previous("", None)
        self._showing = False
        answered = sum(state.response(i.code).answered for i in state.indicators)
        self.progress.setText(
            self.tr("{answered} of {total} answered").format(answered=answered, total=len(state.indicators))
        )
        self.banner.setVisible(state.locked)
        self.banner.setText(
            shown(self.tr("This round is complete and locked. Reopen it to change its answers."))
        )
        self.complete_button.setText(self.tr("Reopen") if state.locked else self.tr("Mark complete"))
        row = self.domains.row_of_position(self.position)
        if row >= 0:
            self.domain_list.setCurrentIndex(self.domains.index(row))

    def _empty_text(self) -> str:
        if self.context.current_shelter_id is None:
            return self.tr("Choose a shelter on the Shelters page first.")
        return self.tr("This shelter has no assessment round yet. Start one with “New round…”.")

    def retranslate(self) -> None:
        super().retranslate()
        self.new_round_button.setText(self.tr("New round…"))
        self.panel.retranslate()
        if self.state is not None:
            self._show_indicator()
