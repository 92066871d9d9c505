"""Console events across service instances on PostgreSQL: every local event is sent with
pg_notify('intake_events', json), and a listening connection puts other instances' events into
the local EventBus. Events carry only types and opaque conversation ids."""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from typing import Any

import asyncpg

from bot.events import EventBus

log = logging.getLogger(__name__)
CHANNEL = "intake_events"
ORIGIN = "_origin"


class PgRelay:
    def __init__(self, bus: EventBus, dsn: str) -> None:
        self.bus = bus
        self.dsn = dsn
        self.origin = secrets.token_hex(8)
        self._conn: asyncpg.Connection | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._conn = await asyncpg.connect(self.dsn)
        await self._conn.add_listener(CHANNEL, self._received)
        self._task = asyncio.get_running_loop().create_task(self._forward())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close(timeout=2)

    async def _forward(self) -> None:
        with self.bus.subscribe() as events:
            while True:
                event = await events.get()
                if ORIGIN in event or self._conn is None:
                    continue  # came from another instance: do not echo it back
                payload = json.dumps({"origin": self.origin, "event": event}, default=str)
                try:
                    await self._conn.execute("SELECT pg_notify($1, $2)", CHANNEL, payload)
                except (asyncpg.PostgresError, OSError) as exc:
                    log.warning("event relay: notify failed: %s", type(exc).__name__)

    def _received(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            return
        if not isinstance(data, dict) or data.get("origin") == self.origin:
            return
        event = data.get("event")
        if isinstance(event, dict):
            self.bus.publish({**event, ORIGIN: data.get("origin")})


def dsn_of(url: Any) -> str:
    """A plain libpq DSN from the store's SQLAlchemy URL."""
    return str(url.set(drivername="postgresql").render_as_string(hide_password=False))
