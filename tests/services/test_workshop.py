"""The workshop view over real rounds in a real database, checked against figures worked out by hand.

The shelters (tests/services/workshop_data.py), each with a few answers in the bundled catalogue:

- Alpha (women, residential), round 2 (the chosen one): GOV-01 3, GOV-02 2, GOV-06 n/a, ADM-04 0, SAF-02 2
  -> GOV (3 + 2) / 6 = 83.33, ADM 0, SAF 2 / 3 = 66.67, overall (83.33 + 0 + 66.67) / 3 = 50;
  its round 1: GOV-01 1, GOV-02 3, ADM-04 0, SAF-02 3 -> GOV 66.67, ADM 0, SAF 100, overall 55.56.
- Beta (women, residential): GOV-01 2, GOV-06 0, ADM-04 0, SAF-02 don't know
  -> GOV 2 / 6 = 33.33, ADM 0, SAF none, overall (33.33 + 0) / 2 = 16.67.
- Gamma (men, drop-in, round still in progress): GOV-01 3, ADM-04 1 -> GOV 100, ADM 33.33, overall 66.67.
- Delta: archived, so not in the default selection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Iterator

import pytest
from pytest import approx

from sheltercheck.assessment.workshop import anonymous_letters
from sheltercheck.errors import UserError
from sheltercheck.services import workshop
from sheltercheck.services.workshop import WorkshopSelection, WorkshopView, build_workshop
from sheltercheck.store.db import Database
from tests.services.workshop_data import SECRETS, Workshop, make_workshop

LAO = re.compile(r"[\u0e80-\u0eff]")


@pytest.fixture
def data(db: Database) -> Workshop:
    return make_workshop(db)


def _view(db: Database, *round_ids: uuid.UUID, anonymise: bool = False, language: str = "en") -> WorkshopView:
    return build_workshop(db, WorkshopSelection(round_ids), anonymise=anonymise, language=language)


def _strings(value: object) -> Iterator[str]:
    """Every string and id anywhere inside a view."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, uuid.UUID):
        yield str(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def test_the_default_selection_is_the_latest_complete_round_of_each_active_shelter(
    db: Database, data: Workshop
) -> None:
    choices = workshop.workshop_choices(db)
    assert [c.name for c in choices] == ["Alpha House", "Beta Refuge", "ສູນແກມມາ"]  # no archived Delta
    alpha = choices[0]
    assert [r.id for r in alpha.rounds] == [data.alpha_first, data.alpha_second]  # oldest first
    assert alpha.default_round_id == data.alpha_second
    assert choices[2].default_round_id == data.gamma_round  # not complete, but its only round
    assert set(workshop.default_selection(db).round_ids) == {
        data.alpha_second,
        data.beta_round,
        data.gamma_round,
    }
    assert len(workshop.workshop_choices(db, include_archived=True)) == 4


def test_scores_per_shelter_and_their_means(db: Database, data: Workshop) -> None:
    view = build_workshop(db, workshop.default_selection(db), anonymise=False, language="en")
    assert [s.label for s in view.shelters] == ["Alpha House", "Beta Refuge", "ສູນແກມມາ"]
    codes = [d.code for d in view.domains]
    assert codes[:3] == ["GOV", "ADM", "SAF"] and len(codes) == 15
    assert view.domains[0].name == "Governance and legal basis"
    alpha, beta, gamma = view.shelters
    gov, adm, saf = 0, 1, 2
    assert alpha.domains[gov] == approx(500 / 6) and alpha.domains[adm] == 0
    assert alpha.domains[saf] == approx(200 / 3) and alpha.overall == approx(50)
    assert beta.domains[gov] == approx(100 / 3) and beta.domains[saf] is None
    assert beta.overall == approx(50 / 3)
    assert gamma.domains[:3] == (approx(100), approx(100 / 3), None) and gamma.overall == approx(200 / 3)
    assert all(value is None for s in view.shelters for value in s.domains[3:])  # nothing rated there
    assert (alpha.complete, gamma.complete) == (True, False)
    assert alpha.shelter_id == data.alpha and alpha.round_id == data.alpha_second
    assert alpha.core_gaps == 2 and beta.core_gaps == 3 and gamma.core_gaps == 1
    assert view.domain_means[:3] == (approx((500 / 6 + 100 / 3 + 100) / 3), approx(100 / 9), approx(200 / 3))
    assert view.domain_mean("SAF") == approx(200 / 3)  # Beta and Gamma have no SAF score: left out
    assert view.domain_means[3] is None
    assert view.overall_mean == approx((50 + 50 / 3 + 200 / 3) / 3)
    assert view.catalogues == ("sheltercheck-core@1.0.0",) and view.made_on == dt.date.today()


def test_common_core_gaps_most_shelters_first(db: Database, data: Workshop) -> None:
    view = _view(db, data.alpha_second, data.beta_round, data.gamma_round)
    found = [(g.indicator.code, g.shelters, g.rated, g.applicable) for g in view.core_gaps]
    assert found == [
        ("ADM-04", 3, 3, 3),  # a gap everywhere
        ("GOV-06", 1, 1, 2),  # one of two: Alpha marked it "does not apply"
        ("GOV-01", 1, 3, 3),  # one of three; before SAF-02 in catalogue order
        ("SAF-02", 1, 1, 3),  # Beta does not know, Gamma has not answered: neither is a gap
    ]
    adm = view.core_gaps[0]
    assert adm.labels == ("Alpha House", "Beta Refuge", "ສູນແກມມາ")
    assert adm.mean_rating == approx(1 / 3) and adm.share == 1
    assert adm.indicator.core and adm.indicator.domain == "ADM" and adm.indicator.statement
    assert view.core_gaps[1].share == approx(0.5)
    assert all(g.indicator.core for g in view.core_gaps)


def test_the_rating_distribution_counts_every_kind_of_answer(db: Database, data: Workshop) -> None:
    view = _view(db, data.alpha_second, data.beta_round, data.gamma_round)
    counts = {d.indicator.code: d.counts for d in view.distribution}
    assert [d.indicator.code for d in view.distribution] == [i.code for i in view.indicators]
    gov01, gov06, saf02 = counts["GOV-01"], counts["GOV-06"], counts["SAF-02"]
    assert (gov01.ratings, gov01.not_applicable, gov01.unknown, gov01.unanswered) == ((0, 0, 1, 2), 0, 0, 0)
    assert (gov06.ratings, gov06.not_applicable, gov06.unknown, gov06.unanswered) == ((1, 0, 0, 0), 1, 0, 1)
    assert (saf02.ratings, saf02.unknown, saf02.unanswered) == ((0, 0, 1, 0), 1, 1)
    assert counts["SAF-06"].total == 2  # residential and transit only: not in Gamma's drop-in round
    assert counts["GOV-01"].total == 3
    # indicators for children only apply to none of these shelters, so they are not in the view at all
    only_children = {"ADM-08", "CHI-01", "CHI-02", "CHI-05", "EDU-02"}
    assert only_children.isdisjoint(i.code for i in view.indicators) and "CHI-07" in counts


def test_change_since_each_shelters_previous_round(db: Database, data: Workshop) -> None:
    view = _view(db, data.alpha_second, data.beta_round, data.gamma_round)
    change = view.change
    assert change is not None and change.compared == 1
    alpha, beta, gamma = change.shelters
    assert alpha.previous_on == dt.date(2025, 1, 10) and alpha.has_previous
    assert alpha.overall_before == approx(500 / 9) and alpha.overall_after == approx(50)
    assert alpha.overall_delta == approx(50 - 500 / 9)
    assert alpha.domain_deltas[:3] == (approx(50 / 3), approx(0), approx(-100 / 3))
    assert alpha.domain_deltas[3] is None
    assert (alpha.core_gaps_before, alpha.core_gaps_after) == (2, 2)
    assert (alpha.core_gaps_closed, alpha.core_gaps_opened) == (1, 1)  # GOV-01 1 -> 3, SAF-02 3 -> 2
    assert not beta.has_previous and beta.overall_delta is None and beta.core_gaps_after == 3
    assert gamma.domain_deltas == (None,) * len(view.domains)
    assert change.mean_overall_delta == approx(50 - 500 / 9)
    assert change.mean_overall_before == approx(500 / 9)
    assert change.mean_domain_deltas[:3] == (approx(50 / 3), approx(0), approx(-100 / 3))
    assert (change.core_gaps_closed, change.core_gaps_opened) == (1, 1)
    # the first round has nothing before it: no change at all
    assert _view(db, data.alpha_first, data.beta_round).change is None


def test_anonymised_letters_are_stable_within_the_workshop(db: Database, data: Workshop) -> None:
    everyone = (data.alpha_second, data.beta_round, data.gamma_round)
    view = _view(db, *everyone, anonymise=True)
    by_uuid = sorted((data.alpha, data.beta, data.gamma), key=str)
    letters = {shelter: f"Shelter {anonymous_letters(n)}" for n, shelter in enumerate(by_uuid)}
    assert [s.label for s in view.shelters] == ["Shelter A", "Shelter B", "Shelter C"]  # letter order
    round_of = {data.alpha: data.alpha_second, data.beta: data.beta_round, data.gamma: data.gamma_round}
    shown = {s.label: s for s in view.shelters}
    for shelter, label in letters.items():  # the same shelter behind the letter as its UUID order says
        named = _view(db, round_of[shelter]).shelters[0]
        assert shown[label].overall == named.overall and shown[label].assessed_on == named.assessed_on
    # untick a shelter, add the archived one: the others keep their letters, the newcomer gets the next
    without_first = [r for s, r in round_of.items() if s != by_uuid[0]]
    again = _view(db, *without_first, data.delta_round, anonymise=True)
    assert [s.label for s in again.shelters] == ["Shelter B", "Shelter C", "Shelter D"]
    assert workshop.anonymous_labels(db, [data.delta, by_uuid[0]]) == {
        data.delta: "Shelter D",
        by_uuid[0]: "Shelter A",
    }
    # another workshop has its own letters; new_letters starts this one afresh
    other = build_workshop(db, WorkshopSelection((data.delta_round,), "2027"), anonymise=True, language="en")
    assert other.shelters[0].label == "Shelter A"
    workshop.new_letters(db)
    assert [s.label for s in _view(db, data.delta_round, anonymise=True).shelters] == ["Shelter A"]


def test_an_anonymised_view_holds_no_name_note_or_id(db: Database, data: Workshop) -> None:
    for language in ("en", "lo"):
        view = _view(
            db, data.alpha_second, data.beta_round, data.gamma_round, anonymise=True, language=language
        )
        texts = list(_strings(view))
        assert len(texts) > 100  # statements, domain names, labels: the walk really looked inside
        ids = {str(i) for i in dataclasses.astuple(data)}
        for text in texts:
            for secret in SECRETS:
                assert secret not in text, (secret, text)
            assert text not in ids
        assert all(s.shelter_id is None and s.round_id is None for s in view.shelters)
    named = list(_strings(_view(db, data.alpha_second)))
    assert "Alpha House" in named  # the walk does find a name when there is one


def test_lao_texts_and_labels(db: Database, data: Workshop) -> None:
    from sheltercheck.ui.i18n import standalone_translator

    lao = standalone_translator("lo")
    view = build_workshop(db, workshop.default_selection(db), anonymise=True, language="lo", translate=lao)
    assert view.shelters[0].label == lao("Workshop", "Shelter {letter}").format(letter="A")
    assert view.shelters[0].label != "Shelter A" and view.shelters[0].label.endswith(" A")
    assert all(LAO.search(d.name) for d in view.domains)
    assert all(LAO.search(i.statement) for i in view.indicators)


def test_bad_selections(db: Database, data: Workshop) -> None:
    with pytest.raises(UserError):
        _view(db, data.alpha_second, uuid.uuid4())
    with pytest.raises(ValueError, match="one round per shelter"):
        _view(db, data.alpha_first, data.alpha_second)
    empty = _view(db)
    assert empty.shelters == () and empty.domains == () and empty.change is None
    assert empty.overall_mean is None and empty.core_gaps == ()
    assert _view(db, data.alpha_second, data.alpha_second).shelters[0].label == "Alpha House"  # repeats once


def test_shelters_of_the_same_name_stay_apart(db: Database, data: Workshop) -> None:
    from sheltercheck.services import profiles

    profile = profiles.load_profile(db, data.beta)
    profile.name = "Alpha House"
    profiles.update_shelter(db, data.beta, profile)
    labels = sorted(s.label for s in _view(db, data.alpha_second, data.beta_round).shelters)
    assert labels == ["Alpha House", "Alpha House (2)"]
