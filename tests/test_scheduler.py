"""Scheduled jobs, run at injected moments against the real store."""
from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from bot import callbacks
from bot.clock import FixedClock
from bot.envelope import Envelope
from bot.service import Service
from bot.store import vault
from bot.store.models import Callback, Conversation, JobRun, Message
from tests.service_fixtures import CLOSED, OPEN, make_settings, shut_down

STORY = "Ik wil graag met iemand praten over gedachten waar ik van schrik."


def clock(service: Service) -> FixedClock:
    assert isinstance(service.clock, FixedClock)
    return service.clock


async def test_opening_tells_those_who_asked_and_those_waiting(service: Service) -> None:
    clock(service).set(CLOSED)
    jobs = service.jobs
    assert await jobs.transitions(CLOSED) is None  # first look: no change yet
    out = await service.pipeline.handle(Envelope(channel="webchat", text=STORY,
                                                 reply_address={"socket": "x"}))
    await service.choose("webchat", out.conversation_id, "notify_open", "nl", {})
    opening = CLOSED + timedelta(hours=10, minutes=1)  # Thursday 09:01 in Amsterdam
    clock(service).set(opening)
    assert await jobs.transitions(opening) == "opened"
    async with service.store.sessionmaker() as s:
        cb = (await s.execute(select(Callback))).scalar_one()
        said = [m.body or "" for m in (await s.execute(
            select(Message).where(Message.sender == "bot").order_by(Message.id))).scalars()]
    assert cb.state == "sent"
    assert any("We zijn nu open" in b for b in said)


async def test_past_callback_numbers_leave_the_vault(service: Service) -> None:
    clock(service).set(CLOSED)
    out = await service.pipeline.handle(Envelope(channel="webchat", text=STORY))
    slot = callbacks.upcoming_slots(service.hours, CLOSED, 15, 7)[0]
    async with service.store.write() as s:
        await callbacks.book(s, out.conversation_id, "phone", CLOSED, slot, 15, "+31612345678")
    jobs = service.jobs
    assert await jobs.callbacks(slot) == 0
    assert await jobs.callbacks(slot + timedelta(minutes=16)) == 1
    async with service.store.sessionmaker() as s:
        assert "callback_phone" not in await vault.vault_get(s, out.conversation_id)
        assert (await s.execute(select(Callback.state))).scalar_one() == "expired"


async def test_slots_lie_inside_opening_hours(service: Service) -> None:
    slots = callbacks.upcoming_slots(service.hours, CLOSED, 15, 7)
    assert slots and all(service.hours.is_open(t) for t in slots)
    assert slots[0] > CLOSED


async def test_expired_claims_return_to_the_queue(service: Service) -> None:
    out = await service.pipeline.handle(Envelope(channel="webchat", text=STORY))
    now = service.clock.now()
    async with service.store.write() as s:
        conv = await s.get(Conversation, out.conversation_id)
        assert conv is not None
        conv.state, conv.claimed_by, conv.lease_expires_at = "claimed", 7, now + timedelta(seconds=60)
    jobs = service.jobs
    assert await jobs.expire_claims(now) == 0
    assert await jobs.expire_claims(now + timedelta(seconds=61)) == 1
    async with service.store.sessionmaker() as s:
        conv = await s.get(Conversation, out.conversation_id)
    assert conv is not None and conv.state == "waiting" and conv.claimed_by is None


async def test_jobs_run_through_the_runner_are_recorded(service: Service) -> None:
    jobs = service.jobs
    await jobs._run("expire_claims", jobs.expire_claims)
    await jobs._run("expire_claims", jobs.expire_claims)
    async with service.store.sessionmaker() as s:
        run = await s.get(JobRun, "expire_claims")
    assert run is not None and run.runs == 2


async def test_stopping_lets_the_jobs_under_way_finish(tmp_path: Path, store_url: str) -> None:
    # The scheduler's own shutdown cancelled them mid-transaction, which left a store connection
    # waiting and `intake-bot serve` unable to exit on SIGTERM right after start-up.
    service = Service(make_settings(tmp_path / "data", store_url), clock=FixedClock(OPEN))
    await service.start()
    jobs = service.jobs
    for _ in range(10_000):  # every job runs once at start
        if jobs._running:
            break
        await asyncio.sleep(0)
    under_way = set(jobs._running)
    assert under_way
    await shut_down("Service.stop()", service.stop(), within=30)
    assert all(t.done() and not t.cancelled() for t in under_way)
