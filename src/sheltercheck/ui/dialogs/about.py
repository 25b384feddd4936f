"""About ShelterCheck: the version, what it is, and the full text of every bundled licence."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sheltercheck import __version__
from sheltercheck.paths import resource_path
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class BundledLicence:
    title: str  # translation source
    path: Path


def bundled_licences() -> list[BundledLicence]:
    fonts = resource_path("fonts")
    licences = resource_path("licences")
    return [
        BundledLicence(QT_TRANSLATE_NOOP("About", "ShelterCheck (MIT licence)"), licences / "LICENSE.txt"),
        BundledLicence(
            QT_TRANSLATE_NOOP("About", "Fonts: Noto Sans, Noto Sans Lao, ShelterCheck Sans (SIL OFL 1.1)"),
            fonts / "OFL.txt",
        ),
        BundledLicence(QT_TRANSLATE_NOOP("About", "Font: Phetsarath OT (LGPL 2.1)"), fonts / "LGPL-2.1.txt"),
        BundledLicence(
            QT_TRANSLATE_NOOP("About", "Third-party software and its licences"), licences / "THIRD-PARTY.txt"
        ),
        BundledLicence(QT_TRANSLATE_NOOP("About", "Qt and PySide6 (LGPL 3)"), licences / "LGPL-3.0.txt"),
        BundledLicence(
            QT_TRANSLATE_NOOP("About", "GNU GPL 3 (referred to by the LGPL 3)"), licences / "GPL-3.0.txt"
        ),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ShelterCheck"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>ShelterCheck {__version__}</h2>")
        heading.setObjectName("aboutVersion")
        layout.addWidget(heading)
        blurb = QLabel(
            shown(
                self.tr(
                    "A tool for managers of shelters for victims of trafficking to assess their shelter "
                    "against international standards, find the gaps and plan improvements. It works "
                    "offline and sends nothing anywhere."
                )
            )
        )
        blurb.setWordWrap(True)
        layout.addWidget(blurb)
        layout.addWidget(QLabel(self.tr("Bundled licences:")))
        self.licences = bundled_licences()
        self.licence_list = QListWidget()
        self.licence_list.setObjectName("licenceList")
        for licence in self.licences:
            self.licence_list.addItem(QCoreApplication.translate("About", licence.title))
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([150, 350])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.licence_list.currentRowChanged.connect(self._show_licence)
        self.licence_list.setCurrentRow(0)

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(self.licences):
            path = self.licences[row].path
            try:
                self.licence_text.setPlainText(path.read_text(encoding="utf-8"))
            except OSError:
                self.licence_text.setPlainText(
                    self.tr("The licence file is missing: {path}").format(path=path)
                )
