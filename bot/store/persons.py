"""Unique-person counting without keeping who: a keyed hash of a stable sender identity under a
key that exists for one calendar year (Amsterdam time). When the year is over the key is
destroyed, and last year's hashes can no longer be linked to anyone, nor to this year's.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store._dialect import insert_for
from bot.store.models import PersonKey

TZ = ZoneInfo("Europe/Amsterdam")


def year_of(now: datetime) -> int:
    return now.astimezone(TZ).year


async def _key(s: AsyncSession, year: int, now: datetime) -> bytes:
    key = (await s.execute(select(PersonKey.key).where(PersonKey.year == year))).scalar_one_or_none()
    if key is not None:
        return key
    # Two instances may create the year's key at once: the first insert wins, both use it.
    await s.execute(insert_for(s, PersonKey.__table__)
                    .values(year=year, key=os.urandom(32), created_at=now)
                    .on_conflict_do_nothing(index_elements=["year"]))
    return (await s.execute(select(PersonKey.key).where(PersonKey.year == year))).scalar_one()


async def person_hash(s: AsyncSession, raw: str, now: datetime) -> tuple[int, str]:
    """(year, 64-hex keyed hash) of a sender identity; the year's key is created on demand."""
    year = year_of(now)
    key = await _key(s, year, now)
    return year, hmac.new(key, raw.encode(), hashlib.sha256).hexdigest()


async def rotate_person_keys(s: AsyncSession, now: datetime) -> int:
    """Destroy the keys of years before the current one; returns how many were destroyed."""
    result = await s.execute(delete(PersonKey).where(PersonKey.year < year_of(now))
                             .execution_options(synchronize_session="fetch"))
    return int(result.rowcount)  # type: ignore[attr-defined]
