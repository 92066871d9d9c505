"""Alembic environment for both dialects and async engines.

At run time `bot.store.db.open_store` passes an open (sync-facing) connection in
`config.attributes["connection"]`; no alembic.ini is needed. From a shell, for writing a new
revision:  INTAKE_DATABASE_URL=sqlite+aiosqlite:///data/intake.db \
    alembic -c bot/store/migrations/alembic.ini revision --autogenerate -m "..."
"""
from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from bot.store import models  # noqa: F401  (registers the tables on Base.metadata)
from bot.store.base import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: later revisions use batch mode there.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def _run(connection: Connection) -> None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("INTAKE_DATABASE_URL")
    if not url:
        raise RuntimeError("set INTAKE_DATABASE_URL (an async URL) to run alembic by hand")
    return url


async def _run_async() -> None:
    engine = create_async_engine(_url())
    async with engine.begin() as conn:
        await conn.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (conn := config.attributes.get("connection")) is not None:
    _run(conn)
else:
    asyncio.run(_run_async())
