"""The `sheltercheck` command. With no subcommand it opens the desktop app.

Global options come before the subcommand. Every failure a user can cause ends in one line on stderr, in
the user's language, and a non-zero exit — never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from sheltercheck import __version__
from sheltercheck.commands import catalogue_cmd, exchange_cmd, report_cmd, workshop_cmd
from sheltercheck.commands.options import database_address, message_language
from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP, Translate, render

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70

DEMO_READY = QT_TRANSLATE_NOOP(
    "CLI", "Demo shelter ready: {name} ({rounds} rounds, {actions} action plan items)."
)
WORKSHOP_DEMO_READY = QT_TRANSLATE_NOOP(
    "CLI", "{count} more demo shelters for a workshop are ready (see the Workshop page)."
)
UNEXPECTED = QT_TRANSLATE_NOOP("CLI", "unexpected error ({problem}); details are in {log}")


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line instead of printing the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="sheltercheck",
        description="ShelterCheck: assess a shelter against international standards, in Lao and English. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"ShelterCheck {__version__}")
    parser.add_argument("--lang", choices=("lo", "en"), help="language of the app and of messages")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database: a file path (SQLite) or a SQLAlchemy URL such as postgresql://user@host/name "
        "(default: sheltercheck.sqlite3 in the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    demo = commands.add_parser(
        "demo", help="create or refresh the demo shelter (two rounds and an action plan)"
    )
    demo.add_argument(
        "--workshop",
        action="store_true",
        help="also create seven made-up shelters with their rounds, to try the Workshop page",
    )
    demo.set_defaults(handler=_demo)
    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    gui.set_defaults(handler=_gui)
    catalogue_cmd.register(commands)
    report_cmd.register(commands)
    workshop_cmd.register(commands)
    exchange_cmd.register(commands)
    return parser


def _gui(args: argparse.Namespace, _translate: Translate) -> int:
    from sheltercheck.app import run

    return run(database=args.db, language=args.lang)


def _demo(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.services.demo import create_demo
    from sheltercheck.store.db import open_database

    db = open_database(database_address(args))
    try:
        result = create_demo(db)
        more = 0
        if args.workshop:
            from sheltercheck.services.demo_workshop import create_workshop_demo

            more = create_workshop_demo(db)
    finally:
        db.dispose()
    params = {"name": result.shelter_name, "rounds": result.rounds, "actions": result.actions}
    print(render(DEMO_READY, params, translate))
    if more:
        print(render(WORKSHOP_DEMO_READY, {"count": more}, translate))
    return EXIT_OK


def cli_translator(language: str) -> Translate:
    """Messages in `language`, from the same compiled translation the desktop app uses."""
    from sheltercheck.ui.i18n import standalone_translator  # Qt's translator works without a QApplication

    return standalone_translator(language)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, Translate], int] = getattr(args, "handler", _gui)
    translate = cli_translator(message_language(args))
    try:
        return handler(args, translate)
    except UserError as error:
        print(f"sheltercheck: {error.render(translate)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to a pager or `head` that has closed
        return EXIT_OK
    except Exception as exc:  # a bug: log it in full, tell the user in one line where the log is
        from sheltercheck import logging_setup

        path = logging_setup.configure()
        log.exception("unexpected error in %s", getattr(args, "command", None) or "gui")
        message = render(UNEXPECTED, {"problem": type(exc).__name__, "log": path}, translate)
        print(f"sheltercheck: {message}", file=sys.stderr)
        return EXIT_BUG
