"""Sending assessments to a facilitator or another office: which shelters, a password, what to leave out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.ui.dialogs.buttons import accept_cancel_buttons
from sheltercheck.ui.display import shown

SUFFIX = ".shelterchk"


@dataclass(frozen=True)
class ExchangeRequest:
    all_shelters: bool
    password: str | None
    redacted: bool
    neutral_names: bool
    path: Path


class ExportExchangeDialog(QDialog):
    def __init__(
        self, shelter_name: str | None, folder: Path, stem: str = "shelters", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportExchangeDialog")
        self.setWindowTitle(self.tr("Export an exchange file"))
        self.folder = folder
        self.this_shelter = QRadioButton(
            shown(self.tr("This shelter: {name}").format(name=shelter_name or "")) if shelter_name else ""
        )
        self.this_shelter.setObjectName("exchangeThisShelter")
        self.all_shelters = QRadioButton(self.tr("Every shelter on this computer"))
        self.all_shelters.setObjectName("exchangeAllShelters")
        self.this_shelter.setVisible(shelter_name is not None)
        (self.this_shelter if shelter_name else self.all_shelters).setChecked(True)
        self.password = QLineEdit()
        self.password.setObjectName("exchangePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("exchangeRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.redact = QCheckBox(self.tr("Leave out notes, evidence and the names of people"))
        self.redact.setObjectName("exchangeRedact")
        self.neutral = QCheckBox(self.tr("Replace the shelters' names by neutral labels"))
        self.neutral.setObjectName("exchangeNeutral")
        self.path = QLineEdit(str(folder / f"{stem}{SUFFIX}"))
        self.path.setObjectName("exchangePath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.problem = QLabel()
        self.problem.setObjectName("exchangeProblem")
        form = QFormLayout()
        form.addRow(self.tr("Password (optional)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow(self.tr("File"), row)
        hint = QLabel(
            shown(
                self.tr(
                    "With a password the file can only be opened by someone who knows it: send the password "
                    "another way (by phone, not in the same e-mail)."
                )
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.this_shelter, self.all_shelters):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.redact)
        layout.addWidget(self.neutral)
        layout.addWidget(self.problem)
        self.buttons = accept_cancel_buttons(self, self.tr("Export"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        for edit in (self.password, self.repeat, self.path):
            edit.textChanged.connect(self._check)
        self._check()
        self.resize(640, self.sizeHint().height())

    def _check(self) -> None:
        mismatch = self.password.text() != self.repeat.text()
        self.problem.setText(shown(self.tr("The two passwords differ.")) if mismatch else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not mismatch and bool(self.path.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.tr("Exchange file (*.shelterchk)")
        )
        if path:
            self.path.setText(path)

    def request(self) -> ExchangeRequest:
        text = self.path.text().strip()
        path = Path(text if text.lower().endswith(SUFFIX) else text + SUFFIX).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        return ExchangeRequest(
            all_shelters=self.all_shelters.isChecked(),
            password=self.password.text() or None,
            redacted=self.redact.isChecked(),
            neutral_names=self.neutral.isChecked(),
            path=path,
        )
