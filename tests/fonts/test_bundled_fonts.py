"""The shipped fonts are what their build script makes, and they render Lao and Latin on their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import uharfbuzz as hb

from sheltercheck.paths import resource_path

FONTS = resource_path("fonts")
MIXED = "ເຈົ້າໜ້າທີ່ ຜູ້ເຄາະຮ້າຍ (ຫຼື) ນ້ຳ, 2025 ABC “ok” – ✓"


def _glyphs(font_file: Path, text: str) -> list[int]:
    blob = hb.Blob.from_file_path(str(font_file))
    font = hb.Font(hb.Face(blob))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    return [info.codepoint for info in buffer.glyph_infos]


def test_every_font_has_its_licence_beside_it() -> None:
    assert (FONTS / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (FONTS / "LGPL-2.1.txt").read_text(encoding="utf-8")
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    for font in FONTS.glob("*.ttf"):
        assert font.name in readme, f"{font.name} is not described in resources/fonts/README.md"


def test_the_merged_font_covers_mixed_lao_and_latin_text() -> None:
    for style in ("Regular", "Bold"):
        glyphs = _glyphs(FONTS / f"ShelterCheckSans-{style}.ttf", MIXED)
        assert 0 not in glyphs, f"{style}: a character of the test text has no glyph (.notdef)"


def test_the_merged_fonts_are_reproducible_from_the_debian_sources(tmp_path: Path) -> None:
    script = FONTS / "build_merged_font.py"
    subprocess.run(
        [
            sys.executable,
            str(script),
            "--output-dir",
            str(tmp_path),
            "--build-info",
            str(tmp_path / "info.json"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for style in ("Regular", "Bold"):
        built = (tmp_path / f"ShelterCheckSans-{style}.ttf").read_bytes()
        assert built == (FONTS / f"ShelterCheckSans-{style}.ttf").read_bytes(), (
            f"{style} differs from its build"
        )


def test_qt_loads_the_bundled_families(qapp: object) -> None:
    from sheltercheck.ui.fonts import UI_FAMILY, load_bundled_fonts

    families = load_bundled_fonts()
    assert UI_FAMILY in families and "Noto Sans Lao" in families and "Phetsarath OT" in families
