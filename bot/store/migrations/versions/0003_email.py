"""E-mail channel tables: mailbox position, processed mail, mail problems, writers' notices.

Revision ID: 0003_email
Revises: 0002_console
Create Date: 2026-01-03
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_email"
down_revision: str | None = "0002_console"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mail_folders",
        sa.Column("folder", sa.String(255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("folder", name=op.f("pk_mail_folders")),
    )
    op.create_table(
        "mail_problems",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("noticed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(24), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_problems")),
        sa.UniqueConstraint("uidvalidity", "uid", name=op.f("uq_mail_problems_uidvalidity")),
    )
    op.create_index(op.f("ix_mail_problems_noticed_at"), "mail_problems", ["noticed_at"])
    op.create_table(
        "mail_processed",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("folder", sa.String(255), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=False),
        sa.Column("uid", sa.BigInteger(), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_processed")),
    )
    op.create_index(op.f("ix_mail_processed_conversation_id"), "mail_processed", ["conversation_id"])
    op.create_index("ix_mail_processed_position", "mail_processed", ["folder", "uidvalidity", "uid"])
    op.create_table(
        "mail_writers",
        sa.Column("writer_key", sa.String(64), nullable=False),
        sa.Column("notice_on", sa.String(10), nullable=True),
        sa.Column("media_owed", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("writer_key", name=op.f("pk_mail_writers")),
    )
    op.create_index(op.f("ix_mail_writers_updated_at"), "mail_writers", ["updated_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_mail_writers_updated_at"), table_name="mail_writers")
    op.drop_table("mail_writers")
    op.drop_index("ix_mail_processed_position", table_name="mail_processed")
    op.drop_index(op.f("ix_mail_processed_conversation_id"), table_name="mail_processed")
    op.drop_table("mail_processed")
    op.drop_index(op.f("ix_mail_problems_noticed_at"), table_name="mail_problems")
    op.drop_table("mail_problems")
    op.drop_table("mail_folders")
