"""The action plan across rounds: drafting from a round's gaps, carrying unfinished items over to the
next round, and one indicator's history of ratings and actions.

Each operation is its own transaction, like the item operations in `services.plan`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sheltercheck.assessment.plan import OPEN_STATUSES, PlanItem, draft_from_gaps
from sheltercheck.assessment.scoring import Answer, IndicatorRef, score_round
from sheltercheck.errors import UserError
from sheltercheck.services.catalogues import load_snapshot
from sheltercheck.services.plan import (
    CANNOT_CARRY,
    LANGUAGES,
    apply_fields,
    fields_of,
    item_row,
    ordered_rows,
    plan_items_of,
    round_row,
)
from sheltercheck.services.profiles import UNKNOWN_SHELTER
from sheltercheck.services.rounds import previous_round_id
from sheltercheck.store.db import Database
from sheltercheck.store.models import ActionItem, AssessmentRound, Shelter

# -- drafting and carrying over -----------------------------------------------------------------------


def _open_codes(items: Iterable[ActionItem]) -> set[str]:
    return {code for item in items if item.status in OPEN_STATUSES for code in item.indicator_codes}


def draft_plan(db: Database, round_id: uuid.UUID, language: str) -> list[uuid.UUID]:
    """Add the suggested actions for the round's gaps after the existing items; returns the new ids.

    Priority order as in `assessment.plan`; indicators with an open item in this round are skipped.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    with db.transaction() as session:
        round_ = round_row(session, round_id)
        catalogue = load_snapshot(session, round_.catalogue_key)
        indicators = catalogue.applicable(set(round_.populations), round_.setting)
        answers = {
            r.indicator_code: Answer(r.answer, r.rating)  # type: ignore[arg-type]
            for r in round_.responses
            if r.answer != "unanswered"
        }
        score = score_round([IndicatorRef(i.code, i.domain, i.core) for i in indicators], answers)
        existing = ordered_rows(session, round_id)
        drafts = draft_from_gaps(score, catalogue, language, _open_codes(existing))
        new = []
        for offset, draft in enumerate(drafts):
            item = ActionItem(
                round_id=round_id,
                position=len(existing) + offset,
                action=draft.action,
                indicator_codes=list(draft.indicator_codes),
                status="not_started",
            )
            session.add(item)
            new.append(item)
        session.flush()
        return [item.id for item in new]


def _candidates(session: Session, round_id: uuid.UUID, previous_id: uuid.UUID | None) -> list[ActionItem]:
    if previous_id is None:
        return []
    carried = {item.carried_from_id for item in ordered_rows(session, round_id)} - {None}
    return [
        item
        for item in ordered_rows(session, previous_id)
        if item.status in OPEN_STATUSES and item.id not in carried
    ]


def carry_over_candidates(db: Database, round_id: uuid.UUID) -> list[PlanItem]:
    """The unfinished items of the shelter's previous round not yet carried into this round."""
    previous_id = previous_round_id(db, round_id)
    with db.sessions() as session:
        round_row(session, round_id)
        return plan_items_of(session, _candidates(session, round_id, previous_id))


def carry_over(db: Database, round_id: uuid.UUID, item_ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    """Copy unfinished items of the previous round to the end of this round's plan.

    The copies keep the texts, dates, responsible person, support and status, and point back to their
    origin (`carried_from_id`); notes stay with the origin. Copies follow the origin plan's order. All or
    nothing: one id that is not a candidate refuses the whole call.
    """
    wanted = set(item_ids)
    previous_id = previous_round_id(db, round_id)
    with db.transaction() as session:
        round_row(session, round_id)
        candidates = _candidates(session, round_id, previous_id)
        offered = {item.id for item in candidates}
        for item_id in wanted - offered:
            item_row(session, item_id)  # UNKNOWN_ITEM when it does not exist at all
            raise UserError(CANNOT_CARRY)
        position = len(ordered_rows(session, round_id))
        copies = []
        for origin in candidates:
            if origin.id not in wanted:
                continue
            copy = ActionItem(
                round_id=round_id,
                position=position,
                carried_from_id=origin.id,
            )
            apply_fields(copy, fields_of(origin))
            session.add(copy)
            copies.append(copy)
            position += 1
        session.flush()
        return [copy.id for copy in copies]


# -- history ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One round of a shelter as seen from one indicator: its rating then and the plan items on it."""

    round_id: uuid.UUID
    assessed_on: dt.date
    rating: int | None  # None: not rated in that round (N/A, unknown, unanswered or not assessed)
    items: tuple[PlanItem, ...]


def indicator_history(db: Database, shelter_id: uuid.UUID, code: str) -> list[HistoryEntry]:
    """Every round of the shelter, oldest first, with the indicator's rating and its plan items."""
    with db.sessions() as session:
        if session.get(Shelter, shelter_id) is None:
            raise UserError(UNKNOWN_SHELTER)
        rounds = session.scalars(
            select(AssessmentRound)
            .where(AssessmentRound.shelter_id == shelter_id)
            .order_by(AssessmentRound.assessed_on, AssessmentRound.created_at)
        ).all()
        history = []
        for round_ in rounds:
            rating = next(
                (r.rating for r in round_.responses if r.indicator_code == code and r.answer == "rated"),
                None,
            )
            items = [
                item for item in ordered_rows(session, round_.id) if code in (item.indicator_codes or ())
            ]
            history.append(
                HistoryEntry(round_.id, round_.assessed_on, rating, tuple(plan_items_of(session, items)))
            )
        return history
