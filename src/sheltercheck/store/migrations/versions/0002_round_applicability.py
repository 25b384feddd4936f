"""Rounds remember whom they assess (populations and setting), so the applicable indicators stay fixed;
a response may hold notes before it has an answer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_rounds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("populations", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column("setting", sa.String(length=16), nullable=False, server_default="residential")
        )
    # notes can be written before the rating: such a response is stored as "unanswered"
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_responses_answer"), type_="check")
        batch_op.create_check_constraint(
            "answer", "answer IN ('rated', 'not_applicable', 'unknown', 'unanswered')"
        )
    # existing rounds take the profile their shelter has now
    bind = op.get_bind()
    shelters = bind.execute(
        sa.text("SELECT id, setting, serves_children, serves_women, serves_men FROM shelters")
    ).fetchall()
    for shelter_id, setting, children, women, men in shelters:
        populations = [
            name for name, served in (("children", children), ("women", women), ("men", men)) if served
        ]
        bind.execute(
            sa.text(
                "UPDATE assessment_rounds SET populations = :populations, setting = :setting"
                " WHERE shelter_id = :id"
            ),
            {"populations": json.dumps(populations), "setting": setting, "id": shelter_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_responses_answer"), type_="check")
        batch_op.create_check_constraint("answer", "answer IN ('rated', 'not_applicable', 'unknown')")
    with op.batch_alter_table("assessment_rounds", schema=None) as batch_op:
        batch_op.drop_column("setting")
        batch_op.drop_column("populations")
