"""The counts `catalogue check` prints: domains, indicators, core, completeness, Lao review status."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sheltercheck.catalogue.model import Catalogue
from sheltercheck.catalogue.quality import text_pairs


@dataclass(frozen=True)
class DomainCount:
    code: str
    indicators: int
    core: int


@dataclass(frozen=True)
class CatalogueStats:
    key: str
    base: str | None
    domains: int
    indicators: int
    core: int
    per_domain: tuple[DomainCount, ...]
    texts: int
    complete_en: float  # share of texts present in English, 0..1
    complete_lo: float
    lo_draft: int  # indicators whose Lao is still a draft
    lo_reviewed: int

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["per_domain"] = [asdict(d) for d in self.per_domain]
        return data


def catalogue_stats(catalogue: Catalogue) -> CatalogueStats:
    indicators = catalogue.indicators()
    pairs = list(text_pairs(catalogue))
    total = len(pairs) or 1
    return CatalogueStats(
        key=catalogue.key,
        base=catalogue.base,
        domains=len(catalogue.domains),
        indicators=len(indicators),
        core=sum(i.core for i in indicators),
        per_domain=tuple(
            DomainCount(d.code, len(d.indicators), sum(i.core for i in d.indicators))
            for d in catalogue.domains
        ),
        texts=len(pairs),
        complete_en=sum(bool(p.en) for p in pairs) / total,
        complete_lo=sum(bool(p.lo) for p in pairs) / total,
        lo_draft=sum(i.lo_status == "draft" for i in indicators),
        lo_reviewed=sum(i.lo_status == "reviewed" for i in indicators),
    )
