"""`sheltercheck export` and `sheltercheck import`: exchange files (.shelterchk) on the command line.

    sheltercheck export (--shelter ID [--round ID]... | --all) --out FILE.shelterchk
                        [--password-file F] [--redact] [--neutral-names]
    sheltercheck import FILE [--password-file F] [--yes]

`import` reads and checks the whole file, then prints what would change before anything is written.
Without --yes it asks on a terminal and refuses otherwise (exit 1), so a script never imports by
accident; --yes takes the default choices, which never replace anything here.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from sheltercheck.errors import SERVER_BACKUP, UserError
from sheltercheck.exchange import messages as m
from sheltercheck.messages import QT_TRANSLATE_NOOP, Translate, render

ROUND_NEEDS_SHELTER = QT_TRANSLATE_NOOP(
    "Errors", "--round goes with --shelter: a round belongs to one shelter."
)
PASSWORD_FILE_LIMIT = 64 * 1024


def register(commands: argparse._SubParsersAction[Any]) -> None:
    export = commands.add_parser("export", help="write shelters and their assessments to an exchange file")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--shelter", metavar="ID", help="the shelter to export")
    which.add_argument("--all", action="store_true", help="every shelter (archived ones too)")
    export.add_argument(
        "--round",
        metavar="ID",
        action="append",
        dest="rounds",
        help="with --shelter: only this round (repeatable)",
    )
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE.shelterchk", help="the file to write"
    )
    export.add_argument(
        "--password-file", type=Path, metavar="F", help="protect the file with the password on F's first line"
    )
    export.add_argument(
        "--redact", action="store_true", help="leave out notes, evidence and the names of people"
    )
    export.add_argument(
        "--neutral-names", action="store_true", help="replace shelter names by neutral labels (Shelter 3F2A)"
    )
    export.set_defaults(handler=export_command)
    imported = commands.add_parser("import", help="import an exchange file, showing what changes first")
    imported.add_argument("file", type=Path, metavar="FILE", help="the .shelterchk file")
    imported.add_argument(
        "--password-file", type=Path, metavar="F", help="the password is on the first line of F"
    )
    imported.add_argument(
        "--yes", action="store_true", help="import with the default choices (they never replace data here)"
    )
    imported.set_defaults(handler=import_command)


def read_password(path: Path) -> str:
    """The first line of `path` without its line ending; refuses an empty one."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(PASSWORD_FILE_LIMIT)
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise UserError(
            m.PASSWORD_FILE_UNREADABLE, path=path, reason=exc.strerror or type(exc).__name__
        ) from exc
    except UnicodeDecodeError:
        raise UserError(m.PASSWORD_FILE_UNREADABLE, path=path, reason="UTF-8") from None
    password = text.split("\n", 1)[0].removesuffix("\r")
    if not password:
        raise UserError(m.PASSWORD_FILE_EMPTY, path=path)
    return password


def _uuid(value: str) -> uuid.UUID:
    from sheltercheck.commands.report_cmd import BAD_ID

    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise UserError(BAD_ID, value=value) from None


def export_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.commands.options import database_address
    from sheltercheck.commands.report_cmd import NO_SUCH_SHELTER
    from sheltercheck.exchange.package import SUFFIX
    from sheltercheck.services.exchange_export import export_file
    from sheltercheck.services.exchange_text import export_lines
    from sheltercheck.store.db import open_database
    from sheltercheck.store.models import Shelter

    out: Path = args.out
    if out.suffix.lower() != SUFFIX:
        raise UserError(m.WRONG_EXTENSION, suffix=out.suffix or out.name)
    if args.rounds and args.shelter is None:
        raise UserError(ROUND_NEEDS_SHELTER)
    shelter_id = _uuid(args.shelter) if args.shelter is not None else None
    round_ids = [_uuid(value) for value in args.rounds] if args.rounds else None
    password = read_password(args.password_file) if args.password_file else None
    db = open_database(database_address(args))
    try:
        if shelter_id is not None:
            with db.sessions() as session:
                if session.get(Shelter, shelter_id) is None:
                    raise UserError(NO_SUCH_SHELTER, id=shelter_id)
        summary = export_file(
            db,
            out,
            shelter_id,
            round_ids,
            password=password,
            redacted=args.redact,
            neutral_names=args.neutral_names,
            translate=translate,
        )
    finally:
        db.dispose()
    for line in export_lines(summary, out, translate):
        print(line)
    return 0


def _ask_choices(plan: Any, language: str, translate: Translate) -> dict[uuid.UUID, Any] | None:
    """Ask for each conflict on the terminal, then for a last yes; None: the user said no."""
    from sheltercheck.services.exchange_plan import Choice, RoundPreview
    from sheltercheck.services.exchange_text import ASK_CHOICE, ASK_CONFIRM, round_label

    by_number = {"1": Choice.KEEP_BOTH, "2": Choice.REPLACE, "3": Choice.KEEP_EXISTING, "": Choice.KEEP_BOTH}
    choices = {}
    for conflict in plan.conflicts:
        record = round_label(conflict, language) if isinstance(conflict, RoundPreview) else conflict.name
        answer = None
        while answer not in by_number:
            answer = input(render(ASK_CHOICE, {"record": " ".join(record.split())}, translate)).strip()
        choices[conflict.id] = by_number[answer]
    if input(render(ASK_CONFIRM, {}, translate)).strip().lower() not in ("y", "yes", "ແມ່ນ", "ເຈົ້າ"):
        return None
    return choices


def import_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.commands.options import database_address, message_language
    from sheltercheck.exchange.package import read_file
    from sheltercheck.services.exchange_import import apply_import
    from sheltercheck.services.exchange_plan import plan_import
    from sheltercheck.services.exchange_text import (
        CANCELLED,
        NEED_YES,
        NOTHING_TO_IMPORT,
        preview_lines,
        result_lines,
    )
    from sheltercheck.store.db import open_database

    language = message_language(args)
    password = read_password(args.password_file) if args.password_file else None
    package = read_file(args.file, password)  # the whole file is checked before the database is opened
    db = open_database(database_address(args))
    try:
        plan = plan_import(db, package)
        interactive = not args.yes and sys.stdin.isatty()
        for line in preview_lines(plan, plan.resolve(), language, translate):
            print(line)
        if not plan.outcome().writes:
            print(render(NOTHING_TO_IMPORT, {"name": package.name}, translate))
            return 0
        if args.yes:
            choices = {}
        elif interactive:
            asked = _ask_choices(plan, language, translate)
            if asked is None:
                print(render(CANCELLED, {}, translate))
                return 1
            choices = asked
        else:
            raise UserError(NEED_YES)
        result = apply_import(db, plan, choices)
    finally:
        db.dispose()
    for line in result_lines(result, package.name, translate):
        print(line)
    if result.backup is None and result.outcome.writes:  # a server database: its administrator's to back up
        print(render(SERVER_BACKUP, {}, translate))
    return 0
