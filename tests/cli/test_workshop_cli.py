"""`sheltercheck workshop-summary` end to end, in a fresh process, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sheltercheck.store.db import open_database
from tests.cli.test_report_cli import LAO, run_cli


@pytest.fixture
def workshop_db(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.sqlite3"
    made = run_cli("--db", str(path), "demo", "--workshop")
    assert made.returncode == 0, made.stderr
    return path


def test_the_summary_pdf_in_both_languages_anonymised(workshop_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    result = run_cli(
        "--db", str(workshop_db), "workshop-summary", "--out", str(out), "--lang", "both", "--anonymise"
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    pages = len(PdfReader(out).pages)
    assert str(out) in line and "8 shelter" in line and f"{pages} page" in line
    text = "".join(page.extract_text() for page in PdfReader(out).pages[:1])
    assert "Shelter A" in text and "Demo shelter" not in text


def test_the_workbook_in_lao(workshop_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "workshop.xlsx"
    result = run_cli("--db", str(workshop_db), "workshop-summary", "--out", str(out), "--lang", "lo")
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    assert len(book.sheetnames) >= 4 and any(LAO.search(name) for name in book.sheetnames)


@pytest.mark.parametrize(
    "args, expected",
    [
        (("--out", "s.docx"), ".pdf / .xlsx"),
        (("--out", "s.xlsx", "--lang", "both"), "one language"),
    ],
)
def test_refusals_are_one_line(
    workshop_db: Path, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    result = run_cli("--db", str(workshop_db), "workshop-summary", *args, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert expected in line
    assert not list(tmp_path.glob("s.*"))


def test_an_empty_database_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).dispose()
    out = tmp_path / "s.pdf"
    result = run_cli("--lang", "lo", "--db", str(empty), "workshop-summary", "--out", str(out))
    assert result.returncode == 1 and not out.exists()
    (line,) = result.stderr.strip().splitlines()
    assert LAO.search(line)
