"""Assessment rounds: start one, answer indicator by indicator, resume, complete and reopen.

Every answer is saved at once in its own transaction, so closing the app (or a power cut) loses at most
the keystroke being typed. A completed round is locked until someone reopens it on purpose.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from sheltercheck.catalogue.model import Catalogue, Indicator
from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP
from sheltercheck.services.catalogues import ensure_snapshot, load_snapshot
from sheltercheck.services.profiles import UNKNOWN_SHELTER, profile_of
from sheltercheck.store.db import Database
from sheltercheck.store.models import AssessmentRound, Response, Shelter, utcnow

ROUND_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "This round is complete and locked. Reopen it to change its answers."
)
UNKNOWN_ROUND = QT_TRANSLATE_NOOP("Errors", "This assessment round no longer exists on this computer.")
NOT_APPLICABLE_INDICATOR = QT_TRANSLATE_NOOP("Errors", "The indicator {code} does not apply to this round.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Say why the indicator does not apply: the reason is required.")
BAD_RATING = QT_TRANSLATE_NOOP("Errors", "A rating is a whole number from 0 to 3.")
FUTURE_DATE = QT_TRANSLATE_NOOP("Errors", "The assessment date cannot be in the future.")

KINDS = ("rated", "not_applicable", "unknown")


@dataclass
class ResponseState:
    kind: str | None = None  # None: not answered yet
    rating: int | None = None
    na_reason: str = ""
    notes: str = ""
    evidence: str = ""

    @property
    def answered(self) -> bool:
        return self.kind is not None


@dataclass(frozen=True)
class RoundSummary:
    id: uuid.UUID
    shelter_id: uuid.UUID
    assessed_on: dt.date
    status: str
    participants: str
    catalogue_key: str


@dataclass
class RoundState:
    id: uuid.UUID
    shelter_id: uuid.UUID
    shelter_name: str
    assessed_on: dt.date
    participants: str
    status: str
    catalogue: Catalogue
    indicators: list[Indicator]
    responses: dict[str, ResponseState] = field(default_factory=dict)
    current_indicator: str = ""

    @property
    def locked(self) -> bool:
        return self.status == "complete"

    def response(self, code: str) -> ResponseState:
        return self.responses.get(code) or ResponseState()

    def position(self, code: str) -> int:
        for index, indicator in enumerate(self.indicators):
            if indicator.code == code:
                return index
        return 0

    def next_unanswered(self, after: int) -> int | None:
        count = len(self.indicators)
        for step in range(1, count + 1):
            index = (after + step) % count
            if not self.response(self.indicators[index].code).answered:
                return index
        return None


def summarise(round_: AssessmentRound) -> RoundSummary:
    return RoundSummary(
        round_.id,
        round_.shelter_id,
        round_.assessed_on,
        round_.status,
        round_.participants,
        round_.catalogue_key,
    )


def start_round(
    db: Database, shelter_id: uuid.UUID, assessed_on: dt.date, participants: str, catalogue: Catalogue
) -> uuid.UUID:
    """A new round pinned to this catalogue version and to whom the shelter serves today."""
    if assessed_on > dt.date.today():
        raise UserError(FUTURE_DATE)
    with db.transaction() as session:
        shelter = session.get(Shelter, shelter_id)
        if shelter is None:
            raise UserError(UNKNOWN_SHELTER)
        snapshot = ensure_snapshot(session, catalogue)
        profile = profile_of(shelter)
        applicable = catalogue.applicable(profile.populations, profile.setting)
        round_ = AssessmentRound(
            shelter_id=shelter_id,
            assessed_on=assessed_on,
            participants=participants.strip(),
            catalogue_key=snapshot.key,
            populations=sorted(profile.populations),
            setting=profile.setting,
            current_indicator=applicable[0].code if applicable else "",
        )
        session.add(round_)
        session.flush()
        return round_.id


def list_rounds(db: Database, shelter_id: uuid.UUID) -> list[RoundSummary]:
    with db.sessions() as session:
        rounds = session.scalars(
            select(AssessmentRound)
            .where(AssessmentRound.shelter_id == shelter_id)
            .order_by(AssessmentRound.assessed_on, AssessmentRound.created_at)
        ).all()
        return [summarise(r) for r in rounds]


def previous_round_id(db: Database, round_id: uuid.UUID) -> uuid.UUID | None:
    """The shelter's round before this one, if any: the one results are compared with.

    Rounds are ordered by date, then by when they were started, so two rounds on one day do not each
    count the other as the earlier one (the Workshop page orders them the same way).
    """
    with db.sessions() as session:
        current = session.get(AssessmentRound, round_id)
        if current is None:
            return None
        earlier = session.scalars(
            select(AssessmentRound)
            .where(
                AssessmentRound.shelter_id == current.shelter_id,
                AssessmentRound.id != current.id,
                or_(
                    AssessmentRound.assessed_on < current.assessed_on,
                    and_(
                        AssessmentRound.assessed_on == current.assessed_on,
                        AssessmentRound.created_at < current.created_at,
                    ),
                ),
            )
            .order_by(AssessmentRound.assessed_on.desc(), AssessmentRound.created_at.desc())
        ).first()
        return earlier.id if earlier is not None else None


def load_round(db: Database, round_id: uuid.UUID) -> RoundState:
    with db.sessions() as session:
        round_ = session.get(AssessmentRound, round_id)
        if round_ is None:
            raise UserError(UNKNOWN_ROUND)
        catalogue = load_snapshot(session, round_.catalogue_key)
        indicators = catalogue.applicable(set(round_.populations), round_.setting)
        responses = {
            r.indicator_code: ResponseState(
                None if r.answer == "unanswered" else r.answer, r.rating, r.na_reason, r.notes, r.evidence
            )
            for r in round_.responses
        }
        return RoundState(
            id=round_.id,
            shelter_id=round_.shelter_id,
            shelter_name=round_.shelter.name,
            assessed_on=round_.assessed_on,
            participants=round_.participants,
            status=round_.status,
            catalogue=catalogue,
            indicators=indicators,
            responses=responses,
            current_indicator=round_.current_indicator or (indicators[0].code if indicators else ""),
        )


def _editable_round(session: Session, round_id: uuid.UUID) -> AssessmentRound:
    round_ = session.get(AssessmentRound, round_id)
    if round_ is None:
        raise UserError(UNKNOWN_ROUND)
    if round_.status == "complete":
        raise UserError(ROUND_LOCKED)
    return round_


def save_response(db: Database, state: RoundState, code: str, response: ResponseState) -> None:
    """Store one indicator's answer and notes (its own transaction) and update `state` to match."""
    if code not in {i.code for i in state.indicators}:
        raise UserError(NOT_APPLICABLE_INDICATOR, code=code)
    if response.kind is not None and response.kind not in KINDS:
        raise ValueError(response.kind)
    if response.kind == "rated" and (response.rating is None or not 0 <= response.rating <= 3):
        raise UserError(BAD_RATING)
    if response.kind == "not_applicable" and not response.na_reason.strip():
        raise UserError(REASON_REQUIRED)
    clean = ResponseState(
        kind=response.kind,
        rating=response.rating if response.kind == "rated" else None,
        na_reason=response.na_reason.strip() if response.kind == "not_applicable" else response.na_reason,
        notes=response.notes,
        evidence=response.evidence,
    )
    with db.transaction() as session:
        _editable_round(session, state.id)
        row = session.scalars(
            select(Response).where(Response.round_id == state.id, Response.indicator_code == code)
        ).first()
        empty = clean.kind is None and not (
            clean.notes.strip() or clean.evidence.strip() or clean.na_reason.strip()
        )
        if empty:
            if row is not None:
                session.delete(row)
        else:
            if row is None:
                row = Response(round_id=state.id, indicator_code=code)
                session.add(row)
            row.answer = clean.kind or "unanswered"
            row.rating = clean.rating
            row.na_reason = clean.na_reason
            row.notes = clean.notes
            row.evidence = clean.evidence
    if clean.kind is None and not (clean.notes or clean.evidence or clean.na_reason):
        state.responses.pop(code, None)
    else:
        state.responses[code] = clean


def save_position(db: Database, state: RoundState, code: str) -> None:
    """Where the walk-through is, so closing and reopening resumes at the same indicator."""
    state.current_indicator = code
    with db.transaction() as session:
        round_ = session.get(AssessmentRound, state.id)
        if round_ is None:
            raise UserError(UNKNOWN_ROUND)
        round_.current_indicator = code


def set_complete(db: Database, state: RoundState, complete: bool) -> None:
    with db.transaction() as session:
        round_ = session.get(AssessmentRound, state.id)
        if round_ is None:
            raise UserError(UNKNOWN_ROUND)
        round_.status = "complete" if complete else "in_progress"
        round_.completed_at = utcnow() if complete else None
    state.status = "complete" if complete else "in_progress"
