"""Turning parsed catalogue data into the model, collecting every problem on the way.

Validation does not stop at the first problem: a translator fixing a file wants the whole list, each
with its file, line and key path.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sheltercheck.catalogue import problems as p
from sheltercheck.catalogue.model import (
    LO_STATUSES,
    POPULATIONS,
    SETTINGS,
    Catalogue,
    Domain,
    Glossary,
    GlossaryTerm,
    Indicator,
    Instrument,
    Source,
    Text,
    TextList,
)
from sheltercheck.catalogue.yamlsource import Key, Located
from sheltercheck.messages import Message

DOMAIN_CODE = re.compile(r"^[A-Z]{3}$")
INDICATOR_CODE = re.compile(r"^[A-Z]{3}-\d{2}$")
IDENT = re.compile(r"^[a-z0-9][a-z0-9-]*$")
VERSION = re.compile(r"^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$")

CATALOGUE_KEYS = {"id", "version", "base", "title", "instruments"}
DOMAIN_KEYS = {"code", "order", "name", "description", "lo_status", "indicators"}
INDICATOR_KEYS = {
    "code",
    "core",
    "applies_to",
    "sources",
    "statement",
    "guidance",
    "evidence",
    "actions",
    "lo_status",
}


def _where(path: Key) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class Checker:
    def __init__(self, source: Located) -> None:
        self.source = source
        self.problems: list[p.Problem] = []

    def add(self, path: Key, message: Message, **params: object) -> None:
        file, cell = self.source.file, self.source.cell(path)
        if cell and "!" in cell:  # a spreadsheet cell on another sheet than the record's own
            file, cell = cell.split("!", 1)
        self.problems.append(p.Problem(file, _where(path), self.source.line(path), message, params, cell))

    def mapping(
        self, value: Any, path: Key, allowed: set[str] | None = None, required: set[str] | None = None
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.add(path, p.NOT_MAPPING)
            return {}
        for key in sorted(required or set()):
            if key not in value:
                self.add(path, p.MISSING, key=key)
        if allowed is not None:
            for key in value:
                if key not in allowed:
                    self.add((*path, key), p.UNKNOWN_KEY, key=key)
        return value

    def string(self, value: Any, path: Key, language: str = "", required: bool = True) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self.add(path, p.NOT_TEXT)
            return ""
        text = value.strip()
        if not text and required:
            self.add(path, p.EMPTY_TEXT, language=language or "—")
        if unicodedata.normalize("NFC", text) != text:
            self.add(path, p.NOT_NFC, language=language or "—")
        if "\u200b" in text:
            self.add(path, p.HAS_ZWSP, language=language or "—")
        return text

    def text(self, value: Any, path: Key) -> Text:
        """Both languages, or one while the other awaits its translation (reported as incomplete)."""
        data = self.mapping(value, path, {"en", "lo"})
        text = Text(
            en=self.string(data.get("en"), (*path, "en"), "English", required=False),
            lo=self.string(data.get("lo"), (*path, "lo"), "Lao", required=False),
        )
        if isinstance(value, dict) and not text.en and not text.lo:
            self.add(path, p.EMPTY_TEXT, language="English, Lao")
        return text

    def text_list(self, value: Any, path: Key) -> TextList:
        """Item-by-item translations; one language may be empty while it awaits translation."""
        data = self.mapping(value, path, {"en", "lo"})
        lists: dict[str, tuple[str, ...]] = {}
        for language, name in (("en", "English"), ("lo", "Lao")):
            items = data.get(language) or []
            if not isinstance(items, list):
                self.add((*path, language), p.NOT_LIST)
                items = []
            lists[language] = tuple(
                self.string(item, (*path, language, i), name) for i, item in enumerate(items)
            )
        en, lo = lists["en"], lists["lo"]
        if isinstance(value, dict) and not en and not lo:
            self.add(path, p.EMPTY_LIST)
        elif en and lo and len(en) != len(lo):
            self.add(path, p.COUNTS_DIFFER, en=len(en), lo=len(lo))
        return TextList(en=en, lo=lo)

    def one_of(self, value: Any, path: Key, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            self.add(path, p.BAD_VALUE, value=value, allowed=", ".join(allowed))
            return allowed[0]
        return str(value)

    def subset(self, value: Any, path: Key, allowed: tuple[str, ...]) -> frozenset[str]:
        if not isinstance(value, list) or not value:
            self.add(path, p.EMPTY_LIST if isinstance(value, list) else p.NOT_LIST)
            return frozenset()
        return frozenset(self.one_of(item, (*path, i), allowed) for i, item in enumerate(value))


@dataclass(frozen=True)
class Metadata:
    id: str
    version: str
    base: str | None
    title: Text
    instruments: tuple[Instrument, ...]


def check_metadata(source: Located) -> tuple[Metadata, list[p.Problem]]:
    check = Checker(source)
    data = check.mapping(source.data, (), CATALOGUE_KEYS, CATALOGUE_KEYS - {"base"})
    for key, pattern, label in (("id", IDENT, "lower-case-words"), ("version", VERSION, "1.0.0")):
        value = data.get(key)
        if key in data and (not isinstance(value, str) or not pattern.match(value)):
            check.add((key,), p.BAD_CODE, value=value, pattern=label)
    base = data.get("base")
    if base is not None and (not isinstance(base, str) or "@" not in base):
        check.add(("base",), p.BAD_BASE, value=base)
    instruments: list[Instrument] = []
    seen: dict[str, str] = {}
    raw = data.get("instruments", [])
    if not isinstance(raw, list):
        check.add(("instruments",), p.NOT_LIST)
        raw = []
    for index, item in enumerate(raw):
        path: Key = ("instruments", index)
        entry = check.mapping(item, path, {"id", "name"}, {"id", "name"})
        ident = entry.get("id")
        if not isinstance(ident, str) or not IDENT.match(ident):
            check.add((*path, "id"), p.BAD_CODE, value=ident, pattern="lower-case-words")
            continue
        if ident in seen:
            check.add((*path, "id"), p.DUPLICATE, value=ident, other=seen[ident])
        seen[ident] = _where(path)
        instruments.append(Instrument(id=ident, name=check.text(entry.get("name"), (*path, "name"))))
    title = check.text(data.get("title"), ("title",))
    metadata = Metadata(
        str(data.get("id", "")),
        str(data.get("version", "")),
        str(base) if base else None,
        title,
        tuple(instruments),
    )
    return metadata, check.problems


def check_domain(source: Located, instrument_ids: set[str]) -> tuple[Domain | None, list[p.Problem]]:
    check = Checker(source)
    data = check.mapping(source.data, (), DOMAIN_KEYS, DOMAIN_KEYS)
    code = data.get("code")
    if "code" in data and (not isinstance(code, str) or not DOMAIN_CODE.match(code)):
        check.add(("code",), p.BAD_CODE, value=code, pattern="ABC")
        code = None
    order = data.get("order")
    if "order" in data and (not isinstance(order, int) or isinstance(order, bool)):
        check.add(("order",), p.NOT_INT)
        order = 0
    indicators: list[Indicator] = []
    raw = data.get("indicators", [])
    if not isinstance(raw, list) or not raw:
        check.add(("indicators",), p.EMPTY_LIST if isinstance(raw, list) else p.NOT_LIST)
        raw = []
    seen: dict[str, str] = {}
    for index, item in enumerate(raw):
        indicator = _check_indicator(check, item, ("indicators", index), code, instrument_ids)
        if indicator is None:
            continue
        if indicator.code in seen:
            check.add(
                ("indicators", index, "code"), p.DUPLICATE, value=indicator.code, other=seen[indicator.code]
            )
        seen[indicator.code] = _where(("indicators", index))
        indicators.append(indicator)
    name = check.text(data.get("name"), ("name",))
    description = check.text(data.get("description"), ("description",))
    lo_status = (
        check.one_of(data.get("lo_status"), ("lo_status",), LO_STATUSES) if "lo_status" in data else "draft"
    )
    if check.problems or code is None:
        return None, check.problems
    return Domain(code, int(order or 0), name, description, lo_status, tuple(indicators)), []


def _check_indicator(
    check: Checker, item: Any, path: Key, domain: str | None, instruments: set[str]
) -> Indicator | None:
    data = check.mapping(item, path, INDICATOR_KEYS, INDICATOR_KEYS)
    code = data.get("code")
    if not isinstance(code, str) or not INDICATOR_CODE.match(code):
        if "code" in data:
            check.add((*path, "code"), p.BAD_CODE, value=code, pattern="ABC-01")
        return None
    if domain and not code.startswith(domain + "-"):
        check.add((*path, "code"), p.CODE_PREFIX, code=code, domain=domain)
    core = data.get("core")
    if "core" in data and not isinstance(core, bool):
        check.add((*path, "core"), p.NOT_BOOL)
    applies = check.mapping(
        data.get("applies_to", {}),
        (*path, "applies_to"),
        {"populations", "settings"},
        {"populations", "settings"},
    )
    populations = check.subset(applies.get("populations"), (*path, "applies_to", "populations"), POPULATIONS)
    settings = check.subset(applies.get("settings"), (*path, "applies_to", "settings"), SETTINGS)
    sources: list[Source] = []
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        check.add((*path, "sources"), p.EMPTY_LIST if isinstance(raw_sources, list) else p.NOT_LIST)
        raw_sources = []
    for index, raw in enumerate(raw_sources):
        spath: Key = (*path, "sources", index)
        entry = check.mapping(raw, spath, {"instrument", "section"}, {"instrument", "section"})
        instrument = entry.get("instrument")
        if "instrument" in entry and instrument not in instruments:
            check.add((*spath, "instrument"), p.UNKNOWN_INSTRUMENT, value=instrument)
        section = check.string(entry.get("section", ""), (*spath, "section")) if "section" in entry else ""
        sources.append(Source(str(instrument), section))
    lo_status = (
        check.one_of(data.get("lo_status"), (*path, "lo_status"), LO_STATUSES)
        if "lo_status" in data
        else "draft"
    )
    return Indicator(
        code=code,
        domain=code[:3],
        core=bool(core),
        populations=populations,
        settings=settings,
        sources=tuple(sources),
        statement=check.text(data.get("statement"), (*path, "statement")),
        guidance=check.text(data.get("guidance"), (*path, "guidance")),
        evidence=check.text_list(data.get("evidence"), (*path, "evidence")),
        actions=check.text_list(data.get("actions"), (*path, "actions")),
        lo_status=lo_status,
    )


def check_glossary(source: Located) -> tuple[Glossary, list[p.Problem]]:
    check = Checker(source)
    data = check.mapping(source.data, (), {"latin_allowed", "terms"}, {"terms"})
    terms: list[GlossaryTerm] = []
    raw_terms = data.get("terms", [])
    if not isinstance(raw_terms, list):
        check.add(("terms",), p.NOT_LIST)
        raw_terms = []
    for index, raw in enumerate(raw_terms):
        path: Key = ("terms", index)
        entry = check.mapping(raw, path, {"key", "en", "lo", "lo_match", "lo_status"}, {"key", "en", "lo"})
        forms = entry.get("en", [])
        if not isinstance(forms, list) or not forms:
            check.add((*path, "en"), p.NOT_LIST)
            forms = []
        lo = check.string(entry.get("lo", ""), (*path, "lo"), "Lao")
        lo_match = check.string(entry.get("lo_match", lo), (*path, "lo_match"), "Lao")
        status = check.one_of(entry.get("lo_status", "draft"), (*path, "lo_status"), LO_STATUSES)
        terms.append(
            GlossaryTerm(str(entry.get("key", "")), tuple(str(f) for f in forms), lo, lo_match, status)
        )
    latin = data.get("latin_allowed", [])
    if not isinstance(latin, list):
        check.add(("latin_allowed",), p.NOT_LIST)
        latin = []
    return Glossary(tuple(terms), tuple(str(x) for x in latin)), check.problems


def assemble(
    meta: Located, domain_sources: list[Located], glossary: Located | None
) -> tuple[Catalogue | None, list[p.Problem]]:
    metadata, found = check_metadata(meta)
    problems = list(found)
    ids = {i.id for i in metadata.instruments}
    domains: list[Domain] = []
    codes: dict[str, str] = {}
    orders: dict[int, str] = {}
    for source in domain_sources:
        domain, found = check_domain(source, ids)
        problems.extend(found)
        if domain is None:
            continue
        check = Checker(source)
        if domain.code in codes:
            check.add(("code",), p.DUPLICATE, value=domain.code, other=codes[domain.code])
        if domain.order in orders:
            check.add(("order",), p.DUPLICATE, value=domain.order, other=orders[domain.order])
        problems.extend(check.problems)
        codes[domain.code] = source.file
        orders[domain.order] = source.file
        domains.append(domain)
    glossary_model = Glossary()
    if glossary is not None:
        glossary_model, found = check_glossary(glossary)
        problems.extend(found)
    if problems:
        return None, problems
    catalogue = Catalogue(
        id=metadata.id,
        version=metadata.version,
        base=metadata.base,
        title=metadata.title,
        instruments=metadata.instruments,
        domains=tuple(sorted(domains, key=lambda d: d.order)),
        glossary=glossary_model,
    )
    return catalogue, []
