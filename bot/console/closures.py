"""One-off closures entered in the console, on top of those in the configuration.

Adapter: bot.hours.OpeningHours reads its closures from `_closures` at every question (nothing
cached), and the pipeline holds a bound method of the same object, so replacing that tuple is
enough for the whole service to see the change. A public setter in bot.hours would be better.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from bot.store.models_console import LineClosure

if TYPE_CHECKING:
    from bot.service import Service


async def current(service: Service) -> list[LineClosure]:
    async with service.store.sessionmaker() as s:
        return list((await s.execute(select(LineClosure).order_by(LineClosure.start))).scalars().all())


async def apply(service: Service) -> None:
    """Make the service's opening hours include the stored closures (config ones stay)."""
    base = tuple((c.start.astimezone(UTC), c.end.astimezone(UTC)) for c in service.hours.settings.closures)
    extra = tuple((c.start, c.end) for c in await current(service))
    service.hours._closures = base + extra


async def add(service: Service, start: datetime, end: datetime, note: str, by: int, now: datetime) -> None:
    if end <= start:
        raise ValueError("the end of a closure must be after its start")
    async with service.store.write() as s:
        s.add(LineClosure(start=start, end=end, note=note[:120], created_by=by, created_at=now))
    await apply(service)
