"""The action plan through the real UI: drafting, Lao edits, undo/redo, reordering, filters, carry-over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.services import plan, rounds
from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.settings import Settings
from sheltercheck.store.db import open_database
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.main_window import MainWindow
from sheltercheck.ui.models.plan_filter import PlanFilterModel
from sheltercheck.ui.models.plan_table import PlanTableModel
from sheltercheck.ui.pages.action_plan import ActionPlanPage
from tests.ui.lao_typing import type_text


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_database(db_path)
    create_demo(db)
    db.dispose()
    return db_path


def _plan_page(
    qtbot: QtBot, db_path: Path, language: str = "lo"
) -> tuple[MainWindow, AppContext, ActionPlanPage]:
    context = AppContext(Settings(language=language), database_override=str(db_path))
    context.set_language(language)
    context.open_database()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("shelters")
    window.show_page("plan")
    page = window.page("plan")
    assert isinstance(page, ActionPlanPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
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


def _codes_in_order(page: ActionPlanPage) -> list[str]:
    return [str(page.model.item(row).id) for row in range(page.model.rowCount())]


def test_plan_models_are_sound(qtmodeltester: ModelTester, demo_path: Path) -> None:
    db = open_database(demo_path)
    round_id = rounds.list_rounds(db, DEMO_SHELTER_ID)[-1].id
    model = PlanTableModel("lo")
    model.set_items(plan.list_items(db, round_id))
    qtmodeltester.check(model)
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filters(status="open")
    qtmodeltester.check(proxy)
    db.dispose()


def test_draft_edit_in_lao_undo_and_redo(qtbot: QtBot, demo_path: Path) -> None:
    _window, context, page = _plan_page(qtbot, demo_path)
    assert context.db is not None and page.round_id is not None
    before = page.model.rowCount()
    assert before >= 5
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    drafted = page.model.rowCount()
    assert drafted > before  # the round's other gaps, in priority order
    page.undo_stack.undo()
    assert page.model.rowCount() == before
    page.undo_stack.redo()
    assert page.model.rowCount() == drafted

    page.table.selectRow(0)
    item_id = page.selected()
    assert item_id is not None
    original = plan.get_item(context.db, item_id).action
    page.editor.action.setFocus()
    page.editor.action.selectAll()
    type_text(page.editor.action, "ແຕ່ງຕັ້ງຜູ້ຮັບຜິດຊອບດ້ານການປົກປ້ອງເດັກ")
    page.table.setFocus()  # leaving the field commits the edit
    assert plan.get_item(context.db, item_id).action == "ແຕ່ງຕັ້ງຜູ້ຮັບຜິດຊອບດ້ານການປົກປ້ອງເດັກ"
    page.editor.due.setDate(QDate(2027, 2, 28))
    assert plan.get_item(context.db, item_id).due_on == dt.date(2027, 2, 28)

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the date
    assert plan.get_item(context.db, item_id).due_on != dt.date(2027, 2, 28)
    page.undo_stack.undo()  # and the text
    assert plan.get_item(context.db, item_id).action == original
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert plan.get_item(context.db, item_id).action == "ແຕ່ງຕັ້ງຜູ້ຮັບຜິດຊອບດ້ານການປົກປ້ອງເດັກ"
    context.close()


def test_reorder_delete_and_their_undo(qtbot: QtBot, demo_path: Path) -> None:
    _window, context, page = _plan_page(qtbot, demo_path, "en")
    order = _codes_in_order(page)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _codes_in_order(page) == [order[1], order[0], *order[2:]]
    page.undo_stack.undo()
    assert _codes_in_order(page) == order

    page.model.moveRequested.emit(page.model.item(0).id, 3)  # what a drop of row 0 below row 3 sends
    assert _codes_in_order(page)[3] == order[0]
    page.undo_stack.undo()

    page.table.selectRow(1)
    db = context.db
    assert db is not None
    doomed = plan.get_item(db, page.model.item(1).id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert str(doomed.id) not in _codes_in_order(page)
    page.undo_stack.undo()
    assert _codes_in_order(page) == order
    assert plan.get_item(db, doomed.id) == doomed  # same id, notes and position
    context.close()


def test_filters_and_overdue(qtbot: QtBot, demo_path: Path) -> None:
    _window, context, page = _plan_page(qtbot, demo_path, "en")
    overdue = [
        page.model.item(r)
        for r in range(page.model.rowCount())
        if page.model.item(r).is_overdue(dt.date.today())
    ]
    assert overdue, "the demo plan has an item due before today"
    page.overdue_only.setChecked(True)
    assert page.proxy.rowCount() == len(overdue)
    assert "⚠ overdue" in page.proxy.index(0, 6).data()
    assert not page.up_button.isEnabled()  # no reordering while filtered
    page.overdue_only.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("not_started"))
    assert all(page.proxy.index(r, 6).data().startswith("Not started") for r in range(page.proxy.rowCount()))
    context.close()


def test_a_new_round_offers_the_unfinished_items(qtbot: QtBot, demo_path: Path) -> None:
    db = open_database(demo_path)
    previous = rounds.list_rounds(db, DEMO_SHELTER_ID)[-1].id
    unfinished = [i for i in plan.list_items(db, previous) if i.is_open]
    third = rounds.start_round(db, DEMO_SHELTER_ID, dt.date.today(), "", bundled_catalogue())
    db.dispose()
    _window, context, page = _plan_page(qtbot, demo_path, "en")
    context.choose_round(third)
    assert page.round_id == third and page.model.rowCount() == 0
    seen: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.carry_button, Qt.MouseButton.LeftButton)
    assert seen and str(len(unfinished)) in seen[0]
    carried = [page.model.item(r) for r in range(page.model.rowCount())]
    assert [c.carried_from_id for c in carried] == [u.id for u in unfinished]
    seen.clear()
    _answer_when_asked(QMessageBox.StandardButton.Ok, seen)
    qtbot.mouseClick(page.carry_button, Qt.MouseButton.LeftButton)  # offered once only
    assert seen and "Nothing to carry over" in seen[0]
    context.close()


def test_a_refused_edit_changes_nothing_and_is_not_undoable(qtbot: QtBot, demo_path: Path) -> None:
    _window, context, page = _plan_page(qtbot, demo_path, "lo")
    page.table.selectRow(0)
    item_id = page.selected()
    before = plan.get_item(context.db, item_id)  # type: ignore[arg-type]
    seen: list[str] = []
    _answer_when_asked(QMessageBox.StandardButton.Ok, seen)
    page.edit_selected({"status": "dropped", "dropped_reason": ""})  # dropping needs a reason
    assert seen and "ເຫດຜົນ" in seen[0]  # told why, in Lao
    assert plan.get_item(context.db, item_id) == before  # type: ignore[arg-type]
    assert not page.undo_stack.canUndo()
    context.close()


def test_sorting_by_due_date_and_back_to_plan_order(qtbot: QtBot, demo_path: Path) -> None:
    _window, context, page = _plan_page(qtbot, demo_path, "en")
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    dues = [
        page.model.item(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).due_on
        for r in range(page.proxy.rowCount())
    ]
    assert dues == sorted(dues)  # type: ignore[type-var]
    assert page.proxy.active and not page.up_button.isEnabled()  # no moving while sorted otherwise
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == [
        str(n) for n in range(1, page.proxy.rowCount() + 1)
    ]
    assert not page.proxy.active
    context.close()
