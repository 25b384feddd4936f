"""Load the fonts shipped in resources/fonts, so Lao renders right on a PC without any Lao font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sheltercheck.paths import resource_path

log = logging.getLogger(__name__)

UI_FAMILY = "ShelterCheck Sans"  # Noto Sans Latin + Noto Sans Lao, merged (resources/fonts/README.md)
FALLBACK_FAMILIES = ["Noto Sans Lao", "Phetsarath OT"]


def load_bundled_fonts(only: str | None = None) -> list[str]:
    """Register the bundled fonts (or those whose file name starts with `only`) with Qt; returns the
    families that loaded. The UI font is registered before the first paint, the others after it."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob(f"{only or ''}*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def load_fallback_fonts() -> None:
    """Noto Sans Lao and Phetsarath OT, registered after the first paint (the UI font is already in)."""
    load_bundled_fonts(only="NotoSansLao")
    load_bundled_fonts(only="Phetsarath")


BASE_POINT_SIZE = 10.5  # Lao's stacked marks need a little more size than Latin text to stay legible


def apply_ui_font(app: QGuiApplication, point_size: float | None = None) -> QFont:
    font = QFont(app.font())
    font.setFamilies([UI_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(point_size or max(BASE_POINT_SIZE, font.pointSizeF()))
    app.setFont(font)
    return font
