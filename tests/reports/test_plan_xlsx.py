"""The action plan workbook read back with openpyxl: headers, order, dates and fonts, in both languages."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sheltercheck.cli import cli_translator
from sheltercheck.errors import UserError
from sheltercheck.reports.plan_xlsx import FIRST_ITEM_ROW, HEADER_ROW, LAO_FONT, LATIN_FONT, write_plan_xlsx
from sheltercheck.services import plan
from sheltercheck.services.demo import create_demo
from sheltercheck.services.plan_export import HEADERS, build_plan_export
from sheltercheck.store.db import Database

NAMESPACE = uuid.UUID("5b1f2c1e-8c7d-4f25-9d2a-0c3e5a7d9b11")  # services.demo's
SECOND_DEMO_ROUND = uuid.uuid5(NAMESPACE, "round/2")
LAO = re.compile(r"[\u0e80-\u0eff]")
LATIN_LETTERS = re.compile(r"[A-Za-z]")


def _sheet(path: Path) -> Any:
    return load_workbook(path).active


def _header(sheet: Any) -> list[str]:
    return [str(cell.value) for cell in sheet[HEADER_ROW]]


def _item_rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [row for row in sheet.iter_rows(min_row=FIRST_ITEM_ROW, values_only=True) if row[0] is not None]


@pytest.fixture
def demo(db: Database) -> Database:
    create_demo(db)
    return db


def test_the_english_workbook(demo: Database, tmp_path: Path) -> None:
    items = plan.list_items(demo, SECOND_DEMO_ROUND)
    out = tmp_path / "plan.xlsx"
    write_plan_xlsx(out, build_plan_export(demo, SECOND_DEMO_ROUND, "en"), "en")
    sheet = _sheet(out)
    header = _header(sheet)
    for word in ("Action", "Responsible", "Due", "Status"):
        assert any(word in text for text in header), word
    assert header == [m.template for m in HEADERS]
    assert "Demo shelter" in str(sheet.cell(row=1, column=1).value)
    assert "18 June 2026" in str(sheet.cell(row=2, column=1).value)
    assert sheet.freeze_panes == f"A{FIRST_ITEM_ROW}"

    rows = _item_rows(sheet)
    assert len(rows) == len(items)
    assert [row[0] for row in rows] == list(range(1, len(items) + 1))
    assert [row[1] for row in rows] == [item.action for item in items]
    due = header.index("Due")
    start = header.index("Start")
    for row_number, item in enumerate(items, start=FIRST_ITEM_ROW):
        cell = sheet.cell(row=row_number, column=due + 1)
        assert isinstance(cell.value, dt.datetime) and cell.value.date() == item.due_on
        assert cell.is_date and "yy" in cell.number_format
        assert sheet.cell(row=row_number, column=start + 1).value.date() == item.start_on
        status = str(sheet.cell(row=row_number, column=header.index("Status") + 1).value)
        assert status.split("\n")[0] in ("Not started", "In progress")
        codes = str(sheet.cell(row=row_number, column=header.index("Indicator(s)") + 1).value)
        assert codes.startswith(f"{item.indicator_codes[0]}: ")  # code, then the statement

    # Lao text gets the Lao font even in the English workbook, English text stays in Calibri
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, str) and LAO.search(cell.value):
                assert cell.font.name == LAO_FONT, cell.coordinate
            elif cell.value is not None:
                assert cell.font.name == LATIN_FONT, cell.coordinate
            if cell.row >= HEADER_ROW and cell.value is not None:
                assert cell.alignment.wrap_text, cell.coordinate
    assert sheet.cell(row=HEADER_ROW, column=1).font.bold


def test_the_lao_workbook_speaks_lao(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "ແຜນ.xlsx"
    export = build_plan_export(demo, SECOND_DEMO_ROUND, "lo", cli_translator("lo"))
    write_plan_xlsx(out, export, "lo")
    sheet = _sheet(out)
    header = _header(sheet)
    assert len(header) == len(HEADERS)
    for text in header:
        assert LAO.search(text) and not LATIN_LETTERS.search(text), text
    assert LAO.search(sheet.title)
    assert str(sheet.cell(row=1, column=1).value).startswith("ແຜນປະຕິບັດງານ")
    assert "ມິຖຸນາ" in str(sheet.cell(row=2, column=1).value)  # the date in Lao
    statuses = [str(row[9]).split("\n")[0] for row in _item_rows(sheet)]
    assert statuses and all(LAO.search(s) and not LATIN_LETTERS.search(s) for s in statuses)
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == LAO_FONT, cell.coordinate


def test_dropped_items_show_their_reason_and_support_its_detail(demo: Database, tmp_path: Path) -> None:
    first = plan.list_items(demo, SECOND_DEMO_ROUND)[0]
    plan.update_item(
        demo,
        first.id,
        status="dropped",
        dropped_reason="No budget this year",
        support_from="partner",
        support_from_detail="IOM",
    )
    plan.add_note(demo, first.id, dt.date(2026, 8, 2), "Asked the partner")
    out = tmp_path / "plan.xlsx"
    write_plan_xlsx(out, build_plan_export(demo, SECOND_DEMO_ROUND, "en"), "en")
    row = _item_rows(_sheet(out))[0]
    assert row[8] == "Partner organisation: IOM"
    assert str(row[9]).split("\n")[:2] == ["Dropped", "Reason: No budget this year"]
    assert str(row[10]).splitlines()[-1] == "02/08/2026: Asked the partner"


def test_an_empty_plan_still_has_its_header(db: Database, tmp_path: Path) -> None:
    create_demo(db)
    for item in plan.list_items(db, SECOND_DEMO_ROUND):
        plan.delete_item(db, item.id)
    out = tmp_path / "empty.xlsx"
    write_plan_xlsx(out, build_plan_export(db, SECOND_DEMO_ROUND, "en"), "en")
    sheet = _sheet(out)
    assert "Action" in _header(sheet) and _item_rows(sheet) == []


def test_a_failed_write_leaves_nothing_behind(demo: Database, tmp_path: Path) -> None:
    folder = tmp_path / "plan.xlsx"
    folder.mkdir()
    with pytest.raises(UserError):
        write_plan_xlsx(folder, build_plan_export(demo, SECOND_DEMO_ROUND, "en"), "en")
    assert list(tmp_path.glob(".plan.xlsx.*")) == [] and list(folder.iterdir()) == []
