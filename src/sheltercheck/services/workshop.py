"""A workshop: several shelters' rounds side by side, for a facilitator's projector and summary.

`build_workshop(db, selection, anonymise=…, language=…)` returns a `WorkshopView`: frozen plain data that
the Workshop page, reports/workshop_xlsx.py and the workshop PDF lay out without computing anything.
The sums are in assessment/workshop.py (its docstring says how every figure is reached).

Which rounds, and the letters of an anonymised workshop (kept in the `installation` table, stable for
the whole workshop), are in services/workshop_selection.py; everything a report needs is re-exported
here. An anonymised view holds no shelter name, operator, contact person, participant, note or
shelter/round id: only the letters ("Shelter A"), dates, statements and figures.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, select, type_coerce
from sqlalchemy.orm import Session

from sheltercheck.assessment.scoring import Answer, IndicatorRef, score_round
from sheltercheck.assessment.workshop import (
    CommonGap,
    IndicatorDistribution,
    PreviousRound,
    RatingCounts,
    ShelterChange,
    ShelterRound,
    WorkshopChange,
    WorkshopDomain,
    WorkshopIndicator,
    WorkshopShelter,
    anonymous_letters,
    common_core_gaps,
    mean,
    rating_distribution,
    shelter_column,
    workshop_change,
)
from sheltercheck.catalogue.model import Catalogue, Indicator
from sheltercheck.errors import UserError
from sheltercheck.messages import Translate, identity_translate, render
from sheltercheck.services.catalogues import load_snapshot
from sheltercheck.services.rounds import UNKNOWN_ROUND
from sheltercheck.services.workshop_selection import (
    DEFAULT_WORKSHOP,
    SHELTER_LABEL,
    RoundChoice,
    ShelterChoice,
    WorkshopSelection,
    anonymous_labels,
    default_selection,
    letter_numbers,
    new_letters,
    workshop_choices,
)
from sheltercheck.store.db import Database
from sheltercheck.store.models import AssessmentRound, Response, Shelter

__all__ = [
    "DEFAULT_WORKSHOP",
    "SHELTER_LABEL",
    "CommonGap",
    "IndicatorDistribution",
    "RatingCounts",
    "RoundChoice",
    "ShelterChange",
    "ShelterChoice",
    "WorkshopChange",
    "WorkshopDomain",
    "WorkshopIndicator",
    "WorkshopSelection",
    "WorkshopShelter",
    "WorkshopView",
    "anonymous_labels",
    "build_workshop",
    "default_selection",
    "new_letters",
    "workshop_choices",
]

_ANSWERS: dict[tuple[str, int | None], Answer] = {
    ("rated", rating): Answer("rated", rating) for rating in range(4)
}
_ANSWERS[("not_applicable", None)] = Answer("not_applicable")
_ANSWERS[("unknown", None)] = Answer("unknown")


@dataclass(frozen=True, slots=True)
class WorkshopView:
    """Everything the Workshop page, the workbook and the PDF show, texts in `language`.

    `shelters` is in display order (by letter when anonymised, else by name); every per-shelter tuple
    below (`WorkshopShelter.domains`, `WorkshopChange.shelters`, `CommonGap.labels`) follows it, and every
    per-domain tuple follows `domains`.
    """

    language: str
    anonymised: bool
    workshop_id: str
    made_on: dt.date
    catalogues: tuple[str, ...]  # the catalogue versions of the rounds ("<id>@<version>")
    domains: tuple[WorkshopDomain, ...]  # those with an indicator in at least one round, catalogue order
    indicators: tuple[WorkshopIndicator, ...]  # applicable in at least one round, catalogue order
    shelters: tuple[WorkshopShelter, ...]
    domain_means: tuple[float | None, ...]  # mean over the shelters with a score in that domain
    overall_mean: float | None
    core_gaps: tuple[CommonGap, ...]  # most common first
    distribution: tuple[IndicatorDistribution, ...]  # one per indicator, same order
    change: WorkshopChange | None  # None when no shelter has a round before the chosen one

    def domain_mean(self, code: str) -> float | None:
        for domain, value in zip(self.domains, self.domain_means, strict=True):
            if domain.code == code:
                return value
        raise KeyError(code)


# building the view -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Round:
    id: uuid.UUID
    shelter_id: uuid.UUID
    assessed_on: dt.date
    complete: bool
    catalogue_key: str
    populations: tuple[str, ...]
    setting: str


_ROUND_COLUMNS = (
    AssessmentRound.id,
    AssessmentRound.shelter_id,
    AssessmentRound.assessed_on,
    AssessmentRound.status,
    AssessmentRound.catalogue_key,
    AssessmentRound.populations,
    AssessmentRound.setting,
)


def _rounds(session: Session, condition: ColumnElement[bool]) -> list[_Round]:
    """Rounds (without their answers) in the order of `previous round`: by date, then by creation."""
    query = (
        select(*_ROUND_COLUMNS)
        .where(condition)
        .order_by(AssessmentRound.assessed_on, AssessmentRound.created_at)
    )
    return [
        _Round(rid, sid, day, status == "complete", key, tuple(populations or ()), setting)
        for rid, sid, day, status, key, populations, setting in session.execute(query)
    ]


def _answers(session: Session, round_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, Answer]]:
    """The rounds' answers in one Core query. The round id is read as the stored text, not as a UUID:
    converting tens of thousands of ids (and the ORM's row handling) took half the workshop's build
    time. A server database may hand back UUIDs anyway; both are looked up."""
    by_key: dict[object, dict[str, Answer]] = {}
    out: dict[uuid.UUID, dict[str, Answer]] = {}
    for rid in round_ids:
        answers = out[rid] = {}
        by_key.update({rid: answers, rid.hex: answers, str(rid): answers})
    raw_id = type_coerce(Response.round_id, String())
    query = select(raw_id, Response.indicator_code, Response.answer, Response.rating).where(
        Response.round_id.in_(round_ids), Response.answer != "unanswered"
    )
    for raw, code, kind, rating in session.connection().execute(query):
        by_key[raw][code] = _ANSWERS[(kind, rating)]
    return out


def _display_names(names: dict[uuid.UUID, str]) -> dict[uuid.UUID, str]:
    """Shelter names, with " (2)", " (3)" after repeated names so two columns never look the same."""
    seen: dict[str, int] = {}
    out = {}
    for shelter_id in sorted(names, key=str):
        name = names[shelter_id]
        seen[name] = seen.get(name, 0) + 1
        out[shelter_id] = name if seen[name] == 1 else f"{name} ({seen[name]})"
    return out


def build_workshop(
    db: Database,
    selection: WorkshopSelection,
    *,
    anonymise: bool,
    language: str,
    translate: Translate = identity_translate,
) -> WorkshopView:
    """The workshop's figures for the chosen rounds, texts in `language` (`translate` must translate into
    it: it gives the "Shelter A" labels). A round that no longer exists is a UserError; two rounds of one
    shelter are a ValueError."""
    round_ids = list(dict.fromkeys(selection.round_ids))
    with db.sessions() as session:
        chosen = _rounds(session, AssessmentRound.id.in_(round_ids)) if round_ids else []
        if len(chosen) != len(round_ids):
            raise UserError(UNKNOWN_ROUND)
        shelter_ids = [r.shelter_id for r in chosen]
        if len(set(shelter_ids)) != len(shelter_ids):
            raise ValueError("a workshop shows one round per shelter")
        history: dict[uuid.UUID, list[_Round]] = {}
        for round_ in _rounds(session, AssessmentRound.shelter_id.in_(shelter_ids)) if chosen else []:
            history.setdefault(round_.shelter_id, []).append(round_)
        previous: dict[uuid.UUID, _Round] = {}
        for round_ in chosen:
            rounds = history[round_.shelter_id]
            position = next(i for i, r in enumerate(rounds) if r.id == round_.id)
            if position:
                previous[round_.id] = rounds[position - 1]
        answers = _answers(session, [r.id for r in chosen] + [r.id for r in previous.values()])
        catalogues = {
            key: load_snapshot(session, key)
            for key in dict.fromkeys(r.catalogue_key for r in (*chosen, *previous.values()))
        }
        if anonymise:  # names are not even read
            numbers = letter_numbers(session, selection.workshop_id, shelter_ids)
            session.commit()
        else:
            query = select(Shelter.id, Shelter.name).where(Shelter.id.in_(shelter_ids))
            names = dict(session.execute(query).all())

    applicable: dict[tuple[str, tuple[str, ...], str], tuple[Indicator, ...]] = {}

    def indicators_of(round_: _Round) -> tuple[Indicator, ...]:
        key = (round_.catalogue_key, round_.populations, round_.setting)
        if key not in applicable:
            applicable[key] = tuple(catalogues[key[0]].applicable(set(key[1]), key[2]))
        return applicable[key]

    refs: dict[tuple[str, tuple[str, ...], str], tuple[IndicatorRef, ...]] = {}

    def refs_of(round_: _Round) -> tuple[IndicatorRef, ...]:
        key = (round_.catalogue_key, round_.populations, round_.setting)
        if key not in refs:
            refs[key] = tuple(IndicatorRef(i.code, i.domain, i.core) for i in indicators_of(round_))
        return refs[key]

    if anonymise:
        order = sorted(chosen, key=lambda r: numbers[r.shelter_id])
        labels = {
            r.shelter_id: render(
                SHELTER_LABEL, {"letter": anonymous_letters(numbers[r.shelter_id])}, translate
            )
            for r in chosen
        }
    else:
        labels = _display_names(names)
        order = sorted(chosen, key=lambda r: (labels[r.shelter_id].casefold(), str(r.shelter_id)))

    entries: list[ShelterRound] = []
    for round_ in order:
        round_refs = refs_of(round_)
        before = previous.get(round_.id)
        earlier = None
        if before is not None:
            before_answers = answers[before.id]
            earlier = PreviousRound(
                before.assessed_on, score_round(refs_of(before), before_answers), before_answers
            )
        entries.append(
            ShelterRound(
                labels[round_.shelter_id],
                round_refs,
                answers[round_.id],
                score_round(round_refs, answers[round_.id]),
                earlier,
            )
        )

    keys = tuple(dict.fromkeys(r.catalogue_key for r in order))
    present = {i.code for r in order for i in indicators_of(r)}
    domains, indicators = _domains_and_indicators([catalogues[k] for k in keys], present, language)
    shelters = tuple(
        shelter_column(
            entry,
            domains,
            shelter_id=None if anonymise else round_.shelter_id,
            round_id=None if anonymise else round_.id,
            assessed_on=round_.assessed_on,
            complete=round_.complete,
        )
        for entry, round_ in zip(entries, order, strict=True)
    )
    return WorkshopView(
        language=language,
        anonymised=anonymise,
        workshop_id=selection.workshop_id,
        made_on=dt.date.today(),
        catalogues=keys,
        domains=domains,
        indicators=indicators,
        shelters=shelters,
        domain_means=tuple(mean(s.domains[k] for s in shelters) for k in range(len(domains))),
        overall_mean=mean(s.overall for s in shelters),
        core_gaps=common_core_gaps(entries, indicators),
        distribution=rating_distribution(entries, indicators),
        change=workshop_change(entries, domains),
    )


def _domains_and_indicators(
    catalogues: Sequence[Catalogue], present: set[str], language: str
) -> tuple[tuple[WorkshopDomain, ...], tuple[WorkshopIndicator, ...]]:
    """The domains and indicators `present` in some round, in catalogue order; the texts come from the
    first catalogue (in display order) that has them, and a domain only a later version has goes last."""
    domains: dict[str, tuple[int, WorkshopDomain]] = {}
    found: dict[str, tuple[int, int, WorkshopIndicator]] = {}
    for catalogue in catalogues:
        for domain in catalogue.domains:
            if not any(i.code in present for i in domain.indicators) or domain.code in domains:
                continue
            domains[domain.code] = (len(domains), WorkshopDomain(domain.code, domain.name.get(language)))
        for position, indicator in enumerate(catalogue.indicators()):
            if indicator.code in present and indicator.code not in found:
                text = WorkshopIndicator(
                    indicator.code, indicator.domain, indicator.core, indicator.statement.get(language)
                )
                found[indicator.code] = (domains[indicator.domain][0], position, text)
    ordered = sorted(found.values(), key=lambda item: (item[0], item[1]))
    return tuple(domain for _, domain in domains.values()), tuple(indicator for _, _, indicator in ordered)
