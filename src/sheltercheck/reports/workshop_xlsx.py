"""The workshop as an Excel workbook, one sheet per table, in Lao or English.

Sheets, in order: Scores (shelters × domains and overall, coloured like the heat map), Core gaps (most
common first), Rating distribution (per indicator), Change (since each shelter's previous round) and
About (what is shown, when, whether anonymised, and how every figure is computed). Each table sheet
has its title in row 1, a subtitle in row 2, the headers in row `HEADER_ROW` (3), frozen with the first
column, and its rows from `FIRST_ROW` (4). Scores and changes are the exact values with a whole-number
format, so Excel shows what the app shows and a reader can still recompute.

Fonts as in reports/plan_xlsx.py: a Lao workbook is set in Phetsarath OT throughout, an English one in
Calibri except the cells holding Lao text. Headings come from services/workshop_text.py. The workbook
contains only what the `WorkshopView` contains: an anonymised view gives an anonymised workbook.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from sheltercheck.fileio import atomic_write_bytes
from sheltercheck.messages import Message, Translate, identity_translate
from sheltercheck.reports.plan_xlsx import DATE_FORMAT, LAO_FONT, LATIN_FONT
from sheltercheck.reports.score_colours import NO_SCORE_FILL, RATING_FILLS, band_of
from sheltercheck.services import workshop_text as wt
from sheltercheck.services.workshop import WorkshopView
from sheltercheck.text.locale import format_date

HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
SCORE_FORMAT = "0"
DELTA_FORMAT = '"▲ +"0;"▼ −"0;"±0"'
_LAO = re.compile(r"[\u0e80-\u0eff]")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
Row = Sequence[object]


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#").upper())


class _Writer:
    """Writes cells in the workbook's language and style; one per workbook."""

    def __init__(self, view: WorkshopView, translate: Translate) -> None:
        self.view, self.translate, self.language = view, translate, view.language
        self.book = Workbook()
        self._first = True

    def t(self, message: Message, **params: object) -> str:
        return wt.text(message, self.translate, **params)

    def font(self, value: object, *, bold: bool = False, size: float = 11, colour: str | None = None) -> Font:
        lao = self.language == "lo" or (isinstance(value, str) and _LAO.search(value) is not None)
        return Font(
            name=LAO_FONT if lao else LATIN_FONT,
            size=size,
            bold=bold,
            color=colour.lstrip("#").upper() if colour else None,
        )

    def sheet(self, name: Message, title: Message, headers: Sequence[str], widths: Sequence[int]) -> Any:
        if self._first:
            sheet = self.book.active
            self._first = False
        else:
            sheet = self.book.create_sheet()
        taken = {s.title for s in self.book.worksheets if s is not sheet}
        clean = _SHEET_NAME_FORBIDDEN.sub(" ", self.t(name)).strip()[:31] or name.template
        sheet.title = clean if clean not in taken else name.template
        self.put(sheet, 1, 1, self.t(title), bold=True, size=14, wrap=False)
        self.put(sheet, 2, 1, self.subtitle(), wrap=False)
        for column, header in enumerate(headers, start=1):
            cell = self.put(sheet, HEADER_ROW, column, header, bold=True)
            cell.fill = _HEADER_FILL
            cell.border = _BORDER
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=2).coordinate
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        return sheet

    def subtitle(self) -> str:
        message = wt.SUBTITLE_ANONYMISED if self.view.anonymised else wt.SUBTITLE
        return self.t(
            message, count=len(self.view.shelters), date=format_date(self.view.made_on, self.language)
        )

    def put(
        self,
        sheet: Any,
        row: int,
        column: int,
        value: object,
        *,
        bold: bool = False,
        size: float = 11,
        fmt: str | None = None,
        wrap: bool = True,
        border: bool = False,
    ) -> Any:
        cell = sheet.cell(row=row, column=column, value=value)
        cell.font = self.font(value, bold=bold, size=size)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if fmt:
            cell.number_format = fmt
        if border:
            cell.border = _BORDER
        return cell

    def row(
        self, sheet: Any, row: int, values: Row, *, bold: bool = False, formats: dict[int, str] | None = None
    ) -> None:
        for column, value in enumerate(values, start=1):
            fmt = (formats or {}).get(column)
            if value is None and fmt in (SCORE_FORMAT, DELTA_FORMAT):
                value = "—"
            cell = self.put(
                sheet, row, column, value, bold=bold, fmt=fmt if value != "—" else None, border=True
            )
            if fmt in (SCORE_FORMAT, DELTA_FORMAT, "0", "0.0") or value == "—":
                cell.alignment = Alignment(horizontal="center", vertical="top")

    def score(self, sheet: Any, row: int, column: int, value: float | None, bold: bool = False) -> None:
        """A score cell: the exact value shown whole, in its band's colour (grey "—" when there is none)."""
        band = band_of(value)
        cell = self.put(sheet, row, column, "—" if value is None else value, bold=bold, fmt=SCORE_FORMAT)
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="top")
        cell.fill = _fill(band.fill if band else NO_SCORE_FILL)
        cell.font = self.font(value, bold=bold, colour=band.text if band else "#000000")


def _status(writer: _Writer, complete: bool) -> str:
    return writer.t(wt.COMPLETE if complete else wt.IN_PROGRESS)


def _scores(w: _Writer) -> None:
    view, t = w.view, w.t
    domains = [d.name for d in view.domains]
    headers = [
        t(wt.SHELTER),
        t(wt.ROUND_OF),
        t(wt.STATUS),
        *domains,
        t(wt.OVERALL),
        t(wt.CORE_GAPS),
        t(wt.RATED),
    ]
    widths = [28, 14, 14, *([14] * len(domains)), 12, 11, 14]
    sheet = w.sheet(wt.SHEET_SCORES, wt.SCORES_TITLE, headers, widths)
    first_score, overall_col = 4, 4 + len(domains)
    for offset, shelter in enumerate(view.shelters):
        row = FIRST_ROW + offset
        w.row(
            sheet,
            row,
            [shelter.label, shelter.assessed_on, _status(w, shelter.complete)],
            formats={2: DATE_FORMAT},
        )
        for k, value in enumerate(shelter.domains):
            w.score(sheet, row, first_score + k, value)
        w.score(sheet, row, overall_col, shelter.overall, bold=True)
        w.put(sheet, row, overall_col + 1, shelter.core_gaps, border=True)
        w.put(
            sheet,
            row,
            overall_col + 2,
            t(wt.RATED_OF, rated=shelter.rated, applicable=shelter.applicable),
            border=True,
        )
    if view.shelters:
        row = FIRST_ROW + len(view.shelters)
        w.row(sheet, row, [t(wt.AVERAGE), None, None], bold=True)
        for k, value in enumerate(view.domain_means):
            w.score(sheet, row, first_score + k, value, bold=True)
        w.score(sheet, row, overall_col, view.overall_mean, bold=True)


def _gaps(w: _Writer) -> None:
    view, t = w.view, w.t
    names = {d.code: d.name for d in view.domains}
    headers = [
        t(wt.NUMBER),
        t(wt.CODE),
        t(wt.DOMAIN),
        t(wt.INDICATOR),
        t(wt.GAP_SHELTERS),
        t(wt.APPLIES),
        t(wt.GAP_SHARE),
        t(wt.RATED_BY),
        t(wt.MEAN_RATING),
        t(wt.WHICH),
    ]
    sheet = w.sheet(wt.SHEET_GAPS, wt.GAPS_TITLE, headers, [8, 10, 26, 60, 12, 12, 12, 12, 12, 40])
    for number, gap in enumerate(view.core_gaps, start=1):
        share = None if gap.share is None else 100 * gap.share
        values = [
            number,
            gap.indicator.code,
            names.get(gap.indicator.domain, gap.indicator.domain),
            gap.indicator.statement,
            gap.shelters,
            gap.applicable,
            share,
            gap.rated,
            gap.mean_rating,
            ", ".join(gap.labels),
        ]
        w.row(sheet, FIRST_ROW + number - 1, values, formats={7: "0", 9: "0.0"})


def _distribution(w: _Writer) -> None:
    view, t = w.view, w.t
    names = {d.code: d.name for d in view.domains}
    counts = [
        *(t(m) for m in wt.RATINGS),
        t(wt.NOT_APPLICABLE),
        t(wt.UNKNOWN),
        t(wt.UNANSWERED),
        t(wt.SHELTERS_TOTAL),
    ]
    headers = [t(wt.CODE), t(wt.DOMAIN), t(wt.CORE), t(wt.INDICATOR), *counts]
    sheet = w.sheet(
        wt.SHEET_DISTRIBUTION, wt.DISTRIBUTION_TITLE, headers, [10, 26, 10, 60, *([11] * len(counts))]
    )
    for rating, band in enumerate(RATING_FILLS):  # the rating headers in the ratings' colours
        cell = sheet.cell(row=HEADER_ROW, column=5 + rating)
        cell.fill = _fill(band.fill)
        cell.font = w.font(cell.value, bold=True, colour=band.text)
    for offset, item in enumerate(view.distribution):
        c, i = item.counts, item.indicator
        values = [
            i.code,
            names.get(i.domain, i.domain),
            t(wt.YES if i.core else wt.NO),
            i.statement,
            *c.ratings,
            c.not_applicable,
            c.unknown,
            c.unanswered,
            c.total,
        ]
        w.row(sheet, FIRST_ROW + offset, values, formats={k: "0" for k in range(5, 13)})


def _change(w: _Writer) -> None:
    view, t = w.view, w.t
    domains = [d.name for d in view.domains]
    headers = [
        t(wt.SHELTER),
        t(wt.PREVIOUS_ROUND),
        t(wt.THIS_ROUND),
        t(wt.OVERALL_BEFORE),
        t(wt.OVERALL_NOW),
        t(wt.OVERALL_CHANGE),
        *domains,
        t(wt.CORE_GAPS_BEFORE),
        t(wt.CORE_GAPS_NOW),
        t(wt.CLOSED),
        t(wt.OPENED),
    ]
    widths = [28, 14, 14, 12, 12, 12, *([14] * len(domains)), 12, 12, 12, 12]
    sheet = w.sheet(wt.SHEET_CHANGE, wt.CHANGE_TITLE, headers, widths)
    change = view.change
    if change is None:
        w.put(sheet, FIRST_ROW, 1, t(wt.NO_CHANGE), wrap=False)
        return
    formats = {2: DATE_FORMAT, 3: DATE_FORMAT, 4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: DELTA_FORMAT}
    formats.update({7 + k: DELTA_FORMAT for k in range(len(domains))})
    gaps_col = 7 + len(domains)
    for offset, (s, shown) in enumerate(zip(change.shelters, view.shelters, strict=True)):
        row = FIRST_ROW + offset
        if not s.has_previous:
            w.row(sheet, row, [s.label, t(wt.NO_EARLIER), shown.assessed_on], formats={3: DATE_FORMAT})
            continue
        values = [
            s.label,
            s.previous_on,
            shown.assessed_on,
            s.overall_before,
            s.overall_after,
            s.overall_delta,
            *s.domain_deltas,
            s.core_gaps_before,
            s.core_gaps_after,
            s.core_gaps_closed,
            s.core_gaps_opened,
        ]
        w.row(sheet, row, values, formats=formats)
    row = FIRST_ROW + len(change.shelters)
    average = [
        t(wt.AVERAGE_COMPARED, count=change.compared),
        None,
        None,
        change.mean_overall_before,
        change.mean_overall_after,
        change.mean_overall_delta,
        *change.mean_domain_deltas,
    ]
    w.row(sheet, row, average, bold=True, formats={k: v for k, v in formats.items() if k > 3})
    total = [t(wt.TOTAL), *([None] * gaps_col), change.core_gaps_closed, change.core_gaps_opened]
    w.row(sheet, row + 1, total, bold=True)


def _about(w: _Writer) -> None:
    view, t = w.view, w.t
    sheet = w.sheet(wt.SHEET_ABOUT, wt.TITLE, [], [30, 16, 16, 60])
    sheet.freeze_panes = None
    sheet.print_title_rows = None
    facts: list[tuple[str, object]] = [
        (t(wt.MADE_ON), view.made_on),
        (t(wt.SHELTERS_SHOWN), len(view.shelters)),
        (t(wt.ANONYMISED), t(wt.YES if view.anonymised else wt.NO)),
        (t(wt.CATALOGUE), ", ".join(view.catalogues)),
    ]
    row = HEADER_ROW
    for label, value in facts:
        w.put(sheet, row, 1, label, bold=True)
        w.put(sheet, row, 2, value, fmt=DATE_FORMAT if label == t(wt.MADE_ON) else None, wrap=False)
        row += 1
    if view.anonymised:
        w.put(sheet, row, 1, t(wt.ANONYMISED_NOTE))
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        row += 1
    row += 1
    w.put(sheet, row, 1, t(wt.SELECTION), bold=True, size=12, wrap=False)
    row += 1
    for column, header in enumerate((t(wt.SHELTER), t(wt.ROUND_OF), t(wt.STATUS), t(wt.RATED)), start=1):
        w.put(sheet, row, column, header, bold=True, border=True).fill = _HEADER_FILL
    for shelter in view.shelters:
        row += 1
        rated = t(wt.RATED_OF, rated=shelter.rated, applicable=shelter.applicable)
        values = [shelter.label, shelter.assessed_on, _status(w, shelter.complete), rated]
        w.row(sheet, row, values, formats={2: DATE_FORMAT})
    row += 2
    w.put(sheet, row, 1, t(wt.METHOD), bold=True, size=12, wrap=False)
    for line in wt.METHOD_LINES:
        row += 1
        w.put(sheet, row, 1, t(line))
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.row_dimensions[row].height = 48  # merged cells do not grow by themselves


def workshop_workbook(view: WorkshopView, translate: Translate = identity_translate) -> Workbook:
    """The workbook in memory (`write_workshop_xlsx` saves it); `translate` must translate into
    `view.language` (identity for English)."""
    writer = _Writer(view, translate)
    for part in (_scores, _gaps, _distribution, _change, _about):
        part(writer)
    return writer.book


def write_workshop_xlsx(path: Path, view: WorkshopView, translate: Translate = identity_translate) -> None:
    """Write the workbook to `path` atomically: a failure never leaves half a workbook behind."""
    buffer = io.BytesIO()
    workshop_workbook(view, translate).save(buffer)
    atomic_write_bytes(Path(path), buffer.getvalue())
