"""`sheltercheck report action-plan` end to end, in a fresh process, on a real database file."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.reports.plan_xlsx import FIRST_ITEM_ROW, HEADER_ROW
from sheltercheck.services import plan, profiles, rounds
from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.store.db import open_database

NAMESPACE = uuid.UUID("5b1f2c1e-8c7d-4f25-9d2a-0c3e5a7d9b11")  # services.demo's
SECOND_DEMO_ROUND = uuid.uuid5(NAMESPACE, "round/2")
LAO = re.compile(r"[\u0e80-\u0eff]")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sheltercheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
        cwd=cwd,
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    try:
        create_demo(db)
    finally:
        db.dispose()
    return path


def _rows(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    header = [str(cell.value) for cell in sheet[HEADER_ROW]]
    rows = [row for row in sheet.iter_rows(min_row=FIRST_ITEM_ROW, values_only=True) if row[0] is not None]
    return header, rows


def test_the_latest_action_plan_in_english_after_the_demo_command(tmp_path: Path) -> None:
    demo_db = tmp_path / "demo.sqlite3"
    made = run_cli("--db", str(demo_db), "demo")
    assert made.returncode == 0, made.stderr
    out = tmp_path / "plan.xlsx"
    result = run_cli(
        "--db", str(demo_db), "report", "action-plan", "--latest", "--lang", "en", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.strip().splitlines()) == 1 and str(out) in result.stdout
    header, rows = _rows(out)
    for word in ("Action", "Responsible", "Due", "Status"):
        assert any(word in text for text in header)
    db = open_database(demo_db)
    try:
        items = plan.list_items(db, SECOND_DEMO_ROUND)  # the latest round of the demo
    finally:
        db.dispose()
    assert [row[1] for row in rows] == [item.action for item in items]
    due = header.index("Due")
    assert all(isinstance(row[due], dt.datetime) for row in rows)


def test_an_assessment_by_id_in_lao(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan-lo.xlsx"
    result = run_cli(
        "--lang", "lo", "--db", str(demo_db), "report", "action-plan",
        "--assessment", str(SECOND_DEMO_ROUND), "--lang", "lo", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert LAO.search(result.stdout)  # the confirmation is in the language of the app
    header, rows = _rows(out)
    assert all(LAO.search(text) for text in header)
    assert len(rows) == 6


def test_several_shelters_need_shelter_with_latest(demo_db: Path, tmp_path: Path) -> None:
    db = open_database(demo_db)
    try:
        other = profiles.create_shelter(db, profiles.ShelterProfile(name="Second shelter"))
        rounds.start_round(db, other, dt.date(2025, 1, 9), "", bundled_catalogue())
    finally:
        db.dispose()
    out = tmp_path / "plan.xlsx"
    base = ("--db", str(demo_db), "report", "action-plan", "--latest", "--out", str(out))
    refused = run_cli(*base)
    assert refused.returncode == 1 and not out.exists()
    (line,) = refused.stderr.strip().splitlines()
    assert "--shelter" in line and str(DEMO_SHELTER_ID) in line and str(other) in line
    chosen = run_cli(*base, "--shelter", str(DEMO_SHELTER_ID), "--lang", "en")
    assert chosen.returncode == 0, chosen.stderr
    assert len(_rows(out)[1]) == 6
    empty = run_cli(*base[:-1], str(tmp_path / "other.xlsx"), "--shelter", str(other))
    assert empty.returncode == 0, empty.stderr
    assert _rows(tmp_path / "other.xlsx")[1] == []


@pytest.mark.parametrize(
    "args, expected",
    [
        (("--latest", "--out", "plan.docx"), ".docx"),
        (("--latest", "--out", "plan"), ".pdf / .xlsx"),
        (("--latest", "--lang", "both", "--out", "plan.xlsx"), "one language"),
        (("--assessment", "not-an-id", "--out", "plan.xlsx"), "not-an-id"),
        (("--assessment", "00000000-0000-4000-8000-000000000000", "--out", "plan.xlsx"), "no assessment"),
        (
            ("--latest", "--shelter", "00000000-0000-4000-8000-000000000000", "--out", "plan.xlsx"),
            "no shelter",
        ),
        (
            ("--assessment", str(SECOND_DEMO_ROUND), "--shelter", str(DEMO_SHELTER_ID), "--out", "p.xlsx"),
            "--latest",
        ),
    ],
)
def test_refused_reports_say_why_in_one_line_and_write_nothing(
    demo_db: Path, tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = run_cli("--db", str(demo_db), "report", "action-plan", "--lang", "en", *args, cwd=work)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert expected in line and "Traceback" not in result.stderr
    assert list(work.iterdir()) == []  # no report, no temporary file


def test_a_database_without_assessments(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    open_database(empty).dispose()
    out = tmp_path / "plan.xlsx"
    result = run_cli("--db", str(empty), "report", "action-plan", "--latest", "--out", str(out))
    assert result.returncode == 1 and not out.exists()
    (line,) = result.stderr.strip().splitlines()
    assert "no assessment" in line


def test_a_refusal_is_translated(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    result = run_cli(
        "--lang", "lo", "--db", str(demo_db), "report", "action-plan", "--latest", "--out", str(out)
    )
    assert result.returncode == 1 and not out.exists()
    (line,) = result.stderr.strip().splitlines()
    assert LAO.search(line) and ".docx" in line and ".pdf" in line


@pytest.mark.parametrize(
    "args",
    [
        ("report",),
        ("report", "action-plan", "--out", "x.xlsx"),  # neither --assessment nor --latest
        ("report", "action-plan", "--latest", "--assessment", "x", "--out", "x.xlsx"),
        ("report", "action-plan", "--latest"),  # no --out
        ("report", "action-plan", "--latest", "--lang", "fr", "--out", "x.xlsx"),
    ],
)
def test_usage_errors_are_one_line(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "x.sqlite3"), *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("report", ["assessment", "action-plan", "checklist"])
def test_pdf_reports_from_the_command_line(demo_db: Path, tmp_path: Path, report: str) -> None:
    from pypdf import PdfReader

    out = tmp_path / f"{report}.pdf"
    result = run_cli(
        "--db",
        str(demo_db),
        "report",
        report,
        "--assessment",
        str(SECOND_DEMO_ROUND),
        "--lang",
        "both",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    pages = len(PdfReader(out).pages)
    assert str(out) in line and f"{pages} page" in line


def test_a_pdf_target_that_cannot_be_written_gets_one_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.mkdir()  # a folder in the way: like a file held open by a PDF reader, it cannot be replaced
    result = run_cli(
        "--lang", "lo", "--db", str(demo_db), "report", "assessment", "--latest", "--out", str(out)
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert LAO.search(line) and str(out) in line
    assert list(out.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "demo.sqlite3",
        "report.pdf",
    ]
