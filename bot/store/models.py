"""The tables. Nothing raw lives here: message bodies are scrubbed and sealed, reply addresses
live only in the sealed vault, returning writers and persons are found through keyed hashes.

JSON columns are not mutation-tracked: assign a new list/dict to change one.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.base import Base
from bot.store.crypto import EncryptedBytes, EncryptedJSON, EncryptedText
from bot.store.types import UTCDateTime

CONVERSATION_STATES = ("bot", "waiting", "claimed", "closed")
SENDERS = ("writer", "bot", "counsellor", "note", "system")
OUTBOX_STATES = ("pending", "sending", "delivered", "failed")
CALLBACK_KINDS = ("phone", "chat_appointment", "notify_open", "morning_message")
CALLBACK_STATES = ("booked", "done", "expired", "cancelled", "sent")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        CheckConstraint(_one_of("state", CONVERSATION_STATES), name="state"),
        # The counsellor queue: urgent first, then longest waiting.
        Index("ix_conversations_queue", "state", "urgent", "waiting_since"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(2), default="nl")
    state: Mapped[str] = mapped_column(String(12), default="bot")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    out_of_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    waiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[int | None] = mapped_column(Integer)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    thread_key: Mapped[str | None] = mapped_column(String(64), index=True)
    resume_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    person_hash: Mapped[str | None] = mapped_column(String(64))
    person_year: Mapped[int | None] = mapped_column(Integer)
    connected: Mapped[bool] = mapped_column(Boolean, default=False)
    faq_answered: Mapped[list[str]] = mapped_column(JSON, default=list)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    text_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (CheckConstraint(_one_of("sender", SENDERS), name="sender"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sender: Mapped[str] = mapped_column(String(12))
    counsellor_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24), default="text")
    # Scrubbed text only; NULL after the retention purge.
    body: Mapped[str | None] = mapped_column(EncryptedText("messages.body"))
    faq_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Counts per identifier kind ({"phone": 1}), never the values.
    finding_kinds: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class Outbox(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(_one_of("state", OUTBOX_STATES), name="state"),
        Index("ix_outbox_due", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("messages.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("outbox.payload"))
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Exception class and a generic reason only; never an address.
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class VaultEntry(Base):
    """What the channels need to reply, sealed. No foreign key: deleted on its own schedule."""

    __tablename__ = "vault"

    conversation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    blob: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON("vault.blob"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)


class Callback(Base):
    """An out-of-hours option taken. A phone number is never a column: it is in the vault."""

    __tablename__ = "callbacks"
    __table_args__ = (
        CheckConstraint(_one_of("kind", CALLBACK_KINDS), name="kind"),
        CheckConstraint(_one_of("state", CALLBACK_STATES), name="state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    slot_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    slot_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default="booked")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PersonKey(Base):
    """The yearly key for unique-person counting; destroyed (deleted) when the year is over."""

    __tablename__ = "person_keys"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[bytes] = mapped_column(EncryptedBytes("person_keys.key"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class JobRun(Base):
    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(UTCDateTime)
    runs: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
