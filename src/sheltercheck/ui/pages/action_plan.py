"""The Action plan page: draft from the gaps, edit, reorder, filter, carry over, undo/redo, export.

Every edit goes through an undoable command (plan_commands) that calls the plan service; the page only
presents. Ctrl+Z / Ctrl+Y undo and redo, Ctrl+Up / Ctrl+Down move the selected item, Delete removes it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QWidget,
)

from sheltercheck.services import plan, plan_rounds
from sheltercheck.ui.context import AppContext
from sheltercheck.ui.display import shown
from sheltercheck.ui.models.plan_filter import PlanFilterModel
from sheltercheck.ui.models.plan_table import PlanTableModel
from sheltercheck.ui.pages.base import Page
from sheltercheck.ui.plan_commands import AddItems, AddNote, DeleteItem, EditItem, MoveItem
from sheltercheck.ui.widgets.plan_filter_bar import PlanFilterBar
from sheltercheck.ui.widgets.plan_item_editor import PlanItemEditor

T = TypeVar("T")


class ActionPlanPage(Page):
    key = "plan"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.round_id: uuid.UUID | None = None
        self.undo_stack = QUndoStack(self)
        self.model = PlanTableModel(context.language)
        self.model.moveRequested.connect(self.move_item)
        self.proxy = PlanFilterModel()
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel()
        self.heading.setWordWrap(True)

        self.draft_button = self._button("draftPlan", self.draft)
        self.add_button = self._button("addAction", self.add_action)
        self.carry_button = self._button("carryOver", self.carry_over)
        self.delete_button = self._button("deleteAction", self.delete_selected)
        self.up_button = self._button("moveUp", lambda: self.move_selected(-1))
        self.down_button = self._button("moveDown", lambda: self.move_selected(+1))
        self.export_button = self._button("exportPlan", self.export)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # a duplicate would make the shortcut ambiguous
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        tools = QHBoxLayout()
        for widget in (
            self.draft_button,
            self.add_button,
            self.carry_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.undo_button,
            self.redo_button,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.export_button)

        self.filters = PlanFilterBar()
        self.filters.changed.connect(self._filters_changed)
        self.status_filter, self.overdue_only = self.filters.status, self.filters.overdue_only

        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.proxy.layoutChanged.connect(self._update)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor = PlanItemEditor()
        self.editor.changed.connect(self.edit_selected)
        self.editor.noteAdded.connect(self.add_note)
        editor_scroll = QScrollArea()
        editor_scroll.setWidget(self.editor)
        editor_scroll.setWidgetResizable(True)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.table)
        body.addWidget(editor_scroll)
        body.setSizes([400, 320])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(tools)
        self.layout_.addWidget(self.filters)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(body, 1)
        self.body = body
        context.roundChosen.connect(self._round_changed)
        context.languageChanged.connect(self._language_changed)
        for key, sequence in (
            ("delete", QKeySequence.StandardKey.Delete),
            ("up", QKeySequence("Ctrl+Up")),
            ("down", QKeySequence("Ctrl+Down")),
        ):
            action = QAction(self)
            action.setShortcut(sequence)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(
                {
                    "delete": self.delete_selected,
                    "up": lambda: self.move_selected(-1),
                    "down": lambda: self.move_selected(+1),
                }[key]
            )
            self.table.addAction(action)
        self.retranslate()
        self._update()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # data --------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self._round_changed()

    def _round_changed(self) -> None:
        db = self.context.db
        round_id = self.context.current_round_id
        if round_id is None and db is not None and self.context.current_shelter_id is not None:
            from sheltercheck.services.rounds import list_rounds

            summaries = list_rounds(db, self.context.current_shelter_id)
            round_id = summaries[-1].id if summaries else None
        if round_id != self.round_id:
            self.round_id = round_id
            self.undo_stack.clear()
            self.refresh(None)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        db = self.context.db
        if select is None and self.table.currentIndex().isValid():
            select = self.model.item(self.proxy.mapToSource(self.table.currentIndex()).row()).id
        items = plan.list_items(db, self.round_id) if db is not None and self.round_id is not None else []
        self.model.set_items(items)
        self._fill_domain_filter()
        if select is not None and self.model.row_of(select) >= 0:
            self.table.selectRow(
                self.proxy.mapFromSource(self.model.index(self.model.row_of(select), 0)).row()
            )
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update()

    def selected(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.item(self.proxy.mapToSource(index).row()).id if index.isValid() else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(self.proxy.mapToSource(current).row()) if current.isValid() else None
        self.editor.show_item(item, self.context.language)

    # commands ----------------------------------------------------------------------------------
    def _push(self, make: Callable[[], QUndoCommand]) -> None:
        """Make the change now; only a change that went through goes on the undo stack."""
        command = self.guard(make)
        if command is None:
            self.refresh()
            return
        self.undo_stack.push(command)

    def draft(self) -> None:
        db, round_id, language = self.context.db, self.round_id, self.context.language
        if db is None or round_id is None:
            return
        self._push(
            lambda: AddItems(
                self.tr("Draft from gaps"),
                db,
                self.refresh,
                lambda: plan_rounds.draft_plan(db, round_id, language),
            )
        )

    def add_action(self) -> None:
        db, round_id = self.context.db, self.round_id
        if db is None or round_id is None:
            return
        text = self.tr("New action")
        self._push(
            lambda: AddItems(
                self.tr("Add an action"), db, self.refresh, lambda: [plan.add_item(db, round_id, text)]
            )
        )
        self.editor.action.setFocus()
        self.editor.action.selectAll()

    def carry_over(self) -> None:
        db, round_id = self.context.db, self.round_id
        if db is None or round_id is None:
            return
        candidates = plan_rounds.carry_over_candidates(db, round_id)
        if not candidates:
            QMessageBox.information(
                self,
                self.title(),
                self.tr("Nothing to carry over: the previous round's plan has no unfinished item left."),
            )
            return
        listing = "\n".join(f"• {c.action.splitlines()[0]}" for c in candidates)
        question = self.tr(
            "Carry these {count} unfinished items of the previous round into this plan?\n\n{items}"
        )
        if (
            QMessageBox.question(
                self, self.title(), shown(question.format(count=len(candidates), items=listing))
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        ids = [c.id for c in candidates]
        self._push(
            lambda: AddItems(
                self.tr("Carry over"), db, self.refresh, lambda: plan_rounds.carry_over(db, round_id, ids)
            )
        )

    def edit_selected(self, changes: dict[str, object]) -> None:
        db, item_id = self.context.db, self.selected()
        if db is None or item_id is None:
            return
        self._push(lambda: EditItem(self.tr("Edit"), db, self.refresh, item_id, changes))

    def delete_selected(self) -> None:
        db, item_id = self.context.db, self.selected()
        if db is not None and item_id is not None:
            self._push(lambda: DeleteItem(self.tr("Delete"), db, self.refresh, item_id))

    def move_selected(self, step: int) -> None:
        item_id = self.selected()
        if item_id is None or self.proxy.active:
            return
        self.move_item(item_id, self.model.row_of(item_id) + step)

    def move_item(self, item_id: uuid.UUID, new_position: int) -> None:
        db = self.context.db
        old = self.model.row_of(item_id)
        new_position = max(0, min(new_position, self.model.rowCount() - 1))
        if db is None or old < 0 or new_position == old or self.proxy.active:
            return
        self._push(lambda: MoveItem(self.tr("Move"), db, self.refresh, item_id, old, new_position))

    def add_note(self, noted_on: object, text: str) -> None:
        db, item_id = self.context.db, self.selected()
        if db is None or item_id is None:
            return
        self._push(lambda: AddNote(self.tr("Add note"), db, self.refresh, item_id, noted_on, text))  # type: ignore[arg-type]

    def report_round(self) -> uuid.UUID | None:
        return self.round_id

    def export(self) -> None:
        """The plan as a PDF or an Excel workbook, in the language chosen for it."""
        from sheltercheck.ui.report_export import export_report

        export_report(self, "action-plan")

    # presentation ------------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self.proxy.set_filters(*self.filters.values())
        self._update()

    def _fill_domain_filter(self) -> None:
        items = (self.model.item(row) for row in range(self.model.rowCount()))
        self.filters.set_domains(sorted({code[:3] for item in items for code in item.indicator_codes}))

    def _update(self) -> None:
        has_round = self.round_id is not None
        self.body.setVisible(has_round)
        self.empty.setVisible(not has_round)
        self.empty.setText(
            shown(self.tr("Choose a shelter with an assessment round to see its action plan."))
        )
        for button in (self.draft_button, self.add_button, self.carry_button, self.export_button):
            button.setEnabled(has_round)
        chosen = self.selected() is not None
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and not self.proxy.active)
        self.down_button.setEnabled(chosen and not self.proxy.active)
        self.table.setDragEnabled(not self.proxy.active)
        overdue = sum(
            bool(self.model.index(r, 0).data(PlanTableModel.OverdueRole))
            for r in range(self.model.rowCount())
        )
        self.heading.setText(
            shown(
                self.tr("{count} actions, {overdue} overdue").format(
                    count=self.model.rowCount(), overdue=overdue
                )
            )
        )

    def _language_changed(self, language: str) -> None:
        self.model.set_language(language)
        self.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        texts = (
            (self.draft_button, self.tr("Draft from gaps")),
            (self.add_button, self.tr("Add action")),
            (self.carry_button, self.tr("Carry over…")),
            (self.delete_button, self.tr("Delete")),
            (self.up_button, self.tr("▲ Up")),
            (self.down_button, self.tr("▼ Down")),
            (self.undo_button, self.tr("Undo")),
            (self.redo_button, self.tr("Redo")),
            (self.export_button, self.tr("Export…")),
        )
        for button, text in texts:
            button.setText(text)
        self.filters.retranslate()
        self.editor.retranslate()
        self._update()
