"""The form for one action plan item. It only shows values and reports committed edits as field changes;
the page turns each into an undoable command."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sheltercheck.assessment.plan import STATUSES, SUPPORT_SOURCES, PlanItem
from sheltercheck.text.locale import format_date
from sheltercheck.ui.display import shown, stored
from sheltercheck.ui.i18n import QT_TRANSLATE_NOOP
from sheltercheck.ui.models.plan_table import status_name

BLANK = PlanItem(
    id=uuid.UUID(int=0), round_id=uuid.UUID(int=0), position=0, action=""
)  # shown when none is chosen
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date pickers, shown as "—": no date set
SUPPORT_NAMES = {
    "": QT_TRANSLATE_NOOP("PlanItemEditor", "— none —"),
    "ministry": QT_TRANSLATE_NOOP("PlanItemEditor", "Ministry of Labour and Social Welfare"),
    "partner": QT_TRANSLATE_NOOP("PlanItemEditor", "Partner organisation"),
    "other": QT_TRANSLATE_NOOP("PlanItemEditor", "Other"),
}


def _to_date(value: QDate) -> dt.date | None:
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


def _to_qdate(value: dt.date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


class _CommitOnFocusOut(QObject):
    """A multi-line text counts as edited when the user leaves it (one undo step, not one per key)."""

    def __init__(self, commit: Any) -> None:
        super().__init__()
        self.commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False


class PlanItemEditor(QWidget):
    changed = Signal(dict)  # field name -> new value
    noteAdded = Signal(object, str)  # date, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: PlanItem | None = None
        self.language = "en"
        self._loading = False
        self._filters: list[_CommitOnFocusOut] = []
        self.action = self._text_box("planAction", "action", 64)
        self.indicators = QLineEdit()
        self.indicators.setObjectName("planIndicators")
        self.indicators.editingFinished.connect(self._indicators_edited)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("planResponsible")
        self.responsible.editingFinished.connect(
            lambda: self._emit("responsible", stored(self.responsible.text()))
        )
        self.start = self._date_box("planStart", "start_on")
        self.due = self._date_box("planDue", "due_on")
        self.resources = self._text_box("planResources", "resources", 44)
        self.support = self._text_box("planSupport", "support_needed", 44)
        self.support_from = QComboBox()
        self.support_from.setObjectName("planSupportFrom")
        for code in SUPPORT_SOURCES:
            self.support_from.addItem("", code)
        self.support_from.activated.connect(
            lambda i: self._emit("support_from", self.support_from.itemData(i))
        )
        self.support_detail = QLineEdit()
        self.support_detail.editingFinished.connect(
            lambda: self._emit("support_from_detail", stored(self.support_detail.text()))
        )
        self.status = QComboBox()
        self.status.setObjectName("planStatus")
        for code in STATUSES:
            self.status.addItem("", code)
        self.status.activated.connect(lambda i: self._emit("status", self.status.itemData(i)))
        self.dropped_reason = QLineEdit()
        self.dropped_reason.setObjectName("planDroppedReason")
        self.dropped_reason.editingFinished.connect(
            lambda: self._emit("dropped_reason", stored(self.dropped_reason.text()))
        )
        self.notes = QListWidget()
        self.notes.setObjectName("planNotes")
        self.notes.setMaximumHeight(90)
        self.new_note = QLineEdit()
        self.new_note.setObjectName("planNewNote")
        self.new_note.returnPressed.connect(self._add_note)
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self._add_note)
        self.carried = QLabel()
        self.carried.setWordWrap(True)

        self.form = QFormLayout()
        self.labels = {
            key: QLabel()
            for key in (
                "action",
                "indicators",
                "responsible",
                "dates",
                "resources",
                "support",
                "from",
                "status",
                "notes",
            )
        }
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("→"))
        dates.addWidget(self.due)
        source = QHBoxLayout()
        source.addWidget(self.support_from)
        source.addWidget(self.support_detail, 1)
        status = QHBoxLayout()
        status.addWidget(self.status)
        status.addWidget(self.dropped_reason, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.new_note, 1)
        note_row.addWidget(self.add_note_button)
        notes = QVBoxLayout()
        notes.addWidget(self.notes)
        notes.addLayout(note_row)
        for key, field in (
            ("action", self.action),
            ("indicators", self.indicators),
            ("responsible", self.responsible),
            ("dates", dates),
            ("resources", self.resources),
            ("support", self.support),
            ("from", source),
            ("status", status),
            ("notes", notes),
        ):
            self.form.addRow(self.labels[key], field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.carried)
        layout.addLayout(self.form)
        self.retranslate()
        self.show_item(None, "en")

    def _text_box(self, name: str, field: str, height: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setFixedHeight(height)
        watcher = _CommitOnFocusOut(lambda: self._emit(field, stored(box.toPlainText())))
        box.installEventFilter(watcher)
        self._filters.append(watcher)
        return box

    def _date_box(self, name: str, field: str) -> QDateEdit:
        box = QDateEdit()
        box.setObjectName(name)
        box.setCalendarPopup(True)
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText("—")
        box.dateChanged.connect(lambda value: self._emit(field, _to_date(value)))
        return box

    def _emit(self, field: str, value: object) -> None:
        if self._loading or self.item is None:
            return
        if getattr(self.item, field) != value:
            self.changed.emit({field: value})

    def _indicators_edited(self) -> None:
        codes = tuple(
            dict.fromkeys(
                c.strip().upper() for c in self.indicators.text().replace(";", ",").split(",") if c.strip()
            )
        )
        self._emit("indicator_codes", codes)

    def _add_note(self) -> None:
        text = stored(self.new_note.text()).strip()
        if text and self.item is not None:
            self.noteAdded.emit(dt.date.today(), text)
            self.new_note.clear()

    def show_item(self, item: PlanItem | None, language: str) -> None:
        self.item, self.language = item, language
        shown_item = item or BLANK
        self._loading = True
        for widget in (self.start, self.due):
            widget.setLocale(QLocale())
            widget.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setEnabled(item is not None)
        self.action.setPlainText(shown_item.action)
        self.indicators.setText(", ".join(shown_item.indicator_codes))
        self.responsible.setText(shown_item.responsible)
        self.start.setDate(_to_qdate(shown_item.start_on))
        self.due.setDate(_to_qdate(shown_item.due_on))
        self.resources.setPlainText(shown_item.resources)
        self.support.setPlainText(shown_item.support_needed)
        self.support_from.setCurrentIndex(max(0, self.support_from.findData(shown_item.support_from)))
        self.support_detail.setText(shown_item.support_from_detail)
        self.status.setCurrentIndex(max(0, self.status.findData(shown_item.status)))
        self.dropped_reason.setVisible(shown_item.status == "dropped")
        self.dropped_reason.setText(shown_item.dropped_reason)
        self.notes.clear()
        for note in shown_item.notes:
            self.notes.addItem(shown(f"{format_date(note.noted_on, language, 'medium')}: {note.text}"))
        self.carried.setVisible(shown_item.carried_from_id is not None)
        self._loading = False

    def retranslate(self) -> None:
        texts = {
            "action": self.tr("Action"),
            "indicators": self.tr("Indicators"),
            "responsible": self.tr("Responsible"),
            "dates": self.tr("Start → due"),
            "resources": self.tr("Resources needed"),
            "support": self.tr("Support needed"),
            "from": self.tr("Support from"),
            "status": self.tr("Status"),
            "notes": self.tr("Progress notes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for row in range(self.support_from.count()):
            self.support_from.setItemText(
                row,
                QCoreApplication.translate(
                    "PlanItemEditor", SUPPORT_NAMES[str(self.support_from.itemData(row))]
                ),
            )
        for row in range(self.status.count()):
            self.status.setItemText(row, status_name(str(self.status.itemData(row))))
        self.support_detail.setPlaceholderText(self.tr("who exactly (optional)"))
        self.dropped_reason.setPlaceholderText(self.tr("why it was dropped"))
        self.indicators.setPlaceholderText(self.tr("codes, e.g. SAF-02, CNF-01"))
        self.new_note.setPlaceholderText(self.tr("What happened? Enter adds a dated note"))
        self.add_note_button.setText(self.tr("Add note"))
        self.carried.setText(shown(self.tr("Carried over from the previous round's plan.")))
