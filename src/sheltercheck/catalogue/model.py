"""The catalogue as immutable values: domains → indicators, every text in English and Lao.

Frozen dataclasses, so a loaded catalogue can be shared by the UI, the scoring engine and the reports
without anyone changing it underneath the others.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

POPULATIONS = ("children", "women", "men")
SETTINGS = ("residential", "transit", "drop-in")
LO_STATUSES = ("draft", "reviewed")


@dataclass(frozen=True)
class Text:
    en: str
    lo: str

    def get(self, language: str) -> str:
        return self.lo if language == "lo" else self.en


@dataclass(frozen=True)
class TextList:
    en: tuple[str, ...]
    lo: tuple[str, ...]

    def get(self, language: str) -> tuple[str, ...]:
        return self.lo if language == "lo" else self.en


@dataclass(frozen=True)
class Source:
    instrument: str
    section: str


@dataclass(frozen=True)
class Instrument:
    id: str
    name: Text


@dataclass(frozen=True)
class Indicator:
    code: str
    domain: str
    core: bool
    populations: frozenset[str]
    settings: frozenset[str]
    sources: tuple[Source, ...]
    statement: Text
    guidance: Text
    evidence: TextList
    actions: TextList
    lo_status: str

    def applies(self, populations: set[str] | frozenset[str], setting: str) -> bool:
        """Whether the indicator applies to a shelter serving these populations in this setting."""
        return setting in self.settings and bool(self.populations & populations)


@dataclass(frozen=True)
class Domain:
    code: str
    order: int
    name: Text
    description: Text
    lo_status: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class GlossaryTerm:
    key: str
    en: tuple[str, ...]
    lo: str
    lo_match: str
    lo_status: str


@dataclass(frozen=True)
class Glossary:
    terms: tuple[GlossaryTerm, ...] = ()
    latin_allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    id: str
    version: str
    base: str | None
    title: Text
    instruments: tuple[Instrument, ...]
    domains: tuple[Domain, ...]
    glossary: Glossary = field(default_factory=Glossary)

    @property
    def key(self) -> str:
        """How a round names the catalogue it was rated against."""
        return f"{self.id}@{self.version}"

    def indicators(self) -> list[Indicator]:
        return [indicator for domain in self.domains for indicator in domain.indicators]

    def indicator(self, code: str) -> Indicator:
        for indicator in self.indicators():
            if indicator.code == code:
                return indicator
        raise KeyError(code)

    def domain(self, code: str) -> Domain:
        for domain in self.domains:
            if domain.code == code:
                return domain
        raise KeyError(code)

    def instrument(self, instrument_id: str) -> Instrument:
        for instrument in self.instruments:
            if instrument.id == instrument_id:
                return instrument
        raise KeyError(instrument_id)

    def applicable(self, populations: set[str] | frozenset[str], setting: str) -> list[Indicator]:
        return [i for i in self.indicators() if i.applies(populations, setting)]

    def checksum(self) -> str:
        """SHA-256 of the canonical JSON: equal content, equal checksum, whatever the file layout."""
        canonical = json.dumps(to_dict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _text(text: Text) -> dict[str, str]:
    return {"en": text.en, "lo": text.lo}


def _texts(texts: TextList) -> dict[str, list[str]]:
    return {"en": list(texts.en), "lo": list(texts.lo)}


def to_dict(catalogue: Catalogue) -> dict[str, Any]:
    """The catalogue as plain JSON-able data (stored with each round, carried in exchange files)."""
    return {
        "id": catalogue.id,
        "version": catalogue.version,
        "base": catalogue.base,
        "title": _text(catalogue.title),
        "instruments": [{"id": i.id, "name": _text(i.name)} for i in catalogue.instruments],
        "domains": [
            {
                "code": d.code,
                "order": d.order,
                "name": _text(d.name),
                "description": _text(d.description),
                "lo_status": d.lo_status,
                "indicators": [
                    {
                        "code": i.code,
                        "core": i.core,
                        "applies_to": {
                            "populations": [p for p in POPULATIONS if p in i.populations],
                            "settings": [s for s in SETTINGS if s in i.settings],
                        },
                        "sources": [{"instrument": s.instrument, "section": s.section} for s in i.sources],
                        "statement": _text(i.statement),
                        "guidance": _text(i.guidance),
                        "evidence": _texts(i.evidence),
                        "actions": _texts(i.actions),
                        "lo_status": i.lo_status,
                    }
                    for i in d.indicators
                ],
            }
            for d in catalogue.domains
        ],
    }
