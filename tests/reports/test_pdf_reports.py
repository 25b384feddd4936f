"""The three PDF reports in Lao, English and both: structure, embedding, extraction, metadata, bookmarks,
"page x of y", Lao dates, and line breaks in the produced documents.

Every document is made once per test session from the demo shelter (its latest round reopened, with a
long unspaced Lao note) and read back with qpdf, pdffonts, pdftotext and pypdf.
"""

from __future__ import annotations

import re
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sheltercheck.reports import pdf_reports
from sheltercheck.reports.document import render_pdf
from sheltercheck.reports.laotext import LaoText
from sheltercheck.reports.typeset import Typesetter
from sheltercheck.services import rounds
from sheltercheck.services.demo import create_demo
from sheltercheck.services.plan_export import latest_rounds
from sheltercheck.store.db import Database, open_database
from sheltercheck.text.segment import line_break_offsets
from sheltercheck.ui.i18n import standalone_translator
from tests.reports.pdf_helpers import PRIVATE_USE, pdftotext, tool, unspaced_lao

LAO = re.compile(r"[\u0e80-\u0eff]")
REPORTS = ("assessment", "action-plan", "checklist")
LANGUAGES = ("lo", "en", "both")


@dataclass(frozen=True)
class Made:
    db_path: Path
    round_id: uuid.UUID
    files: dict[tuple[str, str], Path]
    note: str  # the long unspaced Lao note of the first indicator


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    folder = tmp_path_factory.mktemp("pdf")
    db_path = folder / "demo.sqlite3"
    db = open_database(db_path)
    try:
        create_demo(db)
        round_id = latest_rounds(db)[0].round_id
        state = rounds.load_round(db, round_id)
        rounds.set_complete(db, state, False)
        code = state.indicators[0].code
        note = unspaced_lao(480)
        answer = state.response(code)
        answer.notes = note
        rounds.save_response(db, state, code, answer)
        lo = standalone_translator("lo")
        files: dict[tuple[str, str], Path] = {}
        for report in REPORTS:
            for language in LANGUAGES:
                path = folder / f"{report}-{language}.pdf"
                pdf_reports.write_report(db, report, round_id, language, path, lo)
                files[report, language] = path
    finally:
        db.dispose()
    yield Made(db_path, round_id, files, note)


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_are_valid_embed_their_fonts_and_extract_cleanly(
    made: Made, report: str, language: str
) -> None:
    pdf = made.files[report, language]
    check = subprocess.run([tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    for page in reader.pages:
        assert page.mediabox.width == pytest.approx(595.28, abs=0.1)  # A4
        assert page.mediabox.height == pytest.approx(841.89, abs=0.1)
    fonts = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, "no fonts"
    for row in rows:  # every font of the file is an embedded subset with a Unicode map
        assert re.fullmatch(r"[A-Z]{6}\+ShelterCheckSans-(Regular|Bold)", row[0]), row
        assert row[-5:-2] == ["yes", "yes", "yes"], row
    text = pdftotext(pdf)
    assert "\ufffd" not in text and not PRIVATE_USE.search(text)
    pypdf_text = "".join(page.extract_text() for page in reader.pages)
    assert "\ufffd" not in pypdf_text and not PRIVATE_USE.search(pypdf_text)
    if language == "en":
        assert (
            "Page 1 of" in text and "ໜ້າ 1 ຈາກ" not in text
        )  # the labels are English (the demo.s texts hold Lao)
    else:
        total = len(reader.pages)
        assert f"ໜ້າ 1 ຈາກ {total}" in text  # "page x of y" in Lao
        assert ("Page 1 of" in text) == (language == "both")


@pytest.mark.parametrize("language", LANGUAGES)
def test_metadata_and_bookmarks_are_in_the_documents_language(made: Made, language: str) -> None:
    reader = PdfReader(made.files["assessment", language])
    meta = reader.metadata
    assert meta is not None and meta.title and meta.subject and meta.author == "ShelterCheck"
    outline = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in outline]
    lo = standalone_translator("lo")
    lao_title, english_title = (
        lo("Report", "Shelter self-assessment report"),
        "Shelter self-assessment report",
    )
    if language == "en":
        assert meta.title.startswith(english_title) and not LAO.search(meta.subject or "")
        assert "Summary" in titles and "Results by domain" in titles
    else:
        assert meta.title.startswith(lao_title) and LAO.search(meta.subject or "")
        assert any(lo("Report", "Summary") in (t or "") for t in titles)
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == ("en-GB" if language == "en" else "lo-LA")


def test_bookmarks_point_at_the_pages_their_headings_are_on(made: Made) -> None:
    pdf = made.files["assessment", "en"]
    reader = PdfReader(pdf)
    flat: list[Any] = []

    def walk(items: Any) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                flat.append(item)

    walk(reader.outline)
    assert len(flat) > 15  # chapters and one bookmark per domain
    pages_seen = set()
    for item in flat:
        number = reader.get_destination_page_number(item)
        assert number is not None
        pages_seen.add(number)
        title = item.title.split(" — ")[0]
        page_text = pdftotext(pdf, "-f", str(number + 1), "-l", str(number + 1))
        assert " ".join(title.split()[:3]) in " ".join(page_text.split()), (title, number)
    assert len(pages_seen) > 5  # not all on the first page (ReportLab's deferred-page pitfall)


def test_lao_dates_use_lao_month_names(made: Made) -> None:
    text = pdftotext(made.files["assessment", "lo"])
    assert "18 ມິຖຸນາ 2026" in text and "12 ມິຖຸນາ 2025" in text
    both = pdftotext(made.files["assessment", "both"])
    assert "18 ມິຖຸນາ 2026" in both and "18 June 2026" in both


def test_the_long_unspaced_note_breaks_only_at_word_boundaries(made: Made) -> None:
    """In a table cell of the real report: each line of the note ends at an ICU boundary."""
    db = open_database(made.db_path)
    try:
        info, story, _, _ = pdf_reports.report_story(
            db, "assessment", made.round_id, "lo", standalone_translator("lo")
        )
    finally:
        db.dispose()
    render_pdf(info, story)
    cells = [f for f in _flowables(story) if isinstance(f, LaoText) and f.text == made.note]
    assert cells, "the note is in the report"
    allowed = set(line_break_offsets(made.note))
    for cell in cells:
        lines = cell.lines
        assert len(lines) > 8  # a narrow column: many lines
        pos = 0
        for line in lines[:-1]:
            assert made.note.startswith(line, pos)
            pos += len(line)
            assert pos in allowed, (
                f"break inside a word: {made.note[pos - 3 : pos]}|{made.note[pos : pos + 3]}"
            )
        assert "".join(lines) == made.note  # nothing added, nothing lost


def test_a_long_paragraph_in_the_body_breaks_only_at_word_boundaries() -> None:
    ts = Typesetter()
    text = unspaced_lao(520)
    body = ts.para(text, ts.styles.body)
    from sheltercheck.reports.document import DocumentInfo
    from sheltercheck.reports.language import Bi, ReportLanguage

    render_pdf(DocumentInfo(ReportLanguage("lo"), Bi("t"), Bi("s"), Bi("l"), Bi("r")), [body])
    assert isinstance(body, LaoText) and len(body.lines) > 3
    allowed = set(line_break_offsets(text))
    pos = 0
    for line in body.lines[:-1]:
        pos += len(line)
        assert pos in allowed


def _flowables(items: object) -> Iterator[object]:
    """Every flowable in a story, including those inside table cells."""
    if isinstance(items, list | tuple):
        for item in items:
            yield from _flowables(item)
        return
    yield items
    cells = getattr(items, "_cellvalues", None)
    if cells is not None:
        yield from _flowables(cells)


def test_the_plan_pdf_lists_every_item_in_plan_order(made: Made) -> None:
    from reportlab.platypus import Table

    from sheltercheck.services.plan import list_items

    db = open_database(made.db_path)
    try:
        items = list_items(db, made.round_id)
        _, story, _, _ = pdf_reports.report_story(db, "action-plan", made.round_id, "en")
    finally:
        db.dispose()
    (table,) = [f for f in story if isinstance(f, Table)]
    rows = table._cellvalues[1:]
    assert [row[1][0].text for row in rows] == [item.action for item in items]
    assert [row[0][0].text for row in rows] == [str(n) for n in range(1, len(items) + 1)]
    text = pdftotext(made.files["action-plan", "en"])
    assert all(item.responsible.split()[-1] in text for item in items if item.responsible)


def test_a_first_round_without_answers_or_plan_still_reports(db: Database, tmp_path: Path) -> None:
    """A round just started: no score, no comparison, no plan; every report still says so in words."""
    import datetime as dt

    from sheltercheck.catalogue.loader import bundled_catalogue
    from sheltercheck.services import profiles

    shelter = profiles.create_shelter(db, profiles.ShelterProfile(name="ສູນໃໝ່ (New shelter)"))
    round_id = rounds.start_round(db, shelter, dt.date(2026, 11, 30), "", bundled_catalogue())
    lo = standalone_translator("lo")
    for report in REPORTS:
        path = tmp_path / f"{report}.pdf"
        written = pdf_reports.write_report(db, report, round_id, "lo", path, lo)
        assert written.pages >= 1 and PdfReader(path).pages
    flat = "".join(pdftotext(tmp_path / "assessment.pdf").split())  # lines break anywhere: compare unspaced

    def said(source: str) -> bool:
        return "".join(lo("Report", source).split()) in flat

    assert said("This is the shelter's first assessment, so there is no earlier round to compare with.")
    assert said("The action plan has no items yet.")
    assert said("No gaps on core standards: every rated core indicator is fully in place.")
