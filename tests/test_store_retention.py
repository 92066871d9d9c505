"""What is kept only as long as needed: yearly person keys, message text, vault entries, numbers."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from bot.store.db import Store
from bot.store.models import Callback, Conversation, Message, PersonKey
from bot.store.persons import person_hash, rotate_person_keys
from bot.store.retention import purge
from bot.store.vault import vault_get, vault_put, vault_schedule_expiry
from tests.store_fixtures import add_conversation

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)


async def test_person_hash_is_stable_within_a_year_and_unlinkable_across(store: Store) -> None:
    async with store.write() as s:
        y1, h1 = await person_hash(s, "telegram:123456", NOW)
        y1b, h1b = await person_hash(s, "telegram:123456", NOW + timedelta(days=3))
        _, other = await person_hash(s, "telegram:654321", NOW)
        y2, h2 = await person_hash(s, "telegram:123456", datetime(2027, 1, 5, tzinfo=UTC))
    assert (y1, h1) == (y1b, h1b) == (2026, h1) and len(h1) == 64
    assert other != h1
    assert y2 == 2027 and h2 != h1
    assert "123456" not in h1


async def test_the_year_is_amsterdam_time(store: Store) -> None:
    new_years_eve_utc = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 00:30 on 1 January there
    async with store.write() as s:
        year, _ = await person_hash(s, "x", new_years_eve_utc)
    assert year == 2027


async def test_rotation_destroys_last_years_key(store: Store) -> None:
    async with store.write() as s:
        _, old = await person_hash(s, "email:someone", NOW)
        await person_hash(s, "email:someone", datetime(2027, 1, 2, tzinfo=UTC))
    async with store.write() as s:
        assert await rotate_person_keys(s, datetime(2027, 1, 2, tzinfo=UTC)) == 1
        assert await rotate_person_keys(s, datetime(2027, 1, 3, tzinfo=UTC)) == 0
    async with store.sessionmaker() as s:
        years = set((await s.execute(select(PersonKey.year))).scalars())
    assert years == {2027}
    # With the key gone the old hash can never be made again (a new 2026 key is a new key).
    async with store.write() as s:
        _, again = await person_hash(s, "email:someone", NOW)
    assert again != old


async def test_person_keys_are_sealed(store: Store) -> None:
    async with store.write() as s:
        await person_hash(s, "x", NOW)
    async with store.sessionmaker() as s:
        key = (await s.execute(select(PersonKey.key))).scalar_one()
        raw = bytes((await s.execute(text("SELECT key FROM person_keys"))).scalar_one())
    assert len(key) == 32 and key not in raw and len(raw) > 32


async def _closed(store: Store, days_ago: float) -> str:
    closed_at = NOW - timedelta(days=days_ago)
    conv = await add_conversation(store, state="closed", at=closed_at - timedelta(hours=1),
                                  closed_at=closed_at)
    async with store.write() as s:
        s.add(Message(conversation_id=conv, created_at=closed_at, sender="writer", kind="text",
                      body="een verhaal", faq_ids=[], finding_kinds={"phone": 1}))
    return conv


async def test_purge_removes_old_text_keeps_the_messages(store: Store) -> None:
    old = await _closed(store, days_ago=31)
    recent = await _closed(store, days_ago=29)
    still_open = await add_conversation(store, state="waiting", at=NOW - timedelta(days=90))
    async with store.write() as s:
        s.add(Message(conversation_id=still_open, created_at=NOW - timedelta(days=90), sender="writer",
                      kind="text", body="nog open", faq_ids=[], finding_kinds={}))
    async with store.write() as s:
        counts = await purge(s, NOW, message_text_days=30, vault_grace_hours=24)
    assert counts["message_texts"] == 1
    async with store.sessionmaker() as s:
        rows = {m.conversation_id: m for m in (await s.execute(select(Message))).scalars()}
        purged_at = {c.id: c.text_purged_at for c in (await s.execute(select(Conversation))).scalars()}
    assert rows[old].body is None and rows[old].finding_kinds == {"phone": 1}
    assert rows[recent].body == "een verhaal"
    assert rows[still_open].body == "nog open"
    assert purged_at == {old: NOW, recent: None, still_open: None}
    async with store.write() as s:  # a second run finds nothing new
        assert (await purge(s, NOW, 30, 24))["message_texts"] == 0


async def test_purge_removes_vault_entries_when_due(store: Store) -> None:
    scheduled = await add_conversation(store, state="closed", closed_at=NOW - timedelta(hours=2))
    ended = await add_conversation(store, state="closed", closed_at=NOW - timedelta(hours=25))
    grace = await add_conversation(store, state="closed", closed_at=NOW - timedelta(hours=23))
    live = await add_conversation(store, state="waiting")
    async with store.write() as s:
        for conv in (scheduled, ended, grace, live):
            await vault_put(s, conv, "webchat", {"socket": "s"}, now=NOW)
        await vault_schedule_expiry(s, scheduled, NOW - timedelta(minutes=1))
    async with store.write() as s:
        counts = await purge(s, NOW, message_text_days=30, vault_grace_hours=24)
    assert counts["vault_entries"] == 2
    async with store.sessionmaker() as s:
        left = {c for c in (scheduled, ended, grace, live) if await vault_get(s, c)}
    assert left == {grace, live}


async def test_purge_forgets_callback_numbers_once_no_callback_is_booked(store: Store) -> None:
    done = await add_conversation(store, state="bot")
    pending = await add_conversation(store, state="bot")
    slot = NOW - timedelta(hours=5)
    async with store.write() as s:
        for conv, state in ((done, "expired"), (pending, "expired"), (pending, "booked")):
            s.add(Callback(conversation_id=conv, kind="phone", slot_start=slot,
                           slot_end=slot + timedelta(minutes=15), state=state, created_at=slot))
        await vault_put(s, done, "callback_phone", "+31612345678")
        await vault_put(s, done, "webchat", {"socket": "s"})
        await vault_put(s, pending, "callback_phone", "+31687654321")
    async with store.write() as s:
        counts = await purge(s, NOW, message_text_days=30, vault_grace_hours=24)
    assert counts["callback_numbers"] == 1
    async with store.sessionmaker() as s:
        assert await vault_get(s, done) == {"webchat": {"socket": "s"}}
        assert await vault_get(s, pending) == {"callback_phone": "+31687654321"}


async def test_closed_conversations_go_with_everything_of_theirs_after_closed_conversation_days(
        store: Store) -> None:
    from bot.store.models import Outbox
    from bot.store.models_console import Registration

    old = await _closed(store, days_ago=731)
    kept = await _closed(store, days_ago=729)
    still_open = await add_conversation(store, state="waiting", at=NOW - timedelta(days=1000))
    async with store.write() as s:
        for conv in (old, kept):
            s.add(Callback(conversation_id=conv, kind="morning_message", state="done", created_at=NOW))
            s.add(Outbox(conversation_id=conv, channel="webchat", payload={}, state="delivered",
                         attempts=1, next_attempt_at=NOW, created_at=NOW))
            s.add(Registration(conversation_id=conv, counsellor_id=1, channel="webchat", closed_at=NOW,
                               target_group="own_feelings", reason="online_material", help_offered=[],
                               age_band=None, gender=None))
    async with store.write() as s:
        counts = await purge(s, NOW, 30, 24, closed_conversation_days=730)
    assert counts["conversations"] == 1
    async with store.sessionmaker() as s:
        left = {table: set((await s.execute(select(model.conversation_id))).scalars())
                for table, model in (("messages", Message), ("callbacks", Callback), ("outbox", Outbox),
                                     ("registrations", Registration))}
        conversations = set((await s.execute(select(Conversation.id))).scalars())
    assert conversations == {kept, still_open}
    assert all(old not in ids and kept in ids for ids in left.values()), left
    async with store.write() as s:  # without the setting nothing of the kind is deleted
        assert (await purge(s, NOW + timedelta(days=5), 30, 24))["conversations"] == 0
