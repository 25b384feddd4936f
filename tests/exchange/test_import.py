"""Importing: the preview, the choices for records already here, catalogues, backups, refusals and
the one-transaction guarantee."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.catalogue.model import Text
from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.package import ExchangePackage, read_package
from sheltercheck.services import plan, profiles, rounds
from sheltercheck.services.catalogues import ensure_snapshot
from sheltercheck.services.demo import DEMO_SHELTER_ID
from sheltercheck.services.exchange_export import export_bytes
from sheltercheck.services.exchange_import import apply_import, import_package
from sheltercheck.services.exchange_plan import Change, Choice, plan_import
from sheltercheck.services.installation import installation_id
from sheltercheck.store.db import Database
from sheltercheck.store.models import ActionItem, AssessmentRound, Response, Shelter

from .helpers import dump_tables, members_of, repack, with_data

NAMESPACE = uuid.UUID("5b1f2c1e-8c7d-4f25-9d2a-0c3e5a7d9b11")  # services.demo's
FIRST, SECOND = uuid.uuid5(NAMESPACE, "round/1"), uuid.uuid5(NAMESPACE, "round/2")


def _path(db: Database) -> Path:
    assert db.url.database
    return Path(db.url.database)


def _package(db: Database) -> ExchangePackage:
    return read_package(export_bytes(db)[0], name="demo.shelterchk")


def _change_an_answer(db: Database, round_id: uuid.UUID = FIRST) -> str:
    with db.transaction() as session:
        response = session.scalars(
            select(Response).where(Response.round_id == round_id, Response.answer == "rated")
        ).first()
        assert response is not None
        response.rating = (response.rating or 0) + 1 if (response.rating or 0) < 3 else 0
        return response.indicator_code


def _counts(db: Database) -> tuple[int, int]:
    with db.sessions() as session:
        return len(session.scalars(select(Shelter)).all()), len(
            session.scalars(select(AssessmentRound)).all()
        )


@pytest.fixture
def received(demo: Database, fresh: Database) -> Database:
    """A facilitator's database that already holds the demo shelter from an earlier file."""
    import_package(fresh, _package(demo))
    return fresh


def test_the_preview_of_a_new_shelter(demo: Database, fresh: Database) -> None:
    preview = plan_import(fresh, _package(demo))
    (shelter,) = preview.shelters
    assert shelter.change is Change.NEW and [r.change for r in shelter.rounds] == [Change.NEW, Change.NEW]
    assert list(preview.catalogues_to_add) == ["sheltercheck-core@1.0.0"]
    assert preview.conflicts == ()
    assert dump_tables(_path(fresh))["shelters"] == []  # a preview writes nothing


def test_the_same_file_twice_changes_nothing_and_takes_no_backup(demo: Database, received: Database) -> None:
    before = dump_tables(_path(received))
    result = import_package(received, _package(demo))
    assert not result.outcome.writes and result.backup is None
    assert result.outcome.rounds_kept == 2
    assert dump_tables(_path(received)) == before


def test_a_changed_round_is_kept_both_by_default(demo: Database, received: Database) -> None:
    code = _change_an_answer(demo)
    preview = plan_import(received, _package(demo))
    (conflict,) = preview.conflicts
    assert conflict.id == FIRST and conflict.change is Change.CHANGED
    assert conflict.differences == ("answers",) and conflict.answers_differing == 1  # type: ignore[union-attr]
    before = dump_tables(_path(received))
    result = apply_import(received, preview)
    assert result.outcome.rounds_copied == 1 and result.outcome.rounds_kept == 1
    copy_id = result.round_ids[FIRST]
    assert copy_id != FIRST
    after = dump_tables(_path(received))
    for table in ("shelters", "responses", "action_items"):  # nothing of this computer's was changed...
        assert set(before[table]) <= set(after[table])
    copy = rounds.load_round(received, copy_id)  # ...and the copy holds the file's answers
    assert copy.responses[code] == rounds.load_round(demo, FIRST).responses[code]
    assert rounds.load_round(received, FIRST).responses[code] != copy.responses[code]


def test_a_changed_round_replaced_by_choice(demo: Database, received: Database) -> None:
    code = _change_an_answer(demo)
    preview = plan_import(received, _package(demo))
    result = apply_import(received, preview, {FIRST: Choice.REPLACE})
    assert result.outcome.rounds_replaced == 1 and _counts(received) == (1, 2)
    assert (
        rounds.load_round(received, FIRST).responses[code] == rounds.load_round(demo, FIRST).responses[code]
    )
    # the second round's items still point at the first round's items they were carried over from
    carried = [item.carried_from_id for item in plan.list_items(received, SECOND)]
    assert carried == [item.carried_from_id for item in plan.list_items(demo, SECOND)]
    assert any(carried)


def test_keep_existing_leaves_this_computers_round(demo: Database, received: Database) -> None:
    _change_an_answer(demo)
    before = dump_tables(_path(received))
    preview = plan_import(received, _package(demo))
    result = apply_import(received, preview, {FIRST: Choice.KEEP_EXISTING})
    assert not result.outcome.writes and dump_tables(_path(received)) == before


def test_a_changed_profile_kept_both_makes_a_separate_shelter_with_copies(
    demo: Database, received: Database
) -> None:
    profile = profiles.load_profile(demo, DEMO_SHELTER_ID)
    profiles.update_shelter(demo, DEMO_SHELTER_ID, dataclasses.replace(profile, capacity=30))
    preview = plan_import(received, _package(demo))
    (conflict,) = preview.conflicts
    assert conflict.id == DEMO_SHELTER_ID and conflict.differences == ("capacity",)
    result = apply_import(received, preview)
    assert (result.outcome.shelters_copied, result.outcome.rounds_copied) == (1, 2)
    assert _counts(received) == (2, 4)
    copy_id = result.shelter_ids[DEMO_SHELTER_ID]
    assert profiles.load_profile(received, copy_id).capacity == 30
    assert profiles.load_profile(received, DEMO_SHELTER_ID).capacity == 24
    # the copy's second round carries over from the copy's first round, not from this computer's
    copied_first = {i.id for i in plan.list_items(received, result.round_ids[FIRST])}
    links = {i.carried_from_id for i in plan.list_items(received, result.round_ids[SECOND])} - {None}
    assert links and links <= copied_first


def test_a_changed_profile_replaced_by_choice(demo: Database, received: Database) -> None:
    profile = profiles.load_profile(demo, DEMO_SHELTER_ID)
    profiles.update_shelter(demo, DEMO_SHELTER_ID, dataclasses.replace(profile, capacity=30, name="New name"))
    preview = plan_import(received, _package(demo))
    assert preview.conflicts[0].differences == ("name", "capacity")
    result = apply_import(received, preview, {DEMO_SHELTER_ID: Choice.REPLACE})
    assert result.outcome.shelters_replaced == 1 and _counts(received) == (1, 2)
    assert profiles.load_profile(received, DEMO_SHELTER_ID).name == "New name"


def test_a_new_round_joins_the_shelter_already_here(demo: Database, received: Database) -> None:
    new = rounds.start_round(demo, DEMO_SHELTER_ID, dt.date.today(), "", bundled_catalogue())
    preview = plan_import(received, _package(demo))
    assert [r.change for r in preview.shelters[0].rounds] == [Change.SAME, Change.SAME, Change.NEW]
    result = apply_import(received, preview)
    assert result.outcome.rounds_added == 1 and result.round_ids == {new: new}


def test_an_answer_id_already_used_elsewhere_gets_a_new_id(demo: Database, received: Database) -> None:
    """A crafted (or oddly copied) file: a new round reusing the ID of an answer of another round here."""
    taken = rounds_responses(received, FIRST)[0]
    raw = export_bytes(demo, DEMO_SHELTER_ID, [SECOND])[0]

    def move(data: dict[str, object]) -> None:
        round_ = data["shelters"][0]["rounds"][0]  # type: ignore[index]
        round_["id"] = str(uuid.uuid4())
        round_["responses"][0]["id"] = str(taken)

    before = dump_tables(_path(received))["responses"]
    result = import_package(received, read_package(with_data(raw, move), name="x"))
    assert result.outcome.rounds_added == 1
    assert set(before) <= set(dump_tables(_path(received))["responses"])  # this computer's answers untouched


def rounds_responses(db: Database, round_id: uuid.UUID) -> list[uuid.UUID]:
    with db.sessions() as session:
        return list(session.scalars(select(Response.id).where(Response.round_id == round_id)))


def test_unknown_choices_are_a_programming_error(demo: Database, fresh: Database) -> None:
    preview = plan_import(fresh, _package(demo))
    with pytest.raises(ValueError):
        preview.resolve({uuid.uuid4(): Choice.REPLACE})


def test_a_backup_is_taken_before_writing(demo: Database, fresh: Database) -> None:
    before = dump_tables(_path(fresh))
    result = import_package(fresh, _package(demo))
    assert result.backup is not None and result.backup.parent == _path(fresh).parent / "backups"
    assert "before-import" in result.backup.name
    assert dump_tables(result.backup) == before


def test_a_stale_preview_is_refused_and_nothing_is_written(demo: Database, received: Database) -> None:
    _change_an_answer(demo)
    preview = plan_import(received, _package(demo))
    _change_an_answer(received, FIRST)  # someone edits the same round in between
    before = dump_tables(_path(received))
    with pytest.raises(UserError) as refused:
        apply_import(received, preview, {FIRST: Choice.REPLACE})
    assert refused.value.message == m.STALE_PREVIEW
    assert dump_tables(_path(received)) == before


def test_a_catalogue_the_installation_lacks_travels_in_the_file(demo: Database, fresh: Database) -> None:
    national = dataclasses.replace(bundled_catalogue(), version="9.9.9")
    rounds.start_round(demo, DEMO_SHELTER_ID, dt.date(2026, 9, 1), "", national)
    preview = plan_import(fresh, _package(demo))
    assert sorted(preview.catalogues_to_add) == ["sheltercheck-core@1.0.0", "sheltercheck-core@9.9.9"]
    apply_import(fresh, preview)
    with fresh.sessions() as session:
        round_ = session.scalars(
            select(AssessmentRound).where(AssessmentRound.assessed_on == dt.date(2026, 9, 1))
        ).one()
        assert round_.catalogue_key == "sheltercheck-core@9.9.9"


def test_a_catalogue_missing_here_and_from_the_file_is_named(demo: Database, fresh: Database) -> None:
    national = dataclasses.replace(bundled_catalogue(), version="9.9.9")
    rounds.start_round(demo, DEMO_SHELTER_ID, dt.date(2026, 9, 1), "", national)
    member = "catalogues/sheltercheck-core@9.9.9.json"

    def leave_out(document: dict[str, object]) -> None:
        for entry in document["catalogues"]:  # type: ignore[attr-defined]
            if entry["key"] == "sheltercheck-core@9.9.9":
                entry["included"] = False
        del document["members"][member]  # type: ignore[attr-defined]

    raw = repack(export_bytes(demo)[0], manifest=leave_out, drop=(member,))
    before = dump_tables(_path(fresh))
    with pytest.raises(UserError) as refused:
        import_package(fresh, read_package(raw, name="x.shelterchk"))
    assert refused.value.message == m.CATALOGUE_MISSING
    assert "sheltercheck-core@9.9.9" in refused.value.render()
    assert dump_tables(_path(fresh)) == before


def test_a_catalogue_that_differs_from_the_one_here_is_refused(demo: Database, fresh: Database) -> None:
    national = dataclasses.replace(bundled_catalogue(), version="9.9.9")
    rounds.start_round(demo, DEMO_SHELTER_ID, dt.date(2026, 9, 1), "", national)
    other = dataclasses.replace(national, title=Text("Another catalogue", "ມາດຕະຖານອື່ນ"))
    with fresh.transaction() as session:
        ensure_snapshot(session, other)
    before = dump_tables(_path(fresh))
    with pytest.raises(UserError) as refused:
        plan_import(fresh, _package(demo))
    assert refused.value.message == m.CATALOGUE_DIFFERS
    assert dump_tables(_path(fresh)) == before


def test_an_answer_to_an_indicator_the_catalogue_lacks_is_refused(demo: Database, fresh: Database) -> None:
    raw = with_data(
        export_bytes(demo)[0],
        lambda d: d["shelters"][0]["rounds"][0]["responses"][0].update(indicator_code="ZZZ-99"),
    )
    with pytest.raises(UserError) as refused:
        plan_import(fresh, read_package(raw, name="x"))
    assert refused.value.message == m.UNKNOWN_INDICATOR and "ZZZ-99" in refused.value.render()


def test_the_installation_id_is_made_once_and_travels(demo: Database) -> None:
    first = installation_id(demo)
    assert installation_id(demo) == first
    assert _package(demo).manifest.source_installation == first


def test_export_refusals(demo: Database, fresh: Database, tmp_path: Path) -> None:
    from sheltercheck.services.exchange_export import export_file

    with pytest.raises(UserError) as refused:
        export_bytes(fresh)
    assert refused.value.message == m.NOTHING_TO_EXPORT
    with pytest.raises(UserError) as refused:
        export_bytes(demo, uuid.uuid4())
    assert refused.value.message == profiles.UNKNOWN_SHELTER
    with pytest.raises(UserError) as refused:
        export_bytes(demo, DEMO_SHELTER_ID, [uuid.uuid4()])
    assert refused.value.message == m.ROUND_NOT_OF_SHELTER
    with pytest.raises(UserError) as refused:
        export_bytes(demo, password="")
    assert refused.value.message == m.EMPTY_PASSWORD
    with pytest.raises(UserError) as refused:
        export_file(demo, tmp_path / "demo.zip")
    assert refused.value.message == m.WRONG_EXTENSION
    assert not (tmp_path / "demo.zip").exists()


def test_an_action_carried_from_an_item_in_the_same_file_later_in_order(
    demo: Database, fresh: Database
) -> None:
    """Links inside the file are restored whatever the order the rounds come in."""
    raw = export_bytes(demo)[0]
    reordered = with_data(raw, lambda d: d["shelters"][0]["rounds"].reverse())
    import_package(fresh, read_package(reordered, name="x"))
    with fresh.sessions() as session:
        links = session.scalars(select(ActionItem.carried_from_id).where(ActionItem.round_id == SECOND)).all()
    assert any(links)


def _national_file(demo: Database) -> bytes:
    national = dataclasses.replace(bundled_catalogue(), version="9.9.9")
    rounds.start_round(demo, DEMO_SHELTER_ID, dt.date(2026, 9, 1), "", national)
    return export_bytes(demo)[0]


NATIONAL = "catalogues/sheltercheck-core@9.9.9.json"


def test_a_carried_catalogue_that_is_not_a_catalogue_is_refused(demo: Database, fresh: Database) -> None:
    raw = repack(_national_file(demo), {NATIONAL: b'{"id": "sheltercheck-core", "version": "9.9.9"}'})
    before = dump_tables(_path(fresh))
    with pytest.raises(UserError) as refused:
        import_package(fresh, read_package(raw, name="x"))
    assert refused.value.message == m.CATALOGUE_INVALID and "\n" not in refused.value.render()
    assert dump_tables(_path(fresh)) == before


def test_a_carried_catalogue_that_is_not_json_is_refused_when_needed(demo: Database, fresh: Database) -> None:
    raw = repack(_national_file(demo), {NATIONAL: b"{not json"})
    package = read_package(raw, name="x")  # its size and SHA-256 match the manifest...
    with pytest.raises(UserError) as refused:  # ...but it is parsed, strictly, when the import needs it
        plan_import(fresh, package)
    assert refused.value.message == m.NOT_JSON


def test_a_carried_catalogue_that_differs_from_its_declared_checksum_is_refused(
    demo: Database, fresh: Database
) -> None:
    raw = _national_file(demo)

    document = json.loads(dict(members_of(raw))[NATIONAL])
    document["title"]["en"] = "Changed after export"
    raw = repack(raw, {NATIONAL: json.dumps(document, ensure_ascii=False).encode("utf-8")})
    with pytest.raises(UserError) as refused:
        plan_import(fresh, read_package(raw, name="x"))
    assert refused.value.message == m.CHECKSUM_MISMATCH


def test_keep_existing_profile_still_takes_the_new_rounds(demo: Database, received: Database) -> None:
    profile = profiles.load_profile(demo, DEMO_SHELTER_ID)
    profiles.update_shelter(demo, DEMO_SHELTER_ID, dataclasses.replace(profile, capacity=30))
    new = rounds.start_round(demo, DEMO_SHELTER_ID, dt.date.today(), "", bundled_catalogue())
    preview = plan_import(received, _package(demo))
    result = apply_import(received, preview, {DEMO_SHELTER_ID: Choice.KEEP_EXISTING})
    assert (result.outcome.shelters_replaced, result.outcome.rounds_added) == (0, 1)
    assert profiles.load_profile(received, DEMO_SHELTER_ID).capacity == 24
    with received.sessions() as session:
        round_ = session.get(AssessmentRound, new)
        assert round_ is not None and round_.shelter_id == DEMO_SHELTER_ID


def test_a_note_too_long_for_an_exchange_file_is_refused_at_export(demo: Database) -> None:
    from sheltercheck.exchange.fields import TEXT_LIMIT

    state = rounds.load_round(demo, SECOND)
    rounds.set_complete(demo, state, False)
    code = state.indicators[0].code
    rounds.save_response(demo, state, code, rounds.ResponseState("rated", 2, notes="ບ" * (TEXT_LIMIT + 1)))
    with pytest.raises(UserError) as refused:
        export_bytes(demo)
    assert refused.value.message == m.CANNOT_EXPORT and "notes" in refused.value.render()
