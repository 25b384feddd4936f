"""Choosing how to export a report: which one, its language, PDF or Excel, where, and whether to open it.

The dialog only collects the choice (`ReportRequest`); `ui/report_export.py` writes the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.ui.dialogs.buttons import accept_cancel_buttons

REPORTS = ("assessment", "action-plan", "checklist")  # of one round
EDITABLE = ("action-plan", "workshop")  # the reports that can also be an Excel workbook
LANGUAGES = ("lo", "en", "both")
FORMATS = (".pdf", ".xlsx")


@dataclass(frozen=True)
class ReportRequest:
    report: str  # one of REPORTS
    language: str  # one of LANGUAGES
    path: Path
    open_after: bool


class ExportReportDialog(QDialog):
    def __init__(
        self,
        report: str,
        language: str,
        folder: Path,
        base_name: str,
        open_after: bool,
        parent: QWidget | None = None,
        reports: tuple[str, ...] = REPORTS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportReportDialog")
        self.setWindowTitle(self.tr("Export a report"))
        self.base_name = base_name
        self.report = QComboBox()
        self.report.setObjectName("exportReport")
        labels = {
            "assessment": self.tr("Assessment report"),
            "action-plan": self.tr("Action plan"),
            "checklist": self.tr("Blank checklist for rating on paper"),
            "workshop": self.tr("Workshop summary"),
        }
        for key in reports:
            self.report.addItem(labels[key], key)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for key, label in (
            ("lo", self.tr("Lao")),
            ("en", self.tr("English")),
            ("both", self.tr("Lao, with the English beneath")),
        ):
            self.language.addItem(label, key)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.addItem(self.tr("PDF, to print or send"), ".pdf")
        self.format.addItem(self.tr("Excel workbook, to edit"), ".xlsx")
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.open_after = QCheckBox(self.tr("Open the file when it is ready"))
        self.open_after.setObjectName("exportOpen")
        self.open_after.setChecked(open_after)
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.report)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), path_row)
        self.buttons = accept_cancel_buttons(self, self.tr("Export"), self.tr("Cancel"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.path.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(self.buttons)
        self.folder = folder
        self.report.setCurrentIndex(max(0, self.report.findData(report)))
        self.language.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        for combo in (self.report, self.language, self.format):
            combo.currentIndexChanged.connect(self._choices_changed)
        self._choices_changed()
        self.resize(620, self.sizeHint().height())

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _choices_changed(self) -> None:
        """Excel only for the plan and the workshop, in one language; the file name follows the choices."""
        excel_possible = self.report.currentData() in EDITABLE and self.language.currentData() != "both"
        if not excel_possible:
            self.format.setCurrentIndex(0)
        self.format.setEnabled(excel_possible)
        current = Path(self.path.text()) if self.path.text().strip() else None
        folder = current.parent if current is not None else self.folder
        report, language = self.report.currentData(), self.language.currentData()
        name = f"{report}-{self.base_name}-{language}{self.chosen_format()}"
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        suffix = self.chosen_format()
        kind = self.tr("PDF document (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), kind)
        if path:
            self.path.setText(path)

    def request(self) -> ReportRequest:
        suffix = self.chosen_format()
        text = self.path.text().strip()
        path = Path(text if text.lower().endswith(suffix) else text + suffix).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        return ReportRequest(
            str(self.report.currentData()),
            str(self.language.currentData()),
            path,
            self.open_after.isChecked(),
        )
