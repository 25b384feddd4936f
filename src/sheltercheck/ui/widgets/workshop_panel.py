"""The Workshop page's left panel: the shelters and their rounds, the anonymise switch, new letters and
the workbook export. It only holds the controls; the page connects them to the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.ui.display import shown
from sheltercheck.ui.models.workshop_selection import WorkshopSelectionModel
from sheltercheck.ui.widgets.heat_map import WrappingHeader
from sheltercheck.ui.widgets.round_chooser import RoundChooserDelegate


def table(name: str, model: object, wrapping_header: bool = False) -> QTableView:
    """A read-only table of whole rows whose cells wrap (Lao at word boundaries) and grow to fit."""
    view = QTableView()
    if wrapping_header:  # long (Lao) headings wrap instead of being cut
        view.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, view))
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class WorkshopPanel(QWidget):
    def __init__(self, model: WorkshopSelectionModel, anonymise: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.label = QLabel()
        self.view = table("workshopSelection", model)
        self.view.setAlternatingRowColors(False)
        self.view.setItemDelegateForColumn(1, RoundChooserDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.all_button, self.none_button = QPushButton(), QPushButton()
        self.all_button.clicked.connect(lambda: model.set_all(True))
        self.none_button.clicked.connect(lambda: model.set_all(False))
        self.anonymise = QCheckBox()
        self.anonymise.setObjectName("anonymise")
        self.anonymise.setChecked(anonymise)
        self.letters_button = QPushButton()
        self.letters_button.setObjectName("newLetters")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportWorkshop")
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("exportWorkshopSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        layout.addLayout(ticks)
        for widget in (self.anonymise, self.letters_button, self.summary_button, self.export_button):
            layout.addWidget(widget)

    def open_choosers(self) -> None:
        """A drop-down on every row that has more than one round (after the rows were reset)."""
        for row in range(self.model.rowCount()):
            if len(self.model.choice(row).rounds) > 1:
                self.view.openPersistentEditor(self.model.index(row, 1))

    def retranslate(self) -> None:
        self.label.setText(shown(self.tr("Shelters and rounds to show")))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))
        self.anonymise.setText(shown(self.tr("Anonymise: Shelter A, B, C…")))
        self.anonymise.setToolTip(
            shown(self.tr("Names, contacts and notes stay hidden on the screen and in the workbook."))
        )
        self.letters_button.setText(self.tr("New letters…"))
        self.export_button.setText(self.tr("Export workbook…"))
        self.summary_button.setText(self.tr("Summary report (PDF)…"))
