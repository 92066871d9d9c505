"""Live updates: events cross service instances on PostgreSQL (LISTEN/NOTIFY); claims are kept
alive while a console is open and go back to the queue when their lease runs out."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.console.live import renew_my_claims
from bot.console.relay import PgRelay, dsn_of
from bot.console.state import Console
from bot.events import EventBus
from bot.store import claims
from bot.store.models import Conversation
from tests.console_helpers import add_account
from tests.service_fixtures import Running
from tests.store_fixtures import _empty_tables, _PgSession, add_conversation


@pytest.fixture
async def pg_url(_pg_session: _PgSession) -> str:
    if _pg_session.url is None:
        pytest.skip(_pg_session.reason)
    await _empty_tables(_pg_session.url)
    return _pg_session.url


async def test_events_cross_instances_through_listen_notify(pg_url: str) -> None:
    from sqlalchemy import make_url
    dsn = dsn_of(make_url(pg_url))
    one_bus, two_bus = EventBus(), EventBus()
    one, two = PgRelay(one_bus, dsn), PgRelay(two_bus, dsn)
    await one.start()
    await two.start()
    try:
        with two_bus.subscribe() as seen_by_two, one_bus.subscribe() as seen_by_one:
            await asyncio.sleep(0.05)  # the forwarders subscribe when their tasks start
            one_bus.publish({"type": "claims", "conversation_id": "abc"})
            event = await asyncio.wait_for(seen_by_two.get(), 5)
            assert event["type"] == "claims" and event["conversation_id"] == "abc"
            assert (await seen_by_one.get()) == {"type": "claims", "conversation_id": "abc"}
            await asyncio.sleep(0.3)
            assert seen_by_one.empty() and seen_by_two.empty()  # no echo back and forth
    finally:
        await one.stop()
        await two.stop()


async def test_open_console_renews_and_lapsed_claims_return(running: Running) -> None:
    service = running.service
    console = Console.create(service)
    anna = await add_account(running, "Anna")
    now = running.clock.now()
    kept = await add_conversation(service.store, state="waiting", at=now)
    lapsed = await add_conversation(service.store, state="waiting", at=now)
    lease = console.lease_seconds
    async with service.store.write() as s:
        assert await claims.claim(s, kept, anna, now, lease)
        assert await claims.claim(s, lapsed, 999, now, lease)  # a colleague whose console closed
    running.clock.set(now + timedelta(seconds=lease - 1))
    assert await renew_my_claims(console, anna) == 1
    running.clock.set(now + timedelta(seconds=lease + 30))
    await renew_my_claims(console, anna)
    async with service.store.sessionmaker() as s:
        k, lp = await s.get(Conversation, kept), await s.get(Conversation, lapsed)
    assert k is not None and k.state == "claimed" and k.claimed_by == anna
    assert lp is not None and lp.state == "waiting" and lp.claimed_by is None
