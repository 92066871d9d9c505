"""Opening the store: migrations, encryption at rest, aware datetimes, one writer at a time."""
from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from bot.store import crypto, models_console, models_email, models_figures  # noqa: F401 - all tables in Base.metadata
from bot.store.base import Base
from bot.store.crypto import DecryptionError, Keyring, KeyringNotInstalled, WrongKeyError
from bot.store.db import MIGRATIONS, Store, StoreError, open_store
from bot.store.models import Conversation, Message, Outbox, VaultEntry
from bot.store.outbox import enqueue
from bot.store.vault import vault_get, vault_put
from tests.store_fixtures import TEST_LOOKUP_KEY, add_conversation

CANARY = "canary-7d1f-lantaarnpaal"
TABLES = {"conversations", "messages", "outbox", "vault", "callbacks", "person_keys", "job_runs"}


async def test_migrations_create_the_schema_and_match_the_models(store: Store) -> None:
    async with store.engine.connect() as conn:
        tables = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar_one()

        def diff(c):  # type: ignore[no-untyped-def]
            # Every model of every part against the migrated schema: a table or column that a
            # model has and no migration creates (or the reverse) is a difference.
            return compare_metadata(MigrationContext.configure(c), Base.metadata)

        differences = await conn.run_sync(diff)
    assert TABLES <= tables
    scripts = ScriptDirectory(str(MIGRATIONS))
    assert version == scripts.get_current_head()
    assert "0001_core" in {r.revision for r in scripts.walk_revisions()}
    assert differences == []


async def test_open_twice_is_a_no_op(store_url: str, test_keyring: Keyring) -> None:
    first = await open_store(store_url, test_keyring)
    await first.close()
    second = await open_store(store_url, test_keyring)
    assert await second.ping()
    await second.close()


async def test_sqlite_file_is_durable_and_private(tmp_path: Path, test_keyring: Keyring) -> None:
    path = tmp_path / "fresh" / "deeper" / "intake.db"
    store = await open_store(f"sqlite:///{path}", test_keyring)
    try:
        async with store.engine.connect() as conn:
            mode = (await conn.execute(text("PRAGMA journal_mode"))).scalar_one()
            sync = (await conn.execute(text("PRAGMA synchronous"))).scalar_one()
            fks = (await conn.execute(text("PRAGMA foreign_keys"))).scalar_one()
        assert (mode, sync, fks) == ("wal", 2, 1)  # 2 = FULL
        assert path.stat().st_mode & 0o077 == 0
        assert store.dialect == "sqlite"
    finally:
        await store.close()


async def test_unsupported_url_is_refused(test_keyring: Keyring) -> None:
    with pytest.raises(StoreError, match="unsupported"):
        await open_store("mysql://localhost/x", test_keyring)


async def test_encrypted_columns_hold_no_plaintext(store: Store, store_url: str) -> None:
    now = datetime.now(UTC)
    conv_id = await add_conversation(store)
    async with store.write() as s:
        s.add(Message(conversation_id=conv_id, created_at=now, sender="writer", kind="text",
                      body=f"ik heet {CANARY}", faq_ids=[], finding_kinds={}))
        await vault_put(s, conv_id, "email", {"address": f"{CANARY}@example.test"})
        await enqueue(s, conv_id, "webchat", {"text": f"hallo {CANARY}"}, now=now)

    async with store.sessionmaker() as s:
        assert (await s.execute(select(Message.body))).scalar_one() == f"ik heet {CANARY}"
        assert (await vault_get(s, conv_id))["email"]["address"].startswith(CANARY)
        assert (await s.execute(select(Outbox.payload))).scalar_one() == {"text": f"hallo {CANARY}"}
        raw = (await s.execute(text(
            "SELECT m.body, v.blob, o.payload FROM messages m, vault v, outbox o"))).one()
    for value in raw:
        assert CANARY.encode() not in bytes(value)
        assert bytes(value)[0] == crypto.VERSION

    if store.dialect == "sqlite":
        await store.close()  # checkpoint the WAL so the bytes are in the main file too
        path = Path(store_url.split("///", 1)[1])
        for f in path.parent.iterdir():
            assert CANARY.encode() not in f.read_bytes(), f.name


async def test_the_wrong_key_is_a_clear_error_never_garbage(store: Store) -> None:
    conv_id = await add_conversation(store)
    async with store.write() as s:
        await vault_put(s, conv_id, "telegram", {"chat": 42})
    crypto.install_keyring(Keyring(os.urandom(32), TEST_LOOKUP_KEY))
    async with store.sessionmaker() as s:
        with pytest.raises(WrongKeyError, match=r"vault\.blob: encrypted with a different data key"):
            await s.get(VaultEntry, conv_id)


def test_sealed_value_moved_to_another_column_does_not_open() -> None:
    ring = Keyring(os.urandom(32), os.urandom(32))
    blob = ring.encrypt(b"geheim", "messages.body")
    assert ring.decrypt(blob, "messages.body") == b"geheim"
    with pytest.raises(DecryptionError):
        ring.decrypt(blob, "outbox.payload")
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(DecryptionError):
        ring.decrypt(tampered, "messages.body")
    assert ring.encrypt(b"geheim", "messages.body") != blob  # fresh nonce every time


def test_lookup_hash_is_keyed_and_separates_kinds() -> None:
    a = Keyring(os.urandom(32), os.urandom(32))
    b = Keyring(os.urandom(32), os.urandom(32))
    h = a.lookup_hash("email", "iemand@example.test")
    assert len(h) == 64 and h == a.lookup_hash("email", "iemand@example.test")
    assert h != b.lookup_hash("email", "iemand@example.test")
    assert h != a.lookup_hash("telegram", "iemand@example.test")
    assert "example" not in repr(a) and a._lookup_key.hex() not in repr(a)


def test_bad_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        Keyring(b"short", os.urandom(32))
    same = os.urandom(32)
    with pytest.raises(ValueError):
        Keyring(same, same)


def test_no_keyring_installed_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "_installed", None)
    with pytest.raises(KeyringNotInstalled, match="install_keyring"):
        crypto.EncryptedText("messages.body").process_bind_param("x", None)  # type: ignore[arg-type]


async def test_datetimes_come_back_aware_utc(store: Store) -> None:
    amsterdam = datetime(2026, 3, 29, 3, 30, tzinfo=UTC).astimezone()  # any aware value
    conv_id = await add_conversation(store, state="waiting", at=amsterdam)
    async with store.sessionmaker() as s:
        conv = (await s.execute(select(Conversation).where(Conversation.id == conv_id))).scalar_one()
    assert conv.created_at == amsterdam
    assert conv.created_at.tzinfo is UTC and conv.waiting_since is not None
    assert conv.waiting_since.utcoffset() == timedelta(0)


async def test_naive_datetime_is_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        await add_conversation(store, at=datetime(2026, 1, 1, 12, 0))


async def test_concurrent_writers_do_not_hit_database_is_locked(store: Store) -> None:
    conv_id = await add_conversation(store)
    now = datetime.now(UTC)

    async def write(i: int) -> None:
        async with store.write() as s:
            s.add(Message(conversation_id=conv_id, created_at=now, sender="writer", kind="text",
                          body=f"bericht {i}", faq_ids=[], finding_kinds={}))
            await asyncio.sleep(0)  # give the others a chance to interleave

    await asyncio.gather(*(write(i) for i in range(40)))
    async with store.sessionmaker() as s:
        bodies = set((await s.execute(select(Message.body))).scalars())
    assert bodies == {f"bericht {i}" for i in range(40)}


async def test_a_failing_write_rolls_back(store: Store) -> None:
    with pytest.raises(RuntimeError):
        async with store.write() as s:
            s.add(Conversation(id="x" * 20, channel="webchat", lang="nl", state="bot", urgent=False,
                               urgent_reasons=[], out_of_hours=False, created_at=datetime.now(UTC),
                               updated_at=datetime.now(UTC), connected=False, faq_answered=[]))
            await s.flush()
            raise RuntimeError("boom")
    async with store.sessionmaker() as s:
        assert await s.get(Conversation, "x" * 20) is None


async def test_nested_write_is_an_error_not_a_deadlock(store: Store) -> None:
    async with store.write():
        with pytest.raises(StoreError, match="nested"):
            async with store.write():
                pass


async def test_a_task_started_inside_a_write_may_write_itself(store: Store) -> None:
    conv_id = await add_conversation(store)

    async def later() -> None:
        async with store.write() as s:
            s.add(Message(conversation_id=conv_id, created_at=datetime.now(UTC), sender="system",
                          kind="text", body="later", faq_ids=[], finding_kinds={}))

    async with store.write():
        task = asyncio.get_running_loop().create_task(later())
    await task
    async with store.sessionmaker() as s:
        assert (await s.execute(select(Message.body))).scalar_one() == "later"


async def test_ping(store: Store) -> None:
    assert await store.ping() is True
    await store.close()
