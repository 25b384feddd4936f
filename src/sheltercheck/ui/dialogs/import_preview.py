"""What an import will change, and the choice for each record that is here already, before anything is
written. The preview is the same text the command line prints, redone as the choices change."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.messages import Translate, render
from sheltercheck.services.exchange_plan import Choice, ImportPlan, RoundPreview
from sheltercheck.services.exchange_text import CHOICE_LABELS, preview_lines, round_label
from sheltercheck.ui.dialogs.buttons import accept_cancel_buttons
from sheltercheck.ui.display import shown


class ImportPreviewDialog(QDialog):
    def __init__(
        self, plan: ImportPlan, language: str, translate: Translate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=plan.package.name))
        self.plan, self.language, self.translate = plan, language, translate
        self.lines = QStringListModel(self)
        self.preview = QListView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.lines)
        self.preview.setWordWrap(True)
        self.preview.setUniformItemSizes(False)
        self.choosers: dict[uuid.UUID, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(shown(self.tr("Nothing is written until you press Import."))))
        layout.addWidget(self.preview, 1)
        if plan.conflicts:
            box = QGroupBox(self.tr("Already on this computer, but different: what should happen?"))
            form = QFormLayout(box)
            for conflict in plan.conflicts:
                chooser = QComboBox()
                chooser.setObjectName(f"choice-{conflict.id}")
                for choice in (Choice.KEEP_BOTH, Choice.REPLACE, Choice.KEEP_EXISTING):
                    chooser.addItem(shown(render(CHOICE_LABELS[choice], {}, translate)), choice.value)
                chooser.currentIndexChanged.connect(self._refresh)
                self.choosers[conflict.id] = chooser
                form.addRow(shown(self._label(conflict)), chooser)
            layout.addWidget(box)
        self.outcome = QLabel()
        self.outcome.setObjectName("importOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.buttons = accept_cancel_buttons(self, self.tr("Import"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._refresh()

    def _label(self, conflict: object) -> str:
        if isinstance(conflict, RoundPreview):
            shelter = next(s for s in self.plan.shelters if conflict in s.rounds)
            return self.tr("{shelter}: assessment of {date}").format(
                shelter=" ".join(shelter.name.split()), date=round_label(conflict, self.language)
            )
        return " ".join(getattr(conflict, "name", "").split())

    def choices(self) -> dict[uuid.UUID, Choice]:
        return {key: Choice(str(chooser.currentData())) for key, chooser in self.choosers.items()}

    def _refresh(self) -> None:
        choices = self.plan.resolve(self.choices())
        self.lines.setStringList(
            [shown(line) for line in preview_lines(self.plan, choices, self.language, self.translate)]
        )
        outcome = self.plan.outcome(choices)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(outcome.writes)
        if not outcome.writes:
            self.outcome.setText(
                shown(self.tr("Nothing would change: everything in the file is already here."))
            )
            return
        text = self.tr(
            "Will add {shelters} shelter(s) and {rounds} assessment round(s), replace {replaced}, and leave "
            "{kept} as they are. A backup of the database is made first."
        ).format(
            shelters=outcome.shelters_added + outcome.shelters_copied,
            rounds=outcome.rounds_added + outcome.rounds_copied,
            replaced=outcome.rounds_replaced + outcome.shelters_replaced,
            kept=outcome.rounds_kept,
        )
        self.outcome.setText(shown(text))
