"""The action plan service on a real SQLite database: editing, undo, order, drafting and carrying over."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from sheltercheck.assessment.plan import draft_from_gaps
from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.errors import UserError
from sheltercheck.services import plan, plan_rounds, profiles, rounds
from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.services.results import score_state
from sheltercheck.services.rounds import ResponseState
from sheltercheck.store.db import Database
from sheltercheck.store.models import ActionItem, ProgressNote

NAMESPACE = uuid.UUID("5b1f2c1e-8c7d-4f25-9d2a-0c3e5a7d9b11")  # services.demo's
FIRST_DEMO_ROUND = uuid.uuid5(NAMESPACE, "round/1")
SECOND_DEMO_ROUND = uuid.uuid5(NAMESPACE, "round/2")


def _shelter(db: Database) -> uuid.UUID:
    return profiles.create_shelter(
        db,
        profiles.ShelterProfile(
            name="ສູນພັກພິງ ທົດລອງ", province="LP", populations={"women", "children"}, setting="residential"
        ),
    )


def _round(db: Database, shelter_id: uuid.UUID, day: dt.date) -> uuid.UUID:
    return rounds.start_round(db, shelter_id, day, "ທີມງານ", bundled_catalogue())


@pytest.fixture
def round_id(db: Database) -> uuid.UUID:
    return _round(db, _shelter(db), dt.date(2025, 3, 1))


def _error(caught: pytest.ExceptionInfo[UserError]) -> object:
    return caught.value.message


def _counts(db: Database) -> tuple[int, int]:
    with db.sessions() as session:
        items = session.scalar(select(func.count()).select_from(ActionItem)) or 0
        notes = session.scalar(select(func.count()).select_from(ProgressNote)) or 0
    return items, notes


# -- adding and editing -------------------------------------------------------------------------------


def test_items_are_added_at_the_end_and_read_back_in_plan_order(db: Database, round_id: uuid.UUID) -> None:
    first = plan.add_item(
        db,
        round_id,
        "  ຂຽນນະໂຍບາຍຄວາມລັບ  ",
        indicator_codes=["CNF-01", "CNF-01", "CNF-02"],
        responsible=" ຜູ້ຈັດການ ",
        start_on=dt.date(2025, 4, 1),
        due_on=dt.date(2025, 6, 30),
        resources="ເວລາພະນັກງານ",
        support_needed="ການຝຶກອົບຮົມ",
        support_from="other",
        support_from_detail="UNICEF",
    )
    second = plan.add_item(db, round_id, "Train all staff")
    items = plan.list_items(db, round_id)
    assert [(i.id, i.position) for i in items] == [(first, 0), (second, 1)]
    stored = items[0]
    assert stored.action == "ຂຽນນະໂຍບາຍຄວາມລັບ" and stored.responsible == "ຜູ້ຈັດການ"
    assert stored.indicator_codes == ("CNF-01", "CNF-02")
    assert (stored.start_on, stored.due_on) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert (stored.support_from, stored.support_from_detail) == ("other", "UNICEF")
    assert stored.status == "not_started" and stored.is_open and stored.notes == ()


def test_refused_changes_leave_everything_as_it_was(db: Database, round_id: uuid.UUID) -> None:
    item_id = plan.add_item(db, round_id, "Write the policy", due_on=dt.date(2025, 6, 30))
    before = plan.list_items(db, round_id)
    refused = [
        (lambda: plan.add_item(db, round_id, "   "), plan.ACTION_REQUIRED),
        (
            lambda: plan.add_item(
                db, round_id, "x", start_on=dt.date(2025, 5, 2), due_on=dt.date(2025, 5, 1)
            ),
            plan.DUE_BEFORE_START,
        ),
        (lambda: plan.add_item(db, round_id, "x", responsible="ກ" * 201), plan.RESPONSIBLE_TOO_LONG),
        (lambda: plan.add_item(db, uuid.uuid4(), "x"), rounds.UNKNOWN_ROUND),
        (lambda: plan.update_item(db, item_id, action=""), plan.ACTION_REQUIRED),
        (lambda: plan.update_item(db, item_id, start_on=dt.date(2025, 7, 1)), plan.DUE_BEFORE_START),
        (lambda: plan.update_item(db, item_id, status="dropped"), plan.DROPPED_REASON_REQUIRED),
        (
            lambda: plan.update_item(db, item_id, status="dropped", dropped_reason="  "),
            plan.DROPPED_REASON_REQUIRED,
        ),
        (lambda: plan.update_item(db, item_id, support_from_detail="x" * 201), plan.SUPPORT_DETAIL_TOO_LONG),
        (lambda: plan.update_item(db, uuid.uuid4(), action="x"), plan.UNKNOWN_ITEM),
        (lambda: plan.delete_item(db, uuid.uuid4()), plan.UNKNOWN_ITEM),
        (lambda: plan.move_item(db, uuid.uuid4(), 0), plan.UNKNOWN_ITEM),
        (lambda: plan.add_note(db, item_id, dt.date(2025, 5, 1), " \n "), plan.NOTE_REQUIRED),
        (
            lambda: plan.add_note(db, item_id, dt.date.today() + dt.timedelta(days=1), "later"),
            plan.NOTE_IN_FUTURE,
        ),
        (lambda: plan.add_note(db, uuid.uuid4(), dt.date(2025, 5, 1), "x"), plan.UNKNOWN_ITEM),
        (lambda: plan.delete_note(db, uuid.uuid4()), plan.UNKNOWN_NOTE),
    ]
    for call, message in refused:
        with pytest.raises(UserError) as caught:
            call()
        assert _error(caught) is message
        assert plan.list_items(db, round_id) == before
    assert _counts(db) == (1, 0)
    # user messages are translatable templates, never bare English built on the fly
    assert plan.DROPPED_REASON_REQUIRED.context == "Errors"


def test_programming_errors_are_not_user_errors(db: Database, round_id: uuid.UUID) -> None:
    item_id = plan.add_item(db, round_id, "x")
    with pytest.raises(ValueError):
        plan.update_item(db, item_id, status="finished")
    with pytest.raises(ValueError):
        plan.update_item(db, item_id, support_from="government")
    with pytest.raises(TypeError):
        plan.update_item(db, item_id, position=3)
    with pytest.raises(TypeError):
        plan.update_item(db, item_id, due_on="2025-01-01")


def test_update_returns_the_new_state_and_undo_is_an_update_with_the_old_values(
    db: Database, round_id: uuid.UUID
) -> None:
    item_id = plan.add_item(db, round_id, "Write the policy", responsible="Manager")
    original = plan.get_item(db, item_id)
    changed = plan.update_item(
        db, item_id, status="dropped", dropped_reason="ບໍ່ມີງົບປະມານ", due_on=dt.date(2025, 9, 1)
    )
    assert changed == plan.list_items(db, round_id)[0]
    assert (changed.status, changed.dropped_reason, changed.due_on) == (
        "dropped",
        "ບໍ່ມີງົບປະມານ",
        dt.date(2025, 9, 1),
    )
    assert not changed.is_open
    undone = plan.update_item(
        db,
        item_id,
        status=original.status,
        dropped_reason=original.dropped_reason,
        due_on=original.due_on,
    )
    assert undone == original


def test_a_completed_rounds_plan_stays_editable(db: Database, round_id: uuid.UUID) -> None:
    state = rounds.load_round(db, round_id)
    rounds.set_complete(db, state, True)
    item_id = plan.add_item(db, round_id, "Keep going")
    assert plan.update_item(db, item_id, status="in_progress").status == "in_progress"
    plan.add_note(db, item_id, dt.date(2025, 3, 2), "Started")
    assert len(plan.get_item(db, item_id).notes) == 1


# -- delete, restore, move, notes ---------------------------------------------------------------------


def test_delete_then_restore_gives_back_the_identical_item_with_its_notes_and_place(db: Database) -> None:
    create_demo(db)
    before = plan.list_items(db, SECOND_DEMO_ROUND)
    middle = before[2]
    plan.add_note(db, middle.id, dt.date(2026, 9, 1), "ປະຊຸມຄັ້ງທີສອງ")
    before = plan.list_items(db, SECOND_DEMO_ROUND)
    middle = before[2]
    assert len(middle.notes) == 2
    deleted = plan.delete_item(db, middle.id)
    assert deleted == middle
    after = plan.list_items(db, SECOND_DEMO_ROUND)
    assert [i.id for i in after] == [i.id for i in before if i.id != middle.id]
    assert [i.position for i in after] == list(range(len(before) - 1))
    with db.sessions() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(ProgressNote).where(ProgressNote.action_id == middle.id)
            )
            == 0
        )
    assert plan.restore_item(db, deleted) == middle.id
    assert plan.list_items(db, SECOND_DEMO_ROUND) == before


def test_restoring_an_item_restores_the_carry_over_links_to_it(db: Database) -> None:
    create_demo(db)
    origin = next(i for i in plan.list_items(db, FIRST_DEMO_ROUND) if i.carried_into)
    (copy_id,) = origin.carried_into
    deleted = plan.delete_item(db, origin.id)
    assert plan.get_item(db, copy_id).carried_from_id is None
    plan.restore_item(db, deleted)
    assert plan.get_item(db, copy_id).carried_from_id == origin.id
    assert plan.get_item(db, origin.id) == origin


def test_moving_renumbers_the_plan_without_gaps(db: Database, round_id: uuid.UUID) -> None:
    ids = [plan.add_item(db, round_id, f"step {n}") for n in range(5)]
    plan.move_item(db, ids[0], 3)
    assert [i.id for i in plan.list_items(db, round_id)] == [ids[1], ids[2], ids[3], ids[0], ids[4]]
    plan.move_item(db, ids[4], 0)
    plan.move_item(db, ids[2], 99)  # past the end: the end
    plan.move_item(db, ids[1], -5)  # before the start: the start
    items = plan.list_items(db, round_id)
    assert [i.id for i in items] == [ids[1], ids[4], ids[3], ids[0], ids[2]]
    assert [i.position for i in items] == [0, 1, 2, 3, 4]
    plan.delete_item(db, ids[3])
    assert [i.position for i in plan.list_items(db, round_id)] == [0, 1, 2, 3]
    new = plan.add_item(db, round_id, "appended")
    assert plan.list_items(db, round_id)[-1].id == new


def test_progress_notes_are_kept_in_date_order_and_deleting_one_can_be_undone(
    db: Database, round_id: uuid.UUID
) -> None:
    item_id = plan.add_item(db, round_id, "Train staff")
    late = plan.add_note(db, item_id, dt.date(2025, 5, 1), "  Second session held ")
    early = plan.add_note(db, item_id, dt.date(2025, 4, 1), "First session held")
    notes = plan.get_item(db, item_id).notes
    assert [(n.id, n.text) for n in notes] == [(early, "First session held"), (late, "Second session held")]
    removed = plan.delete_note(db, early)
    assert [n.id for n in plan.get_item(db, item_id).notes] == [late]
    plan.restore_note(db, item_id, removed)
    assert plan.get_item(db, item_id).notes == notes


# -- drafting -----------------------------------------------------------------------------------------


def test_draft_plan_adds_the_gaps_suggestions_after_the_existing_items_and_skips_covered_ones(
    db: Database,
) -> None:
    create_demo(db)
    existing = plan.list_items(db, SECOND_DEMO_ROUND)
    covered = {code for item in existing if item.is_open for code in item.indicator_codes}
    assert covered
    new_ids = plan_rounds.draft_plan(db, SECOND_DEMO_ROUND, "lo")
    items = plan.list_items(db, SECOND_DEMO_ROUND)
    assert [i.id for i in items[: len(existing)]] == [i.id for i in existing]
    assert [i.id for i in items[len(existing) :]] == new_ids
    assert [i.position for i in items] == list(range(len(items)))
    drafted = items[len(existing) :]
    assert not {code for item in drafted for code in item.indicator_codes} & covered
    state = rounds.load_round(db, SECOND_DEMO_ROUND)
    expected = draft_from_gaps(score_state(state), state.catalogue, "lo", covered)
    assert [(i.action, i.indicator_codes) for i in drafted] == [
        (d.action, d.indicator_codes) for d in expected
    ]
    assert all(i.status == "not_started" for i in drafted)
    # drafting again adds nothing: every gap has an open item now
    assert plan_rounds.draft_plan(db, SECOND_DEMO_ROUND, "lo") == []


def test_a_finished_item_no_longer_covers_its_indicator(db: Database, round_id: uuid.UUID) -> None:
    state = rounds.load_round(db, round_id)
    first, second = state.indicators[0], state.indicators[1]
    rounds.save_response(db, state, first.code, ResponseState("rated", 0))
    rounds.save_response(db, state, second.code, ResponseState("rated", 1))
    done = plan.add_item(db, round_id, "already done", indicator_codes=[first.code], status="done")
    plan.add_item(db, round_id, "ongoing", indicator_codes=[second.code], status="in_progress")
    new_ids = plan_rounds.draft_plan(db, round_id, "en")
    drafted = [i for i in plan.list_items(db, round_id) if i.id in new_ids]
    assert [i.action for i in drafted] == list(first.actions.en)  # the done item does not cover it
    assert all(i.indicator_codes == (first.code,) for i in drafted)
    assert plan.get_item(db, done).position == 0


# -- carrying over ------------------------------------------------------------------------------------


def test_carry_over_offers_exactly_the_unfinished_items_of_the_previous_round(db: Database) -> None:
    shelter_id = _shelter(db)
    earlier = _round(db, shelter_id, dt.date(2024, 1, 15))
    statuses = ["not_started", "in_progress", "done", "dropped", "in_progress"]
    ids = [
        plan.add_item(
            db,
            earlier,
            f"ກິດຈະກຳ {n}",
            indicator_codes=[f"GOV-0{n + 1}"],
            responsible="ຜູ້ຈັດການ",
            start_on=dt.date(2024, 2, 1),
            due_on=dt.date(2024, 6, 30),
            support_from="ministry",
            status=status,
            dropped_reason="ບໍ່ຈຳເປັນ" if status == "dropped" else "",
        )
        for n, status in enumerate(statuses)
    ]
    plan.add_note(db, ids[1], dt.date(2024, 3, 1), "ເລີ່ມແລ້ວ")
    later = _round(db, shelter_id, dt.date(2024, 7, 20))
    assert plan_rounds.carry_over_candidates(db, earlier) == []  # the first round has no previous round
    own = plan.add_item(db, later, "new in this round")

    candidates = plan_rounds.carry_over_candidates(db, later)
    assert [c.id for c in candidates] == [ids[0], ids[1], ids[4]]

    copies = plan_rounds.carry_over(db, later, [ids[4], ids[0]])
    items = plan.list_items(db, later)
    assert [i.id for i in items] == [own, *copies]
    assert [i.carried_from_id for i in items[1:]] == [ids[0], ids[4]]  # in the origin plan's order
    origin = plan.get_item(db, ids[0])
    copy = items[1]
    assert (copy.action, copy.indicator_codes, copy.responsible, copy.status) == (
        origin.action,
        origin.indicator_codes,
        origin.responsible,
        origin.status,
    )
    assert (copy.start_on, copy.due_on, copy.support_from) == (origin.start_on, origin.due_on, "ministry")
    assert copy.round_id == later and copy.id not in ids
    assert origin.carried_into == (copy.id,)

    # carried items are not offered twice, and cannot be carried twice
    assert [c.id for c in plan_rounds.carry_over_candidates(db, later)] == [ids[1]]
    before = plan.list_items(db, later)
    for refused in ([ids[0]], [ids[1], ids[2]], [own]):
        with pytest.raises(UserError) as caught:
            plan_rounds.carry_over(db, later, refused)
        assert _error(caught) is plan.CANNOT_CARRY
        assert plan.list_items(db, later) == before
    with pytest.raises(UserError) as caught:
        plan_rounds.carry_over(db, later, [uuid.uuid4()])
    assert _error(caught) is plan.UNKNOWN_ITEM

    (last,) = plan_rounds.carry_over(db, later, [ids[1]])
    assert plan.get_item(db, last).notes == ()  # notes stay with the origin
    assert plan_rounds.carry_over_candidates(db, later) == []
    # deleting a carried copy offers its origin again
    plan.delete_item(db, copies[0])
    assert [c.id for c in plan_rounds.carry_over_candidates(db, later)] == [ids[0]]


def test_the_demo_plan_was_carried_over_already(db: Database) -> None:
    create_demo(db)
    assert plan_rounds.carry_over_candidates(db, SECOND_DEMO_ROUND) == []
    carried = [i for i in plan.list_items(db, SECOND_DEMO_ROUND) if i.carried_from_id]
    origins = {i.id: i for i in plan.list_items(db, FIRST_DEMO_ROUND)}
    assert carried and all(origins[i.carried_from_id].is_open for i in carried)  # type: ignore[index]


def test_indicator_history_lists_every_round_with_its_rating_and_items(db: Database) -> None:
    create_demo(db)
    carried = next(i for i in plan.list_items(db, SECOND_DEMO_ROUND) if i.carried_from_id)
    code = carried.indicator_codes[0]
    history = plan_rounds.indicator_history(db, DEMO_SHELTER_ID, code)
    assert [h.round_id for h in history] == [FIRST_DEMO_ROUND, SECOND_DEMO_ROUND]
    assert history[0].assessed_on < history[1].assessed_on
    assert all(h.rating is not None for h in history)
    assert [i.id for i in history[1].items] == [carried.id]
    assert [i.id for i in history[0].items] == [carried.carried_from_id]
    with pytest.raises(UserError):
        plan_rounds.indicator_history(db, uuid.uuid4(), code)
