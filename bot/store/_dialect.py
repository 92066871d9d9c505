"""Which database a session talks to, for the few queries that differ."""
from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def dialect_of(s: AsyncSession) -> str:
    return s.get_bind().dialect.name


def insert_for(s: AsyncSession, table: Any) -> Any:
    """An INSERT that knows ON CONFLICT on both dialects."""
    return (postgresql.insert if dialect_of(s) == "postgresql" else sqlite.insert)(table)
