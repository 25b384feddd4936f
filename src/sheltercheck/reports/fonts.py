"""The bundled fonts, registered with ReportLab once (ShelterCheck Sans: Latin + Lao in one font).

One font for mixed text avoids ReportLab's per-word font choice printing "(ຫຼື)" or "ນ້ຳ," as boxes
(resources/fonts/README.md). Registering also applies the ReportLab patches (`reports.rl_patches`).
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sheltercheck.paths import resource_path
from sheltercheck.reports.rl_patches import apply_patches

REGULAR = "SCSans"
BOLD = "SCSans-Bold"
_FILES = {REGULAR: "ShelterCheckSans-Regular.ttf", BOLD: "ShelterCheckSans-Bold.ttf"}


class FontNames(NamedTuple):
    regular: str
    bold: str


_registered = False


def register_fonts() -> FontNames:
    """Register ShelterCheck Sans Regular/Bold as "SCSans"/"SCSans-Bold" (once) and return the names.

    The family mapping makes <b> in a Paragraph pick the Bold file; there is no italic, so <i> stays
    upright rather than falling back to a font without Lao.
    """
    global _registered
    if not _registered:
        apply_patches()
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, file in _FILES.items():
            if name not in known:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True
    return FontNames(REGULAR, BOLD)


def font_names() -> FontNames:
    return register_fonts()
