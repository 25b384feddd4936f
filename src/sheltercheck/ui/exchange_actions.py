"""Exchange files from the app: export this shelter (or all) to a .shelterchk file, and import files
from other computers after showing what they change. The work is done by services/exchange_*."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox

from sheltercheck.errors import UserError
from sheltercheck.exchange.messages import PasswordRequiredError, WrongPasswordError
from sheltercheck.exchange.package import ExchangePackage, read_file
from sheltercheck.ui.dialogs.export_exchange import ExportExchangeDialog
from sheltercheck.ui.dialogs.import_preview import ImportPreviewDialog
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import tr_message, ui_translate
from sheltercheck.ui.pages.base import Page
from sheltercheck.ui.report_export import default_folder, file_stem


def export_exchange(page: Page) -> Path | None:
    from sheltercheck.services.exchange_export import export_file
    from sheltercheck.services.exchange_text import export_lines
    from sheltercheck.services.profiles import load_profile

    context = page.context
    db = context.db
    if db is None:
        return None
    shelter_id = context.current_shelter_id
    profile = page.guard(lambda: load_profile(db, shelter_id)) if shelter_id is not None else None
    name = profile.name if profile else None
    stem = file_stem(name or "shelters", dt.date.today())
    dialog = ExportExchangeDialog(name, default_folder(context), stem, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    request = dialog.request()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        summary = page.guard(
            lambda: export_file(
                db,
                request.path,
                None if request.all_shelters else shelter_id,
                password=request.password,
                redacted=request.redacted,
                neutral_names=request.neutral_names,
                translate=ui_translate,
            )
        )
    finally:
        QGuiApplication.restoreOverrideCursor()
    if summary is None:
        return None
    QMessageBox.information(
        page, page.title(), shown("\n".join(export_lines(summary, request.path, ui_translate)))
    )
    return request.path


def _ask_password(page: Page, name: str, again: bool) -> str | None:
    prompt = (
        QCoreApplication.translate("ExchangeActions", "The password was wrong. Password for {name}:")
        if again
        else QCoreApplication.translate("ExchangeActions", "{name} is protected by a password. Password:")
    )
    password, ok = QInputDialog.getText(
        page, page.title(), shown(prompt.format(name=name)), QLineEdit.EchoMode.Password
    )
    return password if ok and password else None


def _read(page: Page, path: Path) -> ExchangePackage | None:
    """The checked package of `path`, asking for its password as often as needed; None: given up."""
    password: str | None = None
    while True:
        try:
            return read_file(path, password)
        except (PasswordRequiredError, WrongPasswordError) as error:
            password = _ask_password(page, path.name, isinstance(error, WrongPasswordError))
            if password is None:
                return None
        except UserError as error:
            QMessageBox.warning(page, page.title(), tr_message(error.message, **error.params))
            return None


def import_exchange(page: Page, paths: list[Path] | None = None) -> int:
    """Import exchange files one after the other, each after its own preview; returns how many were."""
    from sheltercheck.services.exchange_import import apply_import
    from sheltercheck.services.exchange_plan import plan_import
    from sheltercheck.services.exchange_text import result_lines

    context = page.context
    db = context.db
    if db is None:
        return 0
    if paths is None:
        chosen, _ = QFileDialog.getOpenFileNames(
            page,
            QCoreApplication.translate("ExchangeActions", "Import exchange files"),
            str(default_folder(context)),
            QCoreApplication.translate("ExchangeActions", "Exchange files (*.shelterchk)"),
        )
        paths = [Path(p) for p in chosen]
    imported = 0
    for path in paths:
        package = _read(page, path)
        if package is None:
            continue
        plan = page.guard(partial(plan_import, db, package))
        if plan is None:
            continue
        dialog = ImportPreviewDialog(plan, context.language, ui_translate, page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            continue
        result = page.guard(partial(apply_import, db, plan, dialog.choices()))
        if result is None:
            continue
        imported += 1
        context.dataChanged.emit()
        QMessageBox.information(
            page, page.title(), shown("\n".join(result_lines(result, path.name, ui_translate)))
        )
    return imported
