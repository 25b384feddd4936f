"""The spreadsheet round trip for translators: lossless, and a broken workbook changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sheltercheck.catalogue import problems as p
from sheltercheck.catalogue import spreadsheet
from sheltercheck.catalogue.loader import bundled_catalogue, load_catalogue
from sheltercheck.catalogue.model import to_dict
from sheltercheck.catalogue.spreadsheet import INDICATOR_COLUMNS, export_workbook, read_workbook


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.xlsx"
    export_workbook(bundled_catalogue(), path)
    return path


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    book = load_workbook(path)
    book[sheet][cell] = value
    book.save(path)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sheltercheck", *args], capture_output=True, text=True, timeout=120
    )


def test_the_indicators_sheet_has_the_agreed_columns(workbook: Path) -> None:
    book = load_workbook(workbook, read_only=True)
    assert {"indicators", "domains", "glossary", "catalogue", "instruments"} <= set(book.sheetnames)
    header = [c.value for c in next(book["indicators"].iter_rows(max_row=1))]
    assert header[:12] == [
        "code",
        "domain",
        "core",
        "statement_en",
        "statement_lo",
        "guidance_en",
        "guidance_lo",
        "evidence_en",
        "evidence_lo",
        "action_en",
        "action_lo",
        "lo_status",
    ]
    assert header == list(INDICATOR_COLUMNS)
    rows = list(book["indicators"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(bundled_catalogue().indicators())
    first = bundled_catalogue().indicators()[0]
    assert rows[0][0] == first.code
    assert rows[0][7] == "\n".join(first.evidence.en)  # several examples, one per line
    book.close()


def test_lao_cells_carry_a_lao_font(workbook: Path) -> None:
    book = load_workbook(workbook)
    assert book["indicators"]["E2"].font.name == spreadsheet.LAO_FONT
    assert book["indicators"]["D2"].font.name != spreadsheet.LAO_FONT


def test_the_round_trip_is_lossless(workbook: Path, tmp_path: Path) -> None:
    catalogue, found = read_workbook(workbook)
    assert found == [] and catalogue is not None
    assert to_dict(catalogue) == to_dict(bundled_catalogue())
    assert catalogue.glossary == bundled_catalogue().glossary
    out = tmp_path / "imported"
    result = _cli("catalogue", "import-xlsx", str(workbook), "--out", str(out))
    assert result.returncode == 0, result.stderr
    reloaded = load_catalogue(out)
    assert to_dict(reloaded) == to_dict(bundled_catalogue())
    assert reloaded.glossary == bundled_catalogue().glossary
    assert reloaded.checksum() == bundled_catalogue().checksum()


def test_a_reviewers_edit_comes_back(workbook: Path) -> None:
    _edit(workbook, "indicators", "E2", "ສູນພັກພິງມີໃບອະນຸຍາດ ແລະ ເອກະສານທາງກົດໝາຍທີ່ຖືກຕ້ອງ.")
    _edit(workbook, "indicators", "L2", "reviewed")
    catalogue, found = read_workbook(workbook)
    assert found == [] and catalogue is not None
    first = catalogue.indicators()[0]
    assert first.statement.lo == "ສູນພັກພິງມີໃບອະນຸຍາດ ແລະ ເອກະສານທາງກົດໝາຍທີ່ຖືກຕ້ອງ."
    assert first.lo_status == "reviewed"


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "message", "reported_cell"),
    [
        ("indicators", "C3", "perhaps", p.NOT_BOOL, "C3"),
        ("indicators", "B4", "XYZ", spreadsheet.UNKNOWN_DOMAIN, "B4"),
        ("indicators", "A5", "SAF-5", p.BAD_CODE, "A5"),
        ("indicators", "L6", "done", p.BAD_VALUE, "L6"),
        ("indicators", "O7", "palermo without a colon", spreadsheet.BAD_SOURCE, "O7"),
        ("indicators", "I8", "ຕົວຢ່າງດຽວ", p.COUNTS_DIFFER, "I8"),
        ("indicators", "M9", "elders", p.BAD_VALUE, "M9"),
        ("domains", "B3", "first", p.NOT_INT, "B3"),
        ("glossary", "E2", "approved", p.BAD_VALUE, "E2"),
    ],
)
def test_a_broken_cell_is_named_and_nothing_is_written(
    workbook: Path, tmp_path: Path, sheet: str, cell: str, value: object, message: object, reported_cell: str
) -> None:
    _edit(workbook, sheet, cell, value)
    catalogue, found = read_workbook(workbook)
    assert catalogue is None
    matching = [x for x in found if x.message is message]
    assert matching, [x.render() for x in found]
    assert matching[0].file == sheet and matching[0].cell == reported_cell
    assert f"cell {reported_cell}" in matching[0].render()

    out = tmp_path / "existing"
    out.mkdir()
    (out / "keep.txt").write_text("untouched", encoding="utf-8")
    result = _cli("catalogue", "import-xlsx", str(workbook), "--out", str(out))
    assert result.returncode == 1
    assert reported_cell in result.stderr and "Traceback" not in result.stderr
    assert [x.name for x in out.iterdir()] == ["keep.txt"]


def test_a_missing_sheet_or_column_is_refused(workbook: Path) -> None:
    book = load_workbook(workbook)
    del book["glossary"]
    book["indicators"]["D1"] = "statement_english"
    book.save(workbook)
    catalogue, found = read_workbook(workbook)
    assert catalogue is None
    assert {x.message for x in found} >= {spreadsheet.MISSING_SHEET, spreadsheet.MISSING_COLUMN}


def test_a_file_that_is_not_a_workbook_is_refused_in_lao(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = _cli("--lang", "lo", "catalogue", "import-xlsx", str(fake), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "ບໍ່ແມ່ນໄຟລ໌ Excel" in result.stderr
    assert not (tmp_path / "out").exists()
