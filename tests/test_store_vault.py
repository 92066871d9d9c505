"""The reply vault: merge, read, forget, expire, purge."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store.db import Store
from bot.store.vault import (
    vault_delete,
    vault_forget,
    vault_get,
    vault_purge_expired,
    vault_put,
    vault_schedule_expiry,
)
from tests.store_fixtures import add_conversation

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)


async def test_put_merges_keys_and_get_reads_them_back(store: Store) -> None:
    conv = await add_conversation(store)
    async with store.write() as s:
        await vault_put(s, conv, "webchat", {"socket": "abc"})
    async with store.write() as s:
        await vault_put(s, conv, "callback_phone", "+31612345678")
        await vault_put(s, conv, "webchat", {"socket": "def"})
    async with store.sessionmaker() as s:
        assert await vault_get(s, conv) == {"webchat": {"socket": "def"}, "callback_phone": "+31612345678"}
        assert await vault_get(s, "no-such-conversation") == {}


async def test_forget_one_key_and_delete_all(store: Store) -> None:
    conv = await add_conversation(store)
    async with store.write() as s:
        await vault_put(s, conv, "webchat", {"socket": "abc"})
        await vault_put(s, conv, "callback_phone", "+31612345678")
    async with store.write() as s:
        assert await vault_forget(s, conv, "callback_phone") is True
        assert await vault_forget(s, conv, "callback_phone") is False
    async with store.sessionmaker() as s:
        assert await vault_get(s, conv) == {"webchat": {"socket": "abc"}}
    async with store.write() as s:
        assert await vault_delete(s, conv) is True
        assert await vault_delete(s, conv) is False
    async with store.sessionmaker() as s:
        assert await vault_get(s, conv) == {}


async def test_forgetting_the_last_key_removes_the_entry(store: Store) -> None:
    conv = await add_conversation(store)
    async with store.write() as s:
        await vault_put(s, conv, "callback_phone", "+31612345678")
    async with store.write() as s:
        await vault_forget(s, conv, "callback_phone")
    async with store.write() as s:  # nothing left to schedule: the entry is gone
        assert await vault_schedule_expiry(s, conv, NOW) is False


async def test_scheduled_expiry_is_purged_only_when_due(store: Store) -> None:
    a, b, c = [await add_conversation(store) for _ in range(3)]
    async with store.write() as s:
        for conv in (a, b, c):
            await vault_put(s, conv, "webchat", {"socket": conv}, now=NOW)
        assert await vault_schedule_expiry(s, a, NOW + timedelta(hours=1))
        assert await vault_schedule_expiry(s, b, NOW + timedelta(hours=3))
    async with store.write() as s:
        assert await vault_purge_expired(s, NOW) == 0
    async with store.write() as s:
        assert await vault_purge_expired(s, NOW + timedelta(hours=2)) == 1
    async with store.sessionmaker() as s:
        assert await vault_get(s, a) == {}
        assert await vault_get(s, b) == {"webchat": {"socket": b}}
        assert await vault_get(s, c) == {"webchat": {"socket": c}}  # never scheduled


async def test_vault_outlives_nothing_it_has_no_foreign_key(store: Store) -> None:
    async with store.write() as s:  # a vault entry may exist before/without a conversation row
        await vault_put(s, "orphan-id", "email", {"thread": "x"})
    async with store.sessionmaker() as s:
        assert await vault_get(s, "orphan-id") == {"email": {"thread": "x"}}
