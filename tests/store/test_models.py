from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from sheltercheck.store.db import Database
from sheltercheck.store.models import (
    ActionItem,
    AssessmentRound,
    CatalogueSnapshot,
    ProgressNote,
    Response,
    Shelter,
)


def _shelter_with_round(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.transaction() as session:
        session.add(CatalogueSnapshot(key="test@1", checksum="0" * 64, content={"id": "test"}))
        shelter = Shelter(name="ສູນພັກພິງ ທົດລອງ", province="VT")
        session.add(shelter)
        session.flush()
        round_ = AssessmentRound(
            shelter_id=shelter.id, assessed_on=dt.date(2026, 5, 1), catalogue_key="test@1"
        )
        session.add(round_)
        session.flush()
        return shelter.id, round_.id


def test_records_get_uuid_keys_and_timestamps(db: Database) -> None:
    shelter_id, round_id = _shelter_with_round(db)
    with db.sessions() as session:
        shelter = session.get(Shelter, shelter_id)
        assert shelter is not None
        assert isinstance(shelter.id, uuid.UUID)
        assert shelter.created_at is not None and shelter.updated_at is not None
        assert shelter.name == "ສູນພັກພິງ ທົດລອງ"
        assert [r.id for r in shelter.rounds] == [round_id]


def test_updated_at_moves_on_update(db: Database) -> None:
    shelter_id, _ = _shelter_with_round(db)
    with db.transaction() as session:
        shelter = session.get(Shelter, shelter_id)
        assert shelter is not None
        before = shelter.updated_at
        shelter.capacity = 30
    with db.sessions() as session:
        shelter = session.get(Shelter, shelter_id)
        assert shelter is not None and shelter.updated_at >= before


@pytest.mark.parametrize(
    ("answer", "rating"),
    [("rated", 4), ("rated", -1), ("rated", None), ("unknown", 2), ("maybe", None)],
)
def test_impossible_answers_are_refused_by_the_database(
    db: Database, answer: str, rating: int | None
) -> None:
    _, round_id = _shelter_with_round(db)
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Response(round_id=round_id, indicator_code="SAF-01", answer=answer, rating=rating))


def test_one_answer_per_indicator_per_round(db: Database) -> None:
    _, round_id = _shelter_with_round(db)
    with db.transaction() as session:
        session.add(Response(round_id=round_id, indicator_code="SAF-01", answer="rated", rating=2))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Response(round_id=round_id, indicator_code="SAF-01", answer="unknown"))


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Response(round_id=uuid.uuid4(), indicator_code="SAF-01", answer="unknown"))


def test_due_date_cannot_precede_start(db: Database) -> None:
    _, round_id = _shelter_with_round(db)
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(
            ActionItem(
                round_id=round_id, action="x", start_on=dt.date(2026, 5, 2), due_on=dt.date(2026, 5, 1)
            )
        )


def test_deleting_a_shelter_removes_its_rounds_answers_and_plan(db: Database) -> None:
    shelter_id, round_id = _shelter_with_round(db)
    with db.transaction() as session:
        session.add(Response(round_id=round_id, indicator_code="SAF-01", answer="rated", rating=1))
        item = ActionItem(round_id=round_id, action="ຕິດຕັ້ງກະແຈ", indicator_codes=["SAF-01"])
        session.add(item)
        session.flush()
        session.add(ProgressNote(action_id=item.id, noted_on=dt.date(2026, 6, 1), text="started"))
    with db.transaction() as session:
        shelter = session.get(Shelter, shelter_id)
        session.delete(shelter)
    with db.sessions() as session:
        for model in (AssessmentRound, Response, ActionItem, ProgressNote):
            assert session.scalar(select(func.count()).select_from(model)) == 0


def test_a_failed_transaction_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(Shelter(name="kept?"))
        session.flush()
        session.add(Response(round_id=uuid.uuid4(), indicator_code="X-01", answer="unknown"))
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Shelter)) == 0
