"""Regenerate the README's pictures of the PDF reports: `python resources/screenshots/make_report_pages.py`.

Writes the demo shelter's reports with the same code as `sheltercheck report`, then turns one page of
each into a PNG with poppler's pdftoppm (apt-get install poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (report, language, the first page showing this text, picture)
PAGES = (
    ("assessment", "lo", "ສະຫຼຸບ", "report-summary-lo"),
    ("assessment", "both", "Notes and evidence", "report-domain-both"),
    ("action-plan", "en", "Action plan", "report-plan-en"),
    ("checklist", "lo", "GOV-02", "report-checklist-lo"),
)


def first_page_with(pdf: Path, text: str) -> int:
    pdftotext = shutil.which("pdftotext") or "pdftotext"
    pages = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    for number, page in enumerate(pages.stdout.split("\f"), start=1):
        if text in page:
            return number
    raise SystemExit(f"{text!r} is not in {pdf}")


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="sheltercheck-report-pages-"))
    os.environ["SHELTERCHECK_HOME"] = str(home)
    from sheltercheck.reports.pdf_reports import write_report
    from sheltercheck.services.demo import create_demo
    from sheltercheck.services.plan_export import latest_rounds
    from sheltercheck.store.db import open_database
    from sheltercheck.ui.i18n import standalone_translator

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm not found: apt-get install poppler-utils")
    db = open_database(home / "demo.sqlite3")
    try:
        create_demo(db)
        round_id = latest_rounds(db)[0].round_id
        for report, language, text, picture in PAGES:
            pdf = home / f"{report}-{language}.pdf"
            write_report(db, report, round_id, language, pdf, standalone_translator("lo"))
            page = first_page_with(pdf, text)
            subprocess.run(
                [
                    pdftoppm,
                    "-r",
                    "72",
                    "-png",
                    "-singlefile",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(pdf),
                    str(HERE / picture),
                ],
                check=True,
            )
            print(HERE / f"{picture}.png")
    finally:
        db.dispose()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
