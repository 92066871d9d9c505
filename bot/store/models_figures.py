"""Tables only the yearly figures need: the platforms a help-seeker named, registered at closing.

A code from a fixed list per row (never free text), tied to the registration and deleted with it.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.base import Base
from bot.store.models_console import Registration  # noqa: F401  (the table the key points at)


class RegistrationPlatform(Base):
    __tablename__ = "registration_platforms"

    conversation_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("registrations.conversation_id", ondelete="CASCADE"), primary_key=True
    )
    platform: Mapped[str] = mapped_column(String(24), primary_key=True)
