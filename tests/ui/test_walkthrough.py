"""A whole round through the real UI, in each language: create the shelter, answer every indicator from
the keyboard, close and reopen, and see results equal to the scoring engine's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sheltercheck.assessment.scoring import display_score
from sheltercheck.services.results import score_state
from sheltercheck.services.rounds import load_round
from sheltercheck.settings import Settings
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs.new_round import NewRoundDialog
from sheltercheck.ui.dialogs.shelter_profile import ShelterProfileDialog
from sheltercheck.ui.main_window import MainWindow
from sheltercheck.ui.models.domain_progress import DomainProgressModel
from sheltercheck.ui.pages.assessment import AssessmentPage
from sheltercheck.ui.pages.results import ResultsPage
from sheltercheck.ui.pages.shelters import SheltersPage
from tests.ui.lao_typing import type_text


def _when_modal(kind: type, act: Callable[[QDialog], None]) -> None:
    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        act(dialog)  # type: ignore[arg-type]

    QTimer.singleShot(0, handle)


def _open(qtbot: QtBot, db_path: Path, language: str) -> tuple[MainWindow, AppContext]:
    context = AppContext(Settings(language=language), database_override=str(db_path))
    context.set_language(language)
    context.open_database()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, context


@pytest.mark.parametrize("language", ["lo", "en"])
def test_a_whole_round_from_the_keyboard(qtbot: QtBot, qapp: object, db_path: Path, language: str) -> None:
    window, context = _open(qtbot, db_path, language)
    shelters = window.page("shelters")
    assert isinstance(shelters, SheltersPage)

    def fill_profile(dialog: QDialog) -> None:
        assert isinstance(dialog, ShelterProfileDialog)
        type_text(dialog.name, "ສູນພັກພິງ ຫຼວງພະບາງ")
        dialog.population_boxes["children"].setChecked(True)
        dialog.province.setCurrentIndex(dialog.province.findData("LP"))
        dialog.accept()

    _when_modal(ShelterProfileDialog, fill_profile)
    qtbot.mouseClick(shelters.new_button, Qt.MouseButton.LeftButton)
    assert shelters.model.rowCount() == 1
    assert shelters.model.index(0, 0).data() == "ສູນພັກພິງ ຫຼວງພະບາງ"

    qtbot.mouseClick(shelters.assess_button, Qt.MouseButton.LeftButton)
    page = window.page("assessment")
    assert isinstance(page, AssessmentPage) and window.current_page_key() == "assessment"

    def start_round(dialog: QDialog) -> None:
        assert isinstance(dialog, NewRoundDialog)
        type_text(dialog.participants, "ຜູ້ຈັດການ")
        dialog.accept()

    _when_modal(NewRoundDialog, start_round)
    qtbot.mouseClick(page.new_round_button, Qt.MouseButton.LeftButton)
    state = page.state
    assert state is not None and len(state.indicators) >= 100
    window.activateWindow()  # the offscreen platform does not hand activation back after a modal dialog
    qtbot.waitUntil(window.isActiveWindow)
    page.setFocus()

    keys = [Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_K]
    for number in range(len(state.indicators)):
        assert page.position == number
        if number == 7:
            qtbot.keyClick(page, Qt.Key.Key_N)
            assert page.na_reason.isVisible() and page.na_reason.hasFocus()
            type_text(page.na_reason, "ບໍ່ມີບໍລິການນີ້")
            qtbot.keyClick(page.na_reason, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(page, keys[number % len(keys)])
    answered = sum(state.response(i.code).answered for i in state.indicators)
    assert answered == len(state.indicators)
    assert state.response(state.indicators[7].code).na_reason == "ບໍ່ມີບໍລິການນີ້"

    qtbot.keyClick(page, Qt.Key.Key_Home)
    for _ in range(5):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_Left)
    expected_code = state.indicators[4].code
    assert page.current_code() == expected_code
    type_text(page.notes, "ບັນທຶກ")
    window.close()
    context.close()

    window, context = _open(qtbot, db_path, language)
    window.show_page("assessment")
    page = window.page("assessment")
    assert isinstance(page, AssessmentPage) and page.state is not None
    assert page.current_code() == expected_code  # resumed where we left off
    assert page.state.response(expected_code).notes == "ບັນທຶກ"  # notes typed just before closing
    engine = score_state(load_round(context.db, page.state.id))  # type: ignore[arg-type]

    window.show_page("results")
    results = window.page("results")
    assert isinstance(results, ResultsPage) and results.results is not None
    assert results.results.score == engine
    assert results.overall.text().startswith(f"{display_score(engine.overall)} %")
    assert results.core_gaps.rowCount() == len(engine.core_gaps)
    first_gap = results.core_gaps.index(0, 0)
    results.core_view.clicked.emit(first_gap)  # opens the indicator
    assert window.current_page_key() == "assessment"
    assert page.current_code() == engine.core_gaps[0].code
    context.close()


def test_the_domain_progress_model(qtmodeltester: ModelTester, db_path: Path, qapp: object) -> None:
    from sheltercheck.services.demo import create_demo
    from sheltercheck.services.rounds import list_rounds
    from sheltercheck.store.db import open_database

    db = open_database(db_path)
    create_demo(db)
    from sheltercheck.services.demo import DEMO_SHELTER_ID

    state = load_round(db, list_rounds(db, DEMO_SHELTER_ID)[-1].id)
    model = DomainProgressModel()
    model.set_state(state, "lo")
    qtmodeltester.check(model)
    assert model.rowCount() == len({i.domain for i in state.indicators})
    db.dispose()


def test_a_complete_round_is_locked_in_the_ui(qtbot: QtBot, qapp: object, db_path: Path) -> None:
    from sheltercheck.services.demo import create_demo
    from sheltercheck.store.db import open_database

    db = open_database(db_path)
    create_demo(db)
    db.dispose()
    window, context = _open(qtbot, db_path, "en")
    window.show_page("shelters")
    window.show_page("assessment")
    page = window.page("assessment")
    assert isinstance(page, AssessmentPage) and page.state is not None and page.state.locked
    assert page.banner.isVisible() and not page.rating.isEnabled()
    before = page.state.response(page.current_code() or "").rating
    qtbot.keyClick(page, Qt.Key.Key_0)  # refused: nothing changes
    assert page.state.response(page.current_code() or "").rating == before
    context.close()


def test_results_stay_readable_on_a_projector(qtbot: QtBot, qapp: object, db_path: Path) -> None:
    from sheltercheck.services.demo import create_demo
    from sheltercheck.store.db import open_database

    db = open_database(db_path)
    create_demo(db)
    db.dispose()
    window, context = _open(qtbot, db_path, "lo")
    window.resize(1024, 740)
    window.set_projector_mode(True)
    try:
        window.show_page("shelters")
        window.show_page("results")
        results = window.page("results")
        assert isinstance(results, ResultsPage)
        qtbot.waitUntil(lambda: results.radar.height() >= results.radar.minimumSizeHint().height())
        assert results.radar.width() >= results.radar.minimumSizeHint().width()
    finally:
        window.set_projector_mode(False)
        context.close()


def test_the_walkthrough_shows_the_previous_rounds_answer(qtbot: QtBot, qapp: object, db_path: Path) -> None:
    from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
    from sheltercheck.services.rounds import list_rounds
    from sheltercheck.store.db import open_database

    db = open_database(db_path)
    create_demo(db)
    first, second = list_rounds(db, DEMO_SHELTER_ID)
    earlier = load_round(db, first.id)
    db.dispose()
    window, context = _open(qtbot, db_path, "en")
    window.show_page("shelters")
    window.show_page("assessment")
    page = window.page("assessment")
    assert isinstance(page, AssessmentPage) and page.state is not None and page.state.id == second.id
    page.go_to(0)
    code = page.current_code() or ""
    before = earlier.response(code)
    shown_text = page.panel.previous_answer.text()
    assert page.panel.previous_answer.isVisible()
    assert shown_text.startswith("Previous round (12 Jun 2025): ")
    assert shown_text.endswith(
        f"{before.rating} "
        + ("Not in place", "Partly in place", "Mostly in place", "Fully in place")[before.rating or 0]
    )
    page.open_round(first.id)  # the first round has none before it
    assert not page.panel.previous_answer.isVisible()
    context.close()
