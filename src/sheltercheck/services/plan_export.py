"""A round's action plan as plain data for the reports: every label already in the report's language.

The report writers (reports/plan_xlsx.py, later the PDF) only lay out what this module prepares: texts,
dates and labels. The labels are `Message`s of the "PlanExport" context, translated with the `translate`
callable the caller passes (the CLI passes Qt's translator loaded for the report's language, the UI
its own), so the Lao labels live in translations/sheltercheck_lo.ts with every other string.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from sheltercheck.errors import UserError
from sheltercheck.messages import QT_TRANSLATE_NOOP, Message, Translate, identity_translate, render
from sheltercheck.services.catalogues import load_snapshot
from sheltercheck.services.plan import LANGUAGES, list_items
from sheltercheck.services.rounds import UNKNOWN_ROUND
from sheltercheck.store.db import Database
from sheltercheck.store.models import AssessmentRound, Shelter
from sheltercheck.text.locale import format_date

SHEET = QT_TRANSLATE_NOOP("PlanExport", "Action plan")
TITLE = QT_TRANSLATE_NOOP("PlanExport", "Action plan: {shelter}")
SUBTITLE = QT_TRANSLATE_NOOP("PlanExport", "Assessment of {date}")

# The columns of the plan table, in order.
HEADERS: tuple[Message, ...] = (
    QT_TRANSLATE_NOOP("PlanExport", "No."),
    QT_TRANSLATE_NOOP("PlanExport", "Action"),
    QT_TRANSLATE_NOOP("PlanExport", "Indicator(s)"),
    QT_TRANSLATE_NOOP("PlanExport", "Responsible"),
    QT_TRANSLATE_NOOP("PlanExport", "Start"),
    QT_TRANSLATE_NOOP("PlanExport", "Due"),
    QT_TRANSLATE_NOOP("PlanExport", "Resources needed"),
    QT_TRANSLATE_NOOP("PlanExport", "Support needed"),
    QT_TRANSLATE_NOOP("PlanExport", "Support from"),
    QT_TRANSLATE_NOOP("PlanExport", "Status"),
    QT_TRANSLATE_NOOP("PlanExport", "Progress notes"),
)

STATUS_LABELS: dict[str, Message] = {
    "not_started": QT_TRANSLATE_NOOP("PlanExport", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("PlanExport", "In progress"),
    "done": QT_TRANSLATE_NOOP("PlanExport", "Done"),
    "dropped": QT_TRANSLATE_NOOP("PlanExport", "Dropped"),
}
DROPPED_BECAUSE = QT_TRANSLATE_NOOP("PlanExport", "Reason: {reason}")

SUPPORT_LABELS: dict[str, Message] = {
    "ministry": QT_TRANSLATE_NOOP("PlanExport", "Ministry of Labour and Social Welfare"),
    "partner": QT_TRANSLATE_NOOP("PlanExport", "Partner organisation"),
    "other": QT_TRANSLATE_NOOP("PlanExport", "Other"),
}
SUPPORT_WITH_DETAIL = QT_TRANSLATE_NOOP("PlanExport", "{source}: {detail}")
CARRIED_OVER = QT_TRANSLATE_NOOP("PlanExport", "Carried over from the previous round")


@dataclass(frozen=True, slots=True)
class ExportIndicator:
    code: str
    statement: str  # in the report's language; "" when the round's catalogue does not know the code


@dataclass(frozen=True, slots=True)
class ExportNote:
    noted_on: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class PlanExportItem:
    number: int  # 1, 2, … in plan order
    action: str
    indicators: tuple[ExportIndicator, ...]
    responsible: str
    start_on: dt.date | None
    due_on: dt.date | None
    resources: str
    support_needed: str
    support_from: str  # label, with the detail when there is one; "" when no support source is set
    status: str  # label; then a dropped item's reason and "carried over", each on its own line
    status_code: str  # not_started | in_progress | done | dropped
    carried_over: bool
    notes: tuple[ExportNote, ...]  # date order


@dataclass(frozen=True, slots=True)
class PlanExport:
    shelter_name: str
    round_id: uuid.UUID
    round_date: dt.date
    language: str
    sheet_name: str
    title: str
    subtitle: str
    headers: tuple[str, ...]  # one per column, see HEADERS
    items: tuple[PlanExportItem, ...]


def _label(message: Message, translate: Translate, **params: object) -> str:
    return render(message, params, translate)


def _support(source: str, detail: str, translate: Translate) -> str:
    label = _label(SUPPORT_LABELS[source], translate) if source in SUPPORT_LABELS else ""
    if label and detail:
        return _label(SUPPORT_WITH_DETAIL, translate, source=label, detail=detail)
    return label or detail


def _status(status: str, reason: str, carried: bool, translate: Translate) -> str:
    lines = [_label(STATUS_LABELS[status], translate) if status in STATUS_LABELS else status]
    if status == "dropped" and reason:
        lines.append(_label(DROPPED_BECAUSE, translate, reason=reason))
    if carried:
        lines.append(_label(CARRIED_OVER, translate))
    return "\n".join(lines)


def build_plan_export(
    db: Database, round_id: uuid.UUID, language: str, translate: Translate = identity_translate
) -> PlanExport:
    """The round's plan, in plan order, with statements and labels in `language`.

    `translate` must translate into `language` (identity for English).
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    items = list_items(db, round_id)  # UserError when the round does not exist
    with db.sessions() as session:
        round_ = session.get(AssessmentRound, round_id)
        if round_ is None:  # deleted in between
            raise UserError(UNKNOWN_ROUND)
        shelter_name = round_.shelter.name
        assessed_on = round_.assessed_on
        catalogue = load_snapshot(session, round_.catalogue_key)
    statements = {i.code: i.statement.get(language) for i in catalogue.indicators()}
    rows = tuple(
        PlanExportItem(
            number=index,
            action=item.action,
            indicators=tuple(
                ExportIndicator(code, statements.get(code, "")) for code in item.indicator_codes
            ),
            responsible=item.responsible,
            start_on=item.start_on,
            due_on=item.due_on,
            resources=item.resources,
            support_needed=item.support_needed,
            support_from=_support(item.support_from, item.support_from_detail, translate),
            status=_status(item.status, item.dropped_reason, item.carried_from_id is not None, translate),
            status_code=item.status,
            carried_over=item.carried_from_id is not None,
            notes=tuple(ExportNote(note.noted_on, note.text) for note in item.notes),
        )
        for index, item in enumerate(items, start=1)
    )
    return PlanExport(
        shelter_name=shelter_name,
        round_id=round_id,
        round_date=assessed_on,
        language=language,
        sheet_name=_label(SHEET, translate),
        title=_label(TITLE, translate, shelter=shelter_name),
        subtitle=_label(SUBTITLE, translate, date=format_date(assessed_on, language)),
        headers=tuple(_label(header, translate) for header in HEADERS),
        items=rows,
    )


@dataclass(frozen=True, slots=True)
class LatestRound:
    shelter_id: uuid.UUID
    shelter_name: str
    round_id: uuid.UUID
    assessed_on: dt.date


def latest_rounds(db: Database, shelter_id: uuid.UUID | None = None) -> list[LatestRound]:
    """Each shelter's latest round (by date), for shelters that have one; archived shelters only when
    asked for by id. Sorted by shelter name."""
    query = select(AssessmentRound, Shelter).join(Shelter, AssessmentRound.shelter_id == Shelter.id)
    if shelter_id is not None:
        query = query.where(Shelter.id == shelter_id)
    else:
        query = query.where(Shelter.archived.is_(False))
    query = query.order_by(AssessmentRound.assessed_on, AssessmentRound.created_at)
    latest: dict[uuid.UUID, LatestRound] = {}
    with db.sessions() as session:
        for round_, shelter in session.execute(query):
            latest[shelter.id] = LatestRound(shelter.id, shelter.name, round_.id, round_.assessed_on)
    return sorted(latest.values(), key=lambda r: (r.shelter_name, str(r.shelter_id)))
