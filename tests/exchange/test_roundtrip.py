"""Round trips: export → import into a fresh database → the same data and the same results, with and
without a password and with redaction."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from sheltercheck.exchange.package import read_file, read_package
from sheltercheck.services import plan, profiles, rounds
from sheltercheck.services.demo import DEMO_SHELTER_ID
from sheltercheck.services.exchange_export import export_bytes, export_file
from sheltercheck.services.exchange_import import import_package
from sheltercheck.services.results import round_results
from sheltercheck.store.db import Database

from .helpers import dump_tables

RECORD_TABLES = ("shelters", "assessment_rounds", "responses", "action_items", "progress_notes")


def _round_ids(db: Database) -> list[uuid.UUID]:
    return [r.id for r in rounds.list_rounds(db, DEMO_SHELTER_ID)]


def _results(db: Database) -> list[tuple[Any, Any]]:
    return [(round_results(db, i).score, round_results(db, i).comparison) for i in _round_ids(db)]


def _plans(db: Database) -> list[Any]:
    return [plan.list_items(db, i) for i in _round_ids(db)]


def _path(db: Database) -> Path:
    assert db.url.database
    return Path(db.url.database)


def _second_shelter(db: Database) -> uuid.UUID:
    from sheltercheck.catalogue.loader import bundled_catalogue

    shelter = profiles.create_shelter(db, profiles.ShelterProfile(name="ສູນ B", kind="state", province="LP"))
    round_id = rounds.start_round(db, shelter, dt.date(2026, 3, 1), "ທີມງານ", bundled_catalogue())
    state = rounds.load_round(db, round_id)
    first = state.indicators[0].code
    rounds.save_response(db, state, first, rounds.ResponseState("rated", 1, notes="ບັນທຶກ"))
    return shelter


@pytest.mark.parametrize("password", [None, "ລະຫັດ-2026"])
def test_everything_comes_back_identical(demo: Database, fresh: Database, password: str | None) -> None:
    _second_shelter(demo)
    raw, summary = export_bytes(demo, password=password)
    assert (summary.shelters, summary.rounds, summary.protected) == (2, 3, password is not None)
    result = import_package(fresh, read_package(raw, password, name="all.shelterchk"))
    assert (result.outcome.shelters_added, result.outcome.rounds_added) == (2, 3)
    source, copy = dump_tables(_path(demo)), dump_tables(_path(fresh))
    for table in RECORD_TABLES:
        assert copy[table] == source[table], table
    # the catalogue arrives as it was stored (its own created_at is the import's)
    assert [row[:2] for row in copy["catalogue_snapshots"]] == [
        row[:2] for row in source["catalogue_snapshots"]
    ]
    assert _results(fresh) == _results(demo)
    assert _plans(fresh) == _plans(demo)


def test_a_redacted_file_keeps_scores_and_plan_without_notes_or_names(
    demo: Database, fresh: Database
) -> None:
    raw, summary = export_bytes(demo, DEMO_SHELTER_ID, redacted=True)
    assert summary.redacted
    package = read_package(raw, name="redacted.shelterchk")
    assert package.manifest.redacted
    import_package(fresh, package)
    assert [r[0] for r in _results(fresh)] == [r[0] for r in _results(demo)]  # scores identical
    for mine, theirs in zip(_plans(demo), _plans(fresh), strict=True):
        assert isinstance(mine, list) and isinstance(theirs, list)
        assert [(i.id, i.action, i.status, i.due_on, i.carried_from_id) for i in theirs] == [
            (i.id, i.action, i.status, i.due_on, i.carried_from_id) for i in mine
        ]
        assert all(i.responsible == "" and i.notes == () for i in theirs)
    dump = dump_tables(_path(fresh))
    columns = {"responses": (4, 5, 6)}  # na_reason, notes, evidence
    assert all(row[i] == "" for row in dump["responses"] for i in columns["responses"])
    assert dump["progress_notes"] == []
    assert all(row[2] == "" for row in dump["assessment_rounds"])  # participants


def test_a_password_protected_file_on_disk_round_trips(
    demo: Database, fresh: Database, tmp_path: Path
) -> None:
    out = tmp_path / "demo.shelterchk"
    summary = export_file(demo, out, DEMO_SHELTER_ID, password="pw")
    assert summary.protected and out.read_bytes().startswith(b"ShelterCheck-pw")
    import_package(fresh, read_file(out, "pw"))
    assert _results(fresh) == _results(demo)


def test_chosen_rounds_only(demo: Database, fresh: Database) -> None:
    second = _round_ids(demo)[1]
    raw, summary = export_bytes(demo, DEMO_SHELTER_ID, [second])
    assert summary.rounds == 1
    import_package(fresh, read_package(raw, name="x"))
    assert _round_ids(fresh) == [second]
    items = plan.list_items(fresh, second)
    # carried over from the first round, which did not travel: the link is dropped, the items stay
    assert items and all(item.carried_from_id is None for item in items)
    assert round_results(fresh, second).score == round_results(demo, second).score


def test_neutral_names_arrive_as_labels(demo: Database, fresh: Database) -> None:
    raw, _summary = export_bytes(demo, DEMO_SHELTER_ID, neutral_names=True, translate=lambda _c, s: s)
    import_package(fresh, read_package(raw, name="x"))
    dump = dump_tables(_path(fresh))
    (shelter,) = dump["shelters"]
    assert shelter[0] == f"Shelter {DEMO_SHELTER_ID.hex[:4].upper()}"
