"""Importing an exchange file: read it, preview it (services.exchange_plan), then write it at once.

`apply_import` backs the database up first (an SQLite file; a server database is its administrator's
to back up), then writes everything in one transaction: any failure leaves the database exactly as it
was. The plan is worked out again inside the transaction and must equal the preview the user saw.

IDs: a record added with its own ID keeps it; a copy (KEEP_BOTH) gets new IDs for itself and everything
in it, and the links inside the file (a round's shelter, an answer's round, a plan item carried over
from another) follow the new IDs. An answer, plan item or note whose ID is already used elsewhere here
(it cannot be the same record: its round is new) gets a new ID too. A carried-over link to a plan item
that is neither in the file nor here is dropped, as deleting that item would have done. Plan items
here that were carried over from a round being replaced keep their link when the item comes back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.package import ExchangePackage, read_file
from sheltercheck.exchange.schema import ActionDoc, RoundDoc, ShelterDoc
from sheltercheck.services.backups import back_up
from sheltercheck.services.exchange_plan import (
    PROFILE_FIELDS,
    Action,
    Choice,
    ImportOutcome,
    ImportPlan,
    ShelterPreview,
    make_plan,
    plan_import,
)
from sheltercheck.store.db import Database, translate_errors
from sheltercheck.store.models import (
    ActionItem,
    AssessmentRound,
    Base,
    CatalogueSnapshot,
    ProgressNote,
    Response,
    Shelter,
    utcnow,
)

__all__ = ["ImportResult", "apply_import", "plan_import", "read_file"]


@dataclass(frozen=True)
class ImportResult:
    outcome: ImportOutcome
    backup: Path | None  # the copy taken before writing (None: nothing written, or a server database)
    shelter_ids: Mapping[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # file's ID -> ID here
    round_ids: Mapping[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # rounds written: file -> here


def _backup(db: Database) -> Path | None:
    database = db.url.database
    if not db.is_sqlite or not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return back_up(db, "before-import")


def apply_import(
    db: Database, plan: ImportPlan, choices: Mapping[uuid.UUID, Choice] | None = None
) -> ImportResult:
    """Write what `plan` previewed, with `choices` for its conflicts (the default for the rest)."""
    resolved = plan.resolve(choices)
    outcome = plan.outcome(resolved)
    if not outcome.writes:
        return ImportResult(outcome, None)
    backup = _backup(db)
    with translate_errors(db), db.transaction() as session:
        if make_plan(session, plan.package).signature() != plan.signature():
            raise UserError(m.STALE_PREVIEW)
        writer = _Writer(session, plan, resolved)
        writer.write()
    return ImportResult(outcome, backup, writer.shelter_ids, writer.round_ids)


def import_package(
    db: Database, package: ExchangePackage, choices: Mapping[uuid.UUID, Choice] | None = None
) -> ImportResult:
    """Preview and import in one go (the default choices never replace anything)."""
    return apply_import(db, plan_import(db, package), choices)


def _existing(session: Session, model: Any, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), 500):
        found.update(session.scalars(select(model.id).where(model.id.in_(ids[start : start + 500]))))
    return found


def _table(model: type[Base]) -> Table:
    """The model's table: rows go in with Core inserts (a workshop imports thousands at a time)."""
    return Base.metadata.tables[str(model.__tablename__)]


def _stamps(doc: Any, record_id: uuid.UUID) -> dict[str, Any]:
    return {"id": record_id, "created_at": doc.created_at, "updated_at": doc.updated_at}


class _Writer:
    """One import's writes, in the order the foreign keys need."""

    def __init__(self, session: Session, plan: ImportPlan, choices: Mapping[uuid.UUID, Choice]) -> None:
        self.session, self.plan, self.choices = session, plan, choices
        self.ids: dict[uuid.UUID, uuid.UUID] = {}  # file's ID -> new ID, for everything re-identified
        self.shelter_ids: dict[uuid.UUID, uuid.UUID] = {}
        self.round_ids: dict[uuid.UUID, uuid.UUID] = {}

    def write(self) -> None:
        self._catalogues()
        rounds: list[tuple[RoundDoc, uuid.UUID, bool]] = []  # round, its shelter here, whether a copy
        replaced: list[uuid.UUID] = []
        for preview, doc in zip(self.plan.shelters, self.plan.package.data.shelters, strict=True):
            shelter_id = self._shelter(preview, doc)
            self.shelter_ids[doc.id] = shelter_id
            for round_preview, round_doc in zip(preview.rounds, doc.rounds, strict=True):
                action = self.plan.round_action(preview, round_preview, self.choices)
                if action is Action.KEEP:
                    continue
                if action is Action.REPLACE:
                    replaced.append(round_doc.id)
                rounds.append((round_doc, shelter_id, action is Action.ADD_COPY))
        links = self._links_into(replaced)
        if replaced:
            self.session.execute(delete(AssessmentRound).where(AssessmentRound.id.in_(replaced)))
        self._identify(rounds)
        self._rounds(rounds)
        self._restore(links)

    def _catalogues(self) -> None:
        for key, (checksum, content) in self.plan.catalogues_to_add.items():
            self.session.add(
                CatalogueSnapshot(key=key, checksum=checksum, content=content, created_at=utcnow())
            )
        self.session.flush()

    def _shelter(self, preview: ShelterPreview, doc: ShelterDoc) -> uuid.UUID:
        action = self.plan.shelter_action(preview, self.choices)
        profile = {name: getattr(doc, name) for name in PROFILE_FIELDS}
        if action is Action.REPLACE:
            values = {**profile, "updated_at": doc.updated_at}
            self.session.execute(update(Shelter).where(Shelter.id == doc.id).values(**values))
        if action not in (Action.ADD, Action.ADD_COPY):
            return doc.id
        shelter_id = doc.id if action is Action.ADD else self._new_id(doc.id)
        row = {**_stamps(doc, shelter_id), **profile, "archived": doc.archived}
        self.session.execute(insert(Shelter), [row])
        return shelter_id

    def _new_id(self, old: uuid.UUID) -> uuid.UUID:
        self.ids[old] = new = uuid.uuid4()
        return new

    def _identify(self, rounds: Iterable[tuple[RoundDoc, uuid.UUID, bool]]) -> None:
        """New IDs for copies and everything in them, and for any child whose ID is taken here."""
        kept: dict[Any, list[uuid.UUID]] = {Response: [], ActionItem: [], ProgressNote: []}
        for round_, _shelter_id, copy in rounds:
            children = [
                *((Response, r.id) for r in round_.responses),
                *((ActionItem, a.id) for a in round_.actions),
                *((ProgressNote, n.id) for a in round_.actions for n in a.notes),
            ]
            if copy:
                self._new_id(round_.id)
                for _model, child_id in children:
                    self._new_id(child_id)
            else:
                for model, child_id in children:
                    kept[model].append(child_id)
        for model, ids in kept.items():
            for taken in _existing(self.session, model, ids):
                self._new_id(taken)

    def _id(self, old: uuid.UUID) -> uuid.UUID:
        return self.ids.get(old, old)

    def _rounds(self, rounds: Sequence[tuple[RoundDoc, uuid.UUID, bool]]) -> None:
        round_rows: list[dict[str, Any]] = []
        response_rows: list[dict[str, Any]] = []
        action_rows: list[dict[str, Any]] = []
        note_rows: list[dict[str, Any]] = []
        actions: list[ActionDoc] = []
        for round_, shelter_id, _copy in rounds:
            round_id = self._id(round_.id)
            self.round_ids[round_.id] = round_id
            round_rows.append(
                {
                    **_stamps(round_, round_id),
                    "shelter_id": shelter_id,
                    "assessed_on": round_.assessed_on,
                    "participants": round_.participants,
                    "catalogue_key": round_.catalogue_key,
                    "status": round_.status,
                    "completed_at": round_.completed_at,
                    "current_indicator": round_.current_indicator,
                    "populations": list(round_.populations),
                    "setting": round_.setting,
                }
            )
            for r in round_.responses:
                response_rows.append(
                    {
                        **_stamps(r, self._id(r.id)),
                        "round_id": round_id,
                        "indicator_code": r.indicator_code,
                        "answer": r.answer,
                        "rating": r.rating,
                        "na_reason": r.na_reason,
                        "notes": r.notes,
                        "evidence": r.evidence,
                    }
                )
            for a in round_.actions:
                actions.append(a)
                action_rows.append(self._action_row(a, round_id))
                note_rows.extend(
                    {
                        **_stamps(n, self._id(n.id)),
                        "action_id": self._id(a.id),
                        "noted_on": n.noted_on,
                        "text": n.text,
                    }
                    for n in a.notes
                )
        self._resolve_carried(action_rows, actions)
        for model, rows in ((AssessmentRound, round_rows), (Response, response_rows)):
            if rows:
                self.session.execute(insert(_table(model)), rows)
        # an item may be carried over from another item of the same file: insert without the link first
        if action_rows:
            links = [(row["id"], row["carried_from_id"]) for row in action_rows if row["carried_from_id"]]
            self.session.execute(
                insert(_table(ActionItem)), [{**row, "carried_from_id": None} for row in action_rows]
            )
            for item_id, origin in links:
                self.session.execute(
                    update(ActionItem)
                    .where(ActionItem.id == item_id)
                    .values(carried_from_id=origin, updated_at=ActionItem.updated_at)
                )
        if note_rows:
            self.session.execute(insert(_table(ProgressNote)), note_rows)

    def _action_row(self, a: ActionDoc, round_id: uuid.UUID) -> dict[str, Any]:
        return {
            **_stamps(a, self._id(a.id)),
            "round_id": round_id,
            "position": a.position,
            "action": a.action,
            "indicator_codes": list(a.indicator_codes),
            "responsible": a.responsible,
            "start_on": a.start_on,
            "due_on": a.due_on,
            "resources": a.resources,
            "support_needed": a.support_needed,
            "support_from": a.support_from,
            "support_from_detail": a.support_from_detail,
            "status": a.status,
            "dropped_reason": a.dropped_reason,
            "carried_from_id": a.carried_from_id,
        }

    def _resolve_carried(self, rows: list[dict[str, Any]], actions: Sequence[ActionDoc]) -> None:
        """Carried-over links follow re-identified items; a link to an item found nowhere is dropped."""
        inserted = {row["id"] for row in rows}
        wanted = [self._id(a.carried_from_id) for a in actions if a.carried_from_id is not None]
        here = _existing(self.session, ActionItem, [origin for origin in wanted if origin not in inserted])
        for row in rows:
            origin = row["carried_from_id"]
            if origin is not None:
                origin = self._id(origin)
                row["carried_from_id"] = origin if origin in inserted or origin in here else None

    def _links_into(self, round_ids: Sequence[uuid.UUID]) -> list[tuple[uuid.UUID, uuid.UUID]]:
        """Plan items outside the rounds being replaced that were carried over from items inside them."""
        if not round_ids:
            return []
        inside = select(ActionItem.id).where(ActionItem.round_id.in_(round_ids))
        query = select(ActionItem.id, ActionItem.carried_from_id).where(
            ActionItem.carried_from_id.in_(inside), ActionItem.round_id.not_in(round_ids)
        )
        return [(item_id, origin) for item_id, origin in self.session.execute(query).all() if origin]

    def _restore(self, links: Sequence[tuple[uuid.UUID, uuid.UUID]]) -> None:
        if not links:
            return
        back = _existing(self.session, ActionItem, [origin for _item, origin in links])
        for item_id, origin in links:
            if origin in back:
                self.session.execute(
                    update(ActionItem)
                    .where(ActionItem.id == item_id)
                    .values(carried_from_id=origin, updated_at=ActionItem.updated_at)
                )
