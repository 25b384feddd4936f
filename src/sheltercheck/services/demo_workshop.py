"""Demo shelters for a workshop: seven more made-up shelters beside the demo shelter, most with two rounds.

For training facilitators, the screenshots and the tests of the Workshop page (`sheltercheck demo
--workshop`). Like services/demo.py: fixed UUIDs (running it again refreshes the same shelters), ratings
from a seeded random generator, so the same catalogue always gives the same workshop. The shelters
differ in strength, in whom they serve and in their setting, so the heat map has something to show.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import delete

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.catalogue.model import Catalogue, Indicator
from sheltercheck.services.catalogues import ensure_snapshot
from sheltercheck.services.demo import NAMESPACE
from sheltercheck.store.db import Database
from sheltercheck.store.models import AssessmentRound, Response, Shelter


@dataclass(frozen=True)
class DemoShelter:
    key: str
    name: str
    kind: str
    setting: str
    populations: tuple[str, ...]
    strength: float  # 0 (weak) .. 1 (strong)
    rounds: int  # 1 or 2


SHELTERS = (
    DemoShelter(
        "champa",
        "ສູນພັກພິງດອກຈຳປາ (Champa Flower Shelter)",
        "state",
        "residential",
        ("women", "children"),
        0.55,
        2,
    ),
    DemoShelter(
        "morning", "ເຮືອນປອດໄພແສງເຊົ້າ (Morning Light Safe House)", "ngo", "residential", ("women",), 0.75, 2
    ),
    DemoShelter(
        "transit", "ສູນຮັບຕົວຊົ່ວຄາວ (Border Transit Centre)", "state", "transit", ("women", "men"), 0.3, 2
    ),
    DemoShelter("warm", "ບ້ານອົບອຸ່ນ (Warm Home)", "faith", "residential", ("children",), 0.45, 2),
    DemoShelter(
        "dawn", "ສູນຟື້ນຟູຮຸ່ງອະລຸນ (Dawn Recovery Centre)", "ngo", "residential", ("women", "children"), 0.65, 2
    ),
    DemoShelter("river", "ສູນພັກພິງແມ່ນ້ຳ (River Shelter)", "state", "residential", ("men",), 0.35, 1),
    DemoShelter(
        "friend", "ສູນມິດຕະພາບ (Friendship Drop-in Centre)", "ngo", "drop-in", ("women", "men"), 0.5, 1
    ),
)
DATES = (dt.date(2025, 5, 20), dt.date(2026, 5, 26))


def demo_shelter_id(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"workshop/{key}")


def _ratings(indicators: list[Indicator], strength: float, rng: random.Random) -> dict[str, int]:
    # stronger shelters lean to higher ratings; core standards a little better kept than the rest
    out = {}
    for indicator in indicators:
        level = strength + (0.1 if indicator.core else 0.0) + rng.uniform(-0.35, 0.35)
        out[indicator.code] = max(0, min(3, round(level * 3)))
    return out


def _improved(first: dict[str, int], rng: random.Random) -> dict[str, int]:
    return {
        code: max(0, min(3, rating + rng.choices((-1, 0, 1), weights=(1, 5, 3))[0]))
        for code, rating in first.items()
    }


def _answers(
    round_id: uuid.UUID, indicators: list[Indicator], ratings: dict[str, int], rng: random.Random
) -> list[Response]:
    out = []
    for indicator in indicators:
        pick = rng.random()
        if pick < 0.03:
            answer, rating, reason = "not_applicable", None, "ບໍ່ມີບໍລິການນີ້ / Not offered here"
        elif pick < 0.06:
            answer, rating, reason = "unknown", None, ""
        else:
            answer, rating, reason = "rated", ratings[indicator.code], ""
        out.append(
            Response(
                id=uuid.uuid5(NAMESPACE, f"{round_id}/{indicator.code}"),
                round_id=round_id,
                indicator_code=indicator.code,
                answer=answer,
                rating=rating,
                na_reason=reason,
            )
        )
    return out


def create_workshop_demo(db: Database, catalogue: Catalogue | None = None) -> int:
    """Create (or refresh) the workshop's demo shelters; returns how many there are."""
    catalogue = catalogue or bundled_catalogue()
    with db.transaction() as session:
        key = ensure_snapshot(session, catalogue).key
        ids = [demo_shelter_id(s.key) for s in SHELTERS]
        session.execute(delete(Shelter).where(Shelter.id.in_(ids)))
        session.flush()
        for demo, shelter_id in zip(SHELTERS, ids, strict=True):
            rng = random.Random(f"workshop/{demo.key}")
            session.add(
                Shelter(
                    id=shelter_id,
                    name=demo.name,
                    kind=demo.kind,
                    province="",
                    setting=demo.setting,
                    serves_children="children" in demo.populations,
                    serves_women="women" in demo.populations,
                    serves_men="men" in demo.populations,
                )
            )
            indicators = catalogue.applicable(set(demo.populations), demo.setting)
            ratings = _ratings(indicators, demo.strength, rng)
            for number, day in enumerate(DATES[-demo.rounds :], start=1):
                round_id = uuid.uuid5(NAMESPACE, f"workshop/{demo.key}/round/{number}")
                session.add(
                    AssessmentRound(
                        id=round_id,
                        shelter_id=shelter_id,
                        assessed_on=day,
                        catalogue_key=key,
                        status="complete",
                        completed_at=dt.datetime.combine(day, dt.time(16, 0), tzinfo=dt.UTC),
                        populations=sorted(demo.populations),
                        setting=demo.setting,
                    )
                )
                session.flush()
                session.add_all(_answers(round_id, indicators, ratings, rng))
                ratings = _improved(ratings, rng)
    return len(SHELTERS)
