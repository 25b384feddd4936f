"""Undoable edits of the action plan (QUndoStack commands over services.plan).

Each change is made first, through the service, so a refused change (a UserError) never reaches the
undo stack; the command's first redo() is then a no-op, and undo()/redo() replay the change through
the service, each in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from sheltercheck.assessment.plan import PlanItem, ProgressNoteData
from sheltercheck.services import plan
from sheltercheck.store.db import Database

Refresh = Callable[[uuid.UUID | None], None]  # reload the table and select this item


class _PlanCommand(QUndoCommand):
    def __init__(self, text: str, db: Database, refresh: Refresh) -> None:
        super().__init__(text)
        self.db, self.refresh = db, refresh
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done before the push
            self._first = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class EditItem(_PlanCommand):
    def __init__(
        self, text: str, db: Database, refresh: Refresh, item_id: uuid.UUID, changes: dict[str, Any]
    ) -> None:
        super().__init__(text, db, refresh)
        self.item_id = item_id
        before = plan.get_item(db, item_id)
        self.old = {name: getattr(before, name) for name in changes}
        self.new = dict(changes)
        plan.update_item(db, item_id, **self.new)
        refresh(item_id)

    def apply(self) -> None:
        plan.update_item(self.db, self.item_id, **self.new)
        self.refresh(self.item_id)

    def undo(self) -> None:
        plan.update_item(self.db, self.item_id, **self.old)
        self.refresh(self.item_id)


class AddItems(_PlanCommand):
    """New items (one added by hand, drafted from gaps, or carried over), removed again on undo."""

    def __init__(
        self, text: str, db: Database, refresh: Refresh, make: Callable[[], list[uuid.UUID]]
    ) -> None:
        super().__init__(text, db, refresh)
        self.ids = make()
        self.items: list[PlanItem] = []
        refresh(self.ids[0] if self.ids else None)

    def undo(self) -> None:
        self.items = [plan.delete_item(self.db, item_id) for item_id in reversed(self.ids)]
        self.refresh(None)

    def apply(self) -> None:
        for item in reversed(self.items):
            plan.restore_item(self.db, item)
        self.refresh(self.ids[0] if self.ids else None)


class DeleteItem(_PlanCommand):
    def __init__(self, text: str, db: Database, refresh: Refresh, item_id: uuid.UUID) -> None:
        super().__init__(text, db, refresh)
        self.item = plan.delete_item(db, item_id)
        refresh(None)

    def apply(self) -> None:
        self.item = plan.delete_item(self.db, self.item.id)
        self.refresh(None)

    def undo(self) -> None:
        plan.restore_item(self.db, self.item)
        self.refresh(self.item.id)


class MoveItem(_PlanCommand):
    def __init__(
        self, text: str, db: Database, refresh: Refresh, item_id: uuid.UUID, old: int, new: int
    ) -> None:
        super().__init__(text, db, refresh)
        self.item_id, self.old, self.new = item_id, old, new
        plan.move_item(db, item_id, new)
        refresh(item_id)

    def apply(self) -> None:
        plan.move_item(self.db, self.item_id, self.new)
        self.refresh(self.item_id)

    def undo(self) -> None:
        plan.move_item(self.db, self.item_id, self.old)
        self.refresh(self.item_id)


class AddNote(_PlanCommand):
    def __init__(
        self, text: str, db: Database, refresh: Refresh, item_id: uuid.UUID, noted_on: dt.date, note: str
    ) -> None:
        super().__init__(text, db, refresh)
        self.item_id = item_id
        note_id = plan.add_note(db, item_id, noted_on, note)
        self.note = ProgressNoteData(note_id, noted_on, note)
        refresh(item_id)

    def undo(self) -> None:
        self.note = plan.delete_note(self.db, self.note.id)
        self.refresh(self.item_id)

    def apply(self) -> None:
        plan.restore_note(self.db, self.item_id, self.note)
        self.refresh(self.item_id)
