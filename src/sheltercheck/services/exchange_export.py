"""Exporting shelters, with their rounds, answers and action plans, as an exchange file (.shelterchk).

One shelter (all its rounds or the chosen ones) or every shelter. The file always carries the catalogue
versions its rounds were rated against, so the receiver never lacks one. The exported data goes through
the same validator as an imported file: ShelterCheck never writes a file it would refuse to read.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from sheltercheck import __version__
from sheltercheck.errors import UserError
from sheltercheck.exchange import crypto, redact
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.package import SUFFIX, write_package
from sheltercheck.exchange.schema import ExchangeData, validate_data
from sheltercheck.fileio import atomic_write_bytes
from sheltercheck.messages import Translate, identity_translate, render
from sheltercheck.services.installation import installation_id
from sheltercheck.services.profiles import UNKNOWN_SHELTER
from sheltercheck.store.db import Database, translate_errors
from sheltercheck.store.models import (
    ActionItem,
    AssessmentRound,
    CatalogueSnapshot,
    ProgressNote,
    Response,
    Shelter,
)


@dataclass(frozen=True)
class ExportSummary:
    shelters: int
    rounds: int
    catalogues: tuple[str, ...]  # the catalogue versions the file carries
    protected: bool
    redacted: bool
    neutral_names: bool


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive date-times; they were stored in UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _stamps(record: Shelter | AssessmentRound | Response | ActionItem | ProgressNote) -> dict[str, Any]:
    return {"id": record.id, "created_at": _utc(record.created_at), "updated_at": _utc(record.updated_at)}


def _note(note: ProgressNote) -> dict[str, Any]:
    return {**_stamps(note), "noted_on": note.noted_on, "text": note.text}


def _action(item: ActionItem) -> dict[str, Any]:
    notes = sorted(item.notes, key=lambda n: (n.noted_on, _utc(n.created_at), str(n.id)))
    return {
        **_stamps(item),
        "position": item.position,
        "action": item.action,
        "indicator_codes": list(item.indicator_codes),
        "responsible": item.responsible,
        "start_on": item.start_on,
        "due_on": item.due_on,
        "resources": item.resources,
        "support_needed": item.support_needed,
        "support_from": item.support_from,
        "support_from_detail": item.support_from_detail,
        "status": item.status,
        "dropped_reason": item.dropped_reason,
        "carried_from_id": item.carried_from_id,
        "notes": [_note(note) for note in notes],
    }


def _response(response: Response) -> dict[str, Any]:
    return {
        **_stamps(response),
        "indicator_code": response.indicator_code,
        "answer": response.answer,
        "rating": response.rating,
        "na_reason": response.na_reason,
        "notes": response.notes,
        "evidence": response.evidence,
    }


def _round(round_: AssessmentRound) -> dict[str, Any]:
    return {
        **_stamps(round_),
        "assessed_on": round_.assessed_on,
        "participants": round_.participants,
        "catalogue_key": round_.catalogue_key,
        "status": round_.status,
        "completed_at": _utc(round_.completed_at) if round_.completed_at else None,
        "current_indicator": round_.current_indicator,
        "populations": list(round_.populations),
        "setting": round_.setting,
        "responses": [_response(r) for r in sorted(round_.responses, key=lambda r: r.indicator_code)],
        "actions": [_action(a) for a in sorted(round_.actions, key=lambda a: (a.position, str(a.id)))],
    }


def _shelter(shelter: Shelter, rounds: list[AssessmentRound]) -> dict[str, Any]:
    return {
        **_stamps(shelter),
        "name": shelter.name,
        "kind": shelter.kind,
        "operator": shelter.operator,
        "province": shelter.province,
        "setting": shelter.setting,
        "serves_children": shelter.serves_children,
        "serves_women": shelter.serves_women,
        "serves_men": shelter.serves_men,
        "serves_trafficking_victims": shelter.serves_trafficking_victims,
        "other_groups": shelter.other_groups,
        "capacity": shelter.capacity,
        "contact_person": shelter.contact_person,
        "archived": shelter.archived,
        "rounds": [_round(r) for r in sorted(rounds, key=lambda r: (r.assessed_on, _utc(r.created_at)))],
    }


def export_data(
    db: Database, shelter_id: uuid.UUID | None = None, round_ids: Collection[uuid.UUID] | None = None
) -> tuple[ExchangeData, dict[str, tuple[str, dict[str, Any]]]]:
    """The shelter `shelter_id` (None: every shelter, archived ones too) with its rounds (`round_ids`:
    only these), validated, and the catalogue snapshots its rounds use: key -> (checksum, content)."""
    query = (
        select(Shelter)
        .options(
            selectinload(Shelter.rounds).selectinload(AssessmentRound.responses),
            selectinload(Shelter.rounds).selectinload(AssessmentRound.actions).selectinload(ActionItem.notes),
        )
        .order_by(Shelter.name, Shelter.id)
    )
    if shelter_id is not None:
        query = query.where(Shelter.id == shelter_id)
    with translate_errors(db), db.sessions() as session:
        shelters = session.scalars(query).all()
        if not shelters:
            raise UserError(UNKNOWN_SHELTER if shelter_id is not None else m.NOTHING_TO_EXPORT)
        wanted = set(round_ids) if round_ids is not None else None
        documents: list[dict[str, Any]] = []
        keys: set[str] = set()
        for shelter in shelters:
            rounds = [r for r in shelter.rounds if wanted is None or r.id in wanted]
            keys.update(r.catalogue_key for r in rounds)
            documents.append(_shelter(shelter, rounds))
        if wanted is not None:
            found = {r.id for shelter in shelters for r in shelter.rounds}
            for missing in sorted(wanted - found, key=str):
                raise UserError(m.ROUND_NOT_OF_SHELTER, id=missing)
        snapshots = session.scalars(select(CatalogueSnapshot).where(CatalogueSnapshot.key.in_(keys))).all()
        catalogues = {s.key: (s.checksum, s.content) for s in snapshots}
    try:
        data = validate_data({"shelters": documents}, name="data.json")
    except UserError as error:  # e.g. a note longer than schema.TEXT_LIMIT: say so, not "not imported"
        raise UserError(m.CANNOT_EXPORT, field=error.params.get("field", "data.json")) from error
    return data, catalogues


def export_bytes(
    db: Database,
    shelter_id: uuid.UUID | None = None,
    round_ids: Collection[uuid.UUID] | None = None,
    *,
    password: str | None = None,
    redacted: bool = False,
    neutral_names: bool = False,
    translate: Translate = identity_translate,
) -> tuple[bytes, ExportSummary]:
    """The exchange file's bytes (protected when `password` is given) and what it holds.

    `translate` makes the neutral shelter labels in the exporting user's language.
    """
    if password is not None and not password:
        raise UserError(m.EMPTY_PASSWORD)
    data, catalogues = export_data(db, shelter_id, round_ids)
    if redacted:
        data = redact.redact(data)
    if neutral_names:
        data = redact.neutral_names(data, lambda code: render(m.NEUTRAL_NAME, {"code": code}, translate))
    raw = write_package(
        data,
        dict(catalogues.items()),
        app_version=__version__,
        installation=installation_id(db),
        redacted=redacted,
        neutral_names=neutral_names,
    )
    if password is not None:
        raw = crypto.protect(raw, password)
    summary = ExportSummary(
        shelters=len(data.shelters),
        rounds=sum(len(s.rounds) for s in data.shelters),
        catalogues=tuple(sorted(catalogues)),
        protected=password is not None,
        redacted=redacted,
        neutral_names=neutral_names,
    )
    return raw, summary


def export_file(
    db: Database,
    path: Path,
    shelter_id: uuid.UUID | None = None,
    round_ids: Collection[uuid.UUID] | None = None,
    *,
    password: str | None = None,
    redacted: bool = False,
    neutral_names: bool = False,
    translate: Translate = identity_translate,
) -> ExportSummary:
    """Write the exchange file at `path` (atomically; the extension must be .shelterchk)."""
    if path.suffix.lower() != SUFFIX:
        raise UserError(m.WRONG_EXTENSION, suffix=path.suffix or path.name)
    raw, summary = export_bytes(
        db,
        shelter_id,
        round_ids,
        password=password,
        redacted=redacted,
        neutral_names=neutral_names,
        translate=translate,
    )
    atomic_write_bytes(path, raw)
    return summary
