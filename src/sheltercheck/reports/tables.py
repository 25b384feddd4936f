"""Tables of the reports: a grid that prints in black and white, with header rows repeated on every page.

Cells hold flowables (plain strings in a ReportLab cell are never shaped). Shading is a light grey that
any office printer reproduces, and it never carries meaning alone: rows it marks also say so in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Table, TableStyle

from sheltercheck.reports.fonts import register_fonts
from sheltercheck.reports.styles import RULE, SHADE


def base_style() -> list[tuple[object, ...]]:
    """What every table of the reports starts from. The font matters even for cells of flowables:
    ReportLab sets each cell's font (Helvetica by default), which would put an unembedded font in
    the file."""
    return [("FONTNAME", (0, 0), (-1, -1), register_fonts().regular), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def grid(
    rows: Sequence[Sequence[Any]],  # each cell: a flowable, a list of them, or a string
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    shaded_rows: Sequence[int] = (),
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A table with thin rules, a shaded header repeated after page breaks, and rows split across pages."""
    commands: list[tuple[object, ...]] = [
        *base_style(),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.0, RULE))
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in shaded_rows]
    commands += list(extra)
    table = Table(
        [list(r) for r in rows], colWidths=list(widths), repeatRows=header_rows, splitByRow=1, splitInRow=1
    )
    table.setStyle(TableStyle(commands))
    return table
