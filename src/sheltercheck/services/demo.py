"""The demo shelter: two complete rounds a year apart and an action plan, in Lao and English.

Used by screenshots, tests, benchmarks and workshops. Its records have fixed UUIDs, so running the demo
again refreshes the same shelter instead of adding another. The ratings come from a seeded random
generator: the same catalogue always gives the same demo.
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
from sheltercheck.store.db import Database
from sheltercheck.store.models import ActionItem, AssessmentRound, ProgressNote, Response, Shelter

NAMESPACE = uuid.UUID("5b1f2c1e-8c7d-4f25-9d2a-0c3e5a7d9b11")
DEMO_SHELTER_ID = uuid.uuid5(NAMESPACE, "shelter")
FIRST_ROUND = dt.date(2025, 6, 12)
SECOND_ROUND = dt.date(2026, 6, 18)


@dataclass(frozen=True)
class DemoResult:
    shelter_name: str
    rounds: int
    actions: int


def _id(*parts: object) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts))


def _bilingual(lo: str, en: str) -> str:
    return f"{lo}\n{en}"


def _first_ratings(indicators: list[Indicator], rng: random.Random) -> dict[str, int]:
    # a shelter that has the basics but many gaps: core indicators a little better than the rest
    weights_core, weights_other = (1, 3, 4, 2), (3, 4, 3, 1)
    return {
        i.code: rng.choices(range(4), weights=weights_core if i.core else weights_other)[0]
        for i in indicators
    }


def _second_ratings(first: dict[str, int], rng: random.Random) -> dict[str, int]:
    # a year later: most gaps improved by one level, a few slipped back
    return {
        code: max(0, min(3, rating + rng.choices((-1, 0, 1, 2), weights=(1, 4, 5, 1))[0]))
        for code, rating in first.items()
    }


def _responses(
    round_id: uuid.UUID, indicators: list[Indicator], ratings: dict[str, int], na_codes: set[str]
) -> list[Response]:
    out = []
    for indicator in indicators:
        code = indicator.code
        if code in na_codes:
            out.append(
                Response(
                    id=_id(round_id, code),
                    round_id=round_id,
                    indicator_code=code,
                    answer="not_applicable",
                    rating=None,
                    na_reason=_bilingual("ສູນພັກພິງບໍ່ໄດ້ໃຫ້ບໍລິການນີ້.", "The shelter does not offer this service."),
                )
            )
            continue
        rating = ratings[code]
        notes = ""
        if rating <= 1:
            notes = _bilingual("ຍັງບໍ່ມີເອກະສານເປັນລາຍລັກອັກສອນ.", "Nothing in writing yet.")
        elif rating == 3:
            notes = _bilingual("ພະນັກງານທຸກຄົນຮູ້ ແລະ ປະຕິບັດ.", "All staff know and follow it.")
        out.append(
            Response(
                id=_id(round_id, code),
                round_id=round_id,
                indicator_code=code,
                answer="rated",
                rating=rating,
                notes=notes,
            )
        )
    return out


def _gap_actions(catalogue: Catalogue, ratings: dict[str, int], limit: int) -> list[tuple[Indicator, int]]:
    indicators = [catalogue.indicator(code) for code, rating in ratings.items() if rating < 3]
    indicators.sort(key=lambda i: (not i.core, ratings[i.code], i.code))
    return [(indicator, 3 - ratings[indicator.code]) for indicator in indicators[:limit]]


def create_demo(db: Database, catalogue: Catalogue | None = None) -> DemoResult:
    catalogue = catalogue or bundled_catalogue()
    rng = random.Random(20250612)
    populations, setting = {"women", "children"}, "residential"
    indicators = catalogue.applicable(populations, setting)
    first = _first_ratings(indicators, rng)
    second = _second_ratings(first, rng)
    na_codes = {i.code for i in indicators if i.domain == "EDU"}
    na_codes = set(sorted(na_codes)[-1:])  # one N/A, with its reason, to show how N/A is scored
    name = "ສູນພັກພິງຕົວຢ່າງ (Demo shelter)"
    with db.transaction() as session:
        snapshot = ensure_snapshot(session, catalogue)
        session.execute(delete(Shelter).where(Shelter.id == DEMO_SHELTER_ID))
        session.flush()
        shelter = Shelter(
            id=DEMO_SHELTER_ID,
            name=name,
            kind="ngo",
            operator="ອົງການຕົວຢ່າງ (Example organisation)",
            province="VT",
            setting=setting,
            serves_children=True,
            serves_women=True,
            serves_men=False,
            serves_trafficking_victims=True,
            capacity=24,
            contact_person="",
        )
        session.add(shelter)
        rounds = []
        for number, day in enumerate((FIRST_ROUND, SECOND_ROUND), start=1):
            round_id = _id("round", number)
            rounds.append(
                AssessmentRound(
                    id=round_id,
                    shelter_id=DEMO_SHELTER_ID,
                    assessed_on=day,
                    catalogue_key=snapshot.key,
                    participants=_bilingual(
                        "ຜູ້ຈັດການ, ພະນັກງານສັງຄົມ 2 ຄົນ, ພະຍາບານ", "Manager, two social workers, nurse"
                    ),
                    status="complete",
                    completed_at=dt.datetime.combine(day, dt.time(16, 0), tzinfo=dt.UTC),
                    current_indicator=indicators[-1].code if indicators else "",
                    populations=sorted(populations),
                    setting=setting,
                )
            )
        session.add_all(rounds)
        session.flush()
        for round_, ratings in zip(rounds, (first, second), strict=True):
            session.add_all(_responses(round_.id, indicators, ratings, na_codes))
        actions = _plan(rounds, catalogue, first, second)
        session.add_all(actions)
        session.flush()
        session.add_all(_progress_notes(actions))
        return DemoResult(
            shelter_name=name, rounds=len(rounds), actions=sum(a.round_id == rounds[1].id for a in actions)
        )


def _plan(
    rounds: list[AssessmentRound], catalogue: Catalogue, first: dict[str, int], second: dict[str, int]
) -> list[ActionItem]:
    first_round, second_round = rounds
    items: list[ActionItem] = []
    earlier = _gap_actions(catalogue, first, 4)
    for position, (indicator, _gap) in enumerate(earlier):
        done = position < 2
        items.append(
            ActionItem(
                id=_id("action", 1, position),
                round_id=first_round.id,
                position=position,
                action=_bilingual(indicator.actions.lo[0], indicator.actions.en[0]),
                indicator_codes=[indicator.code],
                responsible=_bilingual("ຜູ້ຈັດການສູນ", "Shelter manager"),
                start_on=dt.date(2025, 7, 1),
                due_on=dt.date(2025, 12, 31),
                resources=_bilingual("ເວລາພະນັກງານ", "Staff time"),
                support_needed="" if done else _bilingual("ການຝຶກອົບຮົມ", "Training"),
                support_from="" if done else "partner",
                status="done" if done else "in_progress",
            )
        )
    carried = [item for item in items if item.status != "done"]
    for position, origin in enumerate(carried):
        items.append(
            ActionItem(
                id=_id("action", 2, "carried", position),
                round_id=second_round.id,
                position=position,
                action=origin.action,
                indicator_codes=list(origin.indicator_codes),
                responsible=origin.responsible,
                start_on=dt.date(2026, 7, 1),
                due_on=dt.date(2026, 12, 31),
                resources=origin.resources,
                support_needed=origin.support_needed,
                support_from=origin.support_from,
                status="in_progress",
                carried_from_id=origin.id,
            )
        )
    already = {code for item in items for code in item.indicator_codes}
    fresh = [(i, g) for i, g in _gap_actions(catalogue, second, 12) if i.code not in already][:4]
    supports = ("ministry", "partner", "", "other")
    for offset, (indicator, _gap) in enumerate(fresh):
        position = len(carried) + offset
        support = supports[offset % len(supports)]
        items.append(
            ActionItem(
                id=_id("action", 2, position),
                round_id=second_round.id,
                position=position,
                action=_bilingual(indicator.actions.lo[0], indicator.actions.en[0]),
                indicator_codes=[indicator.code],
                responsible=_bilingual("ຫົວໜ້າພະນັກງານສັງຄົມ", "Head social worker"),
                start_on=dt.date(2026, 7, 15),
                due_on=dt.date(2026, 10, 31) if offset == 0 else dt.date(2027, 3, 31),
                resources=_bilingual("ງົບປະມານນ້ອຍ, ເວລາພະນັກງານ", "Small budget, staff time"),
                support_needed=_bilingual("ຄູ່ມື ແລະ ການຝຶກອົບຮົມ", "Guidance and training") if support else "",
                support_from=support,
                support_from_detail=_bilingual("ອົງການຄູ່ຮ່ວມງານ", "Partner organisation")
                if support == "other"
                else "",
                status="not_started" if offset else "in_progress",
            )
        )
    return items


def _progress_notes(actions: list[ActionItem]) -> list[ProgressNote]:
    notes = []
    for action in actions:
        if action.status in ("in_progress", "done") and action.start_on:
            notes.append(
                ProgressNote(
                    id=_id("note", action.id),
                    action_id=action.id,
                    noted_on=action.start_on + dt.timedelta(days=30),
                    text=_bilingual("ເລີ່ມແລ້ວ; ປະຊຸມພະນັກງານຄັ້ງທຳອິດແລ້ວ.", "Started; first staff meeting held."),
                )
            )
    return notes
