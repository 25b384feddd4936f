"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-01 11:18:06.269970
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalogue_snapshots",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_catalogue_snapshots")),
    )
    op.create_table(
        "installation",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_installation")),
    )
    op.create_table(
        "shelters",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=8), nullable=False),
        sa.Column("setting", sa.String(length=16), nullable=False),
        sa.Column("serves_children", sa.Boolean(), nullable=False),
        sa.Column("serves_women", sa.Boolean(), nullable=False),
        sa.Column("serves_men", sa.Boolean(), nullable=False),
        sa.Column("serves_trafficking_victims", sa.Boolean(), nullable=False),
        sa.Column("other_groups", sa.String(length=400), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('state', 'ngo', 'faith', 'other')", name=op.f("ck_shelters_kind")),
        sa.CheckConstraint(
            "setting IN ('residential', 'transit', 'drop-in')", name=op.f("ck_shelters_setting")
        ),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name=op.f("ck_shelters_capacity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelters")),
    )
    op.create_table(
        "assessment_rounds",
        sa.Column("shelter_id", sa.Uuid(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("catalogue_key", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("current_indicator", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('in_progress', 'complete')", name=op.f("ck_assessment_rounds_status")),
        sa.ForeignKeyConstraint(
            ["catalogue_key"],
            ["catalogue_snapshots.key"],
            name=op.f("fk_assessment_rounds_catalogue_key_catalogue_snapshots"),
        ),
        sa.ForeignKeyConstraint(
            ["shelter_id"],
            ["shelters.id"],
            name=op.f("fk_assessment_rounds_shelter_id_shelters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_rounds")),
    )
    with op.batch_alter_table("assessment_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_rounds_shelter_id"), ["shelter_id"], unique=False)

    op.create_table(
        "action_items",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("indicator_codes", sa.JSON(), nullable=False),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("support_needed", sa.Text(), nullable=False),
        sa.Column("support_from", sa.String(length=16), nullable=False),
        sa.Column("support_from_detail", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("dropped_reason", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done', 'dropped')", name=op.f("ck_action_items_status")
        ),
        sa.CheckConstraint(
            "support_from IN ('', 'ministry', 'partner', 'other')", name=op.f("ck_action_items_support_from")
        ),
        sa.CheckConstraint(
            "due_on IS NULL OR start_on IS NULL OR due_on >= start_on",
            name=op.f("ck_action_items_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["action_items.id"],
            name=op.f("fk_action_items_carried_from_id_action_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["assessment_rounds.id"],
            name=op.f("fk_action_items_round_id_assessment_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_items_round_id"), ["round_id"], unique=False)

    op.create_table(
        "responses",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_code", sa.String(length=16), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("na_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(answer = 'rated') = (rating IS NOT NULL)", name=op.f("ck_responses_rating_iff_rated")
        ),
        sa.CheckConstraint(
            "answer IN ('rated', 'not_applicable', 'unknown')", name=op.f("ck_responses_answer")
        ),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 0 AND rating <= 3)", name=op.f("ck_responses_rating_range")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["assessment_rounds.id"],
            name=op.f("fk_responses_round_id_assessment_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_responses")),
        sa.UniqueConstraint("round_id", "indicator_code", name="round_indicator"),
    )
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_responses_round_id"), ["round_id"], unique=False)

    op.create_table(
        "progress_notes",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action_items.id"],
            name=op.f("fk_progress_notes_action_id_action_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_notes")),
    )
    with op.batch_alter_table("progress_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_progress_notes_action_id"), ["action_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("progress_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_notes_action_id"))

    op.drop_table("progress_notes")
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_responses_round_id"))

    op.drop_table("responses")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_round_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("assessment_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_rounds_shelter_id"))

    op.drop_table("assessment_rounds")
    op.drop_table("shelters")
    op.drop_table("installation")
    op.drop_table("catalogue_snapshots")
