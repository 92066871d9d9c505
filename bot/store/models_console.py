"""The console's tables: accounts, server-side sessions, sign-in attempts, the audit log,
registrations at closing, and supervisors' one-off closures of the line.

No help-seeker identifier lives here. A counsellor's client address is kept only as a keyed
hash (for throttling), the TOTP secret is sealed, sessions are stored by a hash of the token.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.base import Base
from bot.store.crypto import EncryptedText
from bot.store.types import UTCDateTime

ROLES = ("counsellor", "supervisor")
AUDIT_ACTIONS = ("viewed", "claimed", "released", "transferred", "replied", "noted",
                 "revealed_callback_number", "callback_done", "closed", "signed_in", "signed_out",
                 "account_added", "account_disabled", "two_factor_reset", "closure_added")


class Counsellor(Base):
    __tablename__ = "counsellors"
    __table_args__ = (CheckConstraint("role IN ('counsellor', 'supervisor')", name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(12), default="counsellor")
    password_hash: Mapped[str] = mapped_column(String(255))
    # Sealed; NULL until enrolment starts. Confirmed once a first code was accepted.
    totp_secret: Mapped[str | None] = mapped_column(EncryptedText("counsellors.totp_secret"))
    totp_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The last accepted TOTP time step: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConsoleSession(Base):
    __tablename__ = "console_sessions"

    # SHA-256 of the cookie's token: a copy of the table does not sign anyone in.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    counsellor_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("counsellors.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(12))  # "password" (2FA pending) | "full"
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SignInAttempt(Base):
    __tablename__ = "sign_in_attempts"
    __table_args__ = (Index("ix_sign_in_attempts_account", "account_key", "at"),
                      Index("ix_sign_in_attempts_client", "client_key", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    account_key: Mapped[str] = mapped_column(String(64))   # keyed hash of the account name
    client_key: Mapped[str] = mapped_column(String(64))    # keyed hash of the client address
    ok: Mapped[bool] = mapped_column(Boolean)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    counsellor_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    conversation_id: Mapped[str | None] = mapped_column(String(32), index=True)
    # Another account the action concerned (transfer target, added account); never free text.
    other_id: Mapped[int | None] = mapped_column(Integer)


class Registration(Base):
    """What the counsellor registers when closing: feeds the yearly figures. No free text."""

    __tablename__ = "registrations"

    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True)
    counsellor_id: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    target_group: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(32))
    help_offered: Mapped[list[str]] = mapped_column(JSON, default=list)
    age_band: Mapped[str | None] = mapped_column(String(8))
    gender: Mapped[str | None] = mapped_column(String(12))


class LineClosure(Base):
    """A one-off closure a supervisor entered in the console (besides those in the TOML)."""

    __tablename__ = "line_closures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(String(120), default="")
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
