"""Projector mode: larger type and a high-contrast palette, for a room reading a wall."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

_normal_point_size: float | None = None
_normal_palette: QPalette | None = None


def apply_projector_mode(enabled: bool) -> None:
    global _normal_point_size, _normal_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _normal_point_size is None:
        _normal_point_size = app.font().pointSizeF()
        _normal_palette = QPalette(app.palette())
    font = QFont(app.font())
    font.setPointSizeF(_normal_point_size * (1.6 if enabled else 1.0))
    app.setFont(font)
    if enabled:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#003f8a"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
        app.setPalette(palette)
    elif _normal_palette is not None:
        app.setPalette(_normal_palette)
