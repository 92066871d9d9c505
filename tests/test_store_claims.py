"""The counsellor queue: order, position, one claimer per conversation, leases."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.store import claims
from bot.store.crypto import Keyring
from bot.store.db import Store, open_store
from bot.store.models import Conversation
from tests.store_fixtures import add_conversation

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
LEASE = 300


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


async def _conv(store: Store, conv_id: str) -> Conversation:
    async with store.sessionmaker() as s:
        conv = await s.get(Conversation, conv_id)
        assert conv is not None
        return conv


async def test_queue_is_urgent_first_then_longest_waiting(store: Store) -> None:
    old = await add_conversation(store, state="waiting", waiting_since=ago(30))
    new = await add_conversation(store, state="waiting", waiting_since=ago(5))
    urgent_new = await add_conversation(store, state="waiting", urgent=True, waiting_since=ago(1),
                                        urgent_reasons=["suicide"])
    urgent_old = await add_conversation(store, state="waiting", urgent=True, waiting_since=ago(10))
    await add_conversation(store, state="bot")
    await add_conversation(store, state="closed")
    order = [urgent_old, urgent_new, old, new]
    async with store.sessionmaker() as s:
        q = await claims.queue(s)
        assert [e.conversation_id for e in q] == order
        assert [e.position for e in q] == [1, 2, 3, 4]
        assert q[1].urgent_reasons == ("suicide",)
        assert [await claims.queue_position(s, c) for c in order] == [1, 2, 3, 4]


async def test_queue_position_is_none_when_not_waiting(store: Store) -> None:
    bot = await add_conversation(store, state="bot")
    async with store.sessionmaker() as s:
        assert await claims.queue_position(s, bot) is None
        assert await claims.queue_position(s, "unknown") is None


async def test_urgent_arrival_moves_ahead_of_everyone_waiting(store: Store) -> None:
    waiting = await add_conversation(store, state="waiting", waiting_since=ago(60))
    async with store.sessionmaker() as s:
        assert await claims.queue_position(s, waiting) == 1
    await add_conversation(store, state="waiting", urgent=True, waiting_since=NOW)
    async with store.sessionmaker() as s:
        assert await claims.queue_position(s, waiting) == 2


async def test_claim_is_exclusive_until_the_lease_runs_out(store: Store) -> None:
    conv = await add_conversation(store, state="waiting", waiting_since=ago(3))
    async with store.write() as s:
        assert await claims.claim(s, conv, 1, NOW, LEASE) is True
    async with store.write() as s:
        assert await claims.claim(s, conv, 2, NOW + timedelta(seconds=10), LEASE) is False
    c = await _conv(store, conv)
    assert (c.state, c.claimed_by, c.lease_expires_at) == ("claimed", 1, NOW + timedelta(seconds=LEASE))
    async with store.sessionmaker() as s:
        assert await claims.queue(s) == []
    # Counsellor 1 walks away: once the lease has run out, someone else can take it.
    async with store.write() as s:
        assert await claims.claim(s, conv, 2, NOW + timedelta(seconds=LEASE + 1), LEASE) is True
    assert (await _conv(store, conv)).claimed_by == 2


async def test_renew_release_transfer(store: Store) -> None:
    conv = await add_conversation(store, state="waiting", waiting_since=ago(3))
    await add_conversation(store, state="waiting", waiting_since=ago(1))
    async with store.write() as s:
        assert await claims.claim(s, conv, 1, NOW, LEASE)
        assert await claims.renew(s, conv, 2, NOW, LEASE) is False  # not theirs
        assert await claims.renew(s, conv, 1, NOW + timedelta(seconds=200), LEASE)
    assert (await _conv(store, conv)).lease_expires_at == NOW + timedelta(seconds=200 + LEASE)
    async with store.write() as s:
        assert await claims.transfer(s, conv, 2, 3, NOW, LEASE) is False
        assert await claims.transfer(s, conv, 1, 3, NOW, LEASE)
    assert (await _conv(store, conv)).claimed_by == 3
    async with store.write() as s:
        assert await claims.release(s, conv, 1, NOW) is False
        assert await claims.release(s, conv, 3, NOW)
    c = await _conv(store, conv)
    assert (c.state, c.claimed_by, c.lease_expires_at) == ("waiting", None, None)
    async with store.sessionmaker() as s:  # back in its old place, ahead of the later one
        assert await claims.queue_position(s, conv) == 1


async def test_expired_leases_go_back_to_the_queue(store: Store) -> None:
    a = await add_conversation(store, state="waiting", waiting_since=ago(3))
    b = await add_conversation(store, state="waiting", waiting_since=ago(2))
    async with store.write() as s:
        assert await claims.claim(s, a, 1, NOW, 60)
        assert await claims.claim(s, b, 2, NOW, 600)
    async with store.write() as s:
        assert await claims.expire_leases(s, NOW + timedelta(seconds=59)) == 0
    async with store.write() as s:
        assert await claims.expire_leases(s, NOW + timedelta(seconds=61)) == 1
    assert (await _conv(store, a)).state == "waiting"
    assert (await _conv(store, b)).state == "claimed"


async def test_claim_next_takes_the_front_of_the_queue(store: Store) -> None:
    plain = await add_conversation(store, state="waiting", waiting_since=ago(30))
    urgent = await add_conversation(store, state="waiting", urgent=True, waiting_since=ago(1))
    async with store.write() as s:
        assert await claims.claim_next(s, 1, NOW, LEASE) == urgent
        assert await claims.claim_next(s, 2, NOW, LEASE) == plain
        assert await claims.claim_next(s, 3, NOW, LEASE) is None


async def test_claim_updates_a_conversation_already_loaded_in_the_session(store: Store) -> None:
    conv = await add_conversation(store, state="waiting")
    async with store.write() as s:
        loaded = await s.get(Conversation, conv)
        assert loaded is not None and loaded.state == "waiting"
        assert await claims.claim(s, conv, 7, NOW, LEASE)
        assert (loaded.state, loaded.claimed_by) == ("claimed", 7)


async def test_concurrent_claimers_never_get_the_same_conversation(
        store: Store, store_url: str, test_keyring: Keyring) -> None:
    """Two instances (two engines), many rounds: each waiting conversation goes to exactly one
    counsellor, whether they pick it by id or take the front of the queue."""
    other = await open_store(store_url, test_keyring)
    try:
        for round_ in range(15):
            conv = await add_conversation(store, state="waiting", waiting_since=ago(1))
            extra = await add_conversation(store, state="waiting", waiting_since=ago(2))

            async def by_id(st: Store, who: int, conv_id: str = conv) -> bool:
                async with st.write() as s:
                    ok = await claims.claim(s, conv_id, who, NOW, LEASE)
                    await asyncio.sleep(0.001)  # hold the lock while the other tries
                    return ok

            async def front(st: Store, who: int) -> str | None:
                async with st.write() as s:
                    got = await claims.claim_next(s, who, NOW, LEASE)
                    await asyncio.sleep(0.001)
                    return got

            won = await asyncio.gather(by_id(store, 1), by_id(other, 2))
            assert sorted(won) == [False, True], round_
            winner = 1 if won[0] else 2
            assert (await _conv(store, conv)).claimed_by == winner
            fronts = await asyncio.gather(front(store, 3), front(other, 4))
            assert sorted(fronts, key=str) == sorted([extra, None], key=str), round_
    finally:
        await other.close()
