"""The frame every PDF report shares: A4, running header and footer, "page x of y", bookmarks, metadata.

"Page x of y" needs the page count before the first page is finished. Laying the document out twice
would double the time, so pages are kept until the end (`_DeferredCanvas`) and the header and footer are
drawn on each when the count is known. ReportLab's bookmarks point to "the current page" when they are
made, which during the deferral would always be the first: the canvas records them per page and
places them while it writes the pages out.

The PDF is made in memory and written with `fileio.atomic_write_bytes`: a locked or read-only target
gets a clear message and nothing half-written.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from sheltercheck import __version__
from sheltercheck.fileio import atomic_write_bytes
from sheltercheck.messages import QT_TRANSLATE_NOOP
from sheltercheck.reports import canvas_text
from sheltercheck.reports.fonts import register_fonts
from sheltercheck.reports.language import Bi, ReportLanguage
from sheltercheck.reports.styles import RULE, SECOND_INK

PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} of {total}")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Report", "Confidential: do not share outside the shelter's partners")

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FURNITURE_SIZE = 8


@dataclass(frozen=True)
class DocumentInfo:
    """What the header, footer and PDF metadata say; every text in the report's language."""

    language: ReportLanguage
    title: Bi
    subject: Bi
    header_left: Bi  # e.g. the shelter
    header_right: Bi  # e.g. the document and the round's date
    author: str = "ShelterCheck"
    keywords: tuple[str, ...] = ()
    made_on: dt.date = field(default_factory=dt.date.today)


def heading_bookmark(flowable: Flowable, title: str, level: int) -> Flowable:
    """Mark a flowable (a heading) as the target of a bookmark in the PDF's outline."""
    flowable._sc_outline = (title, level)
    return flowable


class _DeferredCanvas(Canvas):
    """A canvas that holds its pages until save(), then draws each page's header and footer."""

    def __init__(self, *args: Any, furniture: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sc_furniture = furniture
        self._sc_pages: list[dict[str, Any]] = []
        self._sc_marks: list[list[tuple[str, float]]] = [[]]

    def mark_bookmark(self, key: str, top: float) -> None:
        self._sc_marks[-1].append((key, top))

    def showPage(self) -> None:
        self._sc_pages.append(dict(self.__dict__))
        self._sc_marks.append([])
        self._startPage()

    def save(self) -> None:
        total = len(self._sc_pages)
        marks = self._sc_marks
        for number, state in enumerate(self._sc_pages, start=1):
            self.__dict__.update(state)
            for key, top in marks[number - 1]:
                self.bookmarkHorizontal(key, 0, top)
            self._sc_furniture(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class ReportDocument(BaseDocTemplate):
    """A4 pages; the running header starts on page 2 (page 1 is the cover or holds the title)."""

    def __init__(self, target: Any, info: DocumentInfo, *, shaping: bool = True) -> None:
        self.info = info
        self.shaping = shaping
        lang = info.language
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title.joined(" — "),
            subject=info.subject.joined(" — "),
            author=info.author,
            creator=f"ShelterCheck {__version__}",
            keywords=list(info.keywords),
            lang="lo-LA" if lang.first == "lo" else "en-GB",
            invariant=0,
            # without this every page starts in Helvetica, a font the file then names but does not embed
            initialFontName=register_fonts().regular,
            initialFontSize=10,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "_sc_outline", None)
        if outline is None:
            return
        title, level = outline
        self._bookmarks += 1
        key = f"h{self._bookmarks}"
        top = self.frame._y + flowable.height + getattr(flowable, "spaceBefore", 0) + 4
        self.canv.mark_bookmark(key, top)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def furniture(self, canvas: Canvas, page: int, total: int) -> None:
        """Header (from page 2): shelter and document. Footer: confidentiality and page x of y, each in
        the report's language with the English on a second line in a bilingual report."""
        fonts = register_fonts()
        info, lang = self.info, self.info.language
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        size, shaping = FURNITURE_SIZE, self.shaping
        canvas.saveState()
        canvas.setFillColor(SECOND_INK)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if page > 1:
            y = height - MARGIN_TOP + 9 * mm
            half = (right - left) / 2 - 4 * mm
            canvas_text.draw(
                canvas, left, y, info.header_left.joined(), fonts.bold, size, width=half, shaping=shaping
            )
            canvas_text.draw(
                canvas,
                right,
                y,
                info.header_right.joined(),
                fonts.regular,
                size,
                align="right",
                width=half,
                shaping=shaping,
            )
            canvas.line(left, y - 4, right, y - 4)
        y = MARGIN_BOTTOM - 8 * mm
        canvas.line(left, y + 11, right, y + 11)
        page_of = lang.label(PAGE_OF, page=page, total=total)
        notice = lang.label(CONFIDENTIAL)
        for row, (page_text, notice_text) in enumerate(zip(page_of, notice, strict=True)):
            if not page_text or not notice_text:  # the empty English line of a one-language report
                break
            baseline = y - row * (size * 1.5)
            used = canvas_text.draw(
                canvas, right, baseline, page_text, fonts.regular, size, align="right", shaping=shaping
            )
            canvas_text.draw(
                canvas,
                left,
                baseline,
                notice_text,
                fonts.regular,
                size,
                width=right - left - used - 8 * mm,
                shaping=shaping,
            )
        canvas.restoreState()


class Pdf(NamedTuple):
    data: bytes
    pages: int


def render_pdf(info: DocumentInfo, story: Sequence[Flowable], *, shaping: bool = True) -> Pdf:
    """Lay the story out in memory."""
    buffer = io.BytesIO()
    doc = ReportDocument(buffer, info, shaping=shaping)
    doc.build(list(story), canvasmaker=partial(_DeferredCanvas, furniture=doc.furniture))
    return Pdf(buffer.getvalue(), doc.page)


def write_pdf(path: Path, info: DocumentInfo, story: Sequence[Flowable]) -> int:
    """Write the PDF whole or not at all; returns the number of pages."""
    pdf = render_pdf(info, story)
    atomic_write_bytes(path, pdf.data)
    return pdf.pages
