"""The last line of defence: an unexpected error is logged in full and explained in plain words.

The user sees what happened and where the log is, never a traceback; every answer was already saved in
its own transaction, so the message can truthfully say the data is safe.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from sheltercheck import logging_setup
from sheltercheck.errors import UserError
from sheltercheck.ui.i18n import tr_message

log = logging.getLogger("sheltercheck.crash")


def crash_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return tr_message(exc.message, **exc.params)
    return QCoreApplication.translate(
        "Crash",
        "Something went wrong inside ShelterCheck: {problem}\n\n"
        "Your answers were saved as you entered them. Details are in the log file:\n{log}\n\n"
        "If this happens again, please send that file to whoever supports ShelterCheck for you.",
    ).format(problem=type(exc).__name__, log=logging_setup.log_file())


def handle_exception(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if isinstance(exc, UserError):
        log.warning("user-fixable problem: %s", exc)
    else:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is None:
        return
    try:
        from PySide6.QtWidgets import QMessageBox  # loaded only when there is something to report

        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("Crash", "ShelterCheck"), crash_text(exc)
        )
        box.setObjectName("crashDialog")
        box.exec()
    except Exception:  # pragma: no cover - never let the handler itself raise
        log.exception("crash dialog failed")


def install() -> None:
    sys.excepthook = handle_exception
