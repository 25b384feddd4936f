"""The action plan as plain values: drafting actions from a round's gaps, and the items a plan holds.

Plain Python (no Qt, no database), like the scoring engine it builds on.

Priority order of a drafted plan — the same order as the gaps on the results page (`RoundScore.gaps`):

1. gaps on core standards first (their absence puts residents at risk);
2. then the larger gaps (size = 3 − rating: a 0 comes before a 1, a 1 before a 2);
3. then catalogue order.

Each gap indicator gives one draft action per suggested action of the catalogue, in the catalogue's
order, in the plan's language (English when the catalogue has none in that language). Indicators that
already have an unfinished item in the plan are skipped, so drafting twice never doubles the plan.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Set
from dataclasses import dataclass

from sheltercheck.assessment.scoring import RoundScore
from sheltercheck.catalogue.model import Catalogue

STATUSES = ("not_started", "in_progress", "done", "dropped")
OPEN_STATUSES = frozenset({"not_started", "in_progress"})
FINISHED_STATUSES = frozenset({"done", "dropped"})
SUPPORT_SOURCES = ("", "ministry", "partner", "other")


@dataclass(frozen=True, slots=True)
class DraftAction:
    """One suggested action for one gap, ready to become a plan item."""

    action: str
    indicator_codes: tuple[str, ...]
    core: bool
    gap_size: int


def draft_from_gaps(
    score: RoundScore, catalogue: Catalogue, language: str, already_covered: Set[str]
) -> list[DraftAction]:
    """Draft actions for the round's gaps, in priority order (see the module docstring).

    `already_covered`: indicator codes that already have an unfinished plan item; they get no draft.
    Gaps on indicators the catalogue does not know are skipped (they have no suggested actions).
    """
    by_code = {indicator.code: indicator for indicator in catalogue.indicators()}
    drafts: list[DraftAction] = []
    for gap in score.gaps:
        indicator = by_code.get(gap.code)
        if gap.code in already_covered or indicator is None:
            continue
        suggestions = indicator.actions.get(language) or indicator.actions.en
        for text in suggestions:
            if text.strip():
                drafts.append(DraftAction(text.strip(), (gap.code,), gap.core, gap.size))
    return drafts


@dataclass(frozen=True, slots=True)
class ProgressNoteData:
    """A dated note of what happened on a plan item."""

    id: uuid.UUID
    noted_on: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One action plan item as the UI, the reports and undo see it (mirrors store.models.ActionItem).

    `notes` are in date order. `carried_into` lists the items of later rounds that were carried over
    from this one, so that deleting and restoring an item can restore those links too.
    """

    id: uuid.UUID
    round_id: uuid.UUID
    position: int
    action: str
    indicator_codes: tuple[str, ...] = ()
    responsible: str = ""
    start_on: dt.date | None = None
    due_on: dt.date | None = None
    resources: str = ""
    support_needed: str = ""
    support_from: str = ""  # '' | 'ministry' | 'partner' | 'other'
    support_from_detail: str = ""
    status: str = "not_started"  # one of STATUSES
    dropped_reason: str = ""
    carried_from_id: uuid.UUID | None = None
    notes: tuple[ProgressNoteData, ...] = ()
    carried_into: tuple[uuid.UUID, ...] = ()

    @property
    def is_open(self) -> bool:
        """Not started or in progress: still to be done."""
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: dt.date) -> bool:
        """Past its due date (the due day itself is not overdue) and neither done nor dropped."""
        return self.due_on is not None and self.due_on < today and self.status not in FINISHED_STATUSES
