"""Scoring, gaps and comparison: hand-computed rounds, then properties over random catalogues."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sheltercheck.assessment.scoring import (
    NOT_APPLICABLE,
    UNKNOWN,
    Answer,
    DomainScore,
    Gap,
    IndicatorRef,
    RoundScore,
    compare,
    display_score,
    indicator_score,
    score_round,
)


def rated(rating: int) -> Answer:
    return Answer("rated", rating)


# ---------------------------------------------------------------------------------------------------
# A round worked out by hand
#
# Domain A: A1 core 3 | A2 core 2 | A3 N/A | A4 core unknown | A5 core unanswered
#   points 3 + 2 = 5, max 3 × 2 = 6, score 5 / 6 × 100 = 83.333…, coverage 2 / (5 − 1) = 0.5
#   gap A2 (core, size 1); strength A1
# Domain B: B1 core 1 | B2 0
#   points 1, max 6, score 1 / 6 × 100 = 16.666…, coverage 2 / 2 = 1.0
#   gaps B1 (core, size 2), B2 (not core, size 3)
# Domain C: C1 N/A only -> no score, coverage None (0 to rate), left out of the overall
# Overall = (83.333… + 16.666…) / 2 = 50.0
# Gaps in priority order: B1 (core, 2), A2 (core, 1), B2 (not core, 3)
# Round: rated 4, N/A 2, unknown 1, unanswered 1, applicable 8, coverage 4 / (8 − 2) = 2/3
# ---------------------------------------------------------------------------------------------------

HAND_INDICATORS = (
    IndicatorRef("A1", "A", core=True),
    IndicatorRef("A2", "A", core=True),
    IndicatorRef("A3", "A", core=False),
    IndicatorRef("A4", "A", core=True),
    IndicatorRef("A5", "A", core=True),
    IndicatorRef("B1", "B", core=True),
    IndicatorRef("B2", "B", core=False),
    IndicatorRef("C1", "C", core=False),
)
HAND_ANSWERS = {
    "A1": rated(3),
    "A2": rated(2),
    "A3": NOT_APPLICABLE,
    "A4": UNKNOWN,
    # A5 unanswered
    "B1": rated(1),
    "B2": rated(0),
    "C1": NOT_APPLICABLE,
    "ZZ9": rated(0),  # not in the round: ignored
}


@pytest.fixture
def hand() -> RoundScore:
    return score_round(HAND_INDICATORS, HAND_ANSWERS)


def test_domain_with_every_kind_of_answer(hand: RoundScore) -> None:
    a = hand.domain("A")
    assert (a.points, a.max_points) == (5, 6)
    assert a.score == pytest.approx(83.3333333, abs=1e-6)
    assert a.score == 500 / 6
    assert (a.rated, a.not_applicable, a.unknown, a.unanswered, a.applicable) == (2, 1, 1, 1, 5)
    assert a.coverage == 0.5
    assert a.gaps == (Gap("A2", "A", core=True, rating=2, size=1),)
    assert a.strengths == ("A1",)


def test_domain_with_low_ratings(hand: RoundScore) -> None:
    b = hand.domain("B")
    assert (b.points, b.max_points, b.rated, b.applicable) == (1, 6, 2, 2)
    assert b.score == pytest.approx(16.6666667, abs=1e-6)
    assert b.coverage == 1.0
    assert [g.code for g in b.gaps] == ["B1", "B2"]
    assert b.strengths == ()


def test_domain_with_only_na_has_no_score_and_is_left_out_of_the_overall(hand: RoundScore) -> None:
    c = hand.domain("C")
    assert c.score is None
    assert (c.points, c.max_points, c.rated, c.not_applicable, c.applicable) == (0, 0, 0, 1, 1)
    assert c.coverage is None
    assert hand.overall == 50.0  # (83.33… + 16.67…) / 2, C not counted as 0


def test_round_totals(hand: RoundScore) -> None:
    assert [d.code for d in hand.domains] == ["A", "B", "C"]
    assert (hand.rated, hand.not_applicable, hand.unknown, hand.unanswered, hand.applicable) == (
        4,
        2,
        1,
        1,
        8,
    )
    assert hand.coverage == pytest.approx(2 / 3)
    assert not hand.complete


def test_gaps_core_first_then_size_then_catalogue(hand: RoundScore) -> None:
    # the core gap of size 1 (A2) comes before the non-core gap of size 3 (B2)
    assert hand.gaps == (
        Gap("B1", "B", core=True, rating=1, size=2),
        Gap("A2", "A", core=True, rating=2, size=1),
        Gap("B2", "B", core=False, rating=0, size=3),
    )
    assert [g.code for g in hand.core_gaps] == ["B1", "A2"]


def test_equal_gaps_keep_catalogue_order_across_domains() -> None:
    indicators = [
        IndicatorRef("X1", "X", core=False),
        IndicatorRef("Y1", "Y", core=True),
        IndicatorRef("X2", "X", core=True),
        IndicatorRef("Y2", "Y", core=False),
    ]
    result = score_round(indicators, {code.code: rated(1) for code in indicators})
    assert [g.code for g in result.gaps] == ["Y1", "X2", "X1", "Y2"]


def test_strengths_and_core_to_check(hand: RoundScore) -> None:
    assert hand.strengths == ("A1",)
    assert hand.core_to_check == ("A4", "A5")  # unknown and unanswered core; A3 (N/A) is not one


def test_complete_needs_no_unanswered_and_no_unknown() -> None:
    indicators = [IndicatorRef("A1", "A", core=True), IndicatorRef("A2", "A", core=False)]
    assert score_round(indicators, {"A1": rated(2), "A2": NOT_APPLICABLE}).complete
    assert not score_round(indicators, {"A1": rated(2), "A2": UNKNOWN}).complete
    assert not score_round(indicators, {"A1": rated(2)}).complete


def test_domains_in_order_of_first_appearance() -> None:
    indicators = [
        IndicatorRef("B1", "B", False),
        IndicatorRef("A1", "A", False),
        IndicatorRef("B2", "B", False),
    ]
    result = score_round(indicators, {})
    assert [d.code for d in result.domains] == ["B", "A"]
    assert result.domain("B").unanswered == 2
    with pytest.raises(KeyError):
        result.domain("C")


def test_empty_round() -> None:
    result = score_round([], {"A1": rated(3)})
    assert result.overall is None
    assert result.domains == ()
    assert result.coverage is None
    assert (result.rated, result.applicable) == (0, 0)
    assert result.complete


def test_nothing_rated_means_no_overall() -> None:
    indicators = [IndicatorRef("A1", "A", True), IndicatorRef("B1", "B", False)]
    result = score_round(indicators, {"A1": UNKNOWN, "B1": NOT_APPLICABLE})
    assert result.overall is None
    assert result.domain("A").coverage == 0.0  # 0 rated of 1 to rate
    assert result.domain("B").coverage is None  # nothing to rate


def test_duplicate_indicator_is_refused() -> None:
    with pytest.raises(ValueError, match="A1"):
        score_round([IndicatorRef("A1", "A", True), IndicatorRef("A1", "B", True)], {})


def test_indicator_score() -> None:
    assert [indicator_score(r) for r in range(4)] == [
        0.0,
        pytest.approx(33.333333),
        pytest.approx(66.666667),
        100.0,
    ]


@pytest.mark.parametrize(
    ("kind", "rating"),
    [("rated", None), ("rated", 4), ("rated", -1), ("rated", True), ("rated", 2.0), ("unknown", 1),
     ("not_applicable", 0), ("maybe", None)],
)  # fmt: skip
def test_answer_validation(kind: str, rating: object) -> None:
    with pytest.raises(ValueError):
        Answer(kind, rating)  # type: ignore[arg-type]


def test_valid_answers() -> None:
    assert [Answer("rated", r).rating for r in range(4)] == [0, 1, 2, 3]
    assert Answer("unknown").rating is None
    assert Answer("not_applicable") == NOT_APPLICABLE


@pytest.mark.parametrize(
    ("value", "shown"),
    [(66.5, 67), (83.333, 83), (83.49999999999999, 83), (0.5, 1), (2.5, 3), (99.5, 100), (100.0, 100),
     (0.0, 0), (500 / 6, 83), (100 / 6, 17), (12.5, 13), (-2.5, -3), (-0.4, 0), (None, None)],
)  # fmt: skip
def test_display_score_rounds_half_up(value: float | None, shown: int | None) -> None:
    assert display_score(value) == shown


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_display_score_refuses_non_numbers(value: float) -> None:
    with pytest.raises(ValueError):
        display_score(value)


# ---------------------------------------------------------------------------------------------------
# Comparison worked out by hand
#
#            before         after
# A1         1              3              improved
# A2         3              1              worse
# A3         2              2              same
# A4         2              N/A            no longer rated
# A5         unanswered     0              new
# A6         unknown        unknown        (not listed: rated in neither)
# Domain A:  8/12 = 66.67   6/12 = 50.0    delta −16.67
# Domain B:  B1 unanswered  B1 unknown     no score in either -> delta None
# Domain C:  C1 0 -> 0.0    C1 3 -> 100.0  delta +100
# Domain D:  (not in the previous round) D1 2 -> 66.67, before None, delta None
# Overall:   (66.67 + 0) / 2 = 33.33  ->  (50 + 100 + 66.67) / 3 = 72.22   delta +38.89
# ---------------------------------------------------------------------------------------------------

PREVIOUS_INDICATORS = (
    *(IndicatorRef(f"A{i}", "A", core=i == 1) for i in range(1, 7)),
    IndicatorRef("B1", "B", False),
    IndicatorRef("C1", "C", False),
    IndicatorRef("OLD1", "OLD", False),  # dropped from the catalogue since
)
CURRENT_INDICATORS = (*PREVIOUS_INDICATORS[:-1], IndicatorRef("D1", "D", True))
PREVIOUS_ANSWERS = {"A1": rated(1), "A2": rated(3), "A3": rated(2), "A4": rated(2), "A6": UNKNOWN,
                    "C1": rated(0), "OLD1": rated(1)}  # fmt: skip
CURRENT_ANSWERS = {"A1": rated(3), "A2": rated(1), "A3": rated(2), "A4": NOT_APPLICABLE, "A5": rated(0),
                   "A6": UNKNOWN, "B1": UNKNOWN, "C1": rated(3), "D1": rated(2)}  # fmt: skip


def _hand_comparison():
    previous = score_round(PREVIOUS_INDICATORS, PREVIOUS_ANSWERS)
    current = score_round(CURRENT_INDICATORS, CURRENT_ANSWERS)
    return (
        previous,
        current,
        compare(previous, current, PREVIOUS_ANSWERS, CURRENT_ANSWERS, CURRENT_INDICATORS),
    )


def test_compare_indicators() -> None:
    _, _, comparison = _hand_comparison()
    assert [(c.code, c.before, c.after, c.change) for c in comparison.indicators] == [
        ("A1", 1, 3, "improved"),
        ("A2", 3, 1, "worse"),
        ("A3", 2, 2, "same"),
        ("A4", 2, None, "no longer rated"),
        ("A5", None, 0, "new"),
        ("C1", 0, 3, "improved"),
        ("D1", None, 2, "new"),
    ]  # A6 and B1 never rated; OLD1 no longer in the catalogue


def test_compare_domains_and_overall() -> None:
    previous, current, comparison = _hand_comparison()
    assert previous.overall == pytest.approx(100 / 3)
    assert current.overall == pytest.approx((50 + 100 + 200 / 3) / 3)
    changes = {d.code: d for d in comparison.domains}
    assert list(changes) == ["A", "B", "C", "D"]  # the current round's domains; OLD is gone
    assert (changes["A"].before, changes["A"].after) == (pytest.approx(200 / 3), 50.0)
    assert changes["A"].delta == pytest.approx(-50 / 3)
    assert (changes["B"].before, changes["B"].after, changes["B"].delta) == (None, None, None)
    assert (changes["C"].before, changes["C"].after, changes["C"].delta) == (0.0, 100.0, 100.0)
    assert changes["D"].before is None
    assert changes["D"].delta is None
    assert comparison.overall_delta == pytest.approx((50 + 100 + 200 / 3) / 3 - 100 / 3)


def test_compare_overall_delta_none_when_a_round_has_no_score() -> None:
    indicators = [IndicatorRef("A1", "A", True)]
    empty = score_round(indicators, {})
    scored = score_round(indicators, {"A1": rated(2)})
    assert compare(empty, scored, {}, {"A1": rated(2)}, indicators).overall_delta is None
    assert compare(scored, empty, {"A1": rated(2)}, {}, indicators).overall_delta is None


# ---------------------------------------------------------------------------------------------------
# Properties over random catalogues and answers
# ---------------------------------------------------------------------------------------------------

ANSWER_CHOICES: list[Answer | None] = [None, NOT_APPLICABLE, UNKNOWN, *(rated(r) for r in range(4))]


@st.composite
def rounds(draw: st.DrawFn) -> tuple[list[IndicatorRef], dict[str, Answer]]:
    """1–15 domains of 1–12 indicators, random core flags, sometimes interleaved, random answers."""
    shape = draw(st.lists(st.lists(st.booleans(), min_size=1, max_size=12), min_size=1, max_size=15))
    indicators = [
        IndicatorRef(f"D{d}.{i}", f"D{d}", core)
        for d, flags in enumerate(shape)
        for i, core in enumerate(flags)
    ]
    if draw(st.booleans()):
        indicators = draw(st.permutations(indicators))
    answers = {}
    for ref in indicators:
        answer = draw(st.sampled_from(ANSWER_CHOICES))
        if answer is not None:
            answers[ref.code] = answer
    return indicators, answers


def _by_definition(indicators: list[IndicatorRef], answers: dict[str, Answer], domain: str) -> float | None:
    """The domain score straight from its definition, as a reader would compute it by hand."""
    ratings = [
        answers[r.code].rating
        for r in indicators
        if r.domain == domain and r.code in answers and answers[r.code].kind == "rated"
    ]
    return None if not ratings else sum(r or 0 for r in ratings) / (3 * len(ratings)) * 100


def _ratings(answers: dict[str, Answer]) -> dict[str, int]:
    return {code: a.rating for code, a in answers.items() if a.rating is not None}


def _scores(result: RoundScore) -> list[float]:
    return [d.score for d in result.domains if d.score is not None]


@given(rounds())
def test_matches_the_definition(case: tuple[list[IndicatorRef], dict[str, Answer]]) -> None:
    indicators, answers = case
    result = score_round(indicators, answers)
    assert [d.code for d in result.domains] == list(dict.fromkeys(r.domain for r in indicators))
    for d in result.domains:
        expected = _by_definition(indicators, answers, d.code)
        assert d.score == (None if expected is None else pytest.approx(expected))
    scores = _scores(result)
    assert result.overall == (pytest.approx(sum(scores) / len(scores)) if scores else None)


@given(rounds())
def test_scores_and_coverage_in_range(case: tuple[list[IndicatorRef], dict[str, Answer]]) -> None:
    result = score_round(*case)
    for value in [*_scores(result), result.overall]:
        assert value is None or 0.0 <= value <= 100.0
    for coverage in [*(d.coverage for d in result.domains), result.coverage]:
        assert coverage is None or 0.0 <= coverage <= 1.0


@given(rounds())
def test_counts_add_up(case: tuple[list[IndicatorRef], dict[str, Answer]]) -> None:
    indicators, _ = case
    result = score_round(*case)
    parts: list[DomainScore | RoundScore] = [*result.domains, result]
    for part in parts:
        assert part.rated + part.not_applicable + part.unknown + part.unanswered == part.applicable
    assert result.applicable == len(indicators)
    assert result.rated == sum(d.rated for d in result.domains)
    assert sum(d.max_points for d in result.domains) == 3 * result.rated


@given(rounds())
def test_overall_between_lowest_and_highest_domain(
    case: tuple[list[IndicatorRef], dict[str, Answer]],
) -> None:
    result = score_round(*case)
    scores = _scores(result)
    if scores:
        assert result.overall is not None
        assert min(scores) <= result.overall <= max(scores)
    else:
        assert result.overall is None


@given(rounds(), st.data())
def test_raising_a_rating_never_lowers_a_score(
    case: tuple[list[IndicatorRef], dict[str, Answer]], data: st.DataObject
) -> None:
    indicators, answers = case
    ratings = _ratings(answers)
    below_full = [r for r in indicators if ratings.get(r.code, 3) < 3]
    assume(below_full)
    ref = data.draw(st.sampled_from(below_full))
    old = ratings[ref.code]
    new = data.draw(st.integers(old + 1, 3))
    before = score_round(indicators, answers)
    after = score_round(indicators, {**answers, ref.code: rated(new)})
    before_score, after_score = before.domain(ref.domain).score, after.domain(ref.domain).score
    assert before_score is not None
    assert after_score is not None
    assert after_score > before_score
    assert before.overall is not None
    assert after.overall is not None
    assert after.overall >= before.overall


@given(rounds(), st.data())
def test_na_leaves_other_domains_alone(
    case: tuple[list[IndicatorRef], dict[str, Answer]], data: st.DataObject
) -> None:
    indicators, answers = case
    ref = data.draw(st.sampled_from(indicators))
    before = score_round(indicators, answers)
    after = score_round(indicators, {**answers, ref.code: NOT_APPLICABLE})
    assert [d for d in before.domains if d.code != ref.domain] == [
        d for d in after.domains if d.code != ref.domain
    ]


@given(rounds())
def test_gaps_sorted_and_complete(case: tuple[list[IndicatorRef], dict[str, Answer]]) -> None:
    indicators, answers = case
    result = score_round(indicators, answers)
    index = {r.code: i for i, r in enumerate(indicators)}

    def key(gap: Gap) -> tuple[bool, int, int]:
        return (not gap.core, -gap.size, index[gap.code])

    assert list(result.gaps) == sorted(result.gaps, key=key)
    ratings = _ratings(answers)
    assert {g.code for g in result.gaps} == {r.code for r in indicators if ratings.get(r.code, 3) < 3}
    assert all(g.size == 3 - g.rating for g in result.gaps)
    assert result.core_gaps == tuple(g for g in result.gaps if g.core)
    for d in result.domains:
        assert d.gaps == tuple(g for g in result.gaps if g.domain == d.code)
    assert list(result.strengths) == [r.code for r in indicators if answers.get(r.code) == rated(3)]
    assert list(result.core_to_check) == [
        r.code for r in indicators if r.core and answers.get(r.code) in (None, UNKNOWN)
    ]


@given(rounds())
def test_deterministic(case: tuple[list[IndicatorRef], dict[str, Answer]]) -> None:
    indicators, answers = case
    reordered = dict(reversed(list(answers.items())))
    assert (
        score_round(indicators, answers)
        == score_round(indicators, answers)
        == score_round(indicators, reordered)
    )


@given(rounds())
def test_compare_with_itself_shows_no_change(case: tuple[list[IndicatorRef], dict[str, Answer]]) -> None:
    indicators, answers = case
    result = score_round(indicators, answers)
    comparison = compare(result, result, answers, answers, indicators)
    assert comparison.overall_delta == (None if result.overall is None else 0.0)
    for change, domain in zip(comparison.domains, result.domains, strict=True):
        assert change.code == domain.code
        assert change.delta == (None if domain.score is None else 0.0)
    assert all(c.change == "same" for c in comparison.indicators)
    assert len(comparison.indicators) == result.rated


@given(st.floats(min_value=0, max_value=100))
def test_display_score_is_the_nearest_whole_number_ties_up(value: float) -> None:
    assert display_score(value) == math.floor(Fraction(value) + Fraction(1, 2))
