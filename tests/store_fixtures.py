"""Stores for tests: every test that asks for `store_url` or `store` runs on SQLite and PostgreSQL.

SQLite: a fresh file per test. PostgreSQL: `INTAKE_TEST_DATABASE_URL` when set, otherwise
postgresql+asyncpg://postgres@127.0.0.1:5432/intake_test. Each test session gets its own
database next to that one (intake_test_p<pid>_<hex>, dropped at the end; left-overs of dead
sessions are dropped at the start), so engineers running the suite at the same time do not
truncate each other's tables; each test starts from empty tables. When the server refuses to
create databases, the named database itself is used. PostgreSQL unreachable: the test skips
with the reason (a failure under INTAKE_STRICT_SKIPS=1).
"""
from __future__ import annotations

import asyncio
import os
import re
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from sqlalchemy import make_url
from sqlalchemy.engine import URL

from bot.store.crypto import Keyring
from bot.store.db import Store, open_store
from bot.store.models import Conversation

DEFAULT_PG = "postgresql+asyncpg://postgres@127.0.0.1:5432/intake_test"
TEST_DATA_KEY = bytes(range(32))
TEST_LOOKUP_KEY = bytes(range(32, 64))


@dataclass
class _PgSession:
    url: str | None
    reason: str = ""


def _dsn(u: URL) -> str:
    return u.set(drivername="postgresql").render_as_string(hide_password=False)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def _create_session_db(base: URL) -> tuple[URL, bool]:
    """(URL of the database to use, whether we created it and must drop it)."""
    name = base.database or "intake_test"
    admin = await asyncpg.connect(_dsn(base.set(database="postgres")), timeout=3)
    try:
        rows = await admin.fetch("SELECT datname FROM pg_database WHERE datname LIKE $1",
                                 f"{name}_p%")
        for row in rows:
            m = re.fullmatch(rf"{re.escape(name)}_p(\d+)_[0-9a-f]+", row["datname"])
            if m and not _pid_alive(int(m.group(1))):
                await admin.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
        session_db = f"{name}_p{os.getpid()}_{secrets.token_hex(3)}"
        try:
            await admin.execute(f'CREATE DATABASE "{session_db}"')
            return base.set(database=session_db), True
        except asyncpg.InsufficientPrivilegeError:
            exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
            if not exists:
                await admin.execute(f'CREATE DATABASE "{name}"')
            return base, False
    finally:
        await admin.close()


async def _drop_db(base: URL, db: str) -> None:
    admin = await asyncpg.connect(_dsn(base.set(database="postgres")), timeout=3)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session")
def _pg_session() -> Iterator[_PgSession]:
    raw = os.environ.get("INTAKE_TEST_DATABASE_URL") or DEFAULT_PG
    base = make_url(raw).set(drivername="postgresql+asyncpg")
    try:
        url, created = asyncio.run(_create_session_db(base))
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        where = f"{base.host}:{base.port or 5432}"
        yield _PgSession(None, f"PostgreSQL not reachable at {where} ({type(exc).__name__}); "
                               "set INTAKE_TEST_DATABASE_URL or start the server")
        return
    yield _PgSession(url.render_as_string(hide_password=False))
    if created:
        asyncio.run(_drop_db(base, url.database or ""))


async def _empty_tables(url: str) -> None:
    conn = await asyncpg.connect(_dsn(make_url(url)), timeout=3)
    try:
        tables = [r["tablename"] for r in await conn.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> 'alembic_version'")]
        if tables:
            await conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)
                               + " RESTART IDENTITY CASCADE")
    finally:
        await conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
async def store_url(request: pytest.FixtureRequest, tmp_path: Path,
                    _pg_session: _PgSession) -> AsyncIterator[str]:
    """A database URL with empty tables (or none yet): a SQLite file, or the PostgreSQL test database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'store' / 'intake.db'}"
        return
    if _pg_session.url is None:
        pytest.skip(_pg_session.reason)
    await _empty_tables(_pg_session.url)
    yield _pg_session.url


@pytest.fixture
def test_keyring() -> Keyring:
    return Keyring(TEST_DATA_KEY, TEST_LOOKUP_KEY)


@pytest.fixture
async def store(store_url: str, test_keyring: Keyring) -> AsyncIterator[Store]:
    s = await open_store(store_url, test_keyring)
    try:
        yield s
    finally:
        await s.close()


async def add_conversation(store: Store, *, state: str = "bot", urgent: bool = False,
                           waiting_since: datetime | None = None, at: datetime | None = None,
                           channel: str = "webchat", **fields: Any) -> str:
    """Insert a conversation (committed) and return its id; for tests of anything stored."""
    now = at or datetime.now(UTC)
    if waiting_since is None and state == "waiting":
        waiting_since = now
    values: dict[str, Any] = {
        "id": secrets.token_urlsafe(16), "channel": channel, "lang": "nl", "state": state,
        "urgent": urgent, "urgent_reasons": [], "out_of_hours": False, "created_at": now,
        "updated_at": now, "connected": True, "faq_answered": [],
        "waiting_since": waiting_since,
    }
    conv = Conversation(**{**values, **fields})
    async with store.write() as s:
        s.add(conv)
    return conv.id
