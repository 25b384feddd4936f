"""Exporting reports from the app: the Export menu and the page buttons, the dialog, the files written."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from sheltercheck import settings as settings_store
from sheltercheck.services.demo import create_demo
from sheltercheck.settings import Settings
from sheltercheck.store.db import open_database
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs.export_report import ExportReportDialog
from sheltercheck.ui.i18n import standalone_translator
from sheltercheck.ui.main_window import MainWindow

LAO = re.compile(r"[\u0e80-\u0eff]")


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_database(db_path)
    create_demo(db)
    db.dispose()
    return db_path


def _window(qtbot: QtBot, db_path: Path, language: str, page: str) -> tuple[MainWindow, AppContext]:
    context = AppContext(Settings(language=language), database_override=str(db_path))
    context.set_language(language)
    context.open_database()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("shelters")
    window.show_page(page)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, context


def _when_modal(handle: Callable[[QApplication], None]) -> None:
    QTimer.singleShot(0, lambda: handle(QApplication.instance()))  # type: ignore[arg-type]


def _fill_dialog(
    path: Path, *, language: str, report: str | None = None, fmt: str = ".pdf", open_after: bool = False
) -> list[ExportReportDialog]:
    """Answer the export dialog when it opens; afterwards, answer the message that follows with OK."""
    seen: list[ExportReportDialog] = []

    def handle(_app: QApplication) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportReportDialog)
        seen.append(dialog)
        if report is not None:
            dialog.report.setCurrentIndex(dialog.report.findData(report))
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.path.setText(str(path))
        dialog.open_after.setChecked(open_after)
        dialog.buttons.accepted.emit()

    _when_modal(handle)
    return seen


def _answer_message(seen: list[str]) -> None:
    def handle() -> None:
        box = QApplication.activeModalWidget()
        if box is None:  # the report is still being written
            QTimer.singleShot(20, handle)
            return
        assert isinstance(box, QMessageBox), type(box)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, handle)


def test_results_page_exports_the_bilingual_assessment_report(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    window, context = _window(qtbot, demo_path, "lo", "results")
    target = tmp_path / "ລາຍງານ.pdf"
    dialogs = _fill_dialog(target, language="both")
    messages: list[str] = []
    _answer_message(messages)
    page = window.page("results")
    page.export_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert dialogs and dialogs[0].format.isEnabled() is False  # a report other than the plan is PDF only
    assert str(target) in messages[0]
    reader = PdfReader(target)
    text = "\n".join(p.extract_text() for p in reader.pages[:3])
    assert LAO.search(text) and "Summary" in text  # Lao with the English beneath
    assert len(reader.pages) > 10
    saved = settings_store.load()
    assert (saved.report_language, saved.report_folder, saved.open_reports) == ("both", str(tmp_path), False)
    context.close()


def test_export_menu_writes_the_plan_as_excel_in_lao(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from sheltercheck.reports.plan_xlsx import HEADER_ROW

    window, context = _window(qtbot, demo_path, "en", "plan")
    target = tmp_path / "ແຜນ"  # no extension typed: the format's is added
    _fill_dialog(target, language="lo", fmt=".xlsx")
    messages: list[str] = []
    _answer_message(messages)
    window.export_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    written = target.with_suffix(".xlsx")
    sheet = load_workbook(written).active
    assert sheet is not None
    header = [cell.value for cell in sheet[HEADER_ROW]]
    lao_action = standalone_translator("lo")("PlanExport", "Action")
    assert lao_action != "Action" and lao_action in header  # Lao, though the app is in English
    context.close()


def test_dialog_offers_excel_only_for_a_one_language_plan(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportReportDialog("action-plan", "en", tmp_path, "shelter-2026-06-18", False)
    qtbot.addWidget(dialog)
    assert dialog.format.isEnabled()
    dialog.format.setCurrentIndex(1)
    assert dialog.path.text().endswith("action-plan-shelter-2026-06-18-en.xlsx")
    dialog.language.setCurrentIndex(dialog.language.findData("both"))
    assert not dialog.format.isEnabled() and dialog.chosen_format() == ".pdf"
    assert dialog.path.text().endswith("-both.pdf")
    dialog.report.setCurrentIndex(dialog.report.findData("checklist"))
    assert dialog.path.text() == str(tmp_path / "checklist-shelter-2026-06-18-both.pdf")
    dialog.path.setText("relative name")
    assert dialog.request().path == tmp_path / "relative name.pdf"
    dialog.path.setText("  ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


class _Opener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_checklist_opens_when_it_is_ready(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    window, context = _window(qtbot, demo_path, "en", "results")
    opener = _Opener()
    # the system's PDF reader, stood in for by Qt (PySide6 wants a str here; its type stub says bytes)
    QDesktopServices.setUrlHandler("file", opener, "open")  # type: ignore[arg-type]
    try:
        target = tmp_path / "checklist.pdf"
        _fill_dialog(target, language="lo", report="checklist", open_after=True)
        window.export_actions["checklist"].trigger()
        qtbot.waitUntil(lambda: bool(opener.urls), timeout=30_000)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opener.urls[0].toLocalFile() == str(target)
    metadata = PdfReader(target).metadata
    assert metadata is not None and metadata.title is not None
    assert metadata.title.startswith(standalone_translator("lo")("Report", "Self-assessment checklist"))
    context.close()


def test_a_target_that_cannot_be_written_is_explained_and_nothing_is_left(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    window, context = _window(qtbot, demo_path, "lo", "results")
    target = tmp_path / "busy.pdf"
    target.mkdir()  # a folder where the file should go: the write must fail cleanly
    _fill_dialog(target, language="lo")
    messages: list[str] = []
    _answer_message(messages)
    window.export_actions["assessment"].trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert LAO.search(messages[0])  # in the user's language
    assert target.is_dir() and list(target.iterdir()) == []
    leftovers = [
        p.name for p in tmp_path.iterdir() if p.name not in ("home", "busy.pdf") and "sqlite3" not in p.name
    ]
    assert leftovers == []  # no temporary file left behind
    context.close()


def test_the_workshop_page_exports_its_summary(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    from sheltercheck.services.demo_workshop import create_workshop_demo

    db = open_database(demo_path)
    create_workshop_demo(db)
    db.dispose()
    window, context = _window(qtbot, demo_path, "lo", "workshop")
    page = window.page("workshop")
    qtbot.waitUntil(lambda: page.summary_button.isEnabled())  # type: ignore[attr-defined]
    target = tmp_path / "ສະຫຼຸບ.pdf"
    dialogs = _fill_dialog(target, language="both")
    messages: list[str] = []
    _answer_message(messages)
    page.summary_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert dialogs[0].report.count() == 1  # only the workshop summary is offered here
    text = "".join(p.extract_text() for p in PdfReader(target).pages[:2])
    assert "Shelter A" in text  # anonymised, as the page shows it by default
    assert "Demo shelter" not in text
    context.close()
