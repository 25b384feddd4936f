from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sheltercheck import logging_setup, settings
from sheltercheck.app import FIRST_PAINT_ENV, lock_for
from sheltercheck.errors import DISK_FULL, UserError
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs import crash


def _read_and_close_box(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    box.accept()


def test_an_unexpected_error_is_explained_in_lao_and_logged(qtbot: QtBot, context: AppContext) -> None:
    context.set_language("lo")
    logging_setup.configure()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _read_and_close_box(seen))
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__)
    assert seen, "a message box was shown"
    assert "ShelterCheck" in seen[0] and str(logging_setup.log_file()) in seen[0]
    assert "ຄຳຕອບຂອງທ່ານຖືກບັນທຶກ" in seen[0]  # "your answers were saved", in Lao
    assert "Traceback" not in seen[0]
    assert "ZeroDivisionError: boom" in logging_setup.log_file().read_text(encoding="utf-8")


def test_a_user_fixable_problem_gets_its_own_plain_message(qtbot: QtBot, context: AppContext) -> None:
    context.set_language("lo")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _read_and_close_box(seen))
    error = UserError(DISK_FULL)
    crash.handle_exception(UserError, error, None)
    assert seen == ["ບ່ອນເກັບຂໍ້ມູນເຕັມແລ້ວ. ກະລຸນາລຶບບາງຢ່າງອອກແລ້ວລອງໃໝ່; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ."]


def test_a_second_copy_on_the_same_database_is_refused(qapp: object, db_path: Path) -> None:
    first, second = lock_for(str(db_path)), lock_for(str(db_path))
    assert first.tryLock(0)
    try:
        assert not second.tryLock(0)
        assert lock_for(str(db_path) + "-other").tryLock(0)
    finally:
        first.unlock()
    assert second.tryLock(0)
    second.unlock()


def test_the_real_app_starts_paints_and_quits(app_home: Path, db_path: Path) -> None:
    """`python -m sheltercheck` in a fresh process, as a user starts it (remembered language: Lao)."""
    settings.save(settings.Settings(language="lo"))
    env = {**os.environ, FIRST_PAINT_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "sheltercheck", "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["first_paint_s"] > 0 and figures["rss_mb"] > 0
    assert "Traceback" not in result.stderr
