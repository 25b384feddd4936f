"""Scores, gaps and change since the last round, computed so a shelter can recompute any of them by hand.

Plain Python (no Qt, no database) so the results page, the reports and the tests share one definition:

- indicator score = rating / 3 × 100 (ratings: 0 not, 1 partly, 2 mostly, 3 fully in place);
- domain score = sum of the ratings of its rated indicators / (3 × number rated) × 100; N/A, "unknown" and
  unanswered indicators are left out and counted apart; no rated indicator -> no score (None);
- overall score = plain average of the domain scores that exist (every domain weighs the same);
- coverage = rated / (applicable − N/A), None when nothing needs rating;
- a gap is a rated indicator below 3 (size 3 − rating), shown core first, then largest, then catalogue order.

Scores stay floats; only `display_score` rounds, half up, for the screen.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal, get_args

AnswerKind = Literal["rated", "not_applicable", "unknown"]
ChangeKind = Literal["improved", "worse", "same", "new", "no longer rated"]

MAX_RATING = 3
_KINDS: frozenset[str] = frozenset(get_args(AnswerKind))


@dataclass(frozen=True, slots=True)
class IndicatorRef:
    """What scoring needs to know about one indicator of the round, given in catalogue order."""

    code: str
    domain: str
    core: bool


@dataclass(frozen=True, slots=True)
class Answer:
    """One indicator's answer; a rating (0..3) exists exactly when the kind is "rated"."""

    kind: AnswerKind
    rating: int | None = None

    def __post_init__(self) -> None:
        # Checked here so a bad value from a file or the database fails where it enters, not in a chart.
        if self.kind not in _KINDS:
            raise ValueError(f"unknown answer kind {self.kind!r}")
        if self.kind == "rated":
            rating = self.rating
            if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= MAX_RATING:
                raise ValueError(
                    f"a rated answer needs a whole-number rating 0..{MAX_RATING}, got {rating!r}"
                )
        elif self.rating is not None:
            raise ValueError(f"an answer of kind {self.kind!r} cannot carry a rating ({self.rating!r})")


NOT_APPLICABLE = Answer("not_applicable")
UNKNOWN = Answer("unknown")


@dataclass(frozen=True, slots=True)
class Gap:
    """A rated indicator below "fully in place"; size is how many rating steps are missing."""

    code: str
    domain: str
    core: bool
    rating: int
    size: int


@dataclass(frozen=True, slots=True)
class DomainScore:
    """One domain's score with the counts behind it, so the page can show how it was reached."""

    code: str
    score: float | None
    points: int
    max_points: int
    rated: int
    not_applicable: int
    unknown: int
    unanswered: int
    applicable: int
    coverage: float | None
    gaps: tuple[Gap, ...]  # priority order
    strengths: tuple[str, ...]  # catalogue order


@dataclass(frozen=True, slots=True)
class RoundScore:
    """Everything the results page, the radar chart and the plan draft need about one round."""

    overall: float | None
    domains: tuple[DomainScore, ...]  # in the order domains first appear in the indicators
    gaps: tuple[Gap, ...]  # all gaps, priority order (core ones first)
    core_gaps: tuple[Gap, ...]
    strengths: tuple[str, ...]
    core_to_check: tuple[str, ...]  # core indicators still "unknown" or unanswered, catalogue order
    rated: int
    not_applicable: int
    unknown: int
    unanswered: int
    applicable: int
    coverage: float | None

    def domain(self, code: str) -> DomainScore:
        """The score of one domain; KeyError if the round has no indicator in it."""
        for domain in self.domains:
            if domain.code == code:
                return domain
        raise KeyError(code)

    @property
    def complete(self) -> bool:
        """True when every indicator has a rating or is N/A: "unknown" still needs checking."""
        return self.unanswered == 0 and self.unknown == 0


@dataclass(slots=True)
class _Tally:
    """Running counts of one domain during the single pass over the round."""

    applicable: int = 0
    rated: int = 0
    not_applicable: int = 0
    unknown: int = 0
    points: int = 0
    strengths: list[str] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)


def indicator_score(rating: int) -> float:
    """Rating 0..3 as a percentage (3 -> 100.0), the scale all other scores use."""
    return 100 * rating / MAX_RATING


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score_round(indicators: Sequence[IndicatorRef], answers: Mapping[str, Answer]) -> RoundScore:
    """Score one round in a single pass; answers for codes not among `indicators` are ignored."""
    tallies: dict[str, _Tally] = {}
    # Gaps go into one bucket per (core, size): reading the buckets in order gives the priority order
    # (core first, larger first) and, inside a bucket, catalogue order, without sorting.
    buckets: list[list[Gap]] = [[] for _ in range(2 * MAX_RATING)]
    strengths: list[str] = []
    core_to_check: list[str] = []
    seen: set[str] = set()
    for ref in indicators:
        if ref.code in seen:
            raise ValueError(f"indicator {ref.code!r} is listed twice")
        seen.add(ref.code)
        tally = tallies.get(ref.domain)
        if tally is None:
            tally = tallies[ref.domain] = _Tally()
        tally.applicable += 1
        answer = answers.get(ref.code)
        if answer is None or answer.kind == "unknown":
            if answer is not None:
                tally.unknown += 1
            if ref.core:
                core_to_check.append(ref.code)
        elif answer.kind == "not_applicable":
            tally.not_applicable += 1
        else:
            rating = answer.rating
            assert rating is not None  # guaranteed by Answer
            tally.rated += 1
            tally.points += rating
            if rating == MAX_RATING:
                strengths.append(ref.code)
                tally.strengths.append(ref.code)
            else:
                size = MAX_RATING - rating
                gap = Gap(ref.code, ref.domain, ref.core, rating, size)
                buckets[(0 if ref.core else MAX_RATING) + MAX_RATING - size].append(gap)

    gaps = tuple(gap for bucket in buckets for gap in bucket)
    for gap in gaps:  # keeps the priority order inside each domain too
        tallies[gap.domain].gaps.append(gap)

    domains = tuple(_domain_score(code, tally) for code, tally in tallies.items())
    rated = sum(d.rated for d in domains)
    not_applicable = sum(d.not_applicable for d in domains)
    return RoundScore(
        overall=_overall(domains),
        domains=domains,
        gaps=gaps,
        core_gaps=tuple(gap for gap in gaps if gap.core),
        strengths=tuple(strengths),
        core_to_check=tuple(core_to_check),
        rated=rated,
        not_applicable=not_applicable,
        unknown=sum(d.unknown for d in domains),
        unanswered=sum(d.unanswered for d in domains),
        applicable=len(seen),
        coverage=_share(rated, len(seen) - not_applicable),
    )


def _domain_score(code: str, tally: _Tally) -> DomainScore:
    max_points = MAX_RATING * tally.rated
    return DomainScore(
        code=code,
        # one division of whole numbers: the float nearest the exact value, as a calculator would show
        score=100 * tally.points / max_points if max_points else None,
        points=tally.points,
        max_points=max_points,
        rated=tally.rated,
        not_applicable=tally.not_applicable,
        unknown=tally.unknown,
        unanswered=tally.applicable - tally.rated - tally.not_applicable - tally.unknown,
        applicable=tally.applicable,
        coverage=_share(tally.rated, tally.applicable - tally.not_applicable),
        gaps=tuple(tally.gaps),
        strengths=tuple(tally.strengths),
    )


def _overall(domains: Sequence[DomainScore]) -> float | None:
    """Plain mean of the existing domain scores, averaged exactly and rounded once.

    Exact fractions keep the float result between the lowest and highest domain score and make it
    never drop when one rating rises, which summing rounded floats cannot promise.
    """
    parts = [Fraction(100 * d.points, d.max_points) for d in domains if d.max_points]
    if not parts:
        return None
    return float(sum(parts, Fraction(0)) / len(parts))


def display_score(value: float | None) -> int | None:
    """Whole number for the screen, ties rounded half up (66.5 -> 67), unlike Python's round().

    The float's exact value is rounded, so 83.49999… stays 83. Negative values (a drop between rounds)
    round symmetrically: -2.5 -> -3, so a rise and a fall of the same size look the same size.
    """
    if value is None:
        return None
    if not math.isfinite(value):
        raise ValueError(f"cannot display score {value!r}")
    return int(Decimal(value).to_integral_value(rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class IndicatorChange:
    """One indicator's rating in the previous and the current round."""

    code: str
    before: int | None
    after: int | None
    change: ChangeKind


@dataclass(frozen=True, slots=True)
class DomainChange:
    """One domain's score in both rounds; delta is in percentage points."""

    code: str
    before: float | None
    after: float | None
    delta: float | None


@dataclass(frozen=True, slots=True)
class Comparison:
    """What changed since the previous round, in the terms of the current round's catalogue."""

    overall_delta: float | None
    domains: tuple[DomainChange, ...]  # the current round's domains, in its order
    indicators: tuple[IndicatorChange, ...]  # rated in at least one round, current catalogue order


def _delta(before: float | None, after: float | None) -> float | None:
    return None if before is None or after is None else after - before


def _rating(answer: Answer | None) -> int | None:
    return answer.rating if answer is not None else None


def _change(before: int | None, after: int | None) -> ChangeKind:
    if before is None:
        return "new"
    if after is None:
        return "no longer rated"
    if after > before:
        return "improved"
    return "worse" if after < before else "same"


def compare(
    previous: RoundScore,
    current: RoundScore,
    previous_answers: Mapping[str, Answer],
    current_answers: Mapping[str, Answer],
    indicators: Sequence[IndicatorRef],
) -> Comparison:
    """Change from `previous` to `current`; `indicators` is the current round's catalogue.

    Domains and indicators that only the previous round had are left out: the comparison is read
    against what the shelter assesses now.
    """
    before = {d.code: d.score for d in previous.domains}
    domains = tuple(
        DomainChange(d.code, before.get(d.code), d.score, _delta(before.get(d.code), d.score))
        for d in current.domains
    )
    changes: list[IndicatorChange] = []
    for ref in indicators:
        was = _rating(previous_answers.get(ref.code))
        now = _rating(current_answers.get(ref.code))
        if was is not None or now is not None:
            changes.append(IndicatorChange(ref.code, was, now, _change(was, now)))
    return Comparison(_delta(previous.overall, current.overall), domains, tuple(changes))
