"""The reports by name, for the CLI and the app: gather the data, lay it out, write the file.

`write_report(db, "assessment" | "action-plan" | "checklist", round_id, language, path, translate_lo)`
with language "lo", "en" or "both"; `write_workshop_summary` for the workshop; and the two Excel
workbooks (one language each), `write_plan_workbook` and `write_workshop_workbook`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from sheltercheck.messages import Translate, identity_translate
from sheltercheck.reports.assessment_pdf import assessment_document
from sheltercheck.reports.checklist_pdf import checklist_document
from sheltercheck.reports.document import DocumentInfo, write_pdf
from sheltercheck.reports.language import ReportLanguage
from sheltercheck.reports.plan_pdf import plan_document
from sheltercheck.reports.plan_xlsx import write_plan_xlsx
from sheltercheck.reports.typeset import Typesetter
from sheltercheck.reports.workshop_pdf import workshop_document
from sheltercheck.reports.workshop_xlsx import write_workshop_xlsx
from sheltercheck.services.plan_export import PlanExport, build_plan_export
from sheltercheck.services.report_data import gather_report
from sheltercheck.services.rounds import load_round
from sheltercheck.services.workshop import WorkshopSelection, build_workshop
from sheltercheck.store.db import Database

REPORTS = ("assessment", "action-plan", "checklist")


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    pages: int
    shelter_name: str
    assessed_on: dt.date


def report_story(
    db: Database,
    report: str,
    round_id: uuid.UUID,
    language: str,
    translate_lo: Translate = identity_translate,
    typesetter: Typesetter | None = None,
) -> tuple[DocumentInfo, list[Flowable], str, dt.date]:
    """The document's metadata and story, and the shelter and date it is about."""
    if report not in REPORTS:
        raise ValueError(f"unknown report {report!r}")
    lang = ReportLanguage.of(language, translate_lo)
    ts = typesetter or Typesetter()
    if report == "checklist":
        state = load_round(db, round_id)
        info, story = checklist_document(ts, lang, state)
        return info, story, state.shelter_name, state.assessed_on
    if report == "action-plan":
        first = build_plan_export(
            db, round_id, lang.first, translate_lo if lang.first == "lo" else identity_translate
        )
        english = build_plan_export(db, round_id, "en") if lang.bilingual else None
        info, story = plan_document(ts, lang, first, english)
        return info, story, first.shelter_name, first.round_date
    data = gather_report(db, round_id, language, translate_lo)
    info, story = assessment_document(ts, lang, data)
    return info, story, data.results.state.shelter_name, data.results.state.assessed_on


def write_report(
    db: Database,
    report: str,
    round_id: uuid.UUID,
    language: str,
    path: Path,
    translate_lo: Translate = identity_translate,
) -> WrittenReport:
    info, story, shelter, assessed_on = report_story(db, report, round_id, language, translate_lo)
    pages = write_pdf(path, info, story)
    return WrittenReport(path, pages, shelter, assessed_on)


def workshop_story(
    db: Database,
    selection: WorkshopSelection,
    language: str,
    *,
    anonymise: bool,
    translate_lo: Translate = identity_translate,
    typesetter: Typesetter | None = None,
) -> tuple[DocumentInfo, list[Flowable], int]:
    """The workshop summary's metadata and story, and how many shelters it shows."""
    lang = ReportLanguage.of(language, translate_lo)
    first = build_workshop(
        db,
        selection,
        anonymise=anonymise,
        language=lang.first,
        translate=translate_lo if lang.first == "lo" else identity_translate,
    )
    english = build_workshop(db, selection, anonymise=anonymise, language="en") if lang.bilingual else None
    info, story = workshop_document(typesetter or Typesetter(), lang, first, english)
    return info, story, len(first.shelters)


def write_workshop_summary(
    db: Database,
    selection: WorkshopSelection,
    language: str,
    path: Path,
    *,
    anonymise: bool,
    translate_lo: Translate = identity_translate,
) -> tuple[int, int]:
    """Write the workshop summary PDF; returns (pages, shelters)."""
    info, story, shelters = workshop_story(
        db, selection, language, anonymise=anonymise, translate_lo=translate_lo
    )
    return write_pdf(path, info, story), shelters


def write_plan_workbook(
    db: Database, round_id: uuid.UUID, language: str, path: Path, translate: Translate = identity_translate
) -> PlanExport:
    """The round's plan as an Excel workbook in `language` (`translate` translates into it)."""
    export = build_plan_export(db, round_id, language, translate)
    write_plan_xlsx(path, export, language)
    return export


def write_workshop_workbook(
    db: Database,
    selection: WorkshopSelection,
    language: str,
    path: Path,
    *,
    anonymise: bool,
    translate: Translate = identity_translate,
) -> int:
    """The workshop's tables as an Excel workbook in `language`; returns how many shelters it shows."""
    view = build_workshop(db, selection, anonymise=anonymise, language=language, translate=translate)
    write_workshop_xlsx(path, view, translate)
    return len(view.shelters)
