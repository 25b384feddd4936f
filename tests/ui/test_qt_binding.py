"""The Qt binding must not drain references to None.

PySide6-Essentials 6.12.0 under CPython 3.11 drops one reference to None on nearly every call of a Qt
method that returns nothing; after a few thousand calls (one busy minute in the app) the interpreter
aborts with "Fatal Python error: none_dealloc". pyproject.toml pins 6.11 for that reason; this test
fails on any binding with the bug, so an upgrade cannot bring it back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_none_alone(qapp: object) -> None:
    rect, font, label = QRectF(), QFont(), QLabel()
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for step in range(2_000):
        rect.moveTop(float(step))
        font.setBold(step % 2 == 0)
        label.setText("ສູນພັກພິງ")
        painter = QPainter(image)
        painter.drawLine(0, 0, 10, 10)
        painter.end()
    assert sys.getrefcount(None) >= before - 10, (
        "the Qt binding drops references to None (see pyproject.toml)"
    )
