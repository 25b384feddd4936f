"""Drafting the plan from gaps (priority order, one draft per suggested action) and plan item states."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from sheltercheck.assessment import plan
from sheltercheck.assessment.plan import DraftAction, PlanItem, draft_from_gaps
from sheltercheck.assessment.scoring import NOT_APPLICABLE, Answer, IndicatorRef, RoundScore, score_round
from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.catalogue.model import Catalogue, Indicator, Text, TextList
from sheltercheck.store import models


def _indicator(code: str, core: bool, actions_en: tuple[str, ...], actions_lo: tuple[str, ...]) -> Indicator:
    return Indicator(
        code=code,
        domain=code.split("-")[0],
        core=core,
        populations=frozenset({"women"}),
        settings=frozenset({"residential"}),
        sources=(),
        statement=Text(f"Statement {code}", f"ຖະແຫຼງ {code}"),
        guidance=Text("", ""),
        evidence=TextList((), ()),
        actions=TextList(actions_en, actions_lo),
        lo_status="draft",
    )


def _catalogue(indicators: list[Indicator]) -> Catalogue:
    from sheltercheck.catalogue.model import Domain

    domains: dict[str, list[Indicator]] = {}
    for indicator in indicators:
        domains.setdefault(indicator.domain, []).append(indicator)
    return Catalogue(
        id="test",
        version="1",
        base=None,
        title=Text("Test", "ທົດສອບ"),
        instruments=(),
        domains=tuple(
            Domain(code, order, Text(code, code), Text("", ""), "draft", tuple(items))
            for order, (code, items) in enumerate(domains.items(), start=1)
        ),
    )


# Catalogue order: A-1 … A-3, B-1 … B-3. Ratings chosen so that every rule of the order is needed:
#   A-1 not core, rating 0 (gap 3)   A-2 core, rating 2 (gap 1)   A-3 not core, rating 3 (strength)
#   B-1 core, rating 0 (gap 3)       B-2 not core, rating 0 (gap 3)   B-3 core, rating 2 (gap 1)
# Expected order: core first (B-1 gap 3, then A-2 and B-3 gap 1 in catalogue order), then not core
# (A-1 and B-2, both gap 3, in catalogue order).
INDICATORS = [
    _indicator("A-1", False, ("a1 first", "a1 second"), ("ກ1 ທຳອິດ", "ກ1 ທີສອງ")),
    _indicator("A-2", True, ("a2 only",), ("ກ2 ອັນດຽວ",)),
    _indicator("A-3", False, ("a3 only",), ("ກ3",)),
    _indicator("B-1", True, ("b1 first", "b1 second", "b1 third"), ("ຂ1 ທຳອິດ", "ຂ1 ທີສອງ", "ຂ1 ທີສາມ")),
    _indicator("B-2", False, ("b2 only",), ()),
    _indicator("B-3", True, ("b3 only",), ("ຂ3",)),
]
RATINGS = {"A-1": 0, "A-2": 2, "A-3": 3, "B-1": 0, "B-2": 0, "B-3": 2}


def _score(ratings: dict[str, int] = RATINGS, extra: dict[str, Answer] | None = None) -> RoundScore:
    refs = [IndicatorRef(i.code, i.domain, i.core) for i in INDICATORS]
    answers: dict[str, Answer] = {code: Answer("rated", rating) for code, rating in ratings.items()}
    answers.update(extra or {})
    return score_round(refs, answers)


def test_drafts_follow_the_gap_priority_order_with_one_draft_per_suggested_action() -> None:
    score = _score()
    drafts = draft_from_gaps(score, _catalogue(INDICATORS), "en", set())
    assert [d.indicator_codes[0] for d in drafts] == [
        "B-1",
        "B-1",
        "B-1",
        "A-2",
        "B-3",
        "A-1",
        "A-1",
        "B-2",
    ]
    # exactly the order of the gaps on the results page, each indicator repeated once per suggestion
    order = list(dict.fromkeys(d.indicator_codes[0] for d in drafts))
    assert order == [gap.code for gap in score.gaps]
    assert drafts[0] == DraftAction("b1 first", ("B-1",), True, 3)
    assert [d.action for d in drafts[:3]] == ["b1 first", "b1 second", "b1 third"]
    assert [d.action for d in drafts if d.indicator_codes == ("A-1",)] == ["a1 first", "a1 second"]
    assert [(d.core, d.gap_size) for d in drafts[3:5]] == [(True, 1), (True, 1)]
    assert all(not d.core and d.gap_size == 3 for d in drafts[5:])


def test_drafts_are_in_the_plan_language_with_english_when_lao_is_missing() -> None:
    drafts = draft_from_gaps(_score(), _catalogue(INDICATORS), "lo", set())
    assert [d.action for d in drafts if d.indicator_codes == ("B-1",)] == ["ຂ1 ທຳອິດ", "ຂ1 ທີສອງ", "ຂ1 ທີສາມ"]
    assert [d.action for d in drafts if d.indicator_codes == ("B-2",)] == ["b2 only"]


def test_strengths_na_unknown_and_covered_indicators_get_no_draft() -> None:
    score = _score(
        {"A-1": 0, "A-3": 3, "B-1": 0, "B-3": 1}, {"A-2": NOT_APPLICABLE, "B-2": Answer("unknown")}
    )
    drafts = draft_from_gaps(score, _catalogue(INDICATORS), "en", {"B-1"})
    assert [d.indicator_codes[0] for d in drafts] == ["B-3", "A-1", "A-1"]
    assert draft_from_gaps(score, _catalogue(INDICATORS), "en", {"B-1", "B-3", "A-1"}) == []


def test_gaps_the_catalogue_does_not_know_are_skipped() -> None:
    score = _score()
    drafts = draft_from_gaps(score, _catalogue(INDICATORS[:3]), "en", set())
    assert {d.indicator_codes[0] for d in drafts} == {"A-1", "A-2"}


def test_drafting_from_the_bundled_catalogue_gives_every_suggested_action() -> None:
    catalogue = bundled_catalogue()
    indicators = catalogue.applicable({"women", "children"}, "residential")
    refs = [IndicatorRef(i.code, i.domain, i.core) for i in indicators]
    answers = {i.code: Answer("rated", n % 4) for n, i in enumerate(indicators)}
    score = score_round(refs, answers)
    drafts = draft_from_gaps(score, catalogue, "lo", set())
    expected = sum(len(catalogue.indicator(gap.code).actions.lo) for gap in score.gaps)
    assert len(drafts) == expected
    cores = [d.core for d in drafts]
    assert cores == sorted(cores, reverse=True)  # core first


def _item(**changes: object) -> PlanItem:
    fields: dict[str, object] = {"id": uuid.uuid4(), "round_id": uuid.uuid4(), "position": 0, "action": "x"}
    fields.update(changes)
    return PlanItem(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "status, due, overdue",
    [
        ("not_started", dt.date(2026, 3, 9), True),
        ("in_progress", dt.date(2026, 3, 9), True),
        ("in_progress", dt.date(2026, 3, 10), False),  # due today is not overdue yet
        ("in_progress", dt.date(2026, 3, 11), False),
        ("in_progress", None, False),
        ("done", dt.date(2026, 1, 1), False),
        ("dropped", dt.date(2026, 1, 1), False),
    ],
)
def test_overdue_means_past_due_and_unfinished(status: str, due: dt.date | None, overdue: bool) -> None:
    item = _item(status=status, due_on=due)
    assert item.is_overdue(dt.date(2026, 3, 10)) is overdue
    assert item.is_open is (status in ("not_started", "in_progress"))


def test_the_plain_enumerations_match_the_database_constraints() -> None:
    assert plan.STATUSES == models.ACTION_STATUSES
    assert plan.SUPPORT_SOURCES == models.SUPPORT_SOURCES
    assert plan.__doc__ is not None and "core" in plan.__doc__ and "larger" in plan.__doc__
