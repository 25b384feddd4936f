"""Exporting a report from the app: ask how (ExportReportDialog), write it, open it if asked.

The PDF and the workbook are made by the same code as `sheltercheck report` (reports/pdf_reports.py,
reports/plan_xlsx.py), in the language chosen for the report, whatever the app's language is.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs.export_report import ExportReportDialog, ReportRequest
from sheltercheck.ui.i18n import standalone_translator
from sheltercheck.ui.pages.base import Page

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _file_stem(name: str, day: dt.date) -> str:
    """A file name part from the shelter's name, safe on Windows; Lao letters are kept."""
    stem = _UNSAFE.sub("-", " ".join(name.split())).strip(" .-") or "shelter"
    return f"{stem[:60]}-{day:%Y-%m-%d}"


def _default_folder(context: AppContext) -> Path:
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
        from sheltercheck.reports.plan_xlsx import write_plan_xlsx
        from sheltercheck.services.plan_export import build_plan_export

        translate = standalone_translator(request.language)
        write_plan_xlsx(
            request.path, build_plan_export(db, round_id, request.language, translate), request.language
        )
        return
    from sheltercheck.reports.pdf_reports import write_report

    write_report(db, request.report, round_id, request.language, request.path, standalone_translator("lo"))


def export_report(page: Page, report: str) -> Path | None:
    """Ask, write, and open the report of the page's current round; the path written, or None."""
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
    saved = context.settings
    dialog = ExportReportDialog(
        report,
        saved.report_language or context.language,
        _default_folder(context),
        _file_stem(shelter, day),
        saved.open_reports,
        page,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    request = dialog.request()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        done = page.attempt(lambda: write(context, round_id, request))
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not done:
        return None
    saved.report_language, saved.open_reports = request.language, request.open_after
    saved.report_folder = str(request.path.parent)
    context.save_settings()
    if request.open_after:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(request.path))):
            QMessageBox.information(
                page,
                page.title(),
                QCoreApplication.translate(
                    "ReportExport", "The report was saved as:\n{path}\nNo program to open it was found."
                ).format(path=request.path),
            )
    else:
        QMessageBox.information(
            page,
            page.title(),
            QCoreApplication.translate("ReportExport", "The report was saved as:\n{path}").format(
                path=request.path
            ),
        )
    return request.path
