from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from sheltercheck import __version__, settings
from sheltercheck.store.models import Shelter
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.dialogs.about import AboutDialog
from sheltercheck.ui.dialogs.first_run import FirstRunDialog
from sheltercheck.ui.main_window import MainWindow
from sheltercheck.ui.models.navigation import PAGE_KEYS
from sheltercheck.ui.pages.settings_page import SettingsPage


def settings_page(window: MainWindow) -> SettingsPage:
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


LAO_TITLES = {
    "shelters": "ສູນພັກພິງ",
    "assessment": "ການປະເມີນ",
    "results": "ຜົນການປະເມີນ",
    "plan": "ແຜນປະຕິບັດງານ",
    "workshop": "ກອງປະຊຸມ",
    "standards": "ມາດຕະຖານ",
    "settings": "ການຕັ້ງຄ່າ",
}


def test_every_page_is_reachable_from_the_side_bar(qtbot: QtBot, window: MainWindow) -> None:
    for row, key in enumerate(PAGE_KEYS):
        rect = window.navigation.visualRect(window.navigation_model.index(row))
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
        assert window.page(key).isVisible()
        assert window.page(key).title_label.text() == window.page(key).title()


def test_every_page_is_reachable_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    for number, key in reversed(list(enumerate(PAGE_KEYS, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.navigation.currentIndex().row() == number - 1


def test_switching_to_lao_retranslates_everything_live(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    window.language_actions["lo"].trigger()
    assert context.language == "lo"
    # Qt posts LanguageChange to every widget when a translator is installed
    qtbot.waitUntil(lambda: window.page("shelters").title_label.text() == LAO_TITLES["shelters"])
    for row, key in enumerate(PAGE_KEYS):
        assert window.navigation_model.index(row).data() == LAO_TITLES[key]
        assert window.page(key).title_label.text() == LAO_TITLES[key]
    assert window.file_menu.title() == "ໄຟລ໌ (&F)"
    assert window.windowTitle() == "ShelterCheck — ສູນພັກພິງ"
    assert settings.load().language == "lo"  # remembered for the next start
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # and back, from the keyboard
    assert context.language == "en"
    qtbot.waitUntil(lambda: window.page("shelters").title_label.text() == "Shelters")
    assert window.file_menu.title() == "&File"


def test_the_settings_page_switches_language(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    window.show_page("settings")
    combo = settings_page(window).language_combo
    combo.setCurrentIndex(combo.findData("lo"))
    assert context.language == "lo"
    qtbot.waitUntil(lambda: window.page("settings").title_label.text() == "ການຕັ້ງຄ່າ")
    assert window.language_actions["lo"].isChecked()


def test_projector_mode_enlarges_the_text_and_is_remembered(window: MainWindow, context: AppContext) -> None:
    normal = QApplication.font().pointSizeF()
    window.projector_action.trigger()
    assert QApplication.font().pointSizeF() > normal * 1.5
    assert settings_page(window).projector.isChecked()
    assert settings.load().projector_mode
    settings_page(window).projector.setChecked(False)
    assert QApplication.font().pointSizeF() == normal
    assert not context.settings.projector_mode


def test_shelters_page_lists_the_shelters_in_the_database(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    assert context.db is not None
    with context.db.transaction() as session:
        session.add(Shelter(name="ສູນພັກພິງ ນະຄອນຫຼວງ", kind="state", province="VT"))
    context.dataChanged.emit()
    page = window.page("shelters")
    model = page.model  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "ສູນພັກພິງ ນະຄອນຫຼວງ"
    assert model.index(0, 2).data() == "Vientiane Capital"
    assert model.index(0, 4).data() == "not yet assessed"
    window.language_actions["lo"].trigger()
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "ລັດ")
    assert model.index(0, 2).data() == "ນະຄອນຫຼວງວຽງຈັນ"
    assert model.index(0, 1).data() == "ລັດ"


def test_about_shows_the_version_and_every_bundled_licence(qtbot: QtBot, window: MainWindow) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    version = dialog.findChild(QLabel, "aboutVersion")
    assert version is not None and __version__ in version.text()
    assert dialog.licence_list.count() == len(dialog.licences) >= 5
    for row, licence in enumerate(dialog.licences):
        assert licence.path.is_file(), licence.path
        dialog.licence_list.setCurrentRow(row)
        assert len(dialog.licence_text.toPlainText()) > 500


def test_about_opens_from_the_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.about_action.trigger()


def test_first_run_offers_both_languages(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QPushButton

    lao = dialog.findChild(QPushButton, "choose-lo")
    english = dialog.findChild(QPushButton, "choose-en")
    assert lao is not None and english is not None
    assert (lao.text(), english.text()) == ("ລາວ", "English")
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice == "en"


def test_backup_from_the_file_menu(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    messages: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.backup_action.trigger()
    assert messages and "backups" in messages[0]
    assert context.db is not None and context.db.url.database
    from pathlib import Path

    assert list((Path(context.db.url.database).parent / "backups").glob("*.sqlite3"))
