from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.errors import UserError
from sheltercheck.services import profiles, rounds
from sheltercheck.services.rounds import ResponseState
from sheltercheck.store.db import Database


def _shelter(db: Database, **changes: object) -> uuid.UUID:
    profile = profiles.ShelterProfile(
        name="ສູນພັກພິງ ທົດລອງ",
        kind="state",
        province="LP",
        populations={"women", "children"},
        setting="residential",
    )
    for key, value in changes.items():
        setattr(profile, key, value)
    return profiles.create_shelter(db, profile)


def test_profiles_are_validated_before_anything_is_written(db: Database) -> None:
    with pytest.raises(UserError) as caught:
        profiles.create_shelter(db, profiles.ShelterProfile(name="  "))
    assert caught.value.message is profiles.NAME_REQUIRED
    with pytest.raises(UserError) as caught:
        profiles.create_shelter(db, profiles.ShelterProfile(name="A", populations=set()))
    assert caught.value.message is profiles.NO_POPULATION
    with pytest.raises(UserError) as caught:
        profiles.create_shelter(db, profiles.ShelterProfile(name="A", capacity=-3))
    assert caught.value.message is profiles.BAD_CAPACITY
    from sheltercheck.services.shelters import list_summaries

    assert list_summaries(db) == []


def test_edit_and_archive_a_shelter(db: Database) -> None:
    from sheltercheck.services.shelters import list_summaries

    shelter_id = _shelter(db)
    profile = profiles.load_profile(db, shelter_id)
    profile.capacity = 30
    profile.name = "ສູນພັກພິງ ໃໝ່"
    profiles.update_shelter(db, shelter_id, profile)
    assert profiles.load_profile(db, shelter_id).capacity == 30
    profiles.set_archived(db, shelter_id, True)
    assert list_summaries(db) == []
    assert [s.name for s in list_summaries(db, include_archived=True)] == ["ສູນພັກພິງ ໃໝ່"]


def test_a_round_covers_what_applies_to_the_shelter(db: Database) -> None:
    catalogue = bundled_catalogue()
    men_drop_in = _shelter(db, populations={"men"}, setting="drop-in")
    round_id = rounds.start_round(db, men_drop_in, dt.date(2026, 5, 1), "Manager", catalogue)
    state = rounds.load_round(db, round_id)
    assert [i.code for i in state.indicators] == [i.code for i in catalogue.applicable({"men"}, "drop-in")]
    assert all("men" in i.populations and "drop-in" in i.settings for i in state.indicators)
    assert len(state.indicators) < len(catalogue.indicators())
    assert state.current_indicator == state.indicators[0].code


def test_answers_are_saved_at_once_and_survive_reopening(db: Database, db_path: Path) -> None:
    from sheltercheck.store.db import open_database

    round_id = rounds.start_round(db, _shelter(db), dt.date(2026, 5, 1), "ທີມງານ", bundled_catalogue())
    state = rounds.load_round(db, round_id)
    first, second, third = (i.code for i in state.indicators[:3])
    rounds.save_response(db, state, first, ResponseState("rated", 2, notes="ມີບັນທຶກ"))
    rounds.save_response(db, state, second, ResponseState("not_applicable", na_reason="ບໍ່ມີເດັກ"))
    rounds.save_response(db, state, third, ResponseState(None, notes="ຈະກວດເບິ່ງອາທິດໜ້າ"))
    rounds.save_position(db, state, third)
    db.dispose()
    again = open_database(db_path)
    reloaded = rounds.load_round(again, round_id)
    assert reloaded.response(first) == ResponseState("rated", 2, "", "ມີບັນທຶກ", "")
    assert reloaded.response(second).kind == "not_applicable"
    assert reloaded.response(third) == ResponseState(None, None, "", "ຈະກວດເບິ່ງອາທິດໜ້າ", "")
    assert not reloaded.response(third).answered
    assert reloaded.current_indicator == third
    assert reloaded.next_unanswered(0) == 2
    again.dispose()


def test_bad_answers_are_refused_and_change_nothing(db: Database) -> None:
    round_id = rounds.start_round(db, _shelter(db), dt.date(2026, 5, 1), "", bundled_catalogue())
    state = rounds.load_round(db, round_id)
    code = state.indicators[0].code
    for response, message in (
        (ResponseState("not_applicable", na_reason="  "), rounds.REASON_REQUIRED),
        (ResponseState("rated", 4), rounds.BAD_RATING),
    ):
        with pytest.raises(UserError) as caught:
            rounds.save_response(db, state, code, response)
        assert caught.value.message is message
    with pytest.raises(UserError) as caught:
        rounds.save_response(db, state, "XXX-99", ResponseState("rated", 1))
    assert caught.value.message is rounds.NOT_APPLICABLE_INDICATOR
    assert rounds.load_round(db, round_id).responses == {}


def test_a_complete_round_is_locked_until_reopened(db: Database) -> None:
    round_id = rounds.start_round(db, _shelter(db), dt.date(2026, 5, 1), "", bundled_catalogue())
    state = rounds.load_round(db, round_id)
    code = state.indicators[0].code
    rounds.save_response(db, state, code, ResponseState("rated", 1))
    rounds.set_complete(db, state, True)
    with pytest.raises(UserError) as caught:
        rounds.save_response(db, state, code, ResponseState("rated", 3))
    assert caught.value.message is rounds.ROUND_LOCKED
    assert rounds.load_round(db, round_id).response(code).rating == 1
    rounds.set_complete(db, state, False)
    rounds.save_response(db, state, code, ResponseState("rated", 3))
    assert rounds.load_round(db, round_id).response(code).rating == 3


def test_the_previous_round_is_the_one_before_by_date(db: Database) -> None:
    shelter = _shelter(db)
    catalogue = bundled_catalogue()
    later = rounds.start_round(db, shelter, dt.date(2026, 6, 1), "", catalogue)
    earlier = rounds.start_round(db, shelter, dt.date(2025, 6, 1), "", catalogue)
    assert rounds.previous_round_id(db, later) == earlier
    assert rounds.previous_round_id(db, earlier) is None
    assert [r.id for r in rounds.list_rounds(db, shelter)] == [earlier, later]
    with pytest.raises(UserError):
        rounds.start_round(db, shelter, dt.date.today() + dt.timedelta(days=2), "", catalogue)


def test_two_rounds_on_one_day_do_not_count_each_other_as_earlier(db: Database) -> None:
    shelter = _shelter(db)
    catalogue = bundled_catalogue()
    year_before = rounds.start_round(db, shelter, dt.date(2025, 6, 1), "", catalogue)
    morning = rounds.start_round(db, shelter, dt.date(2026, 6, 1), "", catalogue)
    afternoon = rounds.start_round(db, shelter, dt.date(2026, 6, 1), "", catalogue)
    assert rounds.previous_round_id(db, afternoon) == morning
    assert rounds.previous_round_id(db, morning) == year_before  # not the afternoon's, started later
