"""The two documents of an exchange file, manifest.json and data.json, validated strictly.

Pydantic v2 in strict mode with `extra="forbid"`, on the value types of fields.py: a wrong type, an
unknown field, a string longer than its database column, a number out of range or a value ShelterCheck
does not know is refused, never coerced. Every failure becomes one translated `UserError` naming the
field (`validate_manifest`, `validate_data`); no other exception leaves.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from sheltercheck.catalogue.model import POPULATIONS
from sheltercheck.errors import UserError
from sheltercheck.exchange import messages as m
from sheltercheck.exchange.fields import (
    CODE_LIMIT,
    KEY_LIMIT,
    ActionStatus,
    AnswerKind,
    CatalogueKey,
    Code,
    Day,
    Moment,
    Name,
    Population,
    Province,
    RoundStatus,
    Setting,
    Sha256,
    ShelterKind,
    SupportSource,
    Text,
    Uuid,
    code_or_empty,
    matching,
    one_of,
    problem,
    storable,
)
from sheltercheck.messages import Message

FORMAT = "sheltercheck-exchange"
FORMAT_VERSION = 1
MAX_SHELTERS = 2_000
MAX_ROUNDS = 500  # per shelter
MAX_RESPONSES = 1_000  # per round (a catalogue has about 150 indicators)
MAX_ACTIONS = 1_000  # per round
MAX_NOTES = 1_000  # per action
MAX_CATALOGUES = 16
MAX_MEMBERS = 32
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MEMBER_NAME = re.compile(r"data\.json|catalogues/(?P<key>[^/]+)\.json")
FormatName = Annotated[str, Field(max_length=40), AfterValidator(one_of((FORMAT,)))]


class Document(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, hide_input_in_errors=True)


class NoteDoc(Document):
    id: Uuid
    noted_on: Day
    text: Text
    created_at: Moment
    updated_at: Moment


class ActionDoc(Document):
    id: Uuid
    position: Annotated[int, Field(ge=0, le=100_000)]
    action: Text
    indicator_codes: Annotated[list[Code], Field(max_length=200)]
    responsible: Name
    start_on: Day | None
    due_on: Day | None
    resources: Text
    support_needed: Text
    support_from: SupportSource
    support_from_detail: Name
    status: ActionStatus
    dropped_reason: Text
    carried_from_id: Uuid | None
    notes: Annotated[list[NoteDoc], Field(max_length=MAX_NOTES)]
    created_at: Moment
    updated_at: Moment

    @model_validator(mode="after")
    def _dates_in_order(self) -> ActionDoc:
        if self.start_on is not None and self.due_on is not None and self.due_on < self.start_on:
            raise problem("sc_dates")
        return self


class ResponseDoc(Document):
    id: Uuid
    indicator_code: Code
    answer: AnswerKind
    rating: Annotated[int, Field(ge=0, le=3)] | None
    na_reason: Text
    notes: Text
    evidence: Text
    created_at: Moment
    updated_at: Moment

    @model_validator(mode="after")
    def _rating_iff_rated(self) -> ResponseDoc:
        if (self.answer == "rated") != (self.rating is not None):
            raise problem("sc_rating")
        return self


class RoundDoc(Document):
    id: Uuid
    assessed_on: Day
    participants: Text
    catalogue_key: CatalogueKey
    status: RoundStatus
    completed_at: Moment | None
    current_indicator: Annotated[str, Field(max_length=CODE_LIMIT), AfterValidator(code_or_empty)]
    populations: Annotated[list[Population], Field(max_length=len(POPULATIONS))]
    setting: Setting
    responses: Annotated[list[ResponseDoc], Field(max_length=MAX_RESPONSES)]
    actions: Annotated[list[ActionDoc], Field(max_length=MAX_ACTIONS)]
    created_at: Moment
    updated_at: Moment

    @model_validator(mode="after")
    def _one_answer_per_indicator(self) -> RoundDoc:
        if len(set(self.populations)) != len(self.populations):
            raise problem("sc_value")
        seen: set[str] = set()
        for response in self.responses:
            if response.indicator_code in seen:
                raise problem("sc_duplicate_code", code=response.indicator_code)
            seen.add(response.indicator_code)
        return self


class ShelterDoc(Document):
    id: Uuid
    name: Annotated[Name, Field(min_length=1)]
    kind: ShelterKind
    operator: Name
    province: Province
    setting: Setting
    serves_children: bool
    serves_women: bool
    serves_men: bool
    serves_trafficking_victims: bool
    other_groups: Annotated[str, Field(max_length=400), AfterValidator(storable)]
    capacity: Annotated[int, Field(ge=0, le=10_000)] | None
    contact_person: Name
    archived: bool
    created_at: Moment
    updated_at: Moment
    rounds: Annotated[list[RoundDoc], Field(max_length=MAX_ROUNDS)]


def record_ids(data: ExchangeData) -> Iterator[uuid.UUID]:
    for shelter in data.shelters:
        yield shelter.id
        for round_ in shelter.rounds:
            yield round_.id
            yield from (response.id for response in round_.responses)
            for action in round_.actions:
                yield action.id
                yield from (note.id for note in action.notes)


class ExchangeData(Document):
    shelters: Annotated[list[ShelterDoc], Field(min_length=1, max_length=MAX_SHELTERS)]

    @model_validator(mode="after")
    def _ids_unique(self) -> ExchangeData:
        seen: set[uuid.UUID] = set()
        for record_id in record_ids(self):
            if record_id in seen:
                raise problem("sc_duplicate_id", id=str(record_id))
            seen.add(record_id)
        return self


class CatalogueEntry(Document):
    key: CatalogueKey
    checksum: Sha256  # Catalogue.checksum(): SHA-256 of the catalogue's canonical JSON
    included: bool  # whether catalogues/<key>.json travels in the file


class MemberEntry(Document):
    size: Annotated[int, Field(ge=0, le=MAX_MEMBER_BYTES)]
    sha256: Sha256


MemberName = Annotated[str, Field(max_length=KEY_LIMIT + 20), AfterValidator(matching(MEMBER_NAME))]


class Manifest(Document):
    format: FormatName
    format_version: Annotated[int, Field(ge=1, le=FORMAT_VERSION)]
    app_version: Annotated[str, Field(max_length=40), AfterValidator(storable)]
    created_at: Moment
    source_installation: Uuid
    redacted: bool  # notes and names of people were removed before sending
    neutral_names: bool  # shelter names were replaced by neutral labels
    catalogues: Annotated[list[CatalogueEntry], Field(max_length=MAX_CATALOGUES)]
    members: Annotated[dict[MemberName, MemberEntry], Field(min_length=1, max_length=MAX_MEMBERS)]

    def catalogue(self, key: str) -> CatalogueEntry | None:
        return next((entry for entry in self.catalogues if entry.key == key), None)


def catalogue_member(key: str) -> str:
    return f"catalogues/{key}.json"


# --- from pydantic's errors to one translated line ------------------------------------------------------

_CUSTOM: dict[str, Message] = {
    "sc_type": m.FIELD_TYPE,
    "sc_value": m.FIELD_VALUE,
    "sc_range": m.FIELD_RANGE,
    "sc_dates": m.DATES_OUT_OF_ORDER,
    "sc_rating": m.RATING_MISMATCH,
    "sc_duplicate_code": m.DUPLICATE_INDICATOR,
    "sc_duplicate_id": m.DUPLICATE_ID,
}
_RANGE = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}


def _field(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part != "[key]":
            out += f".{part}" if out else part
    return m.shown(out)


def user_error(exc: ValidationError, *, name: str, member: str) -> UserError:
    """The first problem pydantic found, as one translated line naming the field."""
    error = exc.errors(include_url=False, include_input=False)[0]
    kind, loc = error["type"], tuple(error["loc"])
    context = error.get("ctx") or {}
    params: dict[str, object] = {"name": name, "member": member, "field": _field(loc)}
    if not loc and kind in ("model_type", "model_attributes_type", "dict_type"):
        return UserError(m.NOT_AN_OBJECT, name=name, member=member)
    if kind in _CUSTOM:
        message = _CUSTOM[kind]
        params.update({k: m.shown(str(v)) for k, v in context.items() if k in ("code", "id")})
    elif kind == "missing":
        message = m.FIELD_MISSING
    elif kind == "extra_forbidden":
        message = m.FIELD_UNKNOWN
    elif kind in ("string_too_long", "too_long"):
        message, params["limit"] = m.FIELD_TOO_LONG, context.get("max_length", "?")
    elif kind in ("string_too_short", "too_short"):
        message = m.FIELD_EMPTY
    elif kind in _RANGE:
        message = m.FIELD_RANGE
    elif kind.endswith("_type") or kind in ("is_instance_of", "none_required"):
        message = m.FIELD_TYPE
    else:
        message = m.FIELD_VALUE
    return UserError(message, **params)


def validate_manifest(document: object, *, name: str = "manifest.json") -> Manifest:
    """The manifest, or a `UserError`; a newer format version is named as such, not as a bad field."""
    if isinstance(document, dict):
        version = document.get("format_version")
        if document.get("format") == FORMAT and type(version) is int and version > FORMAT_VERSION:
            raise UserError(m.FUTURE_VERSION, name=name, version=version, supported=FORMAT_VERSION)
    try:
        manifest = Manifest.model_validate(document)
    except ValidationError as exc:
        raise user_error(exc, name=name, member="manifest.json") from None
    _check_members(manifest, name)
    return manifest


def _check_members(manifest: Manifest, name: str) -> None:
    keys = [entry.key for entry in manifest.catalogues]
    if len(set(keys)) != len(keys):
        duplicate = next(key for key in keys if keys.count(key) > 1)
        raise UserError(m.DUPLICATE_ID, name=name, member="manifest.json", id=m.shown(duplicate))
    expected = {"data.json"} | {catalogue_member(e.key) for e in manifest.catalogues if e.included}
    for member in sorted(set(manifest.members) ^ expected):
        if member in manifest.members:
            raise UserError(m.MEMBERS_INCONSISTENT, name=name, member=member)
        raise UserError(m.MISSING_MEMBER, name=name, member=member)


def validate_data(document: object, *, name: str = "data.json") -> ExchangeData:
    """The shelters, rounds, answers and plans of data.json, or a `UserError`."""
    try:
        return ExchangeData.model_validate(document)
    except ValidationError as exc:
        raise user_error(exc, name=name, member="data.json") from None
