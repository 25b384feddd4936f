"""The tables, as typed SQLAlchemy 2 models.

Every record has a UUID key and created/updated timestamps, so that records made on different machines
(a shelter's PC and a facilitator's laptop) can be merged without clashes. Enumerations are stored as
short strings with CHECK constraints, which read well in a database browser and migrate easily.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: Uuid(),
        dt.datetime: DateTime(timezone=True),
        dt.date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Record(Base):
    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


SHELTER_KINDS = ("state", "ngo", "faith", "other")
SETTINGS = ("residential", "transit", "drop-in")
ROUND_STATUSES = ("in_progress", "complete")
ANSWER_KINDS = ("rated", "not_applicable", "unknown", "unanswered")  # unanswered: notes kept, no answer yet
ACTION_STATUSES = ("not_started", "in_progress", "done", "dropped")
SUPPORT_SOURCES = ("", "ministry", "partner", "other")


def _one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name)


class Shelter(Record):
    """A shelter's profile. There is deliberately no address: shelter locations are confidential."""

    __tablename__ = "shelters"
    __table_args__ = (
        _one_of("kind", SHELTER_KINDS, "kind"),
        _one_of("setting", SETTINGS, "setting"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity"),
    )

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="state")
    operator: Mapped[str] = mapped_column(String(200), default="")
    province: Mapped[str] = mapped_column(String(8), default="")  # code from assessment.provinces
    setting: Mapped[str] = mapped_column(String(16), default="residential")
    serves_children: Mapped[bool] = mapped_column(default=False)
    serves_women: Mapped[bool] = mapped_column(default=True)
    serves_men: Mapped[bool] = mapped_column(default=False)
    serves_trafficking_victims: Mapped[bool] = mapped_column(default=True)
    other_groups: Mapped[str] = mapped_column(String(400), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    archived: Mapped[bool] = mapped_column(default=False)

    rounds: Mapped[list[AssessmentRound]] = relationship(
        back_populates="shelter", cascade="all, delete-orphan", order_by="AssessmentRound.assessed_on"
    )


class CatalogueSnapshot(Base):
    """The exact catalogue a round was rated against, so an old round always renders as it was rated."""

    __tablename__ = "catalogue_snapshots"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)  # "<id>@<version>"
    checksum: Mapped[str] = mapped_column(String(64))  # SHA-256 of the canonical JSON
    content: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AssessmentRound(Record):
    __tablename__ = "assessment_rounds"
    __table_args__ = (_one_of("status", ROUND_STATUSES, "status"),)

    shelter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shelters.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[dt.date] = mapped_column()
    participants: Mapped[str] = mapped_column(Text, default="")
    catalogue_key: Mapped[str] = mapped_column(ForeignKey("catalogue_snapshots.key"))
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    current_indicator: Mapped[str] = mapped_column(String(16), default="")  # where the walk-through resumes
    # who the round assesses, fixed when it starts: the applicable indicators follow from these
    populations: Mapped[list[str]] = mapped_column(default=list)
    setting: Mapped[str] = mapped_column(String(16), default="residential")

    shelter: Mapped[Shelter] = relationship(back_populates="rounds")
    responses: Mapped[list[Response]] = relationship(back_populates="round", cascade="all, delete-orphan")
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="ActionItem.position"
    )


class Response(Record):
    """One indicator's answer in a round: a rating 0–3, not applicable (with a reason) or don't know yet."""

    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("round_id", "indicator_code", name="round_indicator"),
        _one_of("answer", ANSWER_KINDS, "answer"),
        CheckConstraint("rating IS NULL OR (rating >= 0 AND rating <= 3)", name="rating_range"),
        CheckConstraint("(answer = 'rated') = (rating IS NOT NULL)", name="rating_iff_rated"),
    )

    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessment_rounds.id", ondelete="CASCADE"), index=True
    )
    indicator_code: Mapped[str] = mapped_column(String(16))
    answer: Mapped[str] = mapped_column(String(16))
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    na_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[AssessmentRound] = relationship(back_populates="responses")


class ActionItem(Record):
    __tablename__ = "action_items"
    __table_args__ = (
        _one_of("status", ACTION_STATUSES, "status"),
        _one_of("support_from", SUPPORT_SOURCES, "support_from"),
        CheckConstraint("due_on IS NULL OR start_on IS NULL OR due_on >= start_on", name="dates_in_order"),
    )

    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assessment_rounds.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(Text)
    indicator_codes: Mapped[list[str]] = mapped_column(default=list)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    start_on: Mapped[dt.date | None] = mapped_column(default=None)
    due_on: Mapped[dt.date | None] = mapped_column(default=None)
    resources: Mapped[str] = mapped_column(Text, default="")
    support_needed: Mapped[str] = mapped_column(Text, default="")
    support_from: Mapped[str] = mapped_column(String(16), default="")
    support_from_detail: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    dropped_reason: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("action_items.id", ondelete="SET NULL"), default=None
    )

    round: Mapped[AssessmentRound] = relationship(back_populates="actions")
    notes: Mapped[list[ProgressNote]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ProgressNote.noted_on"
    )


class ProgressNote(Record):
    __tablename__ = "progress_notes"

    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("action_items.id", ondelete="CASCADE"), index=True
    )
    noted_on: Mapped[dt.date] = mapped_column()
    text: Mapped[str] = mapped_column(Text)

    action: Mapped[ActionItem] = relationship(back_populates="notes")


class InstallationSetting(Base):
    """Facts about this installation that travel with its exports (its id, for one)."""

    __tablename__ = "installation"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
