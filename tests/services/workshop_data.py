"""Three shelters (and an archived fourth) with a few answers each, made through the services, for the
workshop tests; the aggregates they give are worked out by hand in tests/services/test_workshop.py."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sheltercheck.catalogue.loader import bundled_catalogue
from sheltercheck.services import profiles, rounds
from sheltercheck.services.rounds import ResponseState
from sheltercheck.store.db import Database

SECRETS = (  # none of these may appear anywhere in an anonymised view or workbook
    "Alpha House",
    "Beta Refuge",
    "ສູນແກມມາ",
    "Delta Home",
    "Operator Zeta",
    "Contact Person Eta",
    "Secret note Theta",
    "Participant Iota",
    "Evidence Kappa",
)


@dataclass(frozen=True)
class Workshop:
    alpha: uuid.UUID
    beta: uuid.UUID
    gamma: uuid.UUID
    delta: uuid.UUID
    alpha_first: uuid.UUID
    alpha_second: uuid.UUID
    beta_round: uuid.UUID
    gamma_round: uuid.UUID
    delta_round: uuid.UUID


def _shelter(db: Database, name: str, populations: set[str], setting: str) -> uuid.UUID:
    profile = profiles.ShelterProfile(
        name=name,
        kind="ngo",
        operator="Operator Zeta",
        province="VT",
        setting=setting,
        populations=populations,
        contact_person="Contact Person Eta",
    )
    return profiles.create_shelter(db, profile)


def _round(
    db: Database, shelter_id: uuid.UUID, day: dt.date, answers: dict[str, object], complete: bool = True
) -> uuid.UUID:
    round_id = rounds.start_round(db, shelter_id, day, "Participant Iota", bundled_catalogue())
    state = rounds.load_round(db, round_id)
    for code, answer in answers.items():
        if answer == "na":
            response = ResponseState("not_applicable", na_reason="Not offered", notes="Secret note Theta")
        elif answer == "unknown":
            response = ResponseState("unknown", notes="Secret note Theta")
        else:
            assert isinstance(answer, int)
            response = ResponseState("rated", answer, notes="Secret note Theta", evidence="Evidence Kappa")
        rounds.save_response(db, state, code, response)
    if complete:
        rounds.set_complete(db, state, True)
    return round_id


def make_workshop(db: Database) -> Workshop:
    alpha = _shelter(db, "Alpha House", {"women"}, "residential")
    beta = _shelter(db, "Beta Refuge", {"women"}, "residential")
    gamma = _shelter(db, "ສູນແກມມາ", {"men"}, "drop-in")
    delta = _shelter(db, "Delta Home", {"women"}, "residential")
    alpha_first = _round(
        db, alpha, dt.date(2025, 1, 10), {"GOV-01": 1, "GOV-02": 3, "ADM-04": 0, "SAF-02": 3}
    )
    alpha_second = _round(
        db, alpha, dt.date(2026, 1, 10), {"GOV-01": 3, "GOV-02": 2, "GOV-06": "na", "ADM-04": 0, "SAF-02": 2}
    )
    beta_round = _round(
        db, beta, dt.date(2026, 2, 1), {"GOV-01": 2, "GOV-06": 0, "ADM-04": 0, "SAF-02": "unknown"}
    )
    gamma_round = _round(db, gamma, dt.date(2026, 3, 1), {"GOV-01": 3, "ADM-04": 1}, complete=False)
    delta_round = _round(db, delta, dt.date(2026, 3, 2), {"GOV-01": 0})
    profiles.set_archived(db, delta, True)
    return Workshop(
        alpha, beta, gamma, delta, alpha_first, alpha_second, beta_round, gamma_round, delta_round
    )
