from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sheltercheck.app import create_application
from sheltercheck.settings import Settings
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture
def context(qapp: object, db_path: Path) -> Iterator[AppContext]:
    create_application([])
    ctx = AppContext(Settings(language="en"), database_override=str(db_path))
    ctx.set_language("en")
    ctx.open_database()
    yield ctx
    ctx.set_language("en")
    ctx.close()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
