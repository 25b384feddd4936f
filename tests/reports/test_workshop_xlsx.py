"""The workshop workbook read back with openpyxl: sheets, headers, values, fonts, and nothing leaked."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sheltercheck.reports.plan_xlsx import LAO_FONT, LATIN_FONT
from sheltercheck.reports.score_colours import band_of
from sheltercheck.reports.workshop_xlsx import DELTA_FORMAT, FIRST_ROW, HEADER_ROW, write_workshop_xlsx
from sheltercheck.services import workshop_text as wt
from sheltercheck.services.workshop import WorkshopSelection, WorkshopView, build_workshop
from sheltercheck.store.db import Database
from sheltercheck.ui.i18n import standalone_translator
from tests.services.workshop_data import SECRETS, Workshop, make_workshop

LAO = re.compile(r"[\u0e80-\u0eff]")
SHEETS = ["Scores", "Core gaps", "Rating distribution", "Change", "About"]


@pytest.fixture
def data(db: Database) -> Workshop:
    return make_workshop(db)


def _view(db: Database, data: Workshop, anonymise: bool, language: str = "en") -> WorkshopView:
    translate = standalone_translator(language)
    selection = WorkshopSelection((data.alpha_second, data.beta_round, data.gamma_round))
    return build_workshop(db, selection, anonymise=anonymise, language=language, translate=translate)


def _header(sheet: Any) -> list[Any]:
    return [cell.value for cell in sheet[HEADER_ROW]]


def _rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [r for r in sheet.iter_rows(min_row=FIRST_ROW, values_only=True) if any(v is not None for v in r)]


def _cells(book: Any) -> list[Any]:
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def test_the_english_workbook_has_every_table(db: Database, data: Workshop, tmp_path: Path) -> None:
    view = _view(db, data, anonymise=False)
    out = tmp_path / "workshop.xlsx"
    write_workshop_xlsx(out, view)
    book = load_workbook(out)
    assert book.sheetnames == SHEETS

    scores = book["Scores"]
    header = _header(scores)
    assert header[:3] == ["Shelter", "Round of", "Round status"]
    assert header[3:6] == [
        "Governance and legal basis",
        "Referral, admission and informed consent",
        "Safety and security",
    ]
    assert header[3 + len(view.domains)] == "Overall"
    rows = _rows(scores)
    assert [r[0] for r in rows] == ["Alpha House", "Beta Refuge", "ສູນແກມມາ", "Average of the shelters"]
    alpha = rows[0]
    assert alpha[1] == dt.datetime(2026, 1, 10) and alpha[2] == "complete"
    assert alpha[3] == pytest.approx(500 / 6) and alpha[4] == 0 and alpha[5] == pytest.approx(200 / 3)
    assert alpha[6] == "—"  # no score in that domain
    assert alpha[3 + len(view.domains)] == pytest.approx(50)
    assert rows[2][2] == "in progress"
    assert rows[3][3 + len(view.domains)] == pytest.approx(view.overall_mean)
    cell = scores.cell(row=FIRST_ROW, column=4)  # Alpha's 83 %: the 80–100 band, dark text on yellow
    band = band_of(500 / 6)
    assert band is not None and cell.fill.fgColor.rgb.endswith(band.fill[1:].upper())
    assert cell.number_format == "0"
    assert scores.freeze_panes == f"B{FIRST_ROW}"

    gaps = _rows(book["Core gaps"])
    assert [(r[1], r[4], r[5]) for r in gaps] == [
        ("ADM-04", 3, 3),
        ("GOV-06", 1, 2),
        ("GOV-01", 1, 3),
        ("SAF-02", 1, 3),
    ]
    assert gaps[0][2] == "Referral, admission and informed consent" and gaps[0][3]  # the statement
    assert gaps[0][6] == pytest.approx(100) and gaps[0][8] == pytest.approx(1 / 3)
    assert gaps[0][9] == "Alpha House, Beta Refuge, ສູນແກມມາ"

    distribution = book["Rating distribution"]
    kinds = ["0 not in place", "1 partly", "2 mostly", "3 fully in place"]
    kinds += ["Does not apply", "Don't know yet", "Not answered"]
    assert _header(distribution)[4:11] == kinds
    counts = {r[0]: r for r in _rows(distribution)}
    assert counts["GOV-06"][2] == "yes" and counts["GOV-02"][2] == "no"
    assert counts["GOV-06"][4:12] == (1, 0, 0, 0, 1, 0, 1, 3)
    assert len(counts) == len(view.distribution)

    change = book["Change"]
    rows = _rows(change)
    assert rows[0][:6] == (
        "Alpha House",
        dt.datetime(2025, 1, 10),
        dt.datetime(2026, 1, 10),
        pytest.approx(500 / 9),
        pytest.approx(50),
        pytest.approx(50 - 500 / 9),
    )
    assert change.cell(row=FIRST_ROW, column=6).number_format == DELTA_FORMAT
    assert rows[1][1] == "no earlier round"
    assert rows[3][0] == "Average of the 1 shelters compared"
    assert rows[4][0] == "Total" and rows[4][-2:] == (1, 1)
    closed = _header(change).index("Core gaps closed")
    assert rows[0][closed] == 1

    about = [c.value for c in _cells(book) if c.parent.title == "About" and c.value is not None]
    assert "Workshop summary" in about and "no" in about
    assert any(isinstance(v, str) and v.startswith("Domain score =") for v in about)

    # English text in Calibri, Lao text (a Lao shelter name) in the Lao font
    for cell in _cells(book):
        if isinstance(cell.value, str) and LAO.search(cell.value):
            assert cell.font.name == LAO_FONT, cell.coordinate
        elif cell.value is not None:
            assert cell.font.name == LATIN_FONT, cell.coordinate


def test_the_lao_workbook_is_in_lao_throughout(db: Database, data: Workshop, tmp_path: Path) -> None:
    translate = standalone_translator("lo")
    view = _view(db, data, anonymise=True, language="lo")
    out = tmp_path / "ກອງປະຊຸມ.xlsx"
    write_workshop_xlsx(out, view, translate)
    book = load_workbook(out)
    assert book.sheetnames == [translate("WorkshopExport", m.template)[:31] for m in (
        wt.SHEET_SCORES, wt.SHEET_GAPS, wt.SHEET_DISTRIBUTION, wt.SHEET_CHANGE, wt.SHEET_ABOUT
    )]  # fmt: skip
    assert all(LAO.search(name) for name in book.sheetnames)
    scores = book.worksheets[0]
    header = _header(scores)
    assert header[0] == translate("WorkshopExport", "Shelter") and LAO.search(header[0])
    assert all(LAO.search(h) for h in header[3 : 3 + len(view.domains)])  # the domain names
    assert [r[0] for r in _rows(scores)][:3] == [s.label for s in view.shelters]
    assert LAO.search(_rows(scores)[0][0])  # "ສູນພັກພິງ A"
    for cell in _cells(book):
        if cell.value is not None:
            assert cell.font.name == LAO_FONT, cell.coordinate
    for sheet in book.worksheets[:4]:  # every column has a width, so Lao headings wrap instead of spilling
        for cell in sheet[HEADER_ROW]:
            assert sheet.column_dimensions[cell.column_letter].width >= 8, (sheet.title, cell.coordinate)
            assert cell.alignment.wrap_text


def test_an_anonymised_workbook_leaks_nothing(db: Database, data: Workshop, tmp_path: Path) -> None:
    for language in ("en", "lo"):
        out = tmp_path / f"anonymous-{language}.xlsx"
        write_workshop_xlsx(
            out, _view(db, data, anonymise=True, language=language), standalone_translator(language)
        )
        book = load_workbook(out)
        texts = [str(c.value) for c in _cells(book) if c.value is not None]
        ids = {str(v) for v in vars(data).values()} | {v.hex for v in vars(data).values()}
        for text in texts:
            assert not any(secret in text for secret in SECRETS), text
            assert not any(i in text for i in ids), text
        if language == "en":
            assert "Shelter A" in texts and "yes" in texts
            assert any(t.startswith("The shelters are shown as Shelter A, B, C") for t in texts)


def test_a_workshop_without_earlier_rounds_says_so(db: Database, data: Workshop, tmp_path: Path) -> None:
    view = build_workshop(db, WorkshopSelection((data.alpha_first,)), anonymise=False, language="en")
    out = tmp_path / "first.xlsx"
    write_workshop_xlsx(out, view)
    change = load_workbook(out)["Change"]
    assert (
        change.cell(row=FIRST_ROW, column=1).value
        == "None of these shelters has an earlier round to compare with."
    )
