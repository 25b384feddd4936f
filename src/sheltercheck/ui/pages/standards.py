"""The Standards page: the catalogue's domain tree, an indicator's detail, search in both languages."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.catalogue.model import Catalogue, Domain, Indicator
from sheltercheck.catalogue.problems import CatalogueError
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import LANGUAGE_NAMES
from sheltercheck.ui.indicator_html import indicator_html
from sheltercheck.ui.models.catalogue_filter import CatalogueFilterModel
from sheltercheck.ui.models.catalogue_tree import CatalogueTreeModel
from sheltercheck.ui.pages.base import Page


class StandardsPage(Page):
    key = "standards"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.detail_language = context.language
        self.model = CatalogueTreeModel(language=context.language)
        self.proxy = CatalogueFilterModel()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("standardsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.core_only = QCheckBox()
        self.core_only.setObjectName("coreOnly")
        self.core_only.toggled.connect(self.proxy.set_core_only)
        self.matches = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.core_only)
        bar.addWidget(self.matches)

        self.tree = QTreeView()
        self.tree.setObjectName("standardsTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("indicatorDetail")
        self.detail.setOpenLinks(False)
        self.other_language = QPushButton()
        self.other_language.setObjectName("otherLanguage")
        self.other_language.clicked.connect(self.toggle_detail_language)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.other_language, 0, Qt.AlignmentFlag.AlignRight)
        detail_layout.addWidget(self.detail, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.info)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        context.languageChanged.connect(self._language_changed)
        self.retranslate()

    # data --------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.model.catalogue is None:
            self.load()

    def load(self) -> None:
        from sheltercheck.catalogue.loader import bundled_catalogue

        try:
            catalogue = bundled_catalogue()
        except CatalogueError as error:
            from sheltercheck.ui.i18n import tr_message

            self.info.setText(shown(tr_message(error.message, **error.params)))
            return
        self.set_catalogue(catalogue)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.model.set_catalogue(catalogue)
        self._update_info()
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(self.proxy.index(0, 0, first))

    def _update_info(self) -> None:
        catalogue = self.model.catalogue
        if catalogue is None:
            return
        drafts = sum(i.lo_status == "draft" for i in catalogue.indicators())
        self.info.setText(
            shown(
                self.tr(
                    "{title}, version {version}: {count} indicators; Lao drafts awaiting review: {drafts}"
                ).format(
                    title=catalogue.title.get(self.context.language),
                    version=catalogue.version,
                    count=len(catalogue.indicators()),
                    drafts=drafts,
                )
            )
        )

    # behaviour ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self.tree.expandAll()
        count = self._visible_indicators()
        self.matches.setText(self.tr("{count} found").format(count=count) if text.strip() else "")
        if count and not self.tree.currentIndex().isValid():
            parent = self.proxy.index(0, 0)
            self.tree.setCurrentIndex(self.proxy.index(0, 0, parent))

    def _visible_indicators(self) -> int:
        return sum(self.proxy.rowCount(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount()))

    def current_item(self) -> Domain | Indicator | None:
        return self.model.item(self.proxy.mapToSource(self.tree.currentIndex()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def toggle_detail_language(self) -> None:
        self.detail_language = "en" if self.detail_language == "lo" else "lo"
        self._show_detail()
        self._update_toggle()

    def _show_detail(self) -> None:
        item = self.current_item()
        catalogue = self.model.catalogue
        if item is None or catalogue is None:
            self.detail.clear()
            return
        if isinstance(item, Indicator):
            self.detail.setHtml(indicator_html(catalogue, item, self.detail_language))
        else:
            from html import escape

            self.detail.setHtml(
                f"<h3>{escape(shown(item.name.get(self.detail_language)))}</h3>"
                f"<p>{escape(shown(item.description.get(self.detail_language)))}</p>"
            )

    def _update_toggle(self) -> None:
        other = "en" if self.detail_language == "lo" else "lo"
        self.other_language.setText(f"{LANGUAGE_NAMES[other]} ⇄")  # language names are never translated
        self.other_language.setToolTip(self.tr("Show this text in the other language"))

    def _language_changed(self, language: str) -> None:
        self.model.set_language(language)
        self.detail_language = language
        self._show_detail()
        self._update_info()

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.tr("Search in Lao or English (Ctrl+F)…"))
        self.core_only.setText(self.tr("Core standards only"))
        self._update_toggle()
        self._update_info()
