from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.services.demo import DEMO_SHELTER_ID, create_demo
from sheltercheck.store.db import Database
from sheltercheck.store.models import ActionItem, AssessmentRound, Response, Shelter


def test_demo_has_two_complete_rounds_that_differ_and_a_plan(db: Database) -> None:
    result = create_demo(db)
    assert result.rounds == 2 and result.actions >= 5
    catalogue = bundled_catalogue()
    applicable = catalogue.applicable({"women", "children"}, "residential")
    with db.sessions() as session:
        rounds = session.scalars(select(AssessmentRound).order_by(AssessmentRound.assessed_on)).all()
        assert [r.status for r in rounds] == ["complete", "complete"]
        answers = []
        for round_ in rounds:
            responses = {r.indicator_code: r for r in round_.responses}
            assert set(responses) == {i.code for i in applicable}  # every indicator answered
            assert all(r.answer != "unknown" for r in responses.values())
            assert all(r.na_reason for r in responses.values() if r.answer == "not_applicable")
            answers.append({c: r.rating for c, r in responses.items()})
        assert answers[0] != answers[1]  # the second round shows a change
        latest_plan = session.scalars(select(ActionItem).where(ActionItem.round_id == rounds[1].id)).all()
        assert len(latest_plan) >= 5
        assert any(item.carried_from_id is not None for item in latest_plan)
        assert all("\n" in item.action for item in latest_plan)  # Lao line, then English line


def test_running_the_demo_again_refreshes_the_same_shelter(db: Database) -> None:
    create_demo(db)
    create_demo(db)
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Shelter)) == 1
        assert session.get(Shelter, DEMO_SHELTER_ID) is not None
        assert session.scalar(select(func.count()).select_from(AssessmentRound)) == 2
        total = session.scalar(select(func.count()).select_from(Response))
    assert total == 2 * len(bundled_catalogue().applicable({"women", "children"}, "residential"))


def test_the_demo_command(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "sheltercheck", "--db", str(database), "demo"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Demo shelter ready" in result.stdout


def test_the_workshop_demo_gives_a_workshop_to_look_at(db: Database, tmp_path: Path) -> None:
    from sheltercheck.services.demo_workshop import SHELTERS, create_workshop_demo
    from sheltercheck.services.workshop import build_workshop, default_selection

    create_demo(db)
    assert create_workshop_demo(db) == len(SHELTERS) == 7
    create_workshop_demo(db)  # again: the same shelters, refreshed
    view = build_workshop(db, default_selection(db), anonymise=True, language="en")
    assert len(view.shelters) == 8
    overall = [s.overall for s in view.shelters if s.overall is not None]
    assert len(overall) == 8 and max(overall) - min(overall) > 20  # the shelters differ
    assert view.change is not None and view.change.compared == 6  # two have a single round
    assert view.core_gaps and view.core_gaps[0].shelters >= 5

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "sheltercheck",
            "--lang",
            "en",
            "--db",
            str(tmp_path / "cli.sqlite3"),
            "demo",
            "--workshop",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "7 more demo shelters for a workshop are ready" in out.stdout
