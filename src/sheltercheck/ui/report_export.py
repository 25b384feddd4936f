"""Exporting a report from the app: ask how (ExportReportDialog), write it, open it if asked.

The PDF and the workbook are made by the same code as `sheltercheck report` (reports/pdf_reports.py,
reports/plan_xlsx.py), in the language chosen for the report, whatever the app's language is.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from sheltercheck.services.workshop import WorkshopSelection
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs.export_report import REPORTS, ExportReportDialog, ReportRequest
from sheltercheck.ui.i18n import standalone_translator
from sheltercheck.ui.pages.base import Page

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_stem(name: str, day: dt.date) -> str:
    """A file name part from the shelter's name, safe on Windows; Lao letters are kept."""
    stem = _UNSAFE.sub("-", " ".join(name.split())).strip(" .-") or "shelter"
    return f"{stem[:60]}-{day:%Y-%m-%d}"


def default_folder(context: AppContext) -> Path:
    saved = Path(context.settings.report_folder) if context.settings.report_folder else None
    if saved is not None and saved.is_dir():
        return saved
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _round_facts(context: AppContext, round_id: uuid.UUID) -> tuple[str, dt.date] | None:
    from sheltercheck.services.rounds import load_round

    db = context.db
    if db is None:
        return None
    state = load_round(db, round_id)
    return state.shelter_name, state.assessed_on


def write(context: AppContext, round_id: uuid.UUID, request: ReportRequest) -> None:
    """Write the report of `request` for the round (UserErrors for file and data problems)."""
    db = context.db
    if db is None:
        return
    if request.path.suffix.lower() == ".xlsx":
        from sheltercheck.reports.pdf_reports import write_plan_workbook

        write_plan_workbook(
            db, round_id, request.language, request.path, standalone_translator(request.language)
        )
        return
    from sheltercheck.reports.pdf_reports import write_report

    write_report(db, request.report, round_id, request.language, request.path, standalone_translator("lo"))


def export_report(page: Page, report: str) -> Path | None:
    """Ask, write, and open a report of the page's current round; the path written, or None."""
    context = page.context
    round_id = page.report_round()
    if context.db is None or round_id is None:
        QMessageBox.information(
            page,
            page.title(),
            QCoreApplication.translate("ReportExport", "Choose a shelter with an assessment round first."),
        )
        return None
    facts = page.guard(lambda: _round_facts(context, round_id))
    if facts is None:
        return None
    shelter, day = facts
    return _ask_and_write(
        page, report, file_stem(shelter, day), REPORTS, lambda r: write(context, round_id, r)
    )


def export_workshop_summary(page: Page, selection: WorkshopSelection, anonymise: bool) -> Path | None:
    """The workshop summary (PDF) or workbook (Excel) of the shelters and rounds the page shows."""
    context = page.context
    db = context.db
    if db is None or not selection.round_ids:
        return None

    def write_summary(request: ReportRequest) -> None:
        if request.path.suffix.lower() == ".xlsx":
            from sheltercheck.reports.pdf_reports import write_workshop_workbook

            translate = standalone_translator(request.language)
            write_workshop_workbook(
                db, selection, request.language, request.path, anonymise=anonymise, translate=translate
            )
            return
        from sheltercheck.reports.pdf_reports import write_workshop_summary

        write_workshop_summary(
            db,
            selection,
            request.language,
            request.path,
            anonymise=anonymise,
            translate_lo=standalone_translator("lo"),
        )

    stem = f"{dt.date.today():%Y-%m-%d}" + ("-anonymised" if anonymise else "")
    return _ask_and_write(page, "workshop", stem, ("workshop",), write_summary)


def _ask_and_write(
    page: Page, report: str, stem: str, reports: tuple[str, ...], write_file: Callable[[ReportRequest], None]
) -> Path | None:
    context = page.context
    saved = context.settings
    dialog = ExportReportDialog(
        report,
        saved.report_language or context.language,
        default_folder(context),
        stem,
        saved.open_reports,
        page,
        reports,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    request = dialog.request()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = page.attempt(lambda: write_file(request))
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not done:
        return None
    saved.report_language, saved.open_reports = request.language, request.open_after
    saved.report_folder = str(request.path.parent)
    context.save_settings()
    if not request.open_after:
        saved_as = QCoreApplication.translate("ReportExport", "The report was saved as:\n{path}")
        QMessageBox.information(page, page.title(), saved_as.format(path=request.path))
    elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(request.path))):
        no_reader = QCoreApplication.translate(
            "ReportExport", "The report was saved as:\n{path}\nNo program to open it was found."
        )
        QMessageBox.information(page, page.title(), no_reader.format(path=request.path))
    return request.path
