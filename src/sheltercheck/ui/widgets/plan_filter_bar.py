"""The filters above the action plan: status, domain, overdue only, who is responsible."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from sheltercheck.ui.models.plan_table import status_name


class PlanFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.domain = QComboBox()
        self.domain.setObjectName("domainFilter")
        self.overdue_only = QCheckBox()
        self.overdue_only.setObjectName("overdueOnly")
        self.responsible = QLineEdit()
        self.responsible.setObjectName("responsibleFilter")
        self.status.currentIndexChanged.connect(self.changed)
        self.domain.currentIndexChanged.connect(self.changed)
        self.overdue_only.toggled.connect(self.changed)
        self.responsible.textChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.domain)
        layout.addWidget(self.overdue_only)
        layout.addWidget(self.responsible, 1)
        self.set_domains([])
        self.retranslate()

    def values(self) -> tuple[str, str, bool, str]:
        """status ("" any, "open", or one status), domain code (""), overdue only, responsible text."""
        return (
            str(self.status.currentData() or ""),
            str(self.domain.currentData() or ""),
            self.overdue_only.isChecked(),
            self.responsible.text(),
        )

    def set_domains(self, codes: list[str]) -> None:
        current = self.domain.currentData()
        self.domain.blockSignals(True)
        self.domain.clear()
        self.domain.addItem(self.tr("All domains"), "")
        for code in codes:
            self.domain.addItem(code, code)
        self.domain.setCurrentIndex(max(0, self.domain.findData(current)))
        self.domain.blockSignals(False)

    def retranslate(self) -> None:
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(self.tr("Not finished"), "open")
        for code in ("not_started", "in_progress", "done", "dropped"):
            self.status.addItem(status_name(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        if self.domain.count():
            self.domain.setItemText(0, self.tr("All domains"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.responsible.setPlaceholderText(self.tr("Responsible…"))
