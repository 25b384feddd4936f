"""Aggregates over several shelters' rounds for a workshop: plain Python over `scoring` results.

No database and no Qt: services/workshop.py loads the rounds, this module adds them up, and the page,
the workbook and the PDF show the same numbers. Every figure can be recomputed by hand:

- a shelter's domain and overall scores are its round's (`scoring.score_round`);
- an average over shelters is the plain mean of the shelters that have the value (a shelter without a
  score in a domain is left out of that domain's average, not counted as 0);
- a common core gap: a core indicator rated below 3 by at least one shelter; listed by how many shelters
  have it as a gap (most first), then by the share of the shelters where it applies (larger first), then
  in catalogue order. "Where it applies" = the indicator is in the shelter's round and was not marked
  "does not apply";
- the rating distribution counts, per indicator, the shelters whose round includes it: rated 0, 1, 2, 3,
  "does not apply", "don't know yet", not answered;
- the change of a shelter is measured against its own previous round (`scoring.compare`); a core gap
  "closed" was rated below 3 then and 3 now, one "opened" was rated 3 then and below 3 now (indicators
  rated in only one of the two rounds count in neither).
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sheltercheck.assessment.scoring import MAX_RATING, Answer, IndicatorRef, RoundScore, compare


@dataclass(frozen=True, slots=True)
class WorkshopDomain:
    code: str
    name: str  # in the view's language


@dataclass(frozen=True, slots=True)
class WorkshopIndicator:
    code: str
    domain: str
    core: bool
    statement: str  # in the view's language


@dataclass(frozen=True, slots=True)
class PreviousRound:
    """The round before the chosen one, as scoring sees it."""

    assessed_on: dt.date
    score: RoundScore
    answers: Mapping[str, Answer]


@dataclass(frozen=True, slots=True)
class ShelterRound:
    """What aggregation needs about one shelter: its chosen round and the round before it."""

    label: str
    indicators: tuple[IndicatorRef, ...]  # the round's applicable indicators, catalogue order
    answers: Mapping[str, Answer]
    score: RoundScore
    previous: PreviousRound | None = None


@dataclass(frozen=True, slots=True)
class WorkshopShelter:
    """One column of the heat map: a shelter's chosen round. No name when anonymised: `label` is then
    "Shelter A", and `shelter_id` and `round_id` are None."""

    label: str
    shelter_id: uuid.UUID | None
    round_id: uuid.UUID | None
    assessed_on: dt.date
    complete: bool  # the round is marked complete
    overall: float | None
    domains: tuple[float | None, ...]  # one per WorkshopView.domains; None: no rated indicator there
    core_gaps: int
    rated: int
    applicable: int
    coverage: float | None  # rated / (applicable − not applicable)


@dataclass(frozen=True, slots=True)
class CommonGap:
    """A core indicator that is a gap (rated below 3) in at least one shelter."""

    indicator: WorkshopIndicator
    shelters: int  # how many shelters have it as a gap
    rated: int  # how many rated it at all
    applicable: int  # how many have it in their round and did not mark it "does not apply"
    mean_rating: float | None  # mean rating of the shelters that rated it
    labels: tuple[str, ...]  # the shelters with the gap, in the order of WorkshopView.shelters

    @property
    def share(self) -> float | None:
        """shelters / applicable (0..1); None when it applies nowhere."""
        return self.shelters / self.applicable if self.applicable else None


@dataclass(frozen=True, slots=True)
class RatingCounts:
    ratings: tuple[int, int, int, int]  # how many shelters rated it 0, 1, 2, 3
    not_applicable: int
    unknown: int
    unanswered: int

    @property
    def total(self) -> int:
        """The shelters whose round includes the indicator."""
        return sum(self.ratings) + self.not_applicable + self.unknown + self.unanswered


@dataclass(frozen=True, slots=True)
class IndicatorDistribution:
    indicator: WorkshopIndicator
    counts: RatingCounts


@dataclass(frozen=True, slots=True)
class ShelterChange:
    """One shelter's change since its previous round; all None / 0 when it has no previous round."""

    label: str
    previous_on: dt.date | None
    overall_before: float | None
    overall_after: float | None
    overall_delta: float | None  # percentage points
    domain_deltas: tuple[float | None, ...]  # one per WorkshopView.domains
    core_gaps_before: int | None
    core_gaps_after: int
    core_gaps_closed: int
    core_gaps_opened: int

    @property
    def has_previous(self) -> bool:
        return self.previous_on is not None


@dataclass(frozen=True, slots=True)
class WorkshopChange:
    """The change since the earlier rounds, per shelter (same order as the heat map) and on average."""

    shelters: tuple[ShelterChange, ...]
    compared: int  # shelters that have a previous round
    mean_overall_before: float | None  # over the shelters with an overall score in both rounds
    mean_overall_after: float | None
    mean_overall_delta: float | None
    mean_domain_deltas: tuple[float | None, ...]
    core_gaps_closed: int  # totals over the shelters
    core_gaps_opened: int


def anonymous_letters(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA", 27 -> "AB", … (as spreadsheet columns are named)."""
    if index < 0:
        raise ValueError(index)
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def mean(values: Iterable[float | None]) -> float | None:
    """The plain mean of the values that exist; None when none does."""
    present = [value for value in values if value is not None]
    return math.fsum(present) / len(present) if present else None


def shelter_column(
    entry: ShelterRound,
    domains: Sequence[WorkshopDomain],
    *,
    shelter_id: uuid.UUID | None,
    round_id: uuid.UUID | None,
    assessed_on: dt.date,
    complete: bool,
) -> WorkshopShelter:
    scores = {d.code: d.score for d in entry.score.domains}
    return WorkshopShelter(
        label=entry.label,
        shelter_id=shelter_id,
        round_id=round_id,
        assessed_on=assessed_on,
        complete=complete,
        overall=entry.score.overall,
        domains=tuple(scores.get(d.code) for d in domains),
        core_gaps=len(entry.score.core_gaps),
        rated=entry.score.rated,
        applicable=entry.score.applicable,
        coverage=entry.score.coverage,
    )


def common_core_gaps(
    entries: Sequence[ShelterRound], indicators: Sequence[WorkshopIndicator]
) -> tuple[CommonGap, ...]:
    """The core indicators that are a gap somewhere, most common first (see the module's docstring)."""
    in_round = [{ref.code for ref in entry.indicators} for entry in entries]
    found: list[tuple[int, CommonGap]] = []
    for position, indicator in enumerate(indicators):
        if not indicator.core:
            continue
        applicable, ratings, labels = 0, [], []
        for entry, codes in zip(entries, in_round, strict=True):
            if indicator.code not in codes:
                continue
            answer = entry.answers.get(indicator.code)
            if answer is not None and answer.kind == "not_applicable":
                continue
            applicable += 1
            if answer is not None and answer.rating is not None:
                ratings.append(answer.rating)
                if answer.rating < MAX_RATING:
                    labels.append(entry.label)
        if labels:
            gap = CommonGap(indicator, len(labels), len(ratings), applicable, mean(ratings), tuple(labels))
            found.append((position, gap))
    found.sort(key=lambda item: (-item[1].shelters, -(item[1].share or 0.0), item[0]))
    return tuple(gap for _, gap in found)


def rating_distribution(
    entries: Sequence[ShelterRound], indicators: Sequence[WorkshopIndicator]
) -> tuple[IndicatorDistribution, ...]:
    """For every indicator (in the given order), how the shelters whose round includes it answered."""
    in_round = [{ref.code for ref in entry.indicators} for entry in entries]
    out = []
    for indicator in indicators:
        ratings = [0] * (MAX_RATING + 1)
        not_applicable = unknown = unanswered = 0
        for entry, codes in zip(entries, in_round, strict=True):
            if indicator.code not in codes:
                continue
            answer = entry.answers.get(indicator.code)
            if answer is None:
                unanswered += 1
            elif answer.kind == "not_applicable":
                not_applicable += 1
            elif answer.kind == "unknown":
                unknown += 1
            else:
                assert answer.rating is not None  # guaranteed by Answer
                ratings[answer.rating] += 1
        counts = RatingCounts(
            (ratings[0], ratings[1], ratings[2], ratings[3]), not_applicable, unknown, unanswered
        )
        out.append(IndicatorDistribution(indicator, counts))
    return tuple(out)


def shelter_change(entry: ShelterRound, domains: Sequence[WorkshopDomain]) -> ShelterChange:
    previous = entry.previous
    if previous is None:
        return ShelterChange(
            label=entry.label,
            previous_on=None,
            overall_before=None,
            overall_after=entry.score.overall,
            overall_delta=None,
            domain_deltas=(None,) * len(domains),
            core_gaps_before=None,
            core_gaps_after=len(entry.score.core_gaps),
            core_gaps_closed=0,
            core_gaps_opened=0,
        )
    comparison = compare(previous.score, entry.score, previous.answers, entry.answers, entry.indicators)
    deltas = {d.code: d.delta for d in comparison.domains}
    core = {ref.code for ref in entry.indicators if ref.core}
    closed = opened = 0
    for change in comparison.indicators:
        before, after = change.before, change.after
        if change.code in core and before is not None and after is not None:
            closed += before < MAX_RATING <= after
            opened += after < MAX_RATING <= before
    return ShelterChange(
        label=entry.label,
        previous_on=previous.assessed_on,
        overall_before=previous.score.overall,
        overall_after=entry.score.overall,
        overall_delta=comparison.overall_delta,
        domain_deltas=tuple(deltas.get(d.code) for d in domains),
        core_gaps_before=len(previous.score.core_gaps),
        core_gaps_after=len(entry.score.core_gaps),
        core_gaps_closed=closed,
        core_gaps_opened=opened,
    )


def workshop_change(
    entries: Sequence[ShelterRound], domains: Sequence[WorkshopDomain]
) -> WorkshopChange | None:
    """Each shelter's change since its previous round and the averages; None when no shelter has one."""
    changes = tuple(shelter_change(entry, domains) for entry in entries)
    compared = [c for c in changes if c.has_previous]
    if not compared:
        return None
    both = [c for c in compared if c.overall_delta is not None]
    return WorkshopChange(
        shelters=changes,
        compared=len(compared),
        mean_overall_before=mean(c.overall_before for c in both),
        mean_overall_after=mean(c.overall_after for c in both),
        mean_overall_delta=mean(c.overall_delta for c in both),
        mean_domain_deltas=tuple(mean(c.domain_deltas[k] for c in compared) for k in range(len(domains))),
        core_gaps_closed=sum(c.core_gaps_closed for c in compared),
        core_gaps_opened=sum(c.core_gaps_opened for c in compared),
    )
