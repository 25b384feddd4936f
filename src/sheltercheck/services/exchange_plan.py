"""What importing an exchange file would change, worked out before anything is written.

Records are matched by UUID. A shelter or round that is not here is NEW; one that is here with the same
content is SAME and skipped; one that is here with different content is CHANGED and needs a choice:

- KEEP_BOTH (the default): the imported one is added beside this computer's, with new IDs. For a
  shelter that means a separate shelter holding every round of the file (as copies).
- REPLACE: the imported one takes the place of this computer's (for a shelter: its profile; its rounds
  are then merged one by one, each by its own choice).
- KEEP_EXISTING: this computer's record stays as it is and the file's version is not imported (for a
  shelter: its profile stays; its rounds are merged one by one, each by its own choice).

Content means what a person entered: timestamps, the walk-through's position, IDs of answers and plan
items are not compared. A round is compared as a whole with its answers and its action plan.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sheltercheck.exchange.package import ExchangePackage
from sheltercheck.exchange.schema import RoundDoc, ShelterDoc
from sheltercheck.services.exchange_catalogues import catalogues_for, check_indicators
from sheltercheck.store.db import Database, translate_errors
from sheltercheck.store.models import ActionItem, AssessmentRound, Shelter


class Change(enum.StrEnum):
    NEW = "new"  # not on this computer: added
    SAME = "same"  # here with the same content: skipped
    CHANGED = "changed"  # here with different content: a choice decides


class Choice(enum.StrEnum):
    KEEP_BOTH = "keep_both"
    REPLACE = "replace"
    KEEP_EXISTING = "keep_existing"


DEFAULT_CHOICE = Choice.KEEP_BOTH


class Action(enum.StrEnum):
    """What the import does with one shelter or round, once the choices are made."""

    ADD = "add"  # with its own ID
    ADD_COPY = "add_copy"  # with a new ID, beside this computer's
    REPLACE = "replace"
    KEEP = "keep"  # nothing is written (identical, or this computer's version kept)


PROFILE_FIELDS = (
    "name",
    "kind",
    "operator",
    "province",
    "setting",
    "serves_children",
    "serves_women",
    "serves_men",
    "serves_trafficking_victims",
    "other_groups",
    "capacity",
    "contact_person",
)
_SERVES = {"serves_children", "serves_women", "serves_men"}  # shown together as "populations"
ROUND_FIELDS = ("assessed_on", "participants", "catalogue_key", "status", "populations", "setting")


@dataclass(frozen=True)
class RoundPreview:
    id: uuid.UUID
    assessed_on: dt.date
    status: str
    catalogue_key: str
    answered: int  # indicators answered in the file's round
    plan_items: int
    change: Change
    differences: tuple[str, ...] = ()  # CHANGED: keys of messages.FIELD_LABELS ("answers", "plan", …)
    answers_differing: int = 0  # CHANGED: indicators whose answer, notes or evidence differ
    existing_shelter_id: uuid.UUID | None = None  # CHANGED: the shelter the round belongs to here
    existing_content: int = field(default=0, repr=False)  # a hash of the round here, to notice edits


@dataclass(frozen=True)
class ShelterPreview:
    id: uuid.UUID
    name: str
    change: Change
    rounds: tuple[RoundPreview, ...]
    differences: tuple[str, ...] = ()  # CHANGED: keys of messages.FIELD_LABELS
    existing_name: str | None = None  # the name here, when the shelter is here
    existing_content: int = field(default=0, repr=False)  # a hash of the profile here, to notice edits


@dataclass(frozen=True)
class ImportOutcome:
    shelters_added: int = 0
    shelters_copied: int = 0
    shelters_replaced: int = 0
    rounds_added: int = 0
    rounds_copied: int = 0
    rounds_replaced: int = 0
    rounds_kept: int = 0  # identical, or this computer's version kept
    catalogues_added: int = 0

    @property
    def writes(self) -> bool:
        counts = (self.shelters_added, self.shelters_copied, self.shelters_replaced, self.rounds_added)
        return any(counts) or any((self.rounds_copied, self.rounds_replaced, self.catalogues_added))


@dataclass(frozen=True)
class ImportPlan:
    package: ExchangePackage
    shelters: tuple[ShelterPreview, ...]  # in the file's order
    catalogues_to_add: Mapping[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def conflicts(self) -> tuple[ShelterPreview | RoundPreview, ...]:
        """Every shelter and round that needs a choice, in the file's order."""
        found: list[ShelterPreview | RoundPreview] = []
        for shelter in self.shelters:
            if shelter.change is Change.CHANGED:
                found.append(shelter)
            found.extend(r for r in shelter.rounds if r.change is Change.CHANGED)
        return tuple(found)

    def resolve(self, choices: Mapping[uuid.UUID, Choice] | None = None) -> dict[uuid.UUID, Choice]:
        """A choice for every conflict: the given ones, the default for the rest."""
        choices = dict(choices or {})
        ids = {conflict.id for conflict in self.conflicts}
        unknown = set(choices) - ids
        if unknown:
            raise ValueError(f"choices for records that are not in conflict: {sorted(map(str, unknown))}")
        return {conflict_id: Choice(choices.get(conflict_id, DEFAULT_CHOICE)) for conflict_id in ids}

    def shelter_action(self, shelter: ShelterPreview, choices: Mapping[uuid.UUID, Choice]) -> Action:
        if shelter.change is Change.NEW:
            return Action.ADD
        if shelter.change is Change.SAME:
            return Action.KEEP
        return _ACTIONS[choices.get(shelter.id, DEFAULT_CHOICE)]

    def round_action(
        self, shelter: ShelterPreview, round_: RoundPreview, choices: Mapping[uuid.UUID, Choice]
    ) -> Action:
        if self.shelter_action(shelter, choices) is Action.ADD_COPY:
            return Action.ADD_COPY  # a separate shelter takes every round of the file with it
        if round_.change is Change.NEW:
            return Action.ADD
        if round_.change is Change.SAME:
            return Action.KEEP
        return _ACTIONS[choices.get(round_.id, DEFAULT_CHOICE)]

    def outcome(self, choices: Mapping[uuid.UUID, Choice] | None = None) -> ImportOutcome:
        """What the import would do with these choices (the UI shows it as the choices change)."""
        resolved = self.resolve(choices)
        shelters = {action: 0 for action in Action}
        rounds = {action: 0 for action in Action}
        for shelter in self.shelters:
            shelters[self.shelter_action(shelter, resolved)] += 1
            for round_ in shelter.rounds:
                rounds[self.round_action(shelter, round_, resolved)] += 1
        return ImportOutcome(
            shelters_added=shelters[Action.ADD],
            shelters_copied=shelters[Action.ADD_COPY],
            shelters_replaced=shelters[Action.REPLACE],
            rounds_added=rounds[Action.ADD],
            rounds_copied=rounds[Action.ADD_COPY],
            rounds_replaced=rounds[Action.REPLACE],
            rounds_kept=rounds[Action.KEEP],
            catalogues_added=len(self.catalogues_to_add),
        )

    def signature(self) -> tuple[object, ...]:
        """Everything the import's writing depends on; equal signatures, equal imports."""
        return (
            tuple(sorted(self.catalogues_to_add)),
            tuple(
                (
                    s.id,
                    s.change,
                    s.existing_content,
                    tuple((r.id, r.change, r.existing_content) for r in s.rounds),
                )
                for s in self.shelters
            ),
        )


_ACTIONS = {
    Choice.KEEP_BOTH: Action.ADD_COPY,
    Choice.REPLACE: Action.REPLACE,
    Choice.KEEP_EXISTING: Action.KEEP,
}


# --- comparing content (the ORM rows and the documents share their field names) -------------------------


def _answers(responses: Iterable[Any]) -> dict[str, tuple[object, ...]]:
    return {r.indicator_code: (r.answer, r.rating, r.na_reason, r.notes, r.evidence) for r in responses}


def _plan(actions: Iterable[Any]) -> tuple[tuple[object, ...], ...]:
    return tuple(
        (
            a.action,
            tuple(a.indicator_codes),
            a.responsible,
            a.start_on,
            a.due_on,
            a.resources,
            a.support_needed,
            a.support_from,
            a.support_from_detail,
            a.status,
            a.dropped_reason,
            a.carried_from_id is not None,
            tuple(sorted((n.noted_on, n.text) for n in a.notes)),
        )
        for a in sorted(actions, key=lambda a: a.position)
    )


def _details(round_: Any) -> dict[str, object]:
    values = {name: getattr(round_, name) for name in ROUND_FIELDS}
    values["populations"] = tuple(sorted(values["populations"]))
    return values


def _round_preview(doc: RoundDoc, shelter_id: uuid.UUID, existing: AssessmentRound | None) -> RoundPreview:
    differences: list[str] = []
    differing = content = 0
    if existing is not None:
        mine, theirs = _details(existing), _details(doc)
        content = hash(
            (
                existing.shelter_id,
                tuple(mine.items()),
                tuple(sorted(_answers(existing.responses).items())),
                _plan(existing.actions),
            )
        )
        differences = [name for name in ROUND_FIELDS if mine[name] != theirs[name]]
        if existing.shelter_id != shelter_id:
            differences.insert(0, "shelter")
        ours, incoming = _answers(existing.responses), _answers(doc.responses)
        differing = sum(ours.get(code) != incoming.get(code) for code in set(ours) | set(incoming))
        if differing:
            differences.append("answers")
        if _plan(existing.actions) != _plan(doc.actions):
            differences.append("plan")
    return RoundPreview(
        id=doc.id,
        assessed_on=doc.assessed_on,
        status=doc.status,
        catalogue_key=doc.catalogue_key,
        answered=sum(r.answer != "unanswered" for r in doc.responses),
        plan_items=len(doc.actions),
        change=Change.NEW if existing is None else Change.CHANGED if differences else Change.SAME,
        differences=tuple(differences),
        answers_differing=differing,
        existing_shelter_id=existing.shelter_id if existing is not None else None,
        existing_content=content,
    )


def _shelter_preview(
    doc: ShelterDoc, existing: Shelter | None, rounds: tuple[RoundPreview, ...]
) -> ShelterPreview:
    if existing is None:
        return ShelterPreview(doc.id, doc.name, Change.NEW, rounds)
    differing = [name for name in PROFILE_FIELDS if getattr(existing, name) != getattr(doc, name)]
    differences = tuple(dict.fromkeys("populations" if name in _SERVES else name for name in differing))
    change = Change.CHANGED if differences else Change.SAME
    content = hash(tuple(getattr(existing, name) for name in PROFILE_FIELDS))
    return ShelterPreview(doc.id, doc.name, change, rounds, differences, existing.name, content)


def _chunks(ids: Sequence[uuid.UUID], size: int = 500) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


# --- the plan -------------------------------------------------------------------------------------------


def make_plan(session: Session, package: ExchangePackage) -> ImportPlan:
    """The plan, read in `session` (apply_import calls it again inside its transaction)."""
    catalogues, to_add = catalogues_for(session, package)
    check_indicators(package, catalogues)
    shelters = package.data.shelters
    shelter_ids = [s.id for s in shelters]
    round_ids = [r.id for s in shelters for r in s.rounds]
    existing_shelters: dict[uuid.UUID, Shelter] = {}
    for chunk in _chunks(shelter_ids):
        existing_shelters.update(
            (s.id, s) for s in session.scalars(select(Shelter).where(Shelter.id.in_(chunk)))
        )
    existing_rounds: dict[uuid.UUID, AssessmentRound] = {}
    options = (
        selectinload(AssessmentRound.responses),
        selectinload(AssessmentRound.actions).selectinload(ActionItem.notes),
    )
    for chunk in _chunks(round_ids):
        query = select(AssessmentRound).where(AssessmentRound.id.in_(chunk)).options(*options)
        existing_rounds.update((r.id, r) for r in session.scalars(query))
    previews = []
    for shelter in shelters:
        rounds = tuple(_round_preview(r, shelter.id, existing_rounds.get(r.id)) for r in shelter.rounds)
        previews.append(_shelter_preview(shelter, existing_shelters.get(shelter.id), rounds))
    return ImportPlan(package, tuple(previews), to_add)


def plan_import(db: Database, package: ExchangePackage) -> ImportPlan:
    """What importing `package` would change here; nothing is written. Refuses (UserError) a file whose
    catalogues this computer lacks or has in another form, or whose answers name unknown indicators."""
    with translate_errors(db), db.sessions() as session:
        return make_plan(session, package)
