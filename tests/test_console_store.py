"""Console accounts, throttling and claiming at store level (SQLite and PostgreSQL)."""
from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import pytest
from sqlalchemy import select

from bot.console import accounts
from bot.console.auth import PasswordRejected, verify_password, verify_totp
from bot.console.throttle import Throttle
from bot.store import claims
from bot.store.crypto import Keyring
from bot.store.db import Store, open_store
from bot.store.models import Conversation
from bot.store.models_console import ConsoleSession, Counsellor
from tests.store_fixtures import _empty_tables, _PgSession, add_conversation

NOW = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"


async def test_accounts_add_disable_reset(store: Store) -> None:
    a = await accounts.add(store, "  Anna   de Vries ", "counsellor", PASSWORD, NOW)
    assert a.name == "Anna de Vries" and a.role == "counsellor" and a.active and not a.totp_confirmed
    async with store.sessionmaker() as s:
        row = await accounts.by_name(s, "Anna de Vries")
    assert row is not None and row.password_hash.startswith("$argon2id$")
    assert verify_password(row.password_hash, PASSWORD) and not verify_password(row.password_hash, "nope")
    with pytest.raises(accounts.AccountError):
        await accounts.add(store, "Anna de Vries", "supervisor", PASSWORD, NOW)
    with pytest.raises(PasswordRejected):
        await accounts.add(store, "Bram", "counsellor", "short", NOW)
    with pytest.raises(accounts.AccountError):
        await accounts.add(store, "Bram", "admin", PASSWORD, NOW)

    async with store.write() as s:
        acc = await s.get(Counsellor, a.id)
        assert acc is not None
        acc.totp_secret, acc.totp_confirmed = pyotp.random_base32(), True
        s.add(ConsoleSession(id="x" * 64, counsellor_id=a.id, stage="full", csrf="c", created_at=NOW,
                             last_seen_at=NOW))
    await accounts.reset_2fa(store, "Anna de Vries", NOW)
    async with store.sessionmaker() as s:
        acc = await s.get(Counsellor, a.id)
        sessions = (await s.execute(select(ConsoleSession))).scalars().all()
    assert acc is not None and acc.totp_secret is None and not acc.totp_confirmed
    assert sessions == []  # a reset ends every open session
    await accounts.disable(store, "Anna de Vries", NOW)
    async with store.sessionmaker() as s:
        acc = await s.get(Counsellor, a.id)
    assert acc is not None and not acc.active


def test_totp_codes_cannot_be_replayed() -> None:
    secret = pyotp.random_base32()
    code = pyotp.TOTP(secret).at(NOW)
    step = verify_totp(secret, code, NOW, None)
    assert step is not None
    assert verify_totp(secret, code, NOW, step) is None
    assert verify_totp(secret, "000000" if code != "000000" else "111111", NOW, None) is None
    assert verify_totp(secret, pyotp.TOTP(secret).at(NOW + timedelta(minutes=5)), NOW, None) is None


async def test_lockout_per_account_and_per_client(store: Store, test_keyring: Keyring) -> None:
    t = Throttle(test_keyring)
    acc, client = t.keys("Anna", "10.0.0.1")
    for i in range(4):
        async with store.write() as s:
            t.record(s, acc, client, False, NOW + timedelta(seconds=i))
    async with store.sessionmaker() as s:
        assert not await t.locked(s, acc, client, NOW + timedelta(seconds=5))
    async with store.write() as s:
        t.record(s, acc, client, False, NOW + timedelta(seconds=5))
    async with store.sessionmaker() as s:
        assert await t.locked(s, acc, client, NOW + timedelta(seconds=6))
        # Another account from another client is not affected, and the lock lapses.
        other, other_client = t.keys("Bram", "10.0.0.2")
        assert not await t.locked(s, other, other_client, NOW + timedelta(seconds=6))
        assert not await t.locked(s, acc, client, NOW + timedelta(minutes=16))
    # One client trying many names is locked out as a client.
    for i in range(20):
        k, c = t.keys(f"name{i}", "10.0.0.9")
        async with store.write() as s:
            t.record(s, k, c, False, NOW)
    fresh, c = t.keys("Fresh", "10.0.0.9")
    async with store.sessionmaker() as s:
        assert await t.locked(s, fresh, c, NOW + timedelta(seconds=1))


async def test_two_counsellors_claiming_at_once_one_wins(store: Store) -> None:
    a = await accounts.add(store, "Anna", "counsellor", PASSWORD, NOW)
    b = await accounts.add(store, "Bram", "counsellor", PASSWORD, NOW)
    for _ in range(5):
        cid = await add_conversation(store, state="waiting", at=NOW)

        async def take(who: int, cid: str = cid) -> bool:
            async with store.write() as s:
                return await claims.claim(s, cid, who, NOW, 120)

        results = await asyncio.gather(take(a.id), take(b.id))
        assert sorted(results) == [False, True]
        async with store.sessionmaker() as s:
            conv = await s.get(Conversation, cid)
        assert conv is not None and conv.state == "claimed"
        assert conv.claimed_by == (a.id if results[0] else b.id)


@pytest.fixture
async def pg_url(_pg_session: _PgSession) -> str:
    if _pg_session.url is None:
        pytest.skip(_pg_session.reason)
    await _empty_tables(_pg_session.url)
    return _pg_session.url


async def test_two_stores_claiming_on_postgresql(pg_url: str, test_keyring: Keyring) -> None:
    """Two connection pools (as two service instances) race for the same 30 conversations."""
    store_url = pg_url
    one = await open_store(store_url, test_keyring)
    two = await open_store(store_url, test_keyring)
    try:
        ids = [await add_conversation(one, state="waiting", at=NOW) for _ in range(30)]

        async def grab(store: Store, who: int) -> list[str]:
            got = []
            for _ in ids:
                async with store.write() as s:
                    cid = await claims.claim_next(s, who, NOW, 120)
                if cid:
                    got.append(cid)
            return got

        got = await asyncio.gather(grab(one, 1), grab(two, 2), grab(one, 3), grab(two, 4))
        flat = [c for g in got for c in g]
        assert sorted(flat) == sorted(ids) and len(set(flat)) == len(flat)
    finally:
        await one.close()
        await two.close()


def test_cli_adds_disables_and_resets(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot.cli", "counsellor", "--data-dir", str(data), *args],
                              input=stdin, capture_output=True, text=True, timeout=60)

    r = cli("add", "Carla", "--role", "supervisor", stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert "added supervisor Carla" in r.stdout and PASSWORD not in r.stdout + r.stderr
    r = cli("add", "Carla", stdin=PASSWORD + "\n")
    assert r.returncode == 2 and "already exists" in r.stderr
    r = cli("add", "Dirk", stdin="short\n")
    assert r.returncode == 2 and "12 characters" in r.stderr
    assert cli("reset-2fa", "Carla").returncode == 0
    assert cli("disable", "Carla").returncode == 0
    r = cli("disable", "Nobody")
    assert r.returncode == 2 and "no account" in r.stderr

    async def check() -> Counsellor | None:
        from bot.secrets import load_or_create_secrets
        sec = load_or_create_secrets(data)
        keyring = Keyring(sec.data_key, sec.lookup_key)
        st = await open_store(f"sqlite+aiosqlite:///{data / 'intake.db'}", keyring)
        try:
            async with st.sessionmaker() as s:
                return await accounts.by_name(s, "Carla")
        finally:
            await st.close()

    carla = asyncio.run(check())
    assert carla is not None and carla.role == "supervisor" and not carla.active
