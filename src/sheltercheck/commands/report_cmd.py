"""`sheltercheck report action-plan (--assessment ID | --latest [--shelter ID]) --lang lo|en --out FILE`.

`report` takes the kind of report as its action, so `report assessment` and `report checklist` can join
`action-plan` later. The file format follows the extension of --out: .xlsx now; .pdf comes later and is
refused with a message until then. Nothing is written when anything is refused.
"""

from __future__ import annotations

import argparse
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
PDF_LATER = QT_TRANSLATE_NOOP("Errors", "PDF reports come in a later version; use .xlsx.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "ShelterCheck cannot write “{suffix}” files; give the report file the extension .xlsx."
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

FORMATS = (".xlsx",)


def register(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser("report", help="write a report to a file (Excel now, PDF later)")
    sub = group.add_subparsers(
        dest="report_command", metavar="ACTION", required=True, parser_class=type(group)
    )
    plan = sub.add_parser("action-plan", help="the action plan of an assessment round")
    which = plan.add_mutually_exclusive_group(required=True)
    which.add_argument("--assessment", metavar="ID", help="the assessment round's ID")
    which.add_argument("--latest", action="store_true", help="the latest assessment round")
    plan.add_argument(
        "--shelter", metavar="ID", help="with --latest: the shelter (needed when there are several)"
    )
    plan.add_argument(
        "--lang",
        dest="report_language",
        choices=("lo", "en"),
        help="language of the report (default: the language of the app)",
    )
    plan.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help="the file to write; .xlsx (.pdf later)"
    )
    plan.set_defaults(handler=action_plan_command)


def _format(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        raise UserError(PDF_LATER)
    if suffix not in FORMATS:
        raise UserError(UNKNOWN_FORMAT, suffix=out.suffix or out.name)
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


def action_plan_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.cli import cli_translator
    from sheltercheck.commands.options import database_address, message_language
    from sheltercheck.reports.plan_xlsx import write_plan_xlsx
    from sheltercheck.services.plan_export import build_plan_export
    from sheltercheck.store.db import open_database
    from sheltercheck.text.locale import format_date

    out: Path = args.out
    _format(out)  # refuse an unknown format before touching the database
    language = args.report_language or message_language(args)
    db = open_database(database_address(args))
    try:
        round_id = _round_id(db, args)
        export = build_plan_export(db, round_id, language, cli_translator(language))
    finally:
        db.dispose()
    write_plan_xlsx(out, export, language)
    params = {
        "path": out,
        "shelter": " ".join(export.shelter_name.split()),
        "date": format_date(export.round_date, message_language(args)),
        "items": len(export.items),
    }
    print(render(WROTE_PLAN, params, translate))
    return 0
