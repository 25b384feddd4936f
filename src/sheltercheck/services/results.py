"""A round's scores, gaps and change since the shelter's previous round, for the results page and reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sheltercheck.assessment.scoring import Answer, Comparison, IndicatorRef, RoundScore, compare, score_round
from sheltercheck.services.rounds import RoundState, load_round, previous_round_id
from sheltercheck.store.db import Database


def indicator_refs(state: RoundState) -> list[IndicatorRef]:
    return [IndicatorRef(i.code, i.domain, i.core) for i in state.indicators]


def answers_of(state: RoundState) -> dict[str, Answer]:
    return {
        code: Answer(response.kind, response.rating)  # type: ignore[arg-type]
        for code, response in state.responses.items()
        if response.kind is not None
    }


def score_state(state: RoundState) -> RoundScore:
    return score_round(indicator_refs(state), answers_of(state))


@dataclass(frozen=True)
class RoundResults:
    state: RoundState
    score: RoundScore
    previous: RoundState | None
    previous_score: RoundScore | None
    comparison: Comparison | None


def round_results(db: Database, round_id: uuid.UUID, state: RoundState | None = None) -> RoundResults:
    state = state or load_round(db, round_id)
    score = score_state(state)
    previous_id = previous_round_id(db, round_id)
    if previous_id is None:
        return RoundResults(state, score, None, None, None)
    previous = load_round(db, previous_id)
    previous_score = score_state(previous)
    comparison = compare(
        previous_score, score, answers_of(previous), answers_of(state), indicator_refs(state)
    )
    return RoundResults(state, score, previous, previous_score, comparison)
