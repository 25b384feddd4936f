"""The action plan of a round: its items, their order and their progress notes.

Drafting from gaps and carrying items over between rounds are in `services.plan_rounds`.

Every operation is its own transaction, checked before anything is written, so a refused change leaves
the plan exactly as it was. A completed round's plan stays editable: the round's answers are locked,
but the plan is what the shelter works through until the next round.

Undo-friendly by design: `update_item` returns the new state (undo calls it again with the old values),
`delete_item` returns the whole deleted item with its notes and `restore_item` puts it back with the
same id, position, notes and carry-over links.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sheltercheck.assessment.plan import (
    STATUSES,
    SUPPORT_SOURCES,
    PlanItem,
    ProgressNoteData,
)
from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP
from sheltercheck.services.rounds import UNKNOWN_ROUND
from sheltercheck.store.db import Database
from sheltercheck.store.models import ActionItem, AssessmentRound, ProgressNote

UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Errors", "This action plan item no longer exists on this computer.")
UNKNOWN_NOTE = QT_TRANSLATE_NOOP("Errors", "This progress note no longer exists on this computer.")
ACTION_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Describe the action: its text cannot be empty.")
DUE_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The due date cannot be before the start date.")
DROPPED_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "Say why the action was dropped: the reason is required."
)
RESPONSIBLE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "The name of who is responsible is too long (at most {limit} characters)."
)
SUPPORT_DETAIL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "The name of who gives support is too long (at most {limit} characters)."
)
NOTE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "The progress note is empty: write what happened.")
NOTE_IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "A progress note cannot be dated in the future.")
CANNOT_CARRY = QT_TRANSLATE_NOOP(
    "Errors",
    "This item cannot be carried over: it is finished, already in this round's plan, "
    "or not from the previous round.",
)

NAME_LIMIT = 200  # String(200) columns: responsible, support_from_detail
LANGUAGES = ("lo", "en")

# The fields a caller may set; everything else (id, round, position, carried_from_id) is managed here.
EDITABLE = (
    "action",
    "indicator_codes",
    "responsible",
    "start_on",
    "due_on",
    "resources",
    "support_needed",
    "support_from",
    "support_from_detail",
    "status",
    "dropped_reason",
)
_TEXT_FIELDS = (
    "action",
    "responsible",
    "resources",
    "support_needed",
    "support_from_detail",
    "dropped_reason",
)
_DATE_FIELDS = ("start_on", "due_on")


# -- reading ------------------------------------------------------------------------------------------


def _note_data(note: ProgressNote) -> ProgressNoteData:
    return ProgressNoteData(note.id, note.noted_on, note.text)


def _naive_utc(moment: dt.datetime | None) -> dt.datetime:
    # SQLite hands back naive UTC times, new objects carry aware ones: compare them as naive UTC
    if moment is None:
        return dt.datetime.max
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _notes_in_order(item: ActionItem) -> tuple[ProgressNoteData, ...]:
    notes = sorted(item.notes, key=lambda n: (n.noted_on, _naive_utc(n.created_at), str(n.id)))
    return tuple(_note_data(n) for n in notes)


def _carried_into(session: Session, item_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[uuid.UUID]]:
    found: dict[uuid.UUID, list[uuid.UUID]] = {}
    if not item_ids:
        return found
    rows = session.execute(
        select(ActionItem.carried_from_id, ActionItem.id)
        .where(ActionItem.carried_from_id.in_(item_ids))
        .order_by(ActionItem.created_at, ActionItem.id)
    )
    for origin, copy in rows:
        if origin is not None:
            found.setdefault(origin, []).append(copy)
    return found


def plan_item_of(item: ActionItem, carried_into: Sequence[uuid.UUID] = ()) -> PlanItem:
    return PlanItem(
        id=item.id,
        round_id=item.round_id,
        position=item.position,
        action=item.action,
        indicator_codes=tuple(item.indicator_codes or ()),
        responsible=item.responsible,
        start_on=item.start_on,
        due_on=item.due_on,
        resources=item.resources,
        support_needed=item.support_needed,
        support_from=item.support_from,
        support_from_detail=item.support_from_detail,
        status=item.status,
        dropped_reason=item.dropped_reason,
        carried_from_id=item.carried_from_id,
        notes=_notes_in_order(item),
        carried_into=tuple(carried_into),
    )


def plan_items_of(session: Session, items: Sequence[ActionItem]) -> list[PlanItem]:
    links = _carried_into(session, [item.id for item in items])
    return [plan_item_of(item, links.get(item.id, ())) for item in items]


def round_row(session: Session, round_id: uuid.UUID) -> AssessmentRound:
    round_ = session.get(AssessmentRound, round_id)
    if round_ is None:
        raise UserError(UNKNOWN_ROUND)
    return round_


def item_row(session: Session, item_id: uuid.UUID) -> ActionItem:
    item = session.get(ActionItem, item_id)
    if item is None:
        raise UserError(UNKNOWN_ITEM)
    return item


def ordered_rows(session: Session, round_id: uuid.UUID) -> list[ActionItem]:
    return list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.round_id == round_id)
            .order_by(ActionItem.position, ActionItem.created_at, ActionItem.id)
        )
    )


def _renumber(items: Sequence[ActionItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def list_items(db: Database, round_id: uuid.UUID) -> list[PlanItem]:
    """The round's plan in plan order."""
    with db.sessions() as session:
        round_row(session, round_id)
        return plan_items_of(session, ordered_rows(session, round_id))


def get_item(db: Database, item_id: uuid.UUID) -> PlanItem:
    with db.sessions() as session:
        item = item_row(session, item_id)
        return plan_items_of(session, [item])[0]


# -- checking -----------------------------------------------------------------------------------------


def _validated(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The complete set of editable fields, cleaned; UserError for what a user can fix.

    Wrong types or unknown enumeration values are programming errors (TypeError / ValueError).
    """
    clean = dict(fields)
    for name in _TEXT_FIELDS:
        if not isinstance(clean[name], str):
            raise TypeError(f"{name} must be a string, not {type(clean[name]).__name__}")
    for name in _DATE_FIELDS:
        value = clean[name]
        if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
            raise TypeError(f"{name} must be a date or None, not {type(value).__name__}")
    codes = clean["indicator_codes"]
    if isinstance(codes, str) or not all(isinstance(code, str) for code in codes):
        raise TypeError("indicator_codes must be a sequence of indicator codes")
    if clean["status"] not in STATUSES:
        raise ValueError(f"unknown status {clean['status']!r}")
    if clean["support_from"] not in SUPPORT_SOURCES:
        raise ValueError(f"unknown support source {clean['support_from']!r}")

    clean["action"] = clean["action"].strip()
    clean["responsible"] = clean["responsible"].strip()
    clean["support_from_detail"] = clean["support_from_detail"].strip()
    clean["dropped_reason"] = clean["dropped_reason"].strip()
    clean["indicator_codes"] = tuple(dict.fromkeys(code.strip() for code in codes if code.strip()))
    if not clean["action"]:
        raise UserError(ACTION_REQUIRED)
    if len(clean["responsible"]) > NAME_LIMIT:
        raise UserError(RESPONSIBLE_TOO_LONG, limit=NAME_LIMIT)
    if len(clean["support_from_detail"]) > NAME_LIMIT:
        raise UserError(SUPPORT_DETAIL_TOO_LONG, limit=NAME_LIMIT)
    start, due = clean["start_on"], clean["due_on"]
    if start is not None and due is not None and due < start:
        raise UserError(DUE_BEFORE_START)
    if clean["status"] == "dropped" and not clean["dropped_reason"]:
        raise UserError(DROPPED_REASON_REQUIRED)
    return clean


def apply_fields(item: ActionItem, clean: Mapping[str, Any]) -> None:
    for name in EDITABLE:
        value = clean[name]
        setattr(item, name, list(value) if name == "indicator_codes" else value)


def fields_of(item: PlanItem | ActionItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in EDITABLE}


# -- items --------------------------------------------------------------------------------------------


def add_item(
    db: Database,
    round_id: uuid.UUID,
    action: str,
    *,
    indicator_codes: Iterable[str] = (),
    responsible: str = "",
    start_on: dt.date | None = None,
    due_on: dt.date | None = None,
    resources: str = "",
    support_needed: str = "",
    support_from: str = "",
    support_from_detail: str = "",
    status: str = "not_started",
    dropped_reason: str = "",
) -> uuid.UUID:
    """A new item at the end of the round's plan."""
    clean = _validated(
        {
            "action": action,
            "indicator_codes": tuple(indicator_codes),
            "responsible": responsible,
            "start_on": start_on,
            "due_on": due_on,
            "resources": resources,
            "support_needed": support_needed,
            "support_from": support_from,
            "support_from_detail": support_from_detail,
            "status": status,
            "dropped_reason": dropped_reason,
        }
    )
    with db.transaction() as session:
        round_row(session, round_id)
        item = ActionItem(round_id=round_id, position=len(ordered_rows(session, round_id)))
        apply_fields(item, clean)
        session.add(item)
        session.flush()
        return item.id


def update_item(db: Database, item_id: uuid.UUID, **changes: Any) -> PlanItem:
    """Change some fields of an item (all checked together) and return the item as it is now."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise TypeError(f"fields that cannot be changed here: {', '.join(sorted(unknown))}")
    with db.transaction() as session:
        item = item_row(session, item_id)
        clean = _validated({**fields_of(item), **changes})
        apply_fields(item, clean)
        session.flush()
        return plan_items_of(session, [item])[0]


def delete_item(db: Database, item_id: uuid.UUID) -> PlanItem:
    """Delete an item with its notes; returns it as it was, for `restore_item` (undo)."""
    with db.transaction() as session:
        item = item_row(session, item_id)
        deleted = plan_items_of(session, [item])[0]
        round_id = item.round_id
        # the database would clear these links itself (ON DELETE SET NULL); doing it here keeps the
        # session's objects in step with the database
        for copy in session.scalars(select(ActionItem).where(ActionItem.carried_from_id == item_id)):
            copy.carried_from_id = None
        session.delete(item)
        session.flush()
        _renumber(ordered_rows(session, round_id))
        return deleted


def restore_item(db: Database, item: PlanItem) -> uuid.UUID:
    """Put a deleted item back: same id, position (as far as the plan allows), notes and links."""
    clean = _validated(fields_of(item))
    with db.transaction() as session:
        round_row(session, item.round_id)
        if session.get(ActionItem, item.id) is not None:
            raise ValueError(f"the action item {item.id} exists already")
        carried_from = item.carried_from_id
        if carried_from is not None and session.get(ActionItem, carried_from) is None:
            carried_from = None  # its origin has been deleted meanwhile
        others = ordered_rows(session, item.round_id)
        row = ActionItem(id=item.id, round_id=item.round_id, carried_from_id=carried_from)
        apply_fields(row, clean)
        session.add(row)
        position = max(0, min(item.position, len(others)))
        _renumber([*others[:position], row, *others[position:]])
        session.flush()
        for note in item.notes:
            session.add(ProgressNote(id=note.id, action_id=item.id, noted_on=note.noted_on, text=note.text))
        for copy_id in item.carried_into:
            copy = session.get(ActionItem, copy_id)
            if copy is not None and copy.carried_from_id is None:
                copy.carried_from_id = item.id
        return row.id


def move_item(db: Database, item_id: uuid.UUID, new_position: int) -> None:
    """Move an item to `new_position` (clamped to the plan) and renumber the plan 0..n-1."""
    with db.transaction() as session:
        item = item_row(session, item_id)
        others = [other for other in ordered_rows(session, item.round_id) if other.id != item.id]
        position = max(0, min(new_position, len(others)))
        _renumber([*others[:position], item, *others[position:]])


# -- progress notes -----------------------------------------------------------------------------------


def add_note(db: Database, item_id: uuid.UUID, noted_on: dt.date, text: str) -> uuid.UUID:
    clean = text.strip()
    if not clean:
        raise UserError(NOTE_REQUIRED)
    if noted_on > dt.date.today():
        raise UserError(NOTE_IN_FUTURE)
    with db.transaction() as session:
        item_row(session, item_id)
        note = ProgressNote(action_id=item_id, noted_on=noted_on, text=clean)
        session.add(note)
        session.flush()
        return note.id


def delete_note(db: Database, note_id: uuid.UUID) -> ProgressNoteData:
    """Delete a progress note; returns it, for `restore_note` (undo)."""
    with db.transaction() as session:
        note = session.get(ProgressNote, note_id)
        if note is None:
            raise UserError(UNKNOWN_NOTE)
        deleted = _note_data(note)
        session.delete(note)
        return deleted


def restore_note(db: Database, item_id: uuid.UUID, note: ProgressNoteData) -> uuid.UUID:
    with db.transaction() as session:
        item_row(session, item_id)
        session.add(ProgressNote(id=note.id, action_id=item_id, noted_on=note.noted_on, text=note.text))
        return note.id
