"""E-mail channel tables. Nothing from a mail is here: no address, no header, no text. Only the
mailbox position (UIDVALIDITY and UID) for exactly-once reading, which processed mail belongs to
which conversation (to delete it from the mailbox when the conversation is purged), mails a
person must look at, and per writer a keyed hash with the day of the last out-of-hours notice.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.base import Base
from bot.store.types import UTCDateTime

PROBLEM_REASONS = ("unreadable", "too_large", "not_processed")


class MailFolderState(Base):
    """Where reading stopped in one folder: mail with a UID up to last_uid is done, as long as
    the folder's UIDVALIDITY is unchanged."""

    __tablename__ = "mail_folders"

    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MailProblem(Base):
    """A mail that could not be read: left in the inbox, flagged for a person."""

    __tablename__ = "mail_problems"
    __table_args__ = (UniqueConstraint("uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    noticed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    # One of PROBLEM_REASONS; never anything taken from the mail.
    reason: Mapped[str] = mapped_column(String(24))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MailProcessed(Base):
    """A processed mail's place in the mailbox, deleted there once its conversation is purged."""

    __tablename__ = "mail_processed"
    __table_args__ = (Index("ix_mail_processed_position", "folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # No foreign key: the row must outlive the conversation row to find the mail to delete.
    conversation_id: Mapped[str] = mapped_column(String(32), index=True)
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MailWriter(Base):
    """Per writer, found by a keyed hash of the address (never the address): the local day of
    the last out-of-hours notice, and whether a "we cannot receive files" notice is owed."""

    __tablename__ = "mail_writers"

    writer_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    notice_on: Mapped[str | None] = mapped_column(String(10))
    media_owed: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
