"""Lao as printed: every test word, in each bundled font, drawn by the report machinery, rasterised by
poppler, matches HarfBuzz's own rendering (Pillow with raqm) to within a pixel.

Two drawing paths are checked: body text (`LaoText`, which paragraphs and table cells use) and single
lines on the canvas (`canvas_text.draw`, which page headers, footers and chart labels use). A word
matches when, at the best alignment within ±2 px, at least 97 % of the ink of each image lies within
1 px of ink in the other. Measured 2026-12 at 200 dpi and 24 pt: the worst of 120 words is 0.987
(regular) and 0.994 (bold); unshaped Lao (marks at the wrong height, ligatures missing) scores far
below, which the last test shows.
"""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, features
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sheltercheck.paths import resource_path
from sheltercheck.reports import canvas_text
from sheltercheck.reports.document import MARGIN_TOP, DocumentInfo, render_pdf
from sheltercheck.reports.fonts import BOLD, REGULAR
from sheltercheck.reports.language import Bi, ReportLanguage
from sheltercheck.reports.laotext import LaoText, lao_style
from tests.reports.pdf_helpers import stacked_words, tool

SIZE, LEADING, DPI = 24, 44, 200
SCALE = DPI / 72
FONTS = {REGULAR: "ShelterCheckSans-Regular.ttf", BOLD: "ShelterCheckSans-Bold.ttf"}
THRESHOLD = 0.97


class CanvasLine(Flowable):
    """One line drawn with canvas_text.draw, the path of headers, footers and chart labels."""

    def __init__(self, text: str, font: str, *, shaping: bool = True) -> None:
        super().__init__()
        self.text, self.font, self.shaping = text, font, shaping

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, LEADING

    def draw(self) -> None:
        canvas_text.draw(self.canv, 0, LEADING * 0.35, self.text, self.font, SIZE, shaping=self.shaping)


def _words() -> list[str]:
    words = list(stacked_words()[:120])
    assert len(words) >= 50
    return words


def _ink(image: Image.Image) -> Image.Image:
    """A 0/255 mask of the dark pixels, cropped to them."""
    mask = image.convert("L").point(lambda v: 255 if v < 128 else 0)
    box = mask.getbbox()
    assert box is not None, "nothing drawn"
    return mask.crop(box)


def _padded(mask: Image.Image, width: int, height: int, dx: int = 0, dy: int = 0) -> Image.Image:
    out = Image.new("L", (width, height))
    out.paste(mask, (3 + dx, 3 + dy))
    return out


def _match(a: Image.Image, b: Image.Image) -> float:
    """The smaller share of ink within 1 px of the other image's ink, at the best shift within ±2 px."""
    width, height = max(a.width, b.width) + 6, max(a.height, b.height) + 6
    near = ImageFilter.MaxFilter(3)
    pa = _padded(a, width, height)
    near_a = pa.filter(near)
    ink_a = pa.histogram()[255]
    wide_b = _padded(b, width, height).filter(near)  # dilation commutes with shifting: done once
    ink_b = b.histogram()[255]
    best = 0.0
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            pb = _padded(b, width, height, dx, dy)
            near_b = ImageChops.offset(wide_b, dx, dy)
            a_in_b = ImageChops.multiply(pa, near_b).histogram()[255] / ink_a
            b_in_a = ImageChops.multiply(pb, near_a).histogram()[255] / ink_b
            best = max(best, min(a_in_b, b_in_a))
            if best > 0.999:
                return best
    return best


@cache
def _pillow_font(font_file: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(resource_path("fonts", font_file)), size=SIZE * SCALE, layout_engine=ImageFont.Layout.RAQM
    )


def _reference(word: str, font_file: str) -> Image.Image:
    font = _pillow_font(font_file)
    image = Image.new("L", (1400, 220), 255)
    ImageDraw.Draw(image).text((20, 60), word, font=font, fill=0)
    return _ink(image)


def _rendered(tmp_path: Path, name: str, flowables: list[Flowable]) -> list[Image.Image]:
    """Each flowable's band of the rasterised PDF, as an ink mask (one flowable per LEADING)."""
    info = DocumentInfo(ReportLanguage("lo"), Bi("t"), Bi("s"), Bi("l"), Bi("r"))
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(render_pdf(info, flowables).data)
    subprocess.run([tool("pdftoppm"), "-r", str(DPI), "-png", str(pdf), str(tmp_path / name)], check=True)
    pages: list[Image.Image] = []
    for png in sorted(tmp_path.glob(f"{name}-*.png")):
        with Image.open(png) as image:
            pages.append(image.convert("L"))
    per_page = int((841.89 - MARGIN_TOP - 20 * mm) // LEADING)
    bands = []
    for i in range(len(flowables)):
        page, k = divmod(i, per_page)
        page_image = pages[page]
        top = (MARGIN_TOP + k * LEADING) * SCALE
        bands.append(_ink(page_image.crop((0, int(top), page_image.width, int(top + LEADING * SCALE)))))
    return bands


@pytest.mark.parametrize("font", [REGULAR, BOLD])
@pytest.mark.parametrize("path", ["body", "canvas"])
def test_every_test_word_matches_harfbuzz(tmp_path: Path, font: str, path: str) -> None:
    assert features.check("raqm"), "the reference rendering needs Pillow with raqm (the PyPI wheels have it)"
    words = _words()
    style = lao_style("visual", bold=font == BOLD, fontSize=SIZE, leading=LEADING)
    flowables: list[Flowable] = [
        LaoText(word, style) if path == "body" else CanvasLine(word, font) for word in words
    ]
    bands = _rendered(tmp_path, f"{path}-{font}", flowables)
    scores = {
        word: _match(band, _reference(word, FONTS[font])) for word, band in zip(words, bands, strict=True)
    }
    worst = sorted(scores.items(), key=lambda item: item[1])[:5]
    assert all(score >= THRESHOLD for score in scores.values()), worst


def test_the_comparison_sees_unshaped_lao(tmp_path: Path) -> None:
    """The same words drawn without shaping must fail the comparison, or the test above proves nothing."""
    words = _words()
    bands = _rendered(tmp_path, "unshaped", [CanvasLine(word, REGULAR, shaping=False) for word in words])
    failing = sum(
        1
        for word, band in zip(words, bands, strict=True)
        if _match(band, _reference(word, FONTS[REGULAR])) < THRESHOLD
    )
    assert failing >= len(words) // 4
