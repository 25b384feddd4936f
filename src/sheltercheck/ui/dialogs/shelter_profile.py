"""The shelter profile form. There is no address field on purpose: shelter locations are confidential."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.assessment.provinces import PROVINCES
from sheltercheck.errors import UserError
from sheltercheck.services.profiles import ShelterProfile
from sheltercheck.ui.dialogs.buttons import accept_cancel_buttons
from sheltercheck.ui.display import shown
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP, tr_message
from sheltercheck.ui.indicator_html import POPULATION_NAMES, SETTING_NAMES
from sheltercheck.ui.models.shelters import KINDS


class ShelterProfileDialog(QDialog):
    """Edits a ShelterProfile; `accept()` only once the profile passes the service's validation."""

    NO_PROVINCE = QT_TRANSLATE_NOOP("ShelterProfileDialog", "— not given —")

    def __init__(self, profile: ShelterProfile, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shelterProfileDialog")
        self.setWindowTitle(self.tr("Shelter profile"))
        self.profile = profile
        form = QFormLayout()
        self.name = QLineEdit(profile.name)
        self.name.setObjectName("shelterName")
        self.name.setMaxLength(200)
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        self.kind.setObjectName("shelterKind")
        for code, source in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("ShelterKind", source), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
        form.addRow(self.tr("Kind"), self.kind)
        self.operator = QLineEdit(profile.operator)
        form.addRow(self.tr("Run by"), self.operator)
        self.province = QComboBox()
        self.province.setObjectName("shelterProvince")
        self.province.addItem(QCoreApplication.translate("ShelterProfileDialog", self.NO_PROVINCE), "")
        for province in PROVINCES:
            self.province.addItem(province.name(language), province.code)
        self.province.setCurrentIndex(max(0, self.province.findData(profile.province)))
        form.addRow(self.tr("Province"), self.province)
        self.setting = QComboBox()
        self.setting.setObjectName("shelterSetting")
        for code, source in SETTING_NAMES.items():
            self.setting.addItem(QCoreApplication.translate("Applicability", source), code)
        self.setting.setCurrentIndex(max(0, self.setting.findData(profile.setting)))
        form.addRow(self.tr("Type of service"), self.setting)
        populations = QHBoxLayout()
        self.population_boxes: dict[str, QCheckBox] = {}
        for code, source in POPULATION_NAMES.items():
            box = QCheckBox(QCoreApplication.translate("Applicability", source))
            box.setObjectName(f"serves-{code}")
            box.setChecked(code in profile.populations)
            populations.addWidget(box)
            self.population_boxes[code] = box
        form.addRow(self.tr("Serves"), populations)
        self.trafficking = QCheckBox(self.tr("victims of trafficking"))
        self.trafficking.setChecked(profile.serves_trafficking_victims)
        form.addRow("", self.trafficking)
        self.other_groups = QLineEdit(profile.other_groups)
        self.other_groups.setPlaceholderText(self.tr("e.g. survivors of domestic violence"))
        form.addRow(self.tr("Other groups"), self.other_groups)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("shelterCapacity")
        self.capacity.setRange(0, 10_000)
        self.capacity.setSpecialValueText(self.tr("not given"))
        self.capacity.setValue(profile.capacity or 0)
        form.addRow(self.tr("Places"), self.capacity)
        self.contact = QLineEdit(profile.contact_person)
        self.contact.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Contact person"), self.contact)
        note = QLabel(
            shown(self.tr("There is no address field on purpose: where a shelter is must stay confidential."))
        )
        note.setWordWrap(True)
        buttons = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def edited_profile(self) -> ShelterProfile:
        return ShelterProfile(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            operator=self.operator.text(),
            province=str(self.province.currentData() or ""),
            setting=str(self.setting.currentData()),
            populations={code for code, box in self.population_boxes.items() if box.isChecked()},
            serves_trafficking_victims=self.trafficking.isChecked(),
            other_groups=self.other_groups.text(),
            capacity=self.capacity.value() or None,
            contact_person=self.contact.text(),
        )

    def accept(self) -> None:
        try:
            self.profile = self.edited_profile().validated()
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), tr_message(error.message, **error.params))
            return
        super().accept()
