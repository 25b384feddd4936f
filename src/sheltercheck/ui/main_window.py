"""The main window: the side bar of pages, the menus and their keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QListView, QMainWindow, QSplitter, QStackedWidget, QWidget

from sheltercheck import logging_setup
from sheltercheck.errors import UserError
from sheltercheck.settings import LANGUAGES
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.i18n import LANGUAGE_NAMES, tr_message
from sheltercheck.ui.models.navigation import PAGE_KEYS, NavigationModel, page_title
from sheltercheck.ui.pages.base import Page
from sheltercheck.ui.theme import apply_projector_mode


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.setMinimumSize(960, 640)  # fits a 1024×768 projector with the task bar
        self.navigation_model = NavigationModel(self)
        self.navigation = QListView()
        self.navigation.setObjectName("navigation")
        self.navigation.setModel(self.navigation_model)
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(240)
        self.navigation.setSpacing(5)  # roomy rows for stacked Lao marks (no style sheet: it slows the start)
        self.stack = QStackedWidget()
        self._pages: dict[str, Page] = {}
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.navigation.selectionModel().currentChanged.connect(
            lambda current, _previous: self.show_page(PAGE_KEYS[current.row()]) if current.isValid() else None
        )
        self._build_menus()
        context.languageChanged.connect(self._language_changed)
        self.show_page("shelters")
        self.retranslate()
        if context.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(context.settings.window_geometry.encode("ascii")))
        else:
            self.resize(1280, 720)

    def page(self, key: str) -> Page:
        """The page for `key`, built the first time it is needed: the window paints sooner at start."""
        page = self._pages.get(key)
        if page is None:
            page = self._make_page(key)
            self._pages[key] = page
            self.stack.addWidget(page)
        return page

    def _make_page(self, key: str) -> Page:
        if key == "shelters":
            from sheltercheck.ui.pages.shelters import SheltersPage

            shelters = SheltersPage(self.context)
            shelters.assessRequested.connect(lambda: self.show_page("assessment"))
            return shelters
        if key == "settings":
            from sheltercheck.ui.pages.settings_page import SettingsPage

            settings_page = SettingsPage(self.context)
            settings_page.projectorModeChanged.connect(self.set_projector_mode)
            return settings_page
        if key == "assessment":
            from sheltercheck.ui.pages.assessment import AssessmentPage

            return AssessmentPage(self.context)
        if key == "plan":
            from sheltercheck.ui.pages.action_plan import ActionPlanPage

            return ActionPlanPage(self.context)
        if key == "results":
            from sheltercheck.ui.pages.results import ResultsPage

            results = ResultsPage(self.context)
            results.indicatorRequested.connect(self.open_indicator)
            return results
        if key == "workshop":
            from sheltercheck.ui.pages.workshop import WorkshopPage

            return WorkshopPage(self.context)
        if key == "standards":
            from sheltercheck.ui.pages.standards import StandardsPage

            return StandardsPage(self.context)
        from sheltercheck.ui.pages.placeholder import PlaceholderPage

        return PlaceholderPage(key, self.context)

    # menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up_now)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.import_exchange_action = QAction(self)
        self.import_exchange_action.setObjectName("importExchangeAction")
        self.import_exchange_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_exchange_action.triggered.connect(self.import_exchange)
        self.export_exchange_action = QAction(self)
        self.export_exchange_action.setObjectName("exportExchangeAction")
        self.export_exchange_action.triggered.connect(self.export_exchange)
        self.file_menu.addAction(self.import_exchange_action)
        self.file_menu.addAction(self.export_exchange_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.export_menu = bar.addMenu("")
        self.export_actions: dict[str, QAction] = {}
        for report in ("assessment", "action-plan", "checklist"):
            action = QAction(self)
            action.setObjectName(f"export-{report}")
            action.triggered.connect(lambda _checked=False, r=report: self.export_report(r))
            self.export_menu.addAction(action)
            self.export_actions[report] = action
        self.export_actions["assessment"].setShortcut(QKeySequence("Ctrl+E"))
        self.export_plan_action = self.export_actions["action-plan"]
        self.export_menu.addSeparator()
        self.export_workshop_action = QAction(self)
        self.export_workshop_action.setObjectName("exportWorkshopAction")
        self.export_workshop_action.triggered.connect(self.export_workshop)
        self.export_menu.addAction(self.export_workshop_action)

        self.view_menu = bar.addMenu("")
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_page(k))
            self.view_menu.addAction(action)
            self.page_actions[key] = action
        self.view_menu.addSeparator()
        self.projector_action = QAction(self)
        self.projector_action.setCheckable(True)
        self.projector_action.setShortcut(QKeySequence("F11"))
        self.projector_action.setChecked(self.context.settings.projector_mode)
        self.projector_action.toggled.connect(self.set_projector_mode)
        self.view_menu.addAction(self.projector_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == self.context.language)
            action.triggered.connect(lambda _checked=False, c=code: self.context.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.toggle_language_action = QAction(self)
        self.toggle_language_action.setShortcut(QKeySequence("Ctrl+L"))
        self.toggle_language_action.triggered.connect(
            lambda: self.context.set_language("en" if self.context.language == "lo" else "lo")
        )
        self.language_menu.addSeparator()
        self.language_menu.addAction(self.toggle_language_action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action.triggered.connect(self.show_about)
        self.logs_action = QAction(self)
        self.logs_action.triggered.connect(self.open_log_folder)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ShelterCheck — {page}").format(page=page_title(self.current_page_key())))
        self.file_menu.setTitle(self.tr("&File"))
        self.import_exchange_action.setText(self.tr("&Import exchange files…"))
        self.export_exchange_action.setText(self.tr("E&xport an exchange file…"))
        self.backup_action.setText(self.tr("&Back up the database now"))
        self.quit_action.setText(self.tr("&Quit"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.export_actions["assessment"].setText(self.tr("&Assessment report…"))
        self.export_actions["action-plan"].setText(self.tr("Action &plan (PDF or Excel)…"))
        self.export_actions["checklist"].setText(self.tr("Blank &checklist for rating on paper…"))
        self.export_workshop_action.setText(self.tr("&Workshop as Excel…"))
        self.view_menu.setTitle(self.tr("&View"))
        for key, action in self.page_actions.items():
            action.setText(page_title(key))
        self.projector_action.setText(self.tr("&Projector mode"))
        self.language_menu.setTitle(self.tr("&Language / ພາສາ"))
        self.toggle_language_action.setText(self.tr("Switch ລາວ ⇄ English"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.logs_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About ShelterCheck"))
        self.navigation_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # behaviour ---------------------------------------------------------------------------------
    def current_page_key(self) -> str:
        widget = self.stack.currentWidget()
        return widget.key if isinstance(widget, Page) else "shelters"

    def show_page(self, key: str) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        row = PAGE_KEYS.index(key)
        index = self.navigation_model.index(row)
        if self.navigation.currentIndex() != index:
            self.navigation.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        page.on_shown()
        self.setWindowTitle(self.tr("ShelterCheck — {page}").format(page=page.title()))

    def import_exchange(self) -> None:
        """Exchange files from shelters (on a USB stick or from e-mail), each after a preview."""
        from sheltercheck.ui.exchange_actions import import_exchange

        import_exchange(self.page(self.current_page_key()))

    def export_exchange(self) -> None:
        """The chosen shelter (or every shelter) as an exchange file for a facilitator or another office."""
        from sheltercheck.ui.exchange_actions import export_exchange

        export_exchange(self.page(self.current_page_key()))

    def export_report(self, report: str) -> None:
        """A report of the chosen round, from the Export menu (assessment, action-plan or checklist)."""
        from sheltercheck.ui.report_export import export_report

        export_report(self.page(self.current_page_key()), report)

    def export_workshop(self) -> None:
        """The workshop's tables as an Excel workbook (from the Export menu), as the Workshop page shows
        them: the shelters ticked there, anonymised or not."""
        self.show_page("workshop")
        export = getattr(self.page("workshop"), "export_xlsx", None)
        if export is not None:
            export()

    def open_indicator(self, code: str) -> None:
        """Show one indicator of the current round in the walk-through (from a gap on the Results page)."""
        self.show_page("assessment")
        page = self.page("assessment")
        state = getattr(page, "state", None)
        if state is not None:
            page.go_to(state.position(code))  # type: ignore[attr-defined]

    def _language_changed(self, language: str) -> None:
        action = self.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def set_projector_mode(self, enabled: bool) -> None:
        self.context.settings.projector_mode = enabled
        self.context.save_settings()
        controls: list[QAction | QWidget] = [self.projector_action]
        settings_page = self._pages.get("settings")
        if settings_page is not None:
            controls.append(settings_page.projector)  # type: ignore[attr-defined]
        for control in controls:
            if control.isChecked() != enabled:  # type: ignore[union-attr]
                control.blockSignals(True)
                control.setChecked(enabled)  # type: ignore[union-attr]
                control.blockSignals(False)
        apply_projector_mode(enabled)

    def show_about(self) -> None:
        from sheltercheck.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def open_log_folder(self) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logging_setup.log_file().parent)))

    def back_up_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sheltercheck.services.backups import back_up

        if self.context.db is None:
            return
        try:
            target = back_up(self.context.db)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Back up"), tr_message(error.message, **error.params))
            return
        QMessageBox.information(
            self,
            self.tr("Back up"),
            self.tr("A copy of the database was saved as:\n{path}").format(path=target),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.save_settings()
        super().closeEvent(event)
