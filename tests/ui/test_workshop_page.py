"""The Workshop page through the real UI, in Lao and English: choosing shelters and rounds, the anonymise
switch, the heat map and the other tabs, projector mode, and the workbook export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sheltercheck.app import create_application
from sheltercheck.assessment.scoring import display_score
from sheltercheck.services import workshop as service
from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.services.demo_workshop import SHELTERS, create_workshop_demo, demo_shelter_id
from sheltercheck.settings import Settings
from sheltercheck.store.db import open_database
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.i18n import standalone_translator
from sheltercheck.ui.main_window import MainWindow
from sheltercheck.ui.models.heat_map import ChangeModel, HeatMapModel
from sheltercheck.ui.models.workshop_selection import WorkshopSelectionModel
from sheltercheck.ui.models.workshop_tables import CommonGapsModel, DistributionModel
from sheltercheck.ui.pages.workshop import WorkshopPage

LAO = re.compile(r"[\u0e80-\u0eff]")
NAMES = ["ສູນພັກພິງຕົວຢ່າງ (Demo shelter)", *(s.name for s in SHELTERS)]
LABEL = {"en": "Shelter {letter}", "lo": standalone_translator("lo")("Workshop", "Shelter {letter}")}


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_database(db_path)
    create_demo(db)
    create_workshop_demo(db)
    db.dispose()
    return db_path


def _page(qtbot: QtBot, db_path: Path, language: str) -> tuple[MainWindow, AppContext, WorkshopPage]:
    create_application([])  # the bundled UI font, as the app has it (projector mode scales from it)
    context = AppContext(Settings(language=language), database_override=str(db_path))
    context.set_language(language)
    context.open_database()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("workshop")
    page = window.page("workshop")
    assert isinstance(page, WorkshopPage)
    return window, context, page


def _answer_when_asked(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    def handle() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = box.button(answer)
        assert button is not None
        button.click()

    QTimer.singleShot(0, handle)


def _letters(language: str, count: int) -> list[str]:
    return [LABEL[language].format(letter=chr(ord("A") + n)) for n in range(count)]


def test_the_workshop_models_are_sound(qtmodeltester: ModelTester, demo_path: Path, qapp: object) -> None:
    db = open_database(demo_path)
    view = service.build_workshop(db, service.default_selection(db), anonymise=True, language="lo")
    selection = WorkshopSelectionModel("lo")
    selection.set_choices(service.workshop_choices(db))
    qtmodeltester.check(selection)
    for model in (HeatMapModel(), ChangeModel(), CommonGapsModel(), DistributionModel()):
        model.set_view(view)
        qtmodeltester.check(model)
    db.dispose()


@pytest.mark.parametrize("language", ["lo", "en"])
def test_choose_shelters_and_rounds_and_read_the_heat_map(
    qtbot: QtBot, demo_path: Path, language: str
) -> None:
    _window, context, page = _page(qtbot, demo_path, language)
    assert page.anonymise.isChecked()  # anonymised unless the facilitator says otherwise
    heat = page.heat_model
    assert heat.columnCount() == 1 + 8 and heat.rowCount() == 1 + 15
    letters = _letters(language, 8)
    assert page.heat_map.column_labels()[1:] == letters
    assert [page.selection_model.label(r) for r in range(8)] == letters  # the list too, in letter order
    view = page.view_data
    assert view is not None and view.language == language
    texts = page.heat_map.cell_texts()
    for column, shelter in enumerate(view.shelters, start=1):
        assert texts[0][column] == str(display_score(shelter.overall))  # the overall row comes first
        expected = [str(display_score(v)) if v is not None else "—" for v in shelter.domains]
        assert [row[column] for row in texts[1:]] == expected
    assert texts[0][0] == str(display_score(view.overall_mean))
    if language == "lo":
        assert all(LAO.search(label) for label in page.heat_map.row_labels())
        assert LAO.search(page.tabs.tabText(0)) and LAO.search(page.summary.text())

    # untick the first row with the keyboard: its column goes, the other letters stay where they were
    page.selection_view.setFocus()
    page.selection_view.setCurrentIndex(page.selection_model.index(0, 0))
    qtbot.keyClick(page.selection_view, Qt.Key.Key_Space)
    assert heat.columnCount() == 1 + 7
    assert page.heat_map.column_labels()[1:] == letters[1:]

    # pick the older round of a shelter that has two: it has nothing to compare with any more
    row = next(r for r in range(8) if len(page.selection_model.choice(r).rounds) == 2 and r > 0)
    combo = page.selection_view.indexWidget(page.selection_model.index(row, 1))
    assert isinstance(combo, QComboBox) and combo.count() == 2
    assert page.view_data is not None
    before = page.view_data.change
    assert before is not None
    combo.setCurrentIndex(1)  # newest first: 1 is the earlier round
    picked = page.selection_model.choice(row).rounds[0]
    assert page.selection_model.index(row, 1).data(WorkshopSelectionModel.IdRole) == str(picked.id)
    assert page.view_data is not None
    after = page.view_data.change
    assert after is not None and after.compared == before.compared - 1
    column = 1 + [s.label for s in page.view_data.shelters].index(letters[row])
    assert page.change_model.index(0, column).data() == "—"
    context.close()


@pytest.mark.parametrize("language", ["lo", "en"])
def test_the_anonymise_switch_shows_or_hides_the_names(qtbot: QtBot, demo_path: Path, language: str) -> None:
    _window, context, page = _page(qtbot, demo_path, language)
    assert not set(NAMES) & set(page.heat_map.column_labels())
    box = page.anonymise  # click its tick box: the widget is wider than its label
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))
    assert not page.anonymise.isChecked() and not context.settings.workshop_anonymise
    labels = page.heat_map.column_labels()[1:]
    assert sorted(labels) == sorted(NAMES)
    assert context.db is not None
    names = [c.name for c in service.workshop_choices(context.db)]
    assert [page.selection_model.label(r) for r in range(8)] == names  # by name now
    assert page.view_data is not None and not page.view_data.anonymised
    page.anonymise.setChecked(True)
    assert page.heat_map.column_labels()[1:] == _letters(language, 8)
    # every string the models show, anonymised: no name anywhere
    shown_texts = [
        str(model.index(r, c).data(role))
        for model in (
            page.heat_model,
            page.change_model,
            page.gaps_model,
            page.distribution_model,
            page.selection_model,
        )
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert not any(name in text for name in NAMES for text in shown_texts)
    context.close()


def test_the_other_tabs(qtbot: QtBot, demo_path: Path) -> None:
    _window, context, page = _page(qtbot, demo_path, "en")
    view = page.view_data
    assert view is not None and view.change is not None
    assert page.tabs.tabText(1) == f"Common core gaps ({len(view.core_gaps)})"
    first = view.core_gaps[0]
    assert page.gaps_model.index(0, 1).data() == first.indicator.code
    assert page.gaps_model.index(0, 3).data() == f"{first.shelters} of {first.applicable}"
    assert page.distribution_model.rowCount() == len(view.distribution)
    page.core_only.setChecked(True)
    assert page.distribution_model.rowCount() == sum(d.indicator.core for d in view.distribution)
    page.domain_filter.setCurrentIndex(page.domain_filter.findData("SAF"))
    codes = [page.distribution_model.index(r, 0).data() for r in range(page.distribution_model.rowCount())]
    assert codes and all(code.startswith("SAF") for code in codes)
    assert page.distribution_model.index(0, 1).data().startswith("★ ")
    overall = page.change_model.index(0, 0).data()
    assert overall[0] in "▲▼±" and page.change_model.index(1, 0).data() == str(view.change.core_gaps_closed)
    assert "Core gaps closed" in page.change_note.text().replace("\u200b", "")
    for tab in range(page.tabs.count()):  # each tab paints without trouble
        page.tabs.setCurrentIndex(tab)
        qtbot.waitExposed(page.tabs.currentWidget())
    context.close()


def test_projector_mode_enlarges_and_raises_the_contrast(qtbot: QtBot, demo_path: Path) -> None:
    window, context, page = _page(qtbot, demo_path, "lo")
    width = page.heat_map.horizontalHeader().sectionSize(1)
    height = page.heat_map.verticalHeader().sectionSize(1)
    assert page.panel.isVisible() and not page.heat_map.cells.high_contrast
    window.projector_action.trigger()  # F11
    qtbot.waitUntil(lambda: page.heat_map.cells.high_contrast)
    assert page.heat_map.horizontalHeader().sectionSize(1) > width * 1.4
    assert page.heat_map.verticalHeader().sectionSize(1) > height * 1.4
    assert page.stacks.high_contrast and page.heat_legend.high_contrast
    assert not page.panel.isVisible()  # the list folds away; one click brings it back
    qtbot.mouseClick(page.panel_button, Qt.MouseButton.LeftButton)
    assert page.panel.isVisible()
    image = page.heat_map.grab()
    assert not image.isNull()
    window.projector_action.trigger()
    qtbot.waitUntil(lambda: not page.heat_map.cells.high_contrast)
    assert page.heat_map.horizontalHeader().sectionSize(1) == width
    assert page.panel.isVisible()
    context.close()


@pytest.mark.parametrize("language", ["lo", "en"])
def test_export_the_workbook_from_the_menu(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    target = tmp_path / f"ກອງປະຊຸມ-{language}.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window, context, _unused = _page(qtbot, demo_path, language)
    seen: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.Ok, seen)
    window.export_workshop_action.trigger()
    assert seen and str(target) in seen[0]
    book = load_workbook(target)
    assert len(book.sheetnames) == 5
    scores = book.worksheets[0]
    labels = [scores.cell(row=r, column=1).value for r in range(4, 12)]
    assert labels == _letters(language, 8)
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    assert not any(name in text for name in NAMES for text in cells)
    if language == "lo":
        assert all(LAO.search(name) for name in book.sheetnames)
    context.close()


def test_a_refused_export_says_why_in_lao(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(folder), ""))
    _window, context, page = _page(qtbot, demo_path, "lo")
    seen: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.Ok, seen)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen and LAO.search(seen[0]) and str(folder) in seen[0]
    context.close()


def test_new_letters_and_a_live_language_switch(qtbot: QtBot, demo_path: Path) -> None:
    window, context, page = _page(qtbot, demo_path, "en")
    db = context.db
    assert db is not None
    by_uuid = sorted([DEMO_SHELTER_ID, *(demo_shelter_id(s.key) for s in SHELTERS)], key=str)
    assert service.anonymous_labels(db, by_uuid) == dict(zip(by_uuid, _letters("en", 8), strict=True))
    seen: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.letters_button, Qt.MouseButton.LeftButton)
    assert seen and "new letters" in seen[0].replace("\u200b", "")
    assert page.heat_map.column_labels()[1:] == _letters("en", 8)  # handed out again, in UUID order
    window.language_actions["lo"].trigger()
    qtbot.waitUntil(lambda: page.title_label.text() == "ກອງປະຊຸມ")
    assert page.heat_map.column_labels()[1:] == _letters("lo", 8)
    assert page.view_data is not None and page.view_data.language == "lo"
    assert all(LAO.search(page.tabs.tabText(t)) for t in range(page.tabs.count()))
    assert LAO.search(page.heat_map.row_labels()[1])
    context.close()


def test_an_empty_database_says_there_is_nothing_to_compare(qtbot: QtBot, db_path: Path) -> None:
    _window, context, page = _page(qtbot, db_path, "lo")
    assert page.empty.isVisible() and not page.splitter.isVisible()
    assert LAO.search(page.empty.text())
    assert not page.export_button.isEnabled()
    context.close()
