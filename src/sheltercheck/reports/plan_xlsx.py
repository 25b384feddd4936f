"""The action plan as an Excel workbook, in Lao or English.

Layout of the one sheet (row numbers are fixed so that anyone reading the file back finds the table):

- row 1: the title (action plan and shelter name), row 2: the assessment date;
- row `HEADER_ROW` (3): the column headers, in the report's language, frozen with the rows above;
- from row `FIRST_ITEM_ROW` (4): one row per plan item, in plan order.

Dates are real Excel dates (day/month/year). A Lao workbook is set in Phetsarath OT throughout; an
English one in Calibri, except cells that contain Lao text, which get Phetsarath OT too. Every cell wraps.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from sheltercheck.fileio import atomic_write_bytes
from sheltercheck.services.plan_export import PlanExport, PlanExportItem

HEADER_ROW = 3
FIRST_ITEM_ROW = HEADER_ROW + 1
LAO_FONT = "Phetsarath OT"
LATIN_FONT = "Calibri"
DATE_FORMAT = "dd/mm/yyyy"
# column widths in characters, one per column of services.plan_export.HEADERS
WIDTHS = (6, 48, 40, 22, 12, 12, 28, 28, 24, 18, 44)
_LAO = re.compile(r"[\u0e80-\u0eff]")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _font_name(value: object, language: str) -> str:
    return LAO_FONT if language == "lo" or (isinstance(value, str) and _LAO.search(value)) else LATIN_FONT


def _indicators(item: PlanExportItem) -> str:
    return "\n".join(f"{i.code}: {i.statement}" if i.statement else i.code for i in item.indicators)


def _notes(item: PlanExportItem) -> str:
    return "\n".join(f"{note.noted_on:%d/%m/%Y}: {note.text}" for note in item.notes)


def _row(item: PlanExportItem) -> list[object]:
    return [
        item.number,
        item.action,
        _indicators(item),
        item.responsible,
        item.start_on,
        item.due_on,
        item.resources,
        item.support_needed,
        item.support_from,
        item.status,
        _notes(item),
    ]


def plan_workbook(rows: PlanExport, language: str | None = None) -> Workbook:
    """The workbook in memory (`write_plan_xlsx` saves it)."""
    language = language or rows.language
    if len(rows.headers) != len(WIDTHS):
        raise ValueError(f"expected {len(WIDTHS)} headers, got {len(rows.headers)}")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _SHEET_NAME_FORBIDDEN.sub(" ", rows.sheet_name).strip()[:31] or "Plan"

    for row, text, size in ((1, rows.title, 14), (2, rows.subtitle, 11)):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(name=_font_name(text, language), size=size, bold=row == 1)
        cell.alignment = Alignment(vertical="top")

    for column, header in enumerate(rows.headers, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column, value=header)
        cell.font = Font(name=_font_name(header, language), size=11, bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.fill = _HEADER_FILL
        cell.border = _BORDER

    for offset, item in enumerate(rows.items):
        for column, value in enumerate(_row(item), start=1):
            cell = sheet.cell(row=FIRST_ITEM_ROW + offset, column=column, value=value)
            cell.font = Font(name=_font_name(value, language), size=11)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = _BORDER
            if column in (5, 6) and value is not None:
                cell.number_format = DATE_FORMAT

    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=FIRST_ITEM_ROW, column=1).coordinate
    # printing: landscape, as wide as one page, the header repeated on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    return book


def write_plan_xlsx(path: Path, rows: PlanExport, language: str | None = None) -> None:
    """Write the plan to `path` atomically: a failure never leaves half a workbook behind.

    `language` sets the fonts (Lao or English workbook); by default the export's own language.
    """
    buffer = io.BytesIO()
    plan_workbook(rows, language).save(buffer)
    atomic_write_bytes(Path(path), buffer.getvalue())
