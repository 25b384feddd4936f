"""Everything the assessment report and the checklist print, gathered in one read of the database.

The report writers (reports/) lay out what this module returns and never query the database. The plan
comes as `PlanExport`s (labels already in the report's languages): one in the report's first language
and, for a bilingual report, one in English.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sheltercheck.assessment.provinces import PROVINCES
from sheltercheck.messages import Translate, identity_translate
from sheltercheck.services.plan_export import PlanExport, build_plan_export
from sheltercheck.services.results import RoundResults, round_results
from sheltercheck.store.db import Database
from sheltercheck.store.models import Shelter


@dataclass(frozen=True)
class ReportData:
    results: RoundResults
    province_lo: str  # "" when the profile names no province
    province_en: str
    plan: PlanExport  # in the report's first language
    plan_english: PlanExport | None  # the same plan in English, for a bilingual report


def gather_report(
    db: Database, round_id: uuid.UUID, language: str, translate_lo: Translate = identity_translate
) -> ReportData:
    """The round's results, its shelter's province and its plan, for a report in `language`
    ("lo", "en" or "both"; `translate_lo` translates labels into Lao)."""
    first = "en" if language == "en" else "lo"
    results = round_results(db, round_id)
    with db.sessions() as session:
        shelter = session.get(Shelter, results.state.shelter_id)
        code = shelter.province if shelter is not None else ""
    province = next((p for p in PROVINCES if p.code == code), None)
    plan = build_plan_export(db, round_id, first, translate_lo if first == "lo" else identity_translate)
    english = build_plan_export(db, round_id, "en") if language == "both" else None
    return ReportData(
        results=results,
        province_lo=province.lo if province else "",
        province_en=province.en if province else "",
        plan=plan,
        plan_english=english,
    )
