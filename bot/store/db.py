"""Opening the store: migrations to head, the engine, sessions, and one writer at a time on SQLite.

Reads use `store.sessionmaker()`; every write goes through `async with store.write() as s:`,
which commits when the block ends and rolls back on an exception. On SQLite a write
transaction starts with BEGIN IMMEDIATE (the write lock is taken up front, so two writers never
deadlock upgrading read locks) and writers of one process queue on an asyncio lock instead of
spinning on busy_timeout. On PostgreSQL writes run concurrently; the queries that must not
race (claims, outbox) lock rows themselves.
"""
from __future__ import annotations

import asyncio
import contextvars
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, make_url, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from bot.store.crypto import Keyring, install_keyring

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0001_core"  # informational; the migrations decide what head is
_MIGRATION_LOCK = 0x1A7A_0001  # PostgreSQL advisory lock: one instance migrates at a time
_WRITE_OPTION = "intake_write"
PING_SECONDS = 2.0


class StoreError(Exception):
    pass


def normalise_url(url: str) -> URL:
    """Accept plain `sqlite:///` and `postgresql://` URLs and pick the async drivers."""
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite" and u.get_driver_name() != "aiosqlite":
        u = u.set(drivername="sqlite+aiosqlite")
    elif backend == "postgresql" and u.get_driver_name() != "asyncpg":
        u = u.set(drivername="postgresql+asyncpg")
    elif backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database: {backend} (use sqlite or postgresql)")
    return u


def _sqlite_file(u: URL) -> Path | None:
    db = u.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def _prepare_sqlite_file(path: Path) -> None:
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        # Sealed or not, the file holds conversation data: owner only.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _sqlite_events(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from the sqlite3 module (it would not BEGIN before DDL or
        # SELECT); SQLAlchemy's "begin" event below issues BEGIN itself.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       "busy_timeout=15000"):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _upgrade(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")


class Store:
    def __init__(self, engine: AsyncEngine, dialect: str) -> None:
        self.engine = engine
        self.dialect = dialect
        self.sessionmaker: async_sessionmaker[AsyncSession] = async_sessionmaker(
            engine, expire_on_commit=False)
        self._writer_engine = engine.execution_options(**{_WRITE_OPTION: True})
        self._write_sessionmaker: async_sessionmaker[AsyncSession] = async_sessionmaker(
            self._writer_engine, expire_on_commit=False)
        self._write_lock = asyncio.Lock() if dialect == "sqlite" else None
        # The task inside write(), to refuse nesting (tasks it spawns may write on their own).
        self._writer: contextvars.ContextVar[asyncio.Task[Any] | None] = contextvars.ContextVar(
            f"intake_store_writer_{id(self)}", default=None)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A session in a write transaction: committed at the end, rolled back on error."""
        me = asyncio.current_task()
        if me is not None and self._writer.get() is me:
            # On SQLite this would wait for itself forever; elsewhere it splits one unit of work.
            raise StoreError("store.write() nested inside another store.write() in the same task")
        token = self._writer.set(me)
        try:
            if self._write_lock is None:
                async with self._write_sessionmaker() as s, s.begin():
                    yield s
            else:
                async with self._write_lock, self._write_sessionmaker() as s, s.begin():
                    yield s
        finally:
            self._writer.reset(token)

    async def ping(self) -> bool:
        try:
            async with asyncio.timeout(PING_SECONDS), self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception as exc:  # healthz reports, it does not crash
            log.warning("store ping failed: %s", type(exc).__name__)
            return False

    async def close(self) -> None:
        await self.engine.dispose()


async def open_store(url: str, keyring: Keyring) -> Store:
    """Migrate the database at `url` to head and return a ready Store."""
    u = normalise_url(url)
    dialect = u.get_backend_name()
    kwargs: dict[str, Any] = {}
    if dialect == "sqlite":
        path = _sqlite_file(u)
        if path is not None:
            _prepare_sqlite_file(path)
        kwargs["connect_args"] = {"timeout": 15}
    else:
        kwargs["pool_pre_ping"] = True
        kwargs["pool_size"] = 10
        kwargs["max_overflow"] = 20
        # A group commit writes its messages with one multi-row statement whose text depends on
        # the number of rows (1 up to the batch size): each is prepared once per connection, and
        # the default cache of 100 would keep evicting and re-preparing them under load.
        kwargs["connect_args"] = {"prepared_statement_cache_size": 1000}
    engine = create_async_engine(u, **kwargs)
    if dialect == "sqlite":
        _sqlite_events(engine)
    install_keyring(keyring)
    store = Store(engine, dialect)
    try:
        async with store._writer_engine.begin() as conn:
            await conn.run_sync(_upgrade)
    except Exception:
        await engine.dispose()
        raise
    return store
