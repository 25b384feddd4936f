#!/usr/bin/env python3
"""Build "ShelterCheck Sans" (Regular, Bold): Noto Sans Lao + a Latin subset of Noto Sans.

Why this font exists
--------------------
ShelterCheck shows and prints text that mixes Lao and English/Latin in the same line
("ເຈົ້າໜ້າທີ່ ຜູ້ເຄາະຮ້າຍ (ຫຼື) ນ້ຳ, 2025 ABC"). Noto Sans Lao has no Latin letters, digits or
punctuation; Noto Sans has no Lao. Using two fonts breaks in several ways (see
/work/shared/design/LAO.md, "Fonts" and "ReportLab"):

* ReportLab shapes each space-separated word with the font of its first run, so "(ຫຼື)" or
  "ນ້ຳ," prints boxes when Lao and Latin come from different fonts;
* ReportLab shapes only when the style's own font is a TrueType font;
* Qt falls back to whatever the PC has (DejaVu Sans for Lao: marks collide; nothing: boxes).

One font that holds both scripts removes all of that, and shipping it means the app never
depends on the fonts installed on the PC.

What the script does
--------------------
1. Subsets each source with fontTools.subset (hinting removed from all of them, see below):
   * Noto Sans: Basic Latin, Latin-1, Latin Extended-A, combining diacritics, General
     Punctuation, super/subscripts, currency signs and a few letterlike symbols (№, ™, ℃ ...);
     every code point that Noto Sans Lao also maps (space, NBSP, ZWSP, ZWNJ, ZWJ, ₭, ◌) is
     left out here so that the Lao font's glyph is used (its ◌ carries the Lao mark anchors);
   * Noto Sans Lao: the whole font (all glyphs, all GSUB/GPOS/GDEF data);
   * optional symbol fill-in (on by default, --no-symbols to skip): Noto Sans 2.004 has no
     ✓ ☐ ☑ ▲ ▼, no arrows and no − ≤ ≥; these few glyphs are taken from Noto Sans Symbols
     (arrows; Regular/Bold), Noto Sans Symbols 2 and Noto Sans Math (Regular only, also used
     in the Bold font). Their layout tables are not needed and are dropped.
2. Scales every source to the Lao font's unitsPerEm if they differ (Merger requires one UPM;
   the Lao font is the reference so its GPOS mark positions are not rounded).
3. Merges with fontTools.merge.Merger (Latin first: .notdef, panose, post and x/cap height
   come from Noto Sans). Both Noto Sans and Noto Sans Lao use GDEF mark filtering sets in
   their mark/mkmk lookups; fontTools (checked with 4.68) maps them by reference, so the
   merged GDEF must hold the sum of the sources' sets -- checked, and the shaping check
   below would catch Lao marks filtered with the wrong set.
4. Sets vertical metrics (hhea, OS/2 typo and win) to the maximum of Noto Sans and Noto Sans
   Lao (1183/-462/0 for the Debian fonts) so stacked Lao marks are not clipped; widens the win
   metrics if any single glyph is taller (none is); the harfbuzz check reports the extreme
   ink of shaped, stacked syllables for comparison. Writes a new name
   table ("ShelterCheck Sans", no Reserved Font Name, not "Noto"), OS/2 weight 400/700,
   fsSelection and head.macStyle bold bits, recomputes OS/2 Unicode/code-page ranges,
   xAvgCharWidth, usMaxContext, and adds gasp/prep for unhinted fonts.
5. Verifies the result with fontTools alone (cmap coverage, identical outlines/advances for
   every Lao and Latin glyph, Lao GSUB/GPOS present) and, when uharfbuzz is importable, by
   shaping Lao test text with the merged font and with Noto Sans Lao alone and comparing
   glyphs and positions (and Latin text against Noto Sans). Exits 1 if anything differs.

Hinting: the sources are ttfautohint-ed per script (-D latn / -D lao); TrueType instructions
of two fonts cannot be combined (fpgm/prep/cvt are per font), so all hinting is removed and
the font is marked as unhinted-but-smoothed (gasp 0xFFFF:15, a minimal prep with dropout
control, as gftools "fix-unhinted" does). ReportLab ignores hinting anyway.

The output is reproducible: the head timestamps come from SOURCE_DATE_EPOCH or, if that is
unset, the newest source font's head.modified, and GSUB/GPOS are always serialised by
fontTools' own packer (not HarfBuzz's, which fontTools would pick when uharfbuzz happens to
be installed); the same inputs and the same fontTools version give byte-identical files,
with or without uharfbuzz (their SHA-256 is printed and written to the build info).

Licence: the result is a Modified Version of Noto fonts under the SIL Open Font License 1.1
(see OFL.txt and README.md next to this script). The Noto OFL declares no Reserved Font
Name; "Noto" is a Google trademark and is not used in the new font's names.

Usage (needs only fontTools; uharfbuzz optional for the shaping check):

    python resources/fonts/build_merged_font.py            # Debian font paths, writes here

Run ``--help`` for the source-font options.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import fontTools
from fontTools import subset as ft_subset
from fontTools.merge import Merger
from fontTools.misc.timeTools import timestampSinceEpoch
from fontTools.otlLib.maxContextCalc import maxCtxFont
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.scaleUpem import scale_upem
from fontTools.ttLib.tables import ttProgram

LOG = logging.getLogger("build_merged_font")

FAMILY = "ShelterCheck Sans"
PS_FAMILY = "ShelterCheckSans"
FONT_VERSION = 1.0  # head.fontRevision of the merged font; bump when the recipe changes
VENDOR_ID = "NONE"  # not "GOOG": the merged font is not made or endorsed by Google (OFL §4)

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
DEFAULT_SOURCES: dict[str, Path] = {
    "latin_regular": NOTO_DIR / "NotoSans-Regular.ttf",
    "latin_bold": NOTO_DIR / "NotoSans-Bold.ttf",
    "lao_regular": NOTO_DIR / "NotoSansLao-Regular.ttf",
    "lao_bold": NOTO_DIR / "NotoSansLao-Bold.ttf",
    "symbols_regular": NOTO_DIR / "NotoSansSymbols-Regular.ttf",
    "symbols_bold": NOTO_DIR / "NotoSansSymbols-Bold.ttf",
    "symbols2": NOTO_DIR / "NotoSansSymbols2-Regular.ttf",
    "math": NOTO_DIR / "NotoSansMath-Regular.ttf",
}

# (first, last, what). Code points missing from the source are skipped (reported with -v).
LATIN_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0020, 0x007E, "Basic Latin"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x0192, 0x0192, "florin (Windows-1252)"),
    (0x02C6, 0x02C7, "modifier circumflex, caron"),
    (0x02C9, 0x02C9, "modifier macron"),
    (0x02D8, 0x02DD, "spacing breve, dot, ring, ogonek, tilde, double acute"),
    (0x0300, 0x036F, "Combining Diacritical Marks (decomposed input)"),
    (0x2000, 0x206F, "General Punctuation (– — ‘ ’ “ ” • … ‰ ′ ″ ‹ › ...)"),
    (0x2070, 0x209F, "Superscripts and Subscripts"),
    (0x20A0, 0x20CF, "Currency Symbols (€ ₭ ₹ ...)"),
    (0x2103, 0x2103, "degree Celsius"),
    (0x2109, 0x2109, "degree Fahrenheit"),
    (0x2113, 0x2113, "script small l"),
    (0x2116, 0x2117, "numero sign, sound recording copyright"),
    (0x2120, 0x2120, "service mark"),
    (0x2122, 0x2122, "trade mark"),
    (0x2126, 0x2126, "ohm"),
    (0x212E, 0x212E, "estimated"),
    (0x2190, 0x21FF, "Arrows (if present)"),
    (0x2200, 0x22FF, "Mathematical Operators (if present)"),
    (0x25A0, 0x25FF, "Geometric Shapes (if present)"),
    (0x2610, 0x2612, "ballot boxes (if present)"),
    (0x2713, 0x2718, "check marks, crosses (if present)"),
    (0xFB01, 0xFB02, "fi, fl (if present)"),
    (0xFEFF, 0xFEFF, "zero width no-break space (if present)"),
    (0xFFFD, 0xFFFD, "replacement character (if present)"),
)

# Symbols Noto Sans lacks, filled in from the symbol sources (first source that has it wins).
SYMBOL_FILL: tuple[tuple[str, str], ...] = (
    ("✓✔✕✖✗✘☐☑☒", "check marks, crosses, ballot boxes"),
    ("■□▪▫▲△▶►▼▽◀◄◆◇○●", "geometric shapes"),
    ("★☆⚠", "stars, warning sign"),
    ("←↑→↓↔↕⇐⇒⇔", "arrows"),
    ("−≤≥≠≈∞", "minus and comparison signs"),
)

# Extra Latin features kept on top of fontTools.subset's defaults (which already keep ccmp,
# locl, liga, kern, mark, mkmk, frac/numr/dnom, ...): tabular/lining figures for tables.
LATIN_EXTRA_FEATURES = ("tnum", "pnum", "lnum", "onum", "case")

CHECK_TEXT = "ເຈົ້າໜ້າທີ່ ຜູ້ເຄາະຮ້າຍ (ຫຼື) ນ້ຳ, 2025 ABC"
LAO_WORDS = (
    "ເຈົ້າໜ້າທີ່",
    "ຜູ້ເຄາະຮ້າຍ",
    "ນ້ຳ",
    "ຫຼື",
    "ຂໍ້ມູນ",
    "ກົດໝາຍ",
    "ສປປ ລາວ",
    "ປຶ້ມຄູ່ມື",
    "ໃນອະນຸພາກພື້ນແມ່ນ້ຳຂອງ",
    "໐໑໒໓໔໕໖໗໘໙",
    "ຯ ໆ ໜ ໝ ໞ ໟ",
)
LATIN_CHECK_TEXT = (
    "Keeping Children Safe — “Standards” (CPMS, 2019) № 73/NA; 1.234.567,89 "
    "AV To Wa fi ffl Ýou’re 50 % ½ € ¥ ™ Łódź Čeština e\u0301 q\u0307 x\u0304 g\u0303\u0304"
)
# (no sequence that Noto Sans would compose into a Latin Extended Additional glyph such as
# a+U+0323+U+0302 -> ậ: that range is not in the subset, so it renders as base + marks)

BOLD_NAMES = ("Regular", "Bold")


@dataclass
class Source:
    """One input font file."""

    role: str
    path: Path
    font: TTFont = field(repr=False)

    @property
    def family(self) -> str:
        return self.font["name"].getDebugName(1) or self.path.stem

    @property
    def style(self) -> str:
        return self.font["name"].getDebugName(2) or ""

    @property
    def version(self) -> str:
        """The version string of name ID 5, without the ttfautohint parameters."""
        raw = self.font["name"].getDebugName(5) or f"Version {self.font['head'].fontRevision:.3f}"
        return raw.split(";")[0].strip()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    def describe(self) -> dict[str, str]:
        return {
            "role": self.role,
            "file": str(self.path),
            "family": self.family,
            "style": self.style,
            "version": self.version,
            "sha256": self.sha256,
            "copyright": self.font["name"].getDebugName(0) or "",
        }


def load_source(role: str, path: Path) -> Source:
    if not path.is_file():
        raise SystemExit(f"error: source font for {role} not found: {path}")
    return Source(role, path, TTFont(path))


def latin_codepoints(latin: TTFont, exclude: Iterable[int]) -> tuple[list[int], list[int]]:
    """Requested Latin code points that the font has, and those it lacks (minus `exclude`)."""
    cmap = latin.getBestCmap()
    skip = set(exclude)
    have: list[int] = []
    missing: list[int] = []
    for first, last, _what in LATIN_RANGES:
        for cp in range(first, last + 1):
            if cp in skip:
                continue
            (have if cp in cmap else missing).append(cp)
    return have, missing


def make_subset_options(*, keep_all_features: bool, features: Sequence[str] = ()) -> ft_subset.Options:
    opts = ft_subset.Options()
    opts.hinting = False
    opts.notdef_outline = True
    opts.notdef_glyph = True
    opts.glyph_names = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.layout_scripts = ["*"]
    opts.recalc_timestamp = False
    opts.prune_unicode_ranges = True
    opts.prune_codepage_ranges = True
    opts.drop_tables = [*opts.drop_tables, "kern", "gasp", "hdmx", "VDMX", "LTSH"]
    if keep_all_features:
        opts.layout_features = ["*"]
    else:
        opts.layout_features = sorted(set(opts.layout_features) | set(features))
    return opts


def subset_font(
    src: TTFont,
    *,
    unicodes: Iterable[int] | None,
    keep_whole_font: bool = False,
    features: Sequence[str] = (),
    drop_layout: bool = False,
    target_upem: int,
) -> TTFont:
    """Return a subsetted, dehinted copy of `src`, scaled to `target_upem` if needed."""
    buf = io.BytesIO()
    src.save(buf)
    buf.seek(0)
    font = TTFont(buf)
    opts = make_subset_options(keep_all_features=keep_whole_font, features=features)
    if drop_layout:
        opts.layout_features = []
        opts.drop_tables = [*opts.drop_tables, "GSUB", "GPOS", "GDEF", "MATH", "BASE", "JSTF"]
    subsetter = ft_subset.Subsetter(opts)
    if keep_whole_font:
        subsetter.populate(glyphs=font.getGlyphOrder(), unicodes=font.getBestCmap().keys())
    else:
        subsetter.populate(unicodes=list(unicodes or ()))
    subsetter.subset(font)
    for tag in ("GSUB", "GPOS", "GDEF", "MATH", "BASE", "JSTF") if drop_layout else ():
        if tag in font:
            del font[tag]
    if font["head"].unitsPerEm != target_upem:
        LOG.info(
            "scaling %s from %d to %d units per em",
            font["name"].getDebugName(4),
            font["head"].unitsPerEm,
            target_upem,
        )
        scale_upem(font, target_upem)
    return font


def mark_set_count(font: TTFont) -> int:
    if "GDEF" not in font:
        return 0
    sets = getattr(font["GDEF"].table, "MarkGlyphSetsDef", None)
    return len(sets.Coverage) if sets is not None else 0


def merge_fonts(fonts: Sequence[TTFont], workdir: Path) -> TTFont:
    """Merge already subsetted fonts (same UPM) in order."""
    offset = 0
    paths = []
    for i, font in enumerate(fonts):
        offset += mark_set_count(font)
        p = workdir / f"part{i}.ttf"
        font.save(p, reorderTables=True)
        paths.append(str(p))
    merged = Merger().merge(paths)
    merged_sets = mark_set_count(merged)
    if merged_sets != offset:
        raise RuntimeError(f"merged font has {merged_sets} mark glyph sets, expected {offset}")
    return merged


def _names(font: TTFont) -> dict[int, str]:
    return {
        rec.nameID: rec.toUnicode()
        for rec in font["name"].names
        if rec.platformID == 3 and rec.langID == 0x409
    }


def set_names(font: TTFont, *, style: str, sources: Sequence[Source]) -> None:
    """Write a fresh name table (Windows, English) for ShelterCheck Sans `style`."""
    ps_name = f"{PS_FAMILY}-{style}"
    version = f"Version {FONT_VERSION:.3f}"
    copyrights: list[str] = []
    for src in sources:
        line = (src.font["name"].getDebugName(0) or "").strip()
        if line and line not in copyrights:
            copyrights.append(line)
    origin = ", ".join(f"{s.family} {s.style} {s.version.replace('Version ', '')}" for s in sources)
    records = {
        0: " ".join(copyrights),
        1: FAMILY,
        2: style,
        3: f"{FONT_VERSION:.3f};{VENDOR_ID};{ps_name}",
        4: f"{FAMILY} {style}",
        5: f"{version}; merged from {origin}",
        6: ps_name,
        10: (
            "Modified Version (SIL Open Font License 1.1) of Noto fonts: the Latin subset of "
            "Noto Sans merged with Noto Sans Lao for the ShelterCheck application. Not an "
            "official Noto font. Sources: " + origin + "."
        ),
        13: (
            "This Font Software is licensed under the SIL Open Font License, Version 1.1. "
            "This license is available with a FAQ at: https://openfontlicense.org"
        ),
        14: "https://openfontlicense.org",
    }
    table = newTable("name")
    table.names = []
    for name_id, text in records.items():
        table.setName(text, name_id, 3, 1, 0x409)
    font["name"] = table


def set_style_bits(font: TTFont, *, bold: bool) -> None:
    os2 = font["OS/2"]
    os2.usWeightClass = 700 if bold else 400
    sel = os2.fsSelection & ~((1 << 0) | (1 << 5) | (1 << 6))  # italic, bold, regular
    sel |= (1 << 5) if bold else (1 << 6)
    sel |= 1 << 7  # USE_TYPO_METRICS: typo == hhea == win below, so every renderer agrees
    os2.fsSelection = sel
    if os2.version < 4:
        os2.version = 4
    head = font["head"]
    head.macStyle = (head.macStyle & ~0b11) | (0b1 if bold else 0)


def set_vertical_metrics(font: TTFont, metric_sources: Sequence[TTFont]) -> dict[str, int]:
    """hhea/typo/win ascent, descent, line gap = the maximum over `metric_sources`."""
    ascent = max(
        max(f["hhea"].ascent, f["OS/2"].sTypoAscender, f["OS/2"].usWinAscent) for f in metric_sources
    )
    descent = max(
        max(-f["hhea"].descent, -f["OS/2"].sTypoDescender, f["OS/2"].usWinDescent) for f in metric_sources
    )
    line_gap = max(max(f["hhea"].lineGap, f["OS/2"].sTypoLineGap) for f in metric_sources)
    # Never clip a glyph on Windows (GDI clips to usWin*): cover the real glyph bounds too.
    glyf = font["glyf"]
    y_max = y_min = 0
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if glyph.numberOfContours:
            glyph.recalcBounds(glyf)
            y_max, y_min = max(y_max, glyph.yMax), min(y_min, glyph.yMin)
    if y_max > ascent or -y_min > descent:
        LOG.warning(
            "glyph bounds %d/%d exceed the source metrics %d/%d; widening", y_max, y_min, ascent, -descent
        )
    ascent, descent = max(ascent, y_max), max(descent, -y_min)
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = ascent, -descent, line_gap
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, line_gap
    os2.usWinAscent, os2.usWinDescent = ascent, descent
    return {
        "ascent": ascent,
        "descent": -descent,
        "lineGap": line_gap,
        "glyph_yMax": y_max,
        "glyph_yMin": y_min,
    }


def mark_unhinted(font: TTFont) -> None:
    """gasp 0xFFFF:15 and a minimal prep (dropout control), as gftools fix-unhinted does."""
    for tag in ("fpgm", "cvt ", "prep", "hdmx", "VDMX", "LTSH"):
        if tag in font:
            del font[tag]
    gasp = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000F}
    font["gasp"] = gasp
    program = ttProgram.Program()
    program.fromAssembly(["PUSHW[]", "511", "SCANCTRL[]", "PUSHB[]", "4", "SCANTYPE[]"])
    prep = newTable("prep")
    prep.program = program
    font["prep"] = prep
    maxp = font["maxp"]
    maxp.maxStackElements = max(getattr(maxp, "maxStackElements", 0), 2)
    for glyph_name in font.getGlyphOrder():
        g = font["glyf"][glyph_name]
        if hasattr(g, "program") and g.program.getBytecode():
            g.removeHinting()


def finalize(
    font: TTFont,
    *,
    bold: bool,
    latin: TTFont,
    metric_sources: Sequence[TTFont],
    sources: Sequence[Source],
    timestamp: int,
) -> dict[str, int]:
    style = BOLD_NAMES[bold]
    set_names(font, style=style, sources=sources)
    set_style_bits(font, bold=bold)
    metrics = set_vertical_metrics(font, metric_sources)
    os2, los2 = font["OS/2"], latin["OS/2"]
    os2.achVendID = VENDOR_ID
    os2.fsType = 0  # installable embedding, as in every source font
    os2.sxHeight, os2.sCapHeight = los2.sxHeight, los2.sCapHeight
    os2.panose = los2.panose
    os2.recalcUnicodeRanges(font)
    os2.recalcCodePageRanges(font)
    os2.recalcAvgCharWidth(font)
    os2.usMaxContext = maxCtxFont(font)
    post, lpost = font["post"], latin["post"]
    post.underlinePosition, post.underlineThickness = lpost.underlinePosition, lpost.underlineThickness
    post.isFixedPitch = 0
    head = font["head"]
    head.fontRevision = FONT_VERSION
    head.created = head.modified = timestamp
    mark_unhinted(font)
    if "DSIG" in font:
        del font["DSIG"]
    return metrics


# --------------------------------------------------------------------------- verification


def _outline(glyphset, name: str) -> tuple:
    pen = DecomposingRecordingPen(glyphset)
    glyphset[name].draw(pen)
    return (tuple(pen.value), glyphset[name].width)


def check_with_fonttools(
    merged_path: Path, lao: TTFont, latin: TTFont, latin_cps: Sequence[int], symbol_cps: Sequence[int]
) -> list[str]:
    """Structural checks that need only fontTools. Returns a list of problems."""
    problems: list[str] = []
    merged = TTFont(merged_path)
    mcmap, lcmap, ncmap = merged.getBestCmap(), lao.getBestCmap(), latin.getBestCmap()
    mgs, lgs, ngs = merged.getGlyphSet(), lao.getGlyphSet(), latin.getGlyphSet()
    notdef = merged.getGlyphOrder()[0]
    for cp in list(lcmap) + list(latin_cps) + list(symbol_cps):
        if mcmap.get(cp, notdef) == notdef:
            problems.append(f"U+{cp:04X} is not mapped (or maps to .notdef) in {merged_path.name}")
    for cp, gname in lcmap.items():  # every Lao-font character: identical outline and advance
        if cp in mcmap and _outline(mgs, mcmap[cp]) != _outline(lgs, gname):
            problems.append(f"U+{cp:04X}: outline/advance differs from Noto Sans Lao")
    for cp in latin_cps:
        if cp in mcmap and _outline(mgs, mcmap[cp]) != _outline(ngs, ncmap[cp]):
            problems.append(f"U+{cp:04X}: outline/advance differs from Noto Sans")
    lao_outlines = {_outline(lgs, g) for g in lao.getGlyphOrder()}
    merged_outlines = {_outline(mgs, g) for g in merged.getGlyphOrder()}
    lost = lao_outlines - merged_outlines
    if lost:
        problems.append(f"{len(lost)} Noto Sans Lao glyph outlines are missing from the merge")
    for tag in ("GSUB", "GPOS"):
        scripts = {r.ScriptTag for r in merged[tag].table.ScriptList.ScriptRecord}
        if "lao " not in scripts:
            problems.append(f"{tag} has no 'lao ' script")
        src_feats = {r.FeatureTag for r in lao[tag].table.FeatureList.FeatureRecord}
        got = {r.FeatureTag for r in merged[tag].table.FeatureList.FeatureRecord}
        if not src_feats <= got:
            problems.append(f"{tag} lost Lao features {sorted(src_feats - got)}")
    return problems


def _script_runs(text: str) -> list[tuple[int, int, bool]]:
    """Split into (start, end, is_lao) runs; Lao runs = maximal runs of U+0E80..U+0EFF."""
    runs: list[tuple[int, int, bool]] = []
    for i, ch in enumerate(text):
        is_lao = 0x0E80 <= ord(ch) <= 0x0EFF
        if runs and runs[-1][2] == is_lao:
            runs[-1] = (runs[-1][0], i + 1, is_lao)
        else:
            runs.append((i, i + 1, is_lao))
    return runs


class _Shaper:
    def __init__(self, path: Path) -> None:
        import uharfbuzz as hb  # optional dependency

        self.hb = hb
        self.font = hb.Font(hb.Face(hb.Blob.from_file_path(str(path))))
        self.glyphset = TTFont(path).getGlyphSet()
        self.glyph_order = TTFont(path).getGlyphOrder()
        self._cache: dict[int, tuple] = {}

    def ident(self, gid: int) -> tuple:
        if gid not in self._cache:
            self._cache[gid] = _outline(self.glyphset, self.glyph_order[gid])
        return self._cache[gid]

    def shape(self, text: str, script: str | None = None) -> list[tuple]:
        """[(glyph identity, cluster, x_advance, y_advance, x_offset, y_offset, gid, pen_x)]."""
        buf = self.hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        if script:
            buf.script = script
        self.hb.shape(self.font, buf, {})
        out, pen_x = [], 0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            out.append(
                (
                    self.ident(info.codepoint),
                    info.cluster,
                    pos.x_advance,
                    pos.y_advance,
                    pos.x_offset,
                    pos.y_offset,
                    info.codepoint,
                    pen_x,
                )
            )
            pen_x += pos.x_advance
        return out


def _lao_positions(shaped: list[tuple], text: str) -> list[tuple]:
    """Glyphs of Lao clusters with x positions relative to the start of their Lao run."""
    run_start: dict[int, int | None] = {}
    for start, end, is_lao in _script_runs(text):
        for i in range(start, end):
            run_start[i] = start if is_lao else None
    first_x: dict[int, int] = {}
    rows = []
    for ident, cluster, xa, ya, xo, yo, _gid, pen_x in shaped:
        run = run_start.get(cluster)
        if run is None:
            continue
        first_x.setdefault(run, pen_x)
        rows.append((ident, cluster, xa, ya, xo, yo, pen_x - first_x[run]))
    return rows


def lao_test_strings(lao_cmap: dict[int, str]) -> list[str]:
    """Test words plus every consonant x (vowel above/below/none) x (tone/none) syllable.

    Only characters the Lao font maps are used (Noto Sans Lao 2.001 lacks the Pali letters
    added in Unicode 12, e.g. U+0E86, U+0E89).
    """
    consonants = [
        chr(c)
        for c in [*range(0x0E81, 0x0EAF), 0x0EDC, 0x0EDD, 0x0EDE, 0x0EDF]
        if unicodedata.category(chr(c)) == "Lo" and c in lao_cmap
    ]
    vowels = ["", "ິ", "ີ", "ຶ", "ື", "ັ", "ົ", "ຸ", "ູ", "ໍ", "ຳ", "ຼ", "ຼື", "ຼູ", "ຼັ"]
    tones = ["", "່", "້", "໊", "໋"]
    out = [CHECK_TEXT, *LAO_WORDS]
    for c in consonants:
        out.append(" ".join(c + v + t for v in vowels for t in tones))
    out.append("ໍ ່ ້ ົ້")  # lone marks: HarfBuzz inserts the dotted circle
    return ["".join(ch for ch in s if ord(ch) in lao_cmap or ch in " (),0123456789ABC") for s in out]


def check_with_harfbuzz(merged_path: Path, lao_path: Path, latin_path: Path) -> tuple[list[str], dict]:
    """Shape with the merged font and with the sources alone; compare. Returns (problems, stats)."""
    try:
        merged = _Shaper(merged_path)
    except ImportError:
        return [], {"skipped": "uharfbuzz is not installed"}
    lao, latin = _Shaper(lao_path), _Shaper(latin_path)
    lao_cmap = TTFont(lao_path).getBestCmap()
    problems: list[str] = []
    stats = {"lao_strings": 0, "lao_glyphs_compared": 0, "latin_glyphs_compared": 0}
    for text in lao_test_strings(lao_cmap):
        stats["lao_strings"] += 1
        # (a) the whole string in one buffer (script guessed = Lao), Lao clusters compared
        a, b = _lao_positions(merged.shape(text), text), _lao_positions(lao.shape(text), text)
        if a != b:
            problems.append(f"whole-buffer Lao glyphs differ for {text[:30]!r}")
        stats["lao_glyphs_compared"] += len(a)
        # (b) each Lao run shaped alone, as Qt/ReportLab itemise: everything must match
        for start, end, is_lao in _script_runs(text):
            if is_lao:
                ra, rb = merged.shape(text[start:end]), lao.shape(text[start:end])
                if [r[:6] for r in ra] != [r[:6] for r in rb]:
                    problems.append(f"Lao run differs: {text[start:end]!r}")
        # no .notdef anywhere in the merged font's output
        if any(r[6] == 0 for r in merged.shape(text)):
            problems.append(f".notdef in merged shaping of {text[:30]!r}")
    # Latin runs against Noto Sans alone (kerning, ligatures, mark positioning)
    for text in (
        LATIN_CHECK_TEXT,
        *[CHECK_TEXT[s:e] for s, e, is_lao in _script_runs(CHECK_TEXT) if not is_lao],
    ):
        ra, rb = merged.shape(text, "Latn"), latin.shape(text, "Latn")
        stats["latin_glyphs_compared"] += len(ra)
        if [r[:6] for r in ra] != [r[:6] for r in rb]:
            problems.append(f"Latin run differs from Noto Sans: {text!r}")
        if any(r[6] == 0 for r in ra):
            problems.append(f".notdef in merged Latin shaping of {text!r}")
    # highest and lowest ink of any shaped Lao syllable (stacked marks) vs. the line metrics
    y_hi = y_lo = 0
    for text in lao_test_strings(lao_cmap):
        buf = merged.hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        merged.hb.shape(merged.font, buf, {})
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            ext = merged.font.get_glyph_extents(info.codepoint)
            if ext is None:
                continue
            y_hi = max(y_hi, pos.y_offset + ext.y_bearing)
            y_lo = min(y_lo, pos.y_offset + ext.y_bearing + ext.height)
    stats["shaped_ink_yMax"], stats["shaped_ink_yMin"] = y_hi, y_lo
    return problems, stats


# --------------------------------------------------------------------------- main


def _say(line: str) -> None:
    """The script's report (stdout; logging goes to stderr)."""
    sys.stdout.write(line + "\n")


def source_timestamp(sources: Sequence[Source]) -> int:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return timestampSinceEpoch(int(epoch))
    return max(s.font["head"].modified for s in sources)


def build_one(
    *, bold: bool, latin: Source, lao: Source, symbol_sources: Sequence[Source], out_dir: Path, timestamp: int
) -> dict:
    style = BOLD_NAMES[bold]
    target_upem = lao.font["head"].unitsPerEm
    lao_cps = set(lao.font.getBestCmap())
    latin_cps, latin_missing = latin_codepoints(latin.font, exclude=lao_cps)
    LOG.info(
        "%s: %d Latin code points from %s; %d requested but absent",
        style,
        len(latin_cps),
        latin.path.name,
        len(latin_missing),
    )
    LOG.debug("absent from %s: %s", latin.path.name, " ".join(f"U+{cp:04X}" for cp in latin_missing))

    parts = [
        subset_font(latin.font, unicodes=latin_cps, features=LATIN_EXTRA_FEATURES, target_upem=target_upem),
        subset_font(lao.font, unicodes=None, keep_whole_font=True, target_upem=target_upem),
    ]
    covered = set(latin_cps) | lao_cps
    used_symbol_sources: list[Source] = []
    symbol_cps: list[int] = []
    symbol_missing: list[int] = []
    wanted = [ord(ch) for chars, _ in SYMBOL_FILL for ch in chars if ord(ch) not in covered]
    for src in symbol_sources:
        cmap = src.font.getBestCmap()
        take = [cp for cp in wanted if cp in cmap and cp not in covered]
        if not take:
            continue
        parts.append(subset_font(src.font, unicodes=take, drop_layout=True, target_upem=target_upem))
        covered.update(take)
        symbol_cps.extend(take)
        used_symbol_sources.append(src)
        LOG.info(
            "%s: %d symbols from %s: %s", style, len(take), src.path.name, "".join(chr(cp) for cp in take)
        )
    symbol_missing = [cp for cp in wanted if cp not in covered]
    if symbol_missing and symbol_sources:
        LOG.warning("%s: no source has %s", style, " ".join(f"U+{cp:04X}" for cp in symbol_missing))

    with tempfile.TemporaryDirectory() as tmp:
        merged = merge_fonts(parts, Path(tmp))
    all_sources = [latin, lao, *used_symbol_sources]
    metrics = finalize(
        merged,
        bold=bold,
        latin=parts[0],
        metric_sources=[latin.font, lao.font],
        sources=all_sources,
        timestamp=timestamp,
    )
    out_path = out_dir / f"{PS_FAMILY}-{style}.ttf"
    merged.recalcTimestamp = False  # keep head.created/modified = `timestamp` (reproducible)
    # fontTools serialises GSUB/GPOS with HarfBuzz's repacker when uharfbuzz is importable and
    # with its own packer otherwise (different bytes, same tables): always use its own.
    merged.cfg["fontTools.ttLib.tables.otBase:USE_HARFBUZZ_REPACKER"] = False
    merged.save(out_path, reorderTables=True)
    problems = check_with_fonttools(out_path, lao.font, latin.font, latin_cps, symbol_cps)
    hb_problems, hb_stats = check_with_harfbuzz(out_path, lao.path, latin.path)
    problems += hb_problems
    final = TTFont(out_path)
    return {
        "file": out_path.name,
        "bytes": out_path.stat().st_size,
        "sha256": hashlib.sha256(out_path.read_bytes()).hexdigest(),
        "glyphs": len(final.getGlyphOrder()),
        "code_points": len(final.getBestCmap()),
        "latin_code_points": len(latin_cps),
        "lao_font_code_points": len(lao_cps),
        "symbol_code_points": len(symbol_cps),
        "requested_but_absent": _ranges(
            cp
            for cp in latin_missing + symbol_missing
            if cp not in covered and unicodedata.category(chr(cp)) != "Cn"
        ),
        "sources": [s.describe() for s in all_sources],
        "vertical_metrics": metrics,
        "harfbuzz_check": hb_stats,
        "problems": problems,
    }


def _ranges(cps: Iterable[int]) -> list[str]:
    """[0x41, 0x42, 0x43, 0x45] -> ["U+0041..U+0043", "U+0045"]."""
    out: list[list[int]] = []
    for cp in sorted(set(cps)):
        if out and cp == out[-1][1] + 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return [f"U+{a:04X}" if a == b else f"U+{a:04X}..U+{b:04X}" for a, b in out]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    here = Path(__file__).resolve().parent
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter
    )
    for role, path in DEFAULT_SOURCES.items():
        p.add_argument(
            "--" + role.replace("_", "-"),
            type=Path,
            default=path,
            help=f"source font ({role.replace('_', ' ')})",
        )
    p.add_argument(
        "--no-symbols",
        action="store_true",
        help="do not fill in ✓ ☐ ▲ arrows − ≤ ≥ ... from the Noto symbol/math fonts",
    )
    p.add_argument("--output-dir", type=Path, default=here, help="where to write the .ttf files")
    p.add_argument(
        "--build-info",
        type=Path,
        default=here / "ShelterCheckSans-build-info.json",
        help="JSON record of the inputs (versions, SHA-256) and outputs; '' to skip",
    )
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s"
    )
    logging.getLogger("fontTools").setLevel(logging.WARNING if args.verbose < 2 else logging.INFO)
    args.output_dir.mkdir(parents=True, exist_ok=True)

    src = {
        role: load_source(role, getattr(args, role))
        for role in (
            ["latin_regular", "latin_bold", "lao_regular", "lao_bold"]
            + ([] if args.no_symbols else ["symbols_regular", "symbols_bold", "symbols2", "math"])
        )
    }
    for s in src.values():
        _say(f"input  {s.path}: {s.family} {s.style}, {s.version}, sha256 {s.sha256[:16]}…")
    timestamp = source_timestamp(list(src.values()))

    results = []
    for bold in (False, True):
        w = "bold" if bold else "regular"
        symbol_sources = [] if args.no_symbols else [src[f"symbols_{w}"], src["symbols2"], src["math"]]
        results.append(
            build_one(
                bold=bold,
                latin=src[f"latin_{w}"],
                lao=src[f"lao_{w}"],
                symbol_sources=symbol_sources,
                out_dir=args.output_dir,
                timestamp=timestamp,
            )
        )

    failed = False
    for r in results:
        hb = r["harfbuzz_check"]
        hb_txt = (
            f"skipped ({hb['skipped']})"
            if "skipped" in hb
            else f"{hb['lao_glyphs_compared']} Lao glyphs in {hb['lao_strings']} strings and "
            f"{hb['latin_glyphs_compared']} Latin glyphs identical to the sources; "
            f"shaped ink {hb['shaped_ink_yMin']}..{hb['shaped_ink_yMax']}"
        )
        m = r["vertical_metrics"]
        _say(
            f"output {r['file']}: {r['bytes']} bytes, {r['glyphs']} glyphs, "
            f"{r['code_points']} code points, sha256 {r['sha256'][:16]}…"
        )
        _say(
            f"       metrics ascent {m['ascent']} descent {m['descent']} lineGap {m['lineGap']}; "
            f"harfbuzz check: {hb_txt}"
        )
        for problem in r["problems"]:
            failed = True
            _say(f"       PROBLEM: {problem}")
    if args.build_info and str(args.build_info):
        info = {
            "script": Path(__file__).name,
            "font_version": f"{FONT_VERSION:.3f}",
            "fonttools": fontTools.version,
            "python": sys.version.split()[0],
            "symbols": not args.no_symbols,
            "outputs": results,
        }
        args.build_info.write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n", "utf-8")
        _say(f"build info written to {args.build_info}")
    _say("FAILED: see PROBLEM lines" if failed else "all checks passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
