"""Figures: the platforms named in a registration (one fixed code per row).

Revision ID: 0004_figures
Revises: 0003_email
Create Date: 2026-01-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_figures"
down_revision: str | None = "0003_email"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "registration_platforms",
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("platform", sa.String(24), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["registrations.conversation_id"],
            ondelete="CASCADE",
            name=op.f("fk_registration_platforms_conversation_id_registrations"),
        ),
        sa.PrimaryKeyConstraint("conversation_id", "platform", name=op.f("pk_registration_platforms")),
    )


def downgrade() -> None:
    op.drop_table("registration_platforms")
