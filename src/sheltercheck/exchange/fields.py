"""The value types of an exchange file's documents, each checked strictly (schema.py builds on them).

IDs are UUIDs in their usual written form, dates ISO dates (years 1900–2999), moments ISO date-times with
a time zone (kept in UTC); texts refuse NUL and lone surrogates (neither can be stored everywhere) and
are capped at their database column's length; enumerations take only the values the database allows.
A failing check raises a `PydanticCustomError` whose kind (`sc_…`) schema.py turns into a message.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from sheltercheck.assessment.provinces import BY_CODE
from sheltercheck.catalogue.model import POPULATIONS
from sheltercheck.catalogue.validate import INDICATOR_CODE
from sheltercheck.store.models import (
    ACTION_STATUSES,
    ANSWER_KINDS,
    ROUND_STATUSES,
    SETTINGS,
    SHELTER_KINDS,
    SUPPORT_SOURCES,
)

TEXT_LIMIT = 100_000  # Text columns (notes, evidence, …): far above anything typed, far below harm
NAME_LIMIT = 200  # String(200) columns
CODE_LIMIT = 16  # indicator codes, String(16)
KEY_LIMIT = 120  # catalogue keys "<id>@<version>", String(120)

CATALOGUE_KEY = re.compile(r"[a-z0-9][a-z0-9-]*@[0-9]+\.[0-9]+(\.[0-9]+)?([-+][0-9A-Za-z.-]+)?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
SHA256 = re.compile(r"[0-9a-f]{64}")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
YEARS = (1900, 2999)


def problem(kind: str, **context: Any) -> PydanticCustomError:
    return PydanticCustomError(kind, kind, context)


def _wrong_type() -> PydanticCustomError:
    return problem("sc_type")


def _to_uuid(value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise _wrong_type()
    if not _UUID.fullmatch(value):
        raise problem("sc_value")
    return uuid.UUID(value)


def _in_years(year: int) -> None:
    if not YEARS[0] <= year <= YEARS[1]:
        raise problem("sc_range")


def _to_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        raise _wrong_type()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise _wrong_type()
    if not _DATE.fullmatch(value):
        raise problem("sc_value")
    try:
        parsed = dt.date.fromisoformat(value)
    except ValueError:
        raise problem("sc_value") from None
    _in_years(parsed.year)
    return parsed


def _to_moment(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        if not _MOMENT.fullmatch(value):
            raise problem("sc_value")
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise problem("sc_value") from None
    else:
        raise _wrong_type()
    if parsed.tzinfo is None:
        raise problem("sc_value")
    _in_years(parsed.year)
    try:
        return parsed.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        raise problem("sc_range") from None


def storable(value: str) -> str:
    if _UNSTORABLE.search(value):
        raise problem("sc_value")
    return value


def one_of(values: tuple[str, ...]) -> Callable[[str], str]:
    allowed = frozenset(values)

    def check(value: str) -> str:
        if value not in allowed:
            raise problem("sc_value")
        return value

    return check


def matching(pattern: re.Pattern[str]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not pattern.fullmatch(value):
            raise problem("sc_value")
        return value

    return check


def code_or_empty(value: str) -> str:
    return value if value == "" else matching(INDICATOR_CODE)(value)


Uuid = Annotated[uuid.UUID, BeforeValidator(_to_uuid)]
Day = Annotated[dt.date, BeforeValidator(_to_date)]
Moment = Annotated[dt.datetime, BeforeValidator(_to_moment)]
Text = Annotated[str, Field(max_length=TEXT_LIMIT), AfterValidator(storable)]
Name = Annotated[str, Field(max_length=NAME_LIMIT), AfterValidator(storable)]
Code = Annotated[str, Field(max_length=CODE_LIMIT), AfterValidator(matching(INDICATOR_CODE))]
CatalogueKey = Annotated[str, Field(max_length=KEY_LIMIT), AfterValidator(matching(CATALOGUE_KEY))]
Sha256 = Annotated[str, Field(max_length=64), AfterValidator(matching(SHA256))]
ShelterKind = Annotated[str, Field(max_length=16), AfterValidator(one_of(SHELTER_KINDS))]
Setting = Annotated[str, Field(max_length=16), AfterValidator(one_of(SETTINGS))]
Province = Annotated[str, Field(max_length=8), AfterValidator(one_of(("", *BY_CODE)))]
Population = Annotated[str, Field(max_length=16), AfterValidator(one_of(POPULATIONS))]
RoundStatus = Annotated[str, Field(max_length=16), AfterValidator(one_of(ROUND_STATUSES))]
AnswerKind = Annotated[str, Field(max_length=16), AfterValidator(one_of(ANSWER_KINDS))]
ActionStatus = Annotated[str, Field(max_length=16), AfterValidator(one_of(ACTION_STATUSES))]
SupportSource = Annotated[str, Field(max_length=16), AfterValidator(one_of(SUPPORT_SOURCES))]
