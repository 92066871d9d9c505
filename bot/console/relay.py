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
    """Keeps one LISTEN connection; when the server goes away (a restart, a failover) it
    connects again with back-off, so events cross instances again without a service restart."""

    CHECK_SECONDS = 5.0

    def __init__(self, bus: EventBus, dsn: str) -> None:
        self.bus = bus
        self.dsn = dsn
        self.origin = secrets.token_hex(8)
        self._conn: asyncpg.Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()

    async def start(self) -> None:
        await self._connect()  # the first connection is made before start-up goes on
        self._task = asyncio.get_running_loop().create_task(self._run(), name="event-relay")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self._drop()

    async def _connect(self) -> None:
        conn = await asyncpg.connect(self.dsn, timeout=5)
        await conn.add_listener(CHANNEL, self._received)
        self._conn = conn
        self._connected.set()

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self._connected.clear()
        if conn is not None:
            with contextlib.suppress(Exception):  # it may already be gone with the server
                await conn.close(timeout=2)

    async def _run(self) -> None:
        delay = 0.5
        with self.bus.subscribe() as events:
            while True:
                try:
                    if self._conn is None or self._conn.is_closed():
                        await self._drop()
                        await self._connect()
                        delay = 0.5
                        log.info("event relay: listening again")
                    await self._forward_some(events)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # the server went away: wait, then connect again
                    log.warning("event relay: connection lost (%s); retrying in %.1f s",
                                type(exc).__name__, delay)
                    await self._drop()
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 10.0)

    async def _forward_some(self, events: asyncio.Queue[dict[str, Any]]) -> None:
        """Send local events until the connection needs checking or fails."""
        assert self._conn is not None
        try:
            event = await asyncio.wait_for(events.get(), self.CHECK_SECONDS)
        except TimeoutError:
            await self._conn.execute("SELECT 1")  # an idle LISTEN connection can die unnoticed
            return
        if ORIGIN in event:
            return  # came from another instance: do not echo it back
        payload = json.dumps({"origin": self.origin, "event": event}, default=str)
        await self._conn.execute("SELECT pg_notify($1, $2)", CHANNEL, payload)

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
