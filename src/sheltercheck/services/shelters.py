"""Listing shelters with what the Shelters page and the CLI show about each."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from sheltercheck.store.db import Database
from sheltercheck.store.models import AssessmentRound, Shelter


@dataclass(frozen=True)
class ShelterSummary:
    id: uuid.UUID
    name: str
    kind: str
    province: str
    archived: bool
    rounds: int
    last_assessed_on: dt.date | None


def list_summaries(db: Database, include_archived: bool = False) -> list[ShelterSummary]:
    last = (
        select(
            AssessmentRound.shelter_id,
            func.count(AssessmentRound.id).label("rounds"),
            func.max(AssessmentRound.assessed_on).label("last"),
        )
        .group_by(AssessmentRound.shelter_id)
        .subquery()
    )
    query = (
        select(Shelter, last.c.rounds, last.c.last)
        .outerjoin(last, last.c.shelter_id == Shelter.id)
        .order_by(Shelter.name)
    )
    if not include_archived:
        query = query.where(Shelter.archived.is_(False))
    with db.sessions() as session:
        return [
            ShelterSummary(
                id=shelter.id,
                name=shelter.name,
                kind=shelter.kind,
                province=shelter.province,
                archived=shelter.archived,
                rounds=rounds or 0,
                last_assessed_on=last_on,
            )
            for shelter, rounds, last_on in session.execute(query)
        ]
