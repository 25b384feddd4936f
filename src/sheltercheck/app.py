"""Starting the desktop app: fonts, language, single-instance lock, main window, then the database.

The window is shown before the database opens (SQLAlchemy and the migrations are imported after the
first paint), so the app appears quickly on an old office PC.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import logging
import os
import sys
import time
import zlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication

from sheltercheck import APP_NAME, __version__, logging_setup, paths
from sheltercheck import settings as settings_store
from sheltercheck.errors import ALREADY_RUNNING, UserError
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs import crash
from sheltercheck.ui.fonts import apply_ui_font, load_bundled_fonts, load_fallback_fonts
from sheltercheck.ui.i18n import tr_message
from sheltercheck.ui.main_window import MainWindow
from sheltercheck.ui.theme import apply_projector_mode

log = logging.getLogger(__name__)

FIRST_PAINT_ENV = "SHELTERCHECK_REPORT_FIRST_PAINT"  # used by tests/benchmarks/run.py


class AfterFirstPaint(QObject):
    """Runs callbacks once, right after the first paint of the watched window.

    The database opens here, so its imports and migrations never delay the window appearing.
    """

    def __init__(self, callbacks: list[Callable[[], None]]) -> None:
        super().__init__()
        self.callbacks = callbacks
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            for callback in self.callbacks:
                QTimer.singleShot(0, callback)
        return False


def report_first_paint(started: float) -> None:
    """Benchmarks only: one JSON line with the time to first paint and the peak RSS, then quit."""
    print(json.dumps({"first_paint_s": time.perf_counter() - started, "rss_mb": peak_rss_mb()}), flush=True)
    QApplication.quit()


def peak_rss_mb() -> float:
    if sys.platform == "win32":  # pragma: no cover
        return 0.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("sheltercheck")
    load_bundled_fonts(only="ShelterCheckSans")
    apply_ui_font(app)
    return app


def choose_language(context: AppContext) -> None:
    """The remembered language, or on the first run the user's pick from a bilingual dialog."""
    language = context.settings.language
    if context.settings.first_run:
        from sheltercheck.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog()
        dialog.exec()
        language = dialog.choice
    context.set_language(language)


def lock_for(address: str) -> QLockFile:
    digest = f"{zlib.crc32(address.encode('utf-8')):08x}"
    lock = QLockFile(str(paths.data_dir() / f".sheltercheck-{digest}.lock"))
    lock.setStaleLockTime(0)
    return lock


def open_database_reporting(window: MainWindow, context: AppContext) -> None:
    from PySide6.QtWidgets import QMessageBox

    try:
        context.open_database()
    except UserError as error:
        log.warning("database not opened: %s", error)
        QMessageBox.warning(window, APP_NAME, tr_message(error.message, **error.params))


def set_window_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "sheltercheck.svg"))))


def start_logging() -> None:
    """The rotating log file and faulthandler's crash dump into it (after the first paint)."""
    log_path = logging_setup.configure()
    with contextlib.suppress(OSError):
        faulthandler.enable(log_path.open("a", encoding="utf-8"))


def run(database: str | None = None, language: str | None = None) -> int:
    started = time.perf_counter()
    faulthandler.enable()  # until the log file is set up, right after the first paint
    crash.install()
    app = create_application(sys.argv)
    context = AppContext(settings_store.load(), database_override=database)
    if language:
        context.settings.language = language
    choose_language(context)

    lock = lock_for(context.database_address())
    if not lock.tryLock(100):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, tr_message(ALREADY_RUNNING))
        return 1

    window = MainWindow(context)
    if context.settings.projector_mode:
        apply_projector_mode(True)
    if os.environ.get(FIRST_PAINT_ENV):
        after_paint = AfterFirstPaint([lambda: report_first_paint(started)])
    else:
        after_paint = AfterFirstPaint(
            [
                start_logging,
                lambda: set_window_icon(app),
                load_fallback_fonts,
                lambda: open_database_reporting(window, context),
            ]
        )
    window.installEventFilter(after_paint)
    window.show()
    try:
        return app.exec()
    finally:
        context.close()
        lock.unlock()
