"""One-off closures entered in the console, on top of those in the configuration.

The `line_closures` table is the truth; each instance's `OpeningHours` holds a copy, set
through `OpeningHours.set_extra_closures`. A change publishes a "closures" event, which the
PostgreSQL relay carries to the other instances, whose `follow` task reloads from the table.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from bot.console import audit
from bot.store.models_console import LineClosure

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)
EVENT = "closures"


async def current(service: Service) -> list[LineClosure]:
    async with service.store.sessionmaker() as s:
        return list((await s.execute(select(LineClosure).order_by(LineClosure.start))).scalars().all())


async def apply(service: Service) -> None:
    """Make the service's opening hours include the stored closures (config ones stay)."""
    service.hours.set_extra_closures((c.start, c.end) for c in await current(service))


async def add(service: Service, start: datetime, end: datetime, note: str, by: int, now: datetime) -> None:
    """Store a closure, apply it here, and tell the other instances (through the event relay)."""
    if end <= start:
        raise ValueError("the end of a closure must be after its start")
    async with service.store.write() as s:
        s.add(LineClosure(start=start, end=end, note=note[:120], created_by=by, created_at=now))
        audit.record(s, now, by, "closure_added")
    await apply(service)
    service.events.publish({"type": EVENT, "conversation_id": None})


async def follow(service: Service) -> None:
    """Reload the closures whenever any instance says they changed; runs until cancelled."""
    with service.events.subscribe() as events:
        while True:
            event = await events.get()
            if event.get("type") != EVENT:
                continue
            while not events.empty():  # a burst of changes is one reload
                events.get_nowait()
            try:
                await apply(service)
            except SQLAlchemyError as exc:  # keep the old copy; the next event tries again
                log.warning("closures: reload failed: %s", type(exc).__name__)


def start_following(service: Service) -> asyncio.Task[None]:
    return asyncio.get_running_loop().create_task(follow(service))


async def stop_following(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
