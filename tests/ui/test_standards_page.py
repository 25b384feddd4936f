from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.catalogue.model import Indicator
from sheltercheck.text.segment import strip_break_hints
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.main_window import MainWindow
from sheltercheck.ui.models.catalogue_filter import CatalogueFilterModel
from sheltercheck.ui.models.catalogue_tree import CatalogueTreeModel
from sheltercheck.ui.pages.standards import StandardsPage
from tests.ui.lao_typing import type_text


def _page(window: MainWindow) -> StandardsPage:
    window.show_page("standards")
    page = window.page("standards")
    assert isinstance(page, StandardsPage)
    return page


def _visible_codes(page: StandardsPage) -> list[str]:
    codes = []
    for row in range(page.proxy.rowCount()):
        parent = page.proxy.index(row, 0)
        for child in range(page.proxy.rowCount(parent)):
            codes.append(str(page.proxy.index(child, 0, parent).data(CatalogueTreeModel.CodeRole)))
    return codes


def test_tree_models_are_sound(qtmodeltester: ModelTester) -> None:
    model = CatalogueTreeModel(bundled_catalogue(), "lo")
    qtmodeltester.check(model)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("ຄວາມລັບ")
    qtmodeltester.check(proxy)


def test_the_page_shows_every_domain_and_an_indicator_in_detail(window: MainWindow) -> None:
    page = _page(window)
    catalogue = bundled_catalogue()
    assert page.proxy.rowCount() == len(catalogue.domains) == 15
    assert len(_visible_codes(page)) == len(catalogue.indicators())
    item = page.current_item()
    assert isinstance(item, Indicator)
    assert item.statement.en in page.detail.toPlainText()
    assert "Rests on" in page.detail.toPlainText()


def test_the_other_language_is_one_click_away(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    context.set_language("lo")
    page = _page(window)
    item = page.current_item()
    assert isinstance(item, Indicator)
    assert item.statement.lo in strip_break_hints(page.detail.toPlainText())
    assert page.other_language.text().startswith("English")
    qtbot.mouseClick(page.other_language, Qt.MouseButton.LeftButton)
    assert item.statement.en in page.detail.toPlainText()
    assert page.other_language.text().startswith("ລາວ")


def test_lao_search_finds_substrings_inside_words(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(page.search, "ພັກພິງ")  # the middle of ສູນພັກພິງ: Lao has no spaces to split on
    assert page.search.text() == "ພັກພິງ"
    codes = _visible_codes(page)
    catalogue = bundled_catalogue()
    expected = [
        i.code
        for i in catalogue.indicators()
        if "ພັກພິງ" in "".join((i.statement.lo, i.guidance.lo, *i.evidence.lo, *i.actions.lo))
        or "ພັກພິງ" in catalogue.domain(i.domain).name.lo
    ]
    assert codes == expected and 0 < len(codes) < len(catalogue.indicators())
    assert page.matches.text() == f"{len(codes)} found"


def test_english_search_and_core_filter(window: MainWindow) -> None:
    page = _page(window)
    page.search.setText("interpreter")
    codes = _visible_codes(page)
    assert "ADM-04" in codes
    page.search.clear()
    page.core_only.setChecked(True)
    codes = _visible_codes(page)
    core = [i.code for i in bundled_catalogue().indicators() if i.core]
    assert codes == core


def test_the_tree_follows_the_ui_language(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    page = _page(window)
    first = page.proxy.index(0, 0)
    assert first.data() == "GOV · Governance and legal basis"
    context.set_language("lo")
    assert strip_break_hints(first.data()).startswith("GOV · ການຄຸ້ມຄອງ")
    qtbot.waitUntil(lambda: page.core_only.text() == "ສະເພາະມາດຕະຖານຫຼັກ")
