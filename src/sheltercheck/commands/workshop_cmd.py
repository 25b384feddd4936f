"""`sheltercheck workshop-summary --out FILE.pdf|FILE.xlsx --lang lo|en|both [--anonymise]`.

The summary covers what the Workshop page shows by default: the latest round of every shelter that is
not archived (the latest complete one where there is one). With --anonymise the shelters are Shelter
A, B, C… with the letters the Workshop page uses, and no name, contact or note is printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP, Translate, render

WROTE_SUMMARY = QT_TRANSLATE_NOOP(
    "CLI", "Wrote {path}: the workshop summary of {shelters} shelter(s), {pages} page(s)."
)
WROTE_WORKBOOK = QT_TRANSLATE_NOOP("CLI", "Wrote {path}: the workshop workbook of {shelters} shelter(s).")
FORMATS = (".pdf", ".xlsx")


def register(commands: argparse._SubParsersAction[Any]) -> None:
    summary = commands.add_parser(
        "workshop-summary", help="the workshop summary of every shelter's latest round (PDF or Excel)"
    )
    summary.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the file to write: .pdf or .xlsx"
    )
    summary.add_argument(
        "--lang",
        dest="report_language",
        choices=("lo", "en", "both"),
        help="language of the summary; both = Lao with the English beneath, PDF only (default: the app's)",
    )
    summary.add_argument(
        "--anonymise", action="store_true", help="show the shelters as Shelter A, B, C… without names"
    )
    summary.set_defaults(handler=workshop_summary_command)


def workshop_summary_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.cli import cli_translator
    from sheltercheck.commands.options import database_address, message_language
    from sheltercheck.commands.report_cmd import NO_ROUNDS, check_format
    from sheltercheck.services.workshop import default_selection
    from sheltercheck.store.db import open_database

    out: Path = args.out
    language = args.report_language or message_language(args)
    suffix = check_format(out, language, FORMATS)
    db = open_database(database_address(args))
    try:
        selection = default_selection(db)
        if not selection.round_ids:
            raise UserError(NO_ROUNDS)
        if suffix == ".pdf":
            from sheltercheck.reports.pdf_reports import write_workshop_summary

            pages, shelters = write_workshop_summary(
                db, selection, language, out, anonymise=args.anonymise, translate_lo=cli_translator("lo")
            )
            message, params = WROTE_SUMMARY, dict[str, object](pages=pages, shelters=shelters)
        else:
            from sheltercheck.reports.pdf_reports import write_workshop_workbook

            shelters = write_workshop_workbook(
                db, selection, language, out, anonymise=args.anonymise, translate=cli_translator(language)
            )
            message, params = WROTE_WORKBOOK, dict[str, object](shelters=shelters)
    finally:
        db.dispose()
    print(render(message, params | {"path": out}, translate))
    return 0
