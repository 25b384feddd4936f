"""`sheltercheck catalogue check | export-xlsx | import-xlsx`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sheltercheck.messages import QT_TRANSLATE_NOOP, Translate, render

CHECK_SUMMARY = QT_TRANSLATE_NOOP(
    "CLI",
    "{key}: {domains} domains, {indicators} indicators ({core} core); complete: English {en}, Lao {lo}; "
    "Lao drafts awaiting review: {drafts}",
)
CHECK_DOMAIN = QT_TRANSLATE_NOOP("CLI", "  {code}: {indicators} indicators, {core} core")
QUALITY_HEADER = QT_TRANSLATE_NOOP("CLI", "{count} language problem(s):")
EXPORTED = QT_TRANSLATE_NOOP("CLI", "Wrote {path}: {indicators} indicators on the “indicators” sheet.")
IMPORTED = QT_TRANSLATE_NOOP("CLI", "Wrote the catalogue {key} ({indicators} indicators) to {path}.")
REFUSED = QT_TRANSLATE_NOOP("CLI", "The workbook was refused ({count} problem(s)); nothing was written:")


def register(commands: argparse._SubParsersAction[Any]) -> None:
    group = commands.add_parser(
        "catalogue", help="check the standards catalogue or round-trip it through Excel"
    )
    sub = group.add_subparsers(
        dest="catalogue_command", metavar="ACTION", required=True, parser_class=type(group)
    )
    check = sub.add_parser("check", help="validate a catalogue folder and print its counts")
    check.add_argument("path", nargs="?", type=Path, help="catalogue folder (default: the bundled one)")
    check.add_argument("--json", action="store_true", help="print the counts as JSON")
    check.set_defaults(handler=check_command)
    export = sub.add_parser("export-xlsx", help="write the catalogue as a workbook for translators")
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    export.add_argument(
        "--from", dest="source", type=Path, help="catalogue folder (default: the bundled one)"
    )
    export.set_defaults(handler=export_command)
    imp = sub.add_parser("import-xlsx", help="turn a reviewed workbook back into catalogue files")
    imp.add_argument("workbook", type=Path, metavar="IN.xlsx")
    imp.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="folder to write the catalogue to"
    )
    imp.set_defaults(handler=import_command)


def _percent(share: float) -> str:
    return f"{share * 100:.1f} %"


def check_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.catalogue.loader import load_catalogue
    from sheltercheck.catalogue.problems import CatalogueError
    from sheltercheck.catalogue.quality import check_quality
    from sheltercheck.catalogue.stats import catalogue_stats

    try:
        catalogue = load_catalogue(args.path)
    except CatalogueError as error:
        print(error.render(translate), file=sys.stderr)
        for problem in error.problems[1:]:
            print(f"  {problem.render(translate)}", file=sys.stderr)
        return 1
    stats = catalogue_stats(catalogue)
    issues = check_quality(catalogue)
    if args.json:
        data = stats.as_json()
        data["language_problems"] = [issue.render(translate) for issue in issues]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(
            render(
                CHECK_SUMMARY,
                {
                    "key": stats.key,
                    "domains": stats.domains,
                    "indicators": stats.indicators,
                    "core": stats.core,
                    "en": _percent(stats.complete_en),
                    "lo": _percent(stats.complete_lo),
                    "drafts": stats.lo_draft,
                },
                translate,
            )
        )
        for domain in stats.per_domain:
            print(
                render(
                    CHECK_DOMAIN,
                    {"code": domain.code, "indicators": domain.indicators, "core": domain.core},
                    translate,
                )
            )
        if issues:
            print(render(QUALITY_HEADER, {"count": len(issues)}, translate))
            for issue in issues:
                print(f"  {issue.render(translate)}")
    return 1 if issues else 0


def export_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.catalogue.loader import load_catalogue
    from sheltercheck.catalogue.spreadsheet import export_workbook

    catalogue = load_catalogue(args.source)
    export_workbook(catalogue, args.out)
    print(render(EXPORTED, {"path": args.out, "indicators": len(catalogue.indicators())}, translate))
    return 0


def import_command(args: argparse.Namespace, translate: Translate) -> int:
    from sheltercheck.catalogue.spreadsheet import read_workbook
    from sheltercheck.catalogue.writer import write_catalogue_dir

    catalogue, found = read_workbook(args.workbook)
    if catalogue is None:
        print(render(REFUSED, {"count": len(found)}, translate), file=sys.stderr)
        for problem in found:
            print(f"  {problem.render(translate)}", file=sys.stderr)
        return 1
    write_catalogue_dir(catalogue, args.out)
    print(
        render(
            IMPORTED,
            {"key": catalogue.key, "indicators": len(catalogue.indicators()), "path": args.out},
            translate,
        )
    )
    return 0
