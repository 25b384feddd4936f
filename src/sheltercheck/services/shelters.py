"""Listing shelters with what the Shelters page and the CLI show about each."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select

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
    last_round_id: uuid.UUID | None = None
    last_score: float | None = None  # overall score of the latest round (scoring.score_round)


def list_summaries(db: Database, include_archived: bool = False) -> list[ShelterSummary]:
    """Every shelter with its number of rounds, its latest round's date and overall score."""
    from sheltercheck.services.results import score_state
    from sheltercheck.services.rounds import load_round

    query = select(Shelter).order_by(Shelter.name)
    if not include_archived:
        query = query.where(Shelter.archived.is_(False))
    with db.sessions() as session:
        shelters = session.scalars(query).all()
        latest: dict[uuid.UUID, tuple[int, AssessmentRound]] = {}
        for round_ in session.scalars(
            select(AssessmentRound).order_by(AssessmentRound.assessed_on, AssessmentRound.created_at)
        ):
            count = latest.get(round_.shelter_id, (0, round_))[0]
            latest[round_.shelter_id] = (count + 1, round_)
        summaries = []
        for shelter in shelters:
            count, last = latest.get(shelter.id, (0, None))
            summaries.append(
                ShelterSummary(
                    id=shelter.id,
                    name=shelter.name,
                    kind=shelter.kind,
                    province=shelter.province,
                    archived=shelter.archived,
                    rounds=count,
                    last_assessed_on=last.assessed_on if last else None,
                    last_round_id=last.id if last else None,
                )
            )
    return [
        replace(summary, last_score=score_state(load_round(db, summary.last_round_id)).overall)
        if summary.last_round_id
        else summary
        for summary in summaries
    ]
