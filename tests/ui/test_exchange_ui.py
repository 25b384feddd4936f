"""Exchange files from the app: export with a password and redaction, then import on another computer
(a second database) after the preview, and a conflict resolved by an explicit choice."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.services.plan_export import latest_rounds
from sheltercheck.services.rounds import load_round
from sheltercheck.settings import Settings
from sheltercheck.store.db import open_database
from sheltercheck.store.models import AssessmentRound, Response, Shelter
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs.export_exchange import ExportExchangeDialog
from sheltercheck.ui.dialogs.import_preview import ImportPreviewDialog
from sheltercheck.ui.main_window import MainWindow

PASSWORD = "ລະຫັດ 2026"
Handler = Callable[[QWidget], None]


def _answer_in_turn(handlers: list[Handler], done: list[str], timeout_s: float = 30) -> None:
    """Answer the modal dialogs as they open, one handler each, in order.

    The handled dialogs are kept (not their id(): a new dialog may get the id of a deleted one). If a
    dialog is not answered in time it is rejected, so a failing test ends instead of hanging in exec().
    """
    handled: list[QWidget] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and not any(widget is seen for seen in handled):
            handled.append(widget)
            handlers[len(handled) - 1](widget)
        if len(handled) == len(handlers):
            done.append("all answered")
        elif time.monotonic() > deadline:
            done.append(f"timed out after {len(handled)} of {len(handlers)} dialogs")
            if widget is not None:
                widget.close()
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def _ok(widget: QWidget) -> None:
    assert isinstance(widget, QMessageBox), type(widget)
    widget.button(QMessageBox.StandardButton.Ok).click()


def _window(qtbot: QtBot, db_path: Path, language: str) -> tuple[MainWindow, AppContext]:
    context = AppContext(Settings(language=language), database_override=str(db_path))
    context.set_language(language)
    context.open_database()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("shelters")
    return window, context


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "shelter.sqlite3"
    db = open_database(path)
    create_demo(db)
    db.dispose()
    return path


def test_export_with_a_password_then_import_on_another_computer(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "ສົ່ງ.shelterchk"
    window, context = _window(qtbot, demo_path, "lo")
    context.current_shelter_id = DEMO_SHELTER_ID

    def fill_export(widget: QWidget) -> None:
        assert isinstance(widget, ExportExchangeDialog)
        assert widget.this_shelter.isChecked()
        widget.password.setText(PASSWORD)
        widget.repeat.setText(PASSWORD[:-1])  # a typo: the dialog refuses
        assert not widget.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        widget.repeat.setText(PASSWORD)
        widget.redact.setChecked(True)
        widget.path.setText(str(exported))
        widget.buttons.accepted.emit()

    done: list[str] = []
    _answer_in_turn([fill_export, _ok], done)
    window.export_exchange_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=40_000)
    assert done == ["all answered"]
    assert exported.read_bytes()[:2] != b"PK"  # protected: not a readable zip
    context.close()

    fresh = tmp_path / "facilitator.sqlite3"
    open_database(fresh).dispose()
    window2, context2 = _window(qtbot, fresh, "en")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileNames", lambda *args, **kwargs: ([str(exported)], "")
    )
    seen: list[str] = []

    def password(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(PASSWORD)
        widget.accept()

    def preview(widget: QWidget) -> None:
        assert isinstance(widget, ImportPreviewDialog)
        seen.extend(widget.lines.stringList())
        seen.append(widget.outcome.text())
        assert not widget.choosers  # nothing here yet: no conflict to choose for
        widget.buttons.accepted.emit()

    done.clear()
    _answer_in_turn([password, preview, _ok], done)
    window2.import_exchange_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=40_000)
    assert done == ["all answered"]
    assert any("Demo shelter" in line for line in seen) and "backup" in seen[-1]
    db = open_database(fresh)
    try:
        with db.sessions() as session:
            assert session.get(Shelter, DEMO_SHELTER_ID) is not None
            assert session.query(AssessmentRound).count() == 2
            assert all(r.notes == "" for r in session.query(Response))  # redacted before sending
    finally:
        db.dispose()
    context2.close()


def test_a_conflict_is_replaced_only_when_chosen(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    from sheltercheck.services.exchange_export import export_file
    from sheltercheck.services.rounds import ResponseState, save_response, set_complete

    exported = tmp_path / "demo.shelterchk"
    db = open_database(demo_path)
    round_id = latest_rounds(db)[0].round_id
    export_file(db, exported)
    state = load_round(db, round_id)
    set_complete(db, state, False)
    code = state.indicators[0].code
    original = state.response(code).notes
    save_response(db, state, code, ResponseState("rated", 0, notes="changed here after the export"))
    db.dispose()
    window, context = _window(qtbot, demo_path, "en")
    page = window.page("shelters")
    picked: list[str] = []

    def preview(widget: QWidget) -> None:
        assert isinstance(widget, ImportPreviewDialog)
        (chooser,) = widget.choosers.values()  # the one round that differs
        picked.append(widget.outcome.text())
        chooser.setCurrentIndex(chooser.findData("replace"))
        picked.append(widget.outcome.text())
        widget.buttons.accepted.emit()

    done: list[str] = []
    _answer_in_turn([preview, _ok], done)
    from sheltercheck.ui.exchange_actions import import_exchange

    assert import_exchange(page, [exported]) == 1
    qtbot.waitUntil(lambda: bool(done), timeout=40_000)
    assert done == ["all answered"]
    assert picked[0] != picked[1] and "replace 1" in picked[1]
    db = open_database(demo_path)
    try:
        assert load_round(db, round_id).response(code).notes == original  # the file's version is back
    finally:
        db.dispose()
    context.close()
