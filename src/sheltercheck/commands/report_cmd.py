"""`sheltercheck report assessment|action-plan|checklist (--assessment ID | --latest [--shelter ID])
--lang lo|en|both --out FILE`.

The file format follows the extension of --out: .pdf for every report, and .xlsx for the action plan
(Lao or English; "both" is a PDF layout). Nothing is written when anything is refused, and a file is
written whole or not at all (fileio.atomic_write_bytes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP, Translate, render

if TYPE_CHECKING:
    from sheltercheck.store.db import Database

WROTE_PLAN = QT_TRANSLATE_NOOP(
    "CLI", "Wrote {path}: the action plan of {shelter}, assessment of {date}, {items} item(s)."
)
WROTE_REPORT = QT_TRANSLATE_NOOP("CLI", "Wrote {path}: {pages} page(s), {shelter}, assessment of {date}.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "ShelterCheck cannot write “{suffix}” files; give the report file the extension {allowed}."
)
BOTH_NEEDS_PDF = QT_TRANSLATE_NOOP(
    "Errors", "An Excel workbook is in one language: use --lang lo or --lang en, or write a .pdf."
)
BAD_ID = QT_TRANSLATE_NOOP(
    "Errors", "“{value}” is not an ID: an ID looks like 0f8c5c2e-3b1a-4c5d-9e7f-1a2b3c4d5e6f."
)
NO_SUCH_ASSESSMENT = QT_TRANSLATE_NOOP("Errors", "There is no assessment {id} in this database.")
NO_SUCH_SHELTER = QT_TRANSLATE_NOOP("Errors", "There is no shelter {id} in this database.")
NO_ROUNDS = QT_TRANSLATE_NOOP("Errors", "There is no assessment in this database yet.")
SHELTER_HAS_NO_ROUNDS = QT_TRANSLATE_NOOP("Errors", "The shelter {name} has no assessment yet.")
SEVERAL_SHELTERS = QT_TRANSLATE_NOOP(
    "Errors", "{count} shelters have assessments; choose one with --shelter ID: {choices}"
)
SHELTER_WITHOUT_LATEST = QT_TRANSLATE_NOOP(
    "Errors", "--shelter goes with --latest; --assessment already names the assessment."
)

FORMATS = {"action-plan": (".pdf", ".xlsx"), "assessment": (".pdf",), "checklist": (".pdf",)}
HELP = {
    "assessment": "the assessment report: scores, radar, change, gaps, every indicator, plan and method",
    "action-plan": "the action plan of an assessment round",
    "checklist": "a blank checklist of the round's indicators, for rating on paper",
}


def register(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("report", help="write a report to a file (PDF, or Excel for the action plan)")
    sub = group.add_subparsers(
        dest="report_command", metavar="REPORT", required=True, parser_class=type(group)
    )
    for name, help_text in HELP.items():
        report = sub.add_parser(name, help=help_text)
        which = report.add_mutually_exclusive_group(required=True)
        which.add_argument("--assessment", metavar="ID", help="the assessment round's ID")
        which.add_argument("--latest", action="store_true", help="the latest assessment round")
        report.add_argument(
            "--shelter", metavar="ID", help="with --latest: the shelter (needed when there are several)"
        )
        report.add_argument(
            "--lang",
            dest="report_language",
            choices=("lo", "en", "both"),
            help="language of the report; both = Lao with the English beneath (default: the app's language)",
        )
        suffixes = " or ".join(FORMATS[name])
        report.add_argument(
            "--out", type=Path, required=True, metavar="FILE", help=f"the file to write: {suffixes}"
        )
        report.set_defaults(handler=report_command)


def check_format(out: Path, language: str, allowed: tuple[str, ...]) -> str:
    """The file format of --out, one of `allowed`; a workbook is in one language. Checked before the
    database is opened, so a refusal changes nothing."""
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise UserError(UNKNOWN_FORMAT, suffix=out.suffix or out.name, allowed=" / ".join(allowed))
    if suffix == ".xlsx" and language == "both":
        raise UserError(BOTH_NEEDS_PDF)
    return suffix


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise UserError(BAD_ID, value=value) from None


def _round_id(db: Database, args: argparse.Namespace) -> uuid.UUID:
    from sheltercheck.services.plan_export import latest_rounds
    from sheltercheck.store.models import AssessmentRound, Shelter

    if args.assessment is not None:
        if args.shelter is not None:
            raise UserError(SHELTER_WITHOUT_LATEST)
        round_id = _uuid(args.assessment)
        with db.sessions() as session:
            if session.get(AssessmentRound, round_id) is None:
                raise UserError(NO_SUCH_ASSESSMENT, id=round_id)
        return round_id
    shelter_id = _uuid(args.shelter) if args.shelter is not None else None
    name = ""
    if shelter_id is not None:
        with db.sessions() as session:
            shelter = session.get(Shelter, shelter_id)
            if shelter is None:
                raise UserError(NO_SUCH_SHELTER, id=shelter_id)
            name = shelter.name
    latest = latest_rounds(db, shelter_id)
    if not latest:
        if shelter_id is not None:
            raise UserError(SHELTER_HAS_NO_ROUNDS, name=name)
        raise UserError(NO_ROUNDS)
    if len(latest) > 1:
        choices = "; ".join(f"{r.shelter_name} ({r.shelter_id})" for r in latest)
        raise UserError(SEVERAL_SHELTERS, count=len(latest), choices=" ".join(choices.split()))
    return latest[0].round_id


def report_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.commands.options import database_address, message_language
    from sheltercheck.store.db import open_database
    from sheltercheck.text.locale import format_date

    out: Path = args.out
    language = args.report_language or message_language(args)
    suffix = check_format(out, language, FORMATS[args.report_command])
    db = open_database(database_address(args))
    try:
        round_id = _round_id(db, args)
        if suffix == ".xlsx":
            shelter, date, count = _plan_xlsx(db, round_id, language, out)
            message, params = WROTE_PLAN, dict[str, object](items=count)
        else:
            shelter, date, pages = _pdf(db, args.report_command, round_id, language, out)
            message, params = WROTE_REPORT, dict[str, object](pages=pages)
    finally:
        db.dispose()
    params |= {
        "path": out,
        "shelter": " ".join(shelter.split()),
        "date": format_date(date, message_language(args)),
    }
    print(render(message, params, translate))
    return 0


def _plan_xlsx(db: Database, round_id: uuid.UUID, language: str, out: Path) -> tuple[str, dt.date, int]:
    from sheltercheck.cli import cli_translator
    from sheltercheck.reports.pdf_reports import write_plan_workbook

    export = write_plan_workbook(db, round_id, language, out, cli_translator(language))
    return export.shelter_name, export.round_date, len(export.items)


def _pdf(
    db: Database, report: str, round_id: uuid.UUID, language: str, out: Path
) -> tuple[str, dt.date, int]:
    from sheltercheck.cli import cli_translator
    from sheltercheck.reports.pdf_reports import write_report

    written = write_report(db, report, round_id, language, out, cli_translator("lo"))
    return written.shelter_name, written.assessed_on, written.pages
