"""Which rounds a workshop shows, and the letters that stand for the shelters when it is anonymised.

Anonymised letters ("Shelter A", "B", … "Z", "AA", …) are kept in the `installation` table under
`workshop:<workshop id>:letters` (a JSON object: shelter UUID -> letter number, 0 = A). The first time a
shelter is shown anonymised in a workshop it gets the next free letter; shelters first seen together get
theirs in the order of their UUIDs, which says nothing about their names. So a shelter keeps its letter
while the facilitator ticks shelters on and off, imports another one, or writes the summary afterwards;
`new_letters` starts afresh for the next workshop.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sheltercheck.assessment.workshop import anonymous_letters
from sheltercheck.messages import QT_TRANSLATE_NOOP, Translate, identity_translate, render
from sheltercheck.store.db import Database
from sheltercheck.store.models import AssessmentRound, InstallationSetting, Shelter

SHELTER_LABEL = QT_TRANSLATE_NOOP("Workshop", "Shelter {letter}")
DEFAULT_WORKSHOP = "current"


@dataclass(frozen=True, slots=True)
class RoundChoice:
    id: uuid.UUID
    assessed_on: dt.date
    complete: bool


@dataclass(frozen=True, slots=True)
class ShelterChoice:
    """A shelter the workshop can show, with its rounds (oldest first) and the one picked by default."""

    shelter_id: uuid.UUID
    name: str
    rounds: tuple[RoundChoice, ...]
    default_round_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class WorkshopSelection:
    """Which round of each shelter the workshop shows (at most one per shelter), and which workshop's
    letters anonymise them."""

    round_ids: tuple[uuid.UUID, ...]
    workshop_id: str = DEFAULT_WORKSHOP


# choosing ----------------------------------------------------------------------------------------------
def workshop_choices(db: Database, include_archived: bool = False) -> list[ShelterChoice]:
    """Every shelter with at least one round, by name; each defaults to its latest complete round, or to
    its latest round when none is complete."""
    query = select(Shelter.id, Shelter.name)
    if not include_archived:
        query = query.where(Shelter.archived.is_(False))
    rounds: dict[uuid.UUID, list[RoundChoice]] = {}
    with db.sessions() as session:
        names = dict(session.execute(query).all())
        for round_id, shelter_id, assessed_on, status in session.execute(
            select(
                AssessmentRound.id,
                AssessmentRound.shelter_id,
                AssessmentRound.assessed_on,
                AssessmentRound.status,
            ).order_by(AssessmentRound.assessed_on, AssessmentRound.created_at)
        ):
            if shelter_id in names:
                rounds.setdefault(shelter_id, []).append(
                    RoundChoice(round_id, assessed_on, status == "complete")
                )
    choices = []
    for shelter_id, listed in rounds.items():
        complete = [r for r in listed if r.complete]
        default = (complete or listed)[-1].id
        choices.append(ShelterChoice(shelter_id, names[shelter_id], tuple(listed), default))
    return sorted(choices, key=lambda c: (c.name.casefold(), str(c.shelter_id)))


def default_selection(db: Database, workshop_id: str = DEFAULT_WORKSHOP) -> WorkshopSelection:
    """The default round of every non-archived shelter that has one."""
    return WorkshopSelection(tuple(c.default_round_id for c in workshop_choices(db)), workshop_id)


# anonymous letters -------------------------------------------------------------------------------------
def _letters_key(workshop_id: str) -> str:
    key = f"workshop:{workshop_id}:letters"
    if len(key) > 64 or not workshop_id:
        raise ValueError(f"workshop id {workshop_id!r} must be 1..45 characters")
    return key


def letter_numbers(
    session: Session, workshop_id: str, shelter_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """The shelters' letter numbers (0 = A), in letter order, giving the next free numbers to shelters
    that have none yet (in UUID order). Runs in the caller's session, which must be committed."""
    key = _letters_key(workshop_id)
    row = session.get(InstallationSetting, key)
    stored: dict[str, int] = {}
    if row is not None:
        try:
            loaded = json.loads(row.value)
            stored = (
                {k: v for k, v in loaded.items() if isinstance(v, int)} if isinstance(loaded, dict) else {}
            )
        except ValueError:
            stored = {}  # a damaged entry only costs new letters
    wanted = sorted(set(shelter_ids), key=str)
    new = [shelter_id for shelter_id in wanted if str(shelter_id) not in stored]
    if new:
        following = max(stored.values(), default=-1) + 1
        for offset, shelter_id in enumerate(new):
            stored[str(shelter_id)] = following + offset
        value = json.dumps(stored, sort_keys=True)
        if row is None:
            session.add(InstallationSetting(key=key, value=value))
        else:
            row.value = value
    return dict(sorted(((sid, stored[str(sid)]) for sid in wanted), key=lambda item: item[1]))


def anonymous_labels(
    db: Database,
    shelter_ids: Iterable[uuid.UUID],
    workshop_id: str = DEFAULT_WORKSHOP,
    translate: Translate = identity_translate,
) -> dict[uuid.UUID, str]:
    """ "Shelter A", "Shelter B", … for these shelters, in letter order, stable within the workshop
    (see the module's docstring)."""
    with db.transaction() as session:
        numbers = letter_numbers(session, workshop_id, shelter_ids)
    return {
        sid: render(SHELTER_LABEL, {"letter": anonymous_letters(n)}, translate) for sid, n in numbers.items()
    }


def new_letters(db: Database, workshop_id: str = DEFAULT_WORKSHOP) -> None:
    """Forget the workshop's letters: the next anonymised view hands them out afresh."""
    with db.transaction() as session:
        row = session.get(InstallationSetting, _letters_key(workshop_id))
        if row is not None:
            session.delete(row)
