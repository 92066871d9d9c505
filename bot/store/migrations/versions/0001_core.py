"""Core tables: conversations, messages, outbox, vault, callbacks, person keys, job runs.

Sealed columns are plain binary here (the encryption is a column type in bot.store.crypto);
datetimes are timestamptz on PostgreSQL and naive UTC text on SQLite.

Revision ID: 0001_core
Revises:
Create Date: 2026-01-01
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_core"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("urgent_reasons", sa.JSON(), nullable=False),
        sa.Column("out_of_hours", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.Integer(), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("thread_key", sa.String(64), nullable=True),
        sa.Column("resume_code_hash", sa.String(64), nullable=True),
        sa.Column("person_hash", sa.String(64), nullable=True),
        sa.Column("person_year", sa.Integer(), nullable=True),
        sa.Column("connected", sa.Boolean(), nullable=False),
        sa.Column("faq_answered", sa.JSON(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("text_purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(_one_of("state", ("bot", "waiting", "claimed", "closed")),
                           name=op.f("ck_conversations_state")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("resume_code_hash", name=op.f("uq_conversations_resume_code_hash")),
    )
    op.create_index("ix_conversations_queue", "conversations", ["state", "urgent", "waiting_since"])
    op.create_index(op.f("ix_conversations_thread_key"), "conversations", ["thread_key"])

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sender", sa.String(12), nullable=False),
        sa.Column("counsellor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("faq_ids", sa.JSON(), nullable=False),
        sa.Column("finding_kinds", sa.JSON(), nullable=False),
        sa.CheckConstraint(_one_of("sender", ("writer", "bot", "counsellor", "note", "system")),
                           name=op.f("ck_messages_sender")),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="CASCADE",
                                name=op.f("fk_messages_conversation_id_conversations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    op.create_index(op.f("ix_messages_conversation_id"), "messages", ["conversation_id"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(_one_of("state", ("pending", "sending", "delivered", "failed")),
                           name=op.f("ck_outbox_state")),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="CASCADE",
                                name=op.f("fk_outbox_conversation_id_conversations")),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="SET NULL",
                                name=op.f("fk_outbox_message_id_messages")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    op.create_index("ix_outbox_due", "outbox", ["state", "next_attempt_at"])
    op.create_index(op.f("ix_outbox_conversation_id"), "outbox", ["conversation_id"])

    op.create_table(
        "vault",
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_vault")),
    )
    op.create_index(op.f("ix_vault_expires_at"), "vault", ["expires_at"])

    op.create_table(
        "callbacks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("conversation_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("slot_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("slot_end", sa.DateTime(timezone=True), nullable=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(_one_of("kind", ("phone", "chat_appointment", "notify_open", "morning_message")),
                           name=op.f("ck_callbacks_kind")),
        sa.CheckConstraint(_one_of("state", ("booked", "done", "expired", "cancelled", "sent")),
                           name=op.f("ck_callbacks_state")),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="CASCADE",
                                name=op.f("fk_callbacks_conversation_id_conversations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callbacks")),
    )
    op.create_index(op.f("ix_callbacks_conversation_id"), "callbacks", ["conversation_id"])

    op.create_table(
        "person_keys",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_person_keys")),
    )

    op.create_table(
        "job_runs",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("runs", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_runs")),
    )


def downgrade() -> None:
    op.drop_table("job_runs")
    op.drop_table("person_keys")
    op.drop_index(op.f("ix_callbacks_conversation_id"), table_name="callbacks")
    op.drop_table("callbacks")
    op.drop_index(op.f("ix_vault_expires_at"), table_name="vault")
    op.drop_table("vault")
    op.drop_index(op.f("ix_outbox_conversation_id"), table_name="outbox")
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index(op.f("ix_messages_conversation_id"), table_name="messages")
    op.drop_table("messages")
    op.drop_index(op.f("ix_conversations_thread_key"), table_name="conversations")
    op.drop_index("ix_conversations_queue", table_name="conversations")
    op.drop_table("conversations")
