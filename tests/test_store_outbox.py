"""The outbox: claim, deliver, retry with back-off, fail visibly, survive a dead sender."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.clock import FixedClock
from bot.store.crypto import Keyring
from bot.store.db import Store, open_store
from bot.store.models import Outbox
from bot.store.outbox import (
    NotHere,
    OutboxItem,
    OutboxSender,
    PermanentFailure,
    TemporaryFailure,
    backoff_seconds,
    claim_due,
    enqueue,
    mark_delivered,
    mark_retry,
)
from tests.store_fixtures import add_conversation

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)


async def _row(store: Store, item_id: int) -> Outbox:
    async with store.sessionmaker() as s:
        row = await s.get(Outbox, item_id)
        assert row is not None
        return row


async def _enqueue(store: Store, conv: str, text: str = "hallo", at: datetime = NOW) -> int:
    async with store.write() as s:
        return await enqueue(s, conv, "webchat", {"text": text}, now=at)


async def test_claimed_items_are_sending_and_not_claimed_twice(store: Store) -> None:
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    async with store.write() as s:
        items = await claim_due(s, NOW, limit=10, lock_seconds=60)
    assert [(i.id, i.payload, i.attempts) for i in items] == [(item_id, {"text": "hallo"}, 1)]
    row = await _row(store, item_id)
    assert row.state == "sending" and row.locked_until == NOW + timedelta(seconds=60)
    async with store.write() as s:
        assert await claim_due(s, NOW + timedelta(seconds=30), limit=10, lock_seconds=60) == []


async def test_a_dead_senders_item_is_due_again_after_the_lock(store: Store) -> None:
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    async with store.write() as s:
        await claim_due(s, NOW, limit=10, lock_seconds=60)
    # ... the sender crashes here, never marking the item ...
    async with store.write() as s:
        again = await claim_due(s, NOW + timedelta(seconds=61), limit=10, lock_seconds=60)
    assert [(i.id, i.attempts) for i in again] == [(item_id, 2)]


async def test_a_dead_sender_on_the_last_attempt_leaves_a_visible_failure(store: Store) -> None:
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    async with store.write() as s:
        await claim_due(s, NOW, limit=10, lock_seconds=60, max_attempts=1)
    async with store.write() as s:
        assert await claim_due(s, NOW + timedelta(minutes=5), 10, 60, max_attempts=1) == []
    row = await _row(store, item_id)
    assert row.state == "failed" and row.last_error and "SenderLost" in row.last_error


def test_backoff_doubles_up_to_the_maximum() -> None:
    assert [backoff_seconds(n, 2.0, 30.0) for n in range(1, 7)] == [2.0, 4.0, 8.0, 16.0, 30.0, 30.0]


async def test_retry_backs_off_exponentially_then_fails(store: Store) -> None:
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    t = NOW
    delays = []
    for _ in range(4):
        async with store.write() as s:
            (item,) = await claim_due(s, t, 10, 60)
            state = await mark_retry(s, item.id, t, None, "ConnectionError", base_backoff=10,
                                     max_backoff=25, max_attempts=4)
        row = await _row(store, item_id)
        if state == "failed":
            break
        delays.append((row.next_attempt_at - t).total_seconds())
        async with store.write() as s:  # not due a moment before the back-off is over
            assert await claim_due(s, row.next_attempt_at - timedelta(seconds=1), 10, 60) == []
        t = row.next_attempt_at
    assert delays == [10.0, 20.0, 25.0]
    row = await _row(store, item_id)
    assert (row.state, row.attempts, row.last_error) == ("failed", 4, "ConnectionError")
    async with store.write() as s:
        assert await claim_due(s, t + timedelta(days=1), 10, 60) == []


async def test_retry_after_is_honoured(store: Store) -> None:
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    async with store.write() as s:
        await claim_due(s, NOW, 10, 60)
        await mark_retry(s, item_id, NOW, 123.0, "TemporaryFailure", base_backoff=1, max_backoff=5)
    assert (await _row(store, item_id)).next_attempt_at == NOW + timedelta(seconds=123)


async def test_replies_of_one_conversation_go_out_in_order(store: Store) -> None:
    conv, other = await add_conversation(store), await add_conversation(store)
    first = await _enqueue(store, conv, "eerste")
    second = await _enqueue(store, conv, "tweede")
    third = await _enqueue(store, other, "ander")
    async with store.write() as s:
        (item,) = [i for i in await claim_due(s, NOW, 1, 60)]
        assert item.id == first
        await mark_retry(s, first, NOW, 30.0, "TemporaryFailure")
    async with store.write() as s:  # the second waits for the first; the other conversation goes
        assert [i.id for i in await claim_due(s, NOW + timedelta(seconds=1), 10, 60)] == [third]
    async with store.write() as s:
        got = await claim_due(s, NOW + timedelta(seconds=31), 10, 60)
        assert [i.id for i in got] == [first, second]


async def test_mark_delivered(store: Store) -> None:
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    async with store.write() as s:
        await claim_due(s, NOW, 10, 60)
        await mark_delivered(s, item_id, NOW + timedelta(seconds=1))
    row = await _row(store, item_id)
    assert (row.state, row.delivered_at, row.locked_until) == ("delivered", NOW + timedelta(seconds=1), None)


class Channel:
    """A channel that fails as told, then delivers."""

    def __init__(self, failures: list[Exception] | None = None) -> None:
        self.failures = list(failures or [])
        self.delivered: list[str] = []

    async def deliver(self, item: OutboxItem) -> None:
        if self.failures:
            raise self.failures.pop(0)
        self.delivered.append(item.payload["text"])


async def test_sender_records_each_kind_of_outcome(store: Store) -> None:
    clock = FixedClock(NOW)
    convs = [await add_conversation(store) for _ in range(4)]
    ids = [await _enqueue(store, c, f"bericht {i}") for i, c in enumerate(convs)]

    outcomes: dict[str, Exception | None] = {
        "bericht 0": None,
        "bericht 1": TemporaryFailure("socket closed", retry_after=45.0),
        "bericht 2": PermanentFailure("no address for iemand@example.test"),
        "bericht 3": OSError("connection refused by 10.1.2.3"),
    }
    delivered: list[str] = []

    async def deliver(item: OutboxItem) -> None:
        exc = outcomes[item.payload["text"]]
        if exc is not None:
            raise exc
        delivered.append(item.payload["text"])

    sender = OutboxSender(store, deliver, now=clock.now, base_backoff=5, max_backoff=60, max_attempts=3)
    assert await sender.run_once() == 4
    rows = [await _row(store, i) for i in ids]
    assert delivered == ["bericht 0"]
    assert rows[0].state == "delivered"
    assert (rows[1].state, rows[1].next_attempt_at) == ("pending", NOW + timedelta(seconds=45))
    assert rows[1].last_error == "TemporaryFailure: socket closed"
    assert rows[2].state == "failed" and "example.test" not in (rows[2].last_error or "")
    assert rows[2].last_error == "PermanentFailure: no address for [email 1]"
    assert (rows[3].state, rows[3].next_attempt_at) == ("pending", NOW + timedelta(seconds=5))
    assert rows[3].last_error == "OSError"  # other exceptions: class only, never their text


async def test_sender_stops_a_conversations_chain_at_a_failure(store: Store) -> None:
    conv = await add_conversation(store)
    a, b = await _enqueue(store, conv, "eerste"), await _enqueue(store, conv, "tweede")
    channel = Channel([TemporaryFailure("busy", retry_after=10)])
    clock = FixedClock(NOW)
    sender = OutboxSender(store, channel.deliver, now=clock.now)
    assert await sender.run_once() == 1
    assert (await _row(store, a)).state == "pending"
    row_b = await _row(store, b)
    assert (row_b.state, row_b.attempts) == ("pending", 0)  # handed back untried
    clock.advance(seconds=11)
    assert await sender.run_once() == 2
    assert channel.delivered == ["eerste", "tweede"]


async def test_an_item_handed_to_another_instance_is_left_to_it(store: Store) -> None:
    # The writer's page is open on instance A; B claimed the reply and cannot deliver it. B used
    # to claim it again at each of its polls, and A's polls kept falling where B held it: the
    # reply did not arrive for as long as that lasted.
    conv = await add_conversation(store)
    item_id = await _enqueue(store, conv)
    told: list[list[str]] = []

    async def not_here(item: OutboxItem) -> None:
        raise NotHere("writer connected to another instance")

    clock = FixedClock(NOW)
    b = OutboxSender(store, not_here, now=clock.now, handed_over=told.append)
    assert await b.run_once() == 1
    row = await _row(store, item_id)
    assert (row.state, row.attempts, row.next_attempt_at) == ("pending", 0, NOW)  # due at once, untried
    assert told == [[conv]]  # after the release was committed: A's web chat wakes A's sender
    assert await b.run_once() == 0  # B leaves it alone ...
    a = Channel([])
    assert await OutboxSender(store, a.deliver, now=clock.now).run_once() == 1  # ... for A to take
    assert a.delivered == ["hallo"]
    assert (await _row(store, item_id)).state == "delivered"


async def test_background_sender_delivers_soon_after_wake(store: Store) -> None:
    channel = Channel([RuntimeError("flaky")])
    sender = OutboxSender(store, channel.deliver, base_backoff=0.05, max_backoff=0.05, idle_seconds=0.05)
    await sender.start()
    try:
        convs = [await add_conversation(store) for _ in range(5)]
        for c in convs:
            async with store.write() as s:
                await enqueue(s, c, "webchat", {"text": c}, now=datetime.now(UTC))
            sender.wake()
        for _ in range(200):
            if len(channel.delivered) == 5:
                break
            await asyncio.sleep(0.02)
    finally:
        await sender.stop()
    assert sorted(channel.delivered) == sorted(convs)  # including the one that failed once
    async with store.sessionmaker() as s:
        states = set((await s.execute(select(Outbox.state))).scalars())
    assert states == {"delivered"}


async def test_two_instances_never_claim_the_same_item(store: Store, store_url: str,
                                                      test_keyring: Keyring) -> None:
    """Two stores on one database (two service instances): PostgreSQL skips locked rows, SQLite
    serialises the two engines with BEGIN IMMEDIATE and busy_timeout."""
    other = await open_store(store_url, test_keyring)
    convs = [await add_conversation(store) for _ in range(60)]
    for c in convs:
        await _enqueue(store, c)

    async def claimer(st: Store) -> list[int]:
        got: list[int] = []
        while True:
            async with st.write() as s:
                items = await claim_due(s, NOW, 3, 60)
                await asyncio.sleep(0.001)  # hold the rows while the other instance tries
            if not items:
                return got
            got += [i.id for i in items]

    try:
        a, b = await asyncio.gather(claimer(store), claimer(other))
    finally:
        await other.close()
    assert not set(a) & set(b)
    assert len(a) + len(b) == 60
    if store.dialect == "postgresql":
        assert a and b  # both took part (on SQLite one may starve the other: fair, not required)
