"""Creating, editing and archiving shelter profiles, with the checks a form needs.

There is deliberately no address field: a shelter's location is confidential.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sheltercheck.assessment.provinces import BY_CODE
from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP
from sheltercheck.store.db import Database
from sheltercheck.store.models import SETTINGS, SHELTER_KINDS, Shelter

NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "The shelter needs a name.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The shelter's name is too long (at most {limit} characters).")
NO_POPULATION = QT_TRANSLATE_NOOP(
    "Errors", "Tick at least one group the shelter serves: children, women or men."
)
BAD_CAPACITY = QT_TRANSLATE_NOOP("Errors", "The capacity must be a whole number from 0 to 10,000.")
UNKNOWN_SHELTER = QT_TRANSLATE_NOOP("Errors", "This shelter no longer exists on this computer.")


@dataclass
class ShelterProfile:
    name: str = ""
    kind: str = "state"
    operator: str = ""
    province: str = ""
    setting: str = "residential"
    populations: set[str] = field(default_factory=lambda: {"women"})
    serves_trafficking_victims: bool = True
    other_groups: str = ""
    capacity: int | None = None
    contact_person: str = ""

    def validated(self) -> ShelterProfile:
        name = self.name.strip()
        if not name:
            raise UserError(NAME_REQUIRED)
        if len(name) > 200:
            raise UserError(NAME_TOO_LONG, limit=200)
        if not self.populations & {"children", "women", "men"}:
            raise UserError(NO_POPULATION)
        if self.capacity is not None and not 0 <= self.capacity <= 10_000:
            raise UserError(BAD_CAPACITY)
        return ShelterProfile(
            name=name,
            kind=self.kind if self.kind in SHELTER_KINDS else "other",
            operator=self.operator.strip()[:200],
            province=self.province if self.province in BY_CODE else "",
            setting=self.setting if self.setting in SETTINGS else "residential",
            populations=self.populations & {"children", "women", "men"},
            serves_trafficking_victims=self.serves_trafficking_victims,
            other_groups=self.other_groups.strip()[:400],
            capacity=self.capacity,
            contact_person=self.contact_person.strip()[:200],
        )


def _apply(shelter: Shelter, profile: ShelterProfile) -> None:
    shelter.name = profile.name
    shelter.kind = profile.kind
    shelter.operator = profile.operator
    shelter.province = profile.province
    shelter.setting = profile.setting
    shelter.serves_children = "children" in profile.populations
    shelter.serves_women = "women" in profile.populations
    shelter.serves_men = "men" in profile.populations
    shelter.serves_trafficking_victims = profile.serves_trafficking_victims
    shelter.other_groups = profile.other_groups
    shelter.capacity = profile.capacity
    shelter.contact_person = profile.contact_person


def profile_of(shelter: Shelter) -> ShelterProfile:
    populations = {
        p
        for p, on in (
            ("children", shelter.serves_children),
            ("women", shelter.serves_women),
            ("men", shelter.serves_men),
        )
        if on
    }
    return ShelterProfile(
        name=shelter.name,
        kind=shelter.kind,
        operator=shelter.operator,
        province=shelter.province,
        setting=shelter.setting,
        populations=populations,
        serves_trafficking_victims=shelter.serves_trafficking_victims,
        other_groups=shelter.other_groups,
        capacity=shelter.capacity,
        contact_person=shelter.contact_person,
    )


def create_shelter(db: Database, profile: ShelterProfile) -> uuid.UUID:
    clean = profile.validated()
    with db.transaction() as session:
        shelter = Shelter()
        _apply(shelter, clean)
        session.add(shelter)
        session.flush()
        return shelter.id


def load_profile(db: Database, shelter_id: uuid.UUID) -> ShelterProfile:
    with db.sessions() as session:
        shelter = session.get(Shelter, shelter_id)
        if shelter is None:
            raise UserError(UNKNOWN_SHELTER)
        return profile_of(shelter)


def update_shelter(db: Database, shelter_id: uuid.UUID, profile: ShelterProfile) -> None:
    clean = profile.validated()
    with db.transaction() as session:
        shelter = session.get(Shelter, shelter_id)
        if shelter is None:
            raise UserError(UNKNOWN_SHELTER)
        _apply(shelter, clean)


def set_archived(db: Database, shelter_id: uuid.UUID, archived: bool) -> None:
    with db.transaction() as session:
        shelter = session.get(Shelter, shelter_id)
        if shelter is None:
            raise UserError(UNKNOWN_SHELTER)
        shelter.archived = archived
