"""Monkey-patches for ReportLab bugs that break Lao, applied once by `reports.fonts`.

ReportLab is pinned (pyproject: reportlab==5.1.0) because of these. Each patch is checked against the
version it was written for: on any other version it is not applied and a warning says to re-measure
(see /work/shared/design/LAO.md, "ReportLab 5.1.0 + uharfbuzz", and tests/reports/test_laotext.py).

setRise (ReportLab 5.1.0, reportlab/pdfgen/textobject.py)
    `PDFTextObject.setRise` optimises "r0 Ts r1 Ts" into "r1 Ts" by replacing the previous operator, but
    in that branch it does not store the new rise (`self._rise` keeps r0, `self._y` is not moved). The
    shaped-text writer (`_formatText`) compares each glyph's rise with the stored one to decide where a
    run ends, so after a mark with a y offset it keeps drawing the following base letters at the mark's
    rise: in Phetsarath OT "ໜ້າ" and "ຜູ້" print with the consonant raised by 7.2 pt at 28 pt. The patch
    stores the rise in both branches; the PDF operators it writes are otherwise unchanged. Measured
    2026-12: with ShelterCheck Sans the bug does not show in the LAO.md test words (its marks never need
    two consecutive rises there, the content streams are identical with and without the patch), with
    Phetsarath OT it does, and the patch fixes it.

ToUnicode of shaped glyphs (ReportLab 5.1.0, reportlab/pdfbase/ttfonts.py)
    Shaping produces glyphs that no character maps to (a smaller tone mark above a vowel, a narrower
    mai kan, the ligature of niggahita and a tone mark). ReportLab gives each a private-use code
    (U+E000 ...) and writes that code into the font's ToUnicode CMap, so copied or searched text holds
    U+E000 instead of "້". The patch replaces `makeToUnicodeCMap` so that each such code maps to the
    characters its glyph stands for, derived from the glyph name by the usual naming rules
    ("maiTho-lao.small" -> the glyph of U+0EC9 "maiTho-lao"; "niggahita_maiEk-lao" -> U+0ECD U+0EC8).
    A glyph whose name cannot be resolved keeps its private-use code. Extraction still differs from the
    source where shaping reorders or decomposes: ຳ comes back as ໍ + າ (its compatibility
    decomposition), a tone mark typed before ຳ comes back after its ໍ (ນ້ຳ -> ນໍ້າ: the niggahita-tone
    ligature also serves ຕໍ່, typed in that order, so it cannot be mapped both ways), and pdftotext
    orders some marks by their drawn x position (ສົ່ງ -> ສົງ່). The report flowables therefore also attach
    each line's text as ActualText (reports/canvas_text.py), which pdftotext and Acrobat prefer: with
    it, every one of the catalogue's 1,136 words with stacked marks copies out exactly.
"""

from __future__ import annotations

import warnings
from typing import Any

import reportlab
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen.textobject import PDFTextObject

PATCHED_VERSION = "5.1.0"
_applied = False
ORIGINAL_SET_RISE = PDFTextObject.setRise


def _set_rise(self: Any, rise: float) -> None:
    """`PDFTextObject.setRise` with the merge branch fixed (the only change: `_rise`/`_y` are updated)."""
    v = f"{fp_str(rise)} Ts"
    if self._code and self._code[-1].endswith(" Ts"):  # optimise out "r0 Ts r1 Ts"
        self._y += self._rise  # undo the previous rise ...
        self._code[-1] = v
    else:
        self._code.append(v)
    self._rise = rise  # ... and, unlike 5.1.0, remember the new one in both branches
    self._y -= rise


_PUA_FIRST, _PUA_LAST = 0xE000, 0xF8FF
_original_make_cmap = ttfonts.makeToUnicodeCMap


def _font_for_subset(base_font_name: str) -> Any:
    face_name = base_font_name.split("+", 1)[-1]
    for font in list(pdfmetrics._fonts.values()):
        face = getattr(font, "face", None)
        if face is not None and getattr(font, "_dynamicFont", False):
            name = face.name
            if (name.decode("latin-1") if isinstance(name, bytes) else str(name)) == face_name:
                return font
    return None


def _glyph_text(font: Any) -> dict[int, str]:
    """Private-use code -> the characters its glyph stands for (resolved through glyph names)."""
    private: dict[str, int] = getattr(font, "_TTFont__hbUnis", None) or {}
    if not private:
        return {}
    hb = font.hbFont(10)
    by_name: dict[str, str] = {}
    for cp, gid in font.face.charToGlyph.items():
        if not _PUA_FIRST <= cp <= _PUA_LAST:
            by_name.setdefault(hb.glyph_to_string(gid), chr(cp))
    result: dict[int, str] = {}
    for glyph_name, code in private.items():
        base = glyph_name.split(".", 1)[0]
        parts = base.split("_")
        suffix = "-" + parts[-1].rsplit("-", 1)[1] if "-" in parts[-1] else ""
        chars = [by_name.get(p if "-" in p else p + suffix) for p in parts]
        if all(chars):
            result[code] = "".join(c for c in chars if c)
    return result


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """`makeToUnicodeCMap` that maps shaping's private-use codes to the characters they stand for."""
    cmap: str = _original_make_cmap(fontname, subset)
    if not any(_PUA_FIRST <= v <= _PUA_LAST for v in subset):
        return cmap
    font = _font_for_subset(fontname)
    texts = _glyph_text(font) if font is not None else {}
    for i, v in enumerate(subset):
        if v in texts:
            cmap = cmap.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{_utf16_hex(texts[v])}>", 1)
    return cmap


def setrise_patched() -> bool:
    return getattr(PDFTextObject.setRise, "__sheltercheck_patch__", False) is True


def apply_patches() -> bool:
    """Apply the patches once; True if they are in place. Idempotent."""
    global _applied
    if _applied:
        return setrise_patched()
    _applied = True
    if reportlab.Version != PATCHED_VERSION:
        warnings.warn(
            f"ReportLab {reportlab.Version} is not {PATCHED_VERSION}: the setRise and ToUnicode patches "
            "are not applied. Re-measure Lao rendering (tests/reports/test_laotext.py) and update "
            "reports/rl_patches.py.",
            RuntimeWarning,
            stacklevel=2,
        )
        return False
    _set_rise.__sheltercheck_patch__ = True  # type: ignore[attr-defined]
    _set_rise.__name__ = "setRise"
    PDFTextObject.setRise = _set_rise
    ttfonts.makeToUnicodeCMap = _make_to_unicode_cmap
    return True
