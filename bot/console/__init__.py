"""The counsellor console: one queue for all channels, claims, replies, registration, audit.

`setup(app, service)` adds every /console route (all through `guard.Routes`, which refuses
anonymous access) and the console's static files, and on PostgreSQL starts the event relay.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.service import Service

STATIC = Path(__file__).with_name("static")


def setup(app: web.Application, service: Service) -> None:
    # Imported here so that `bot.console.accounts` (the CLI) does not pull in the whole service.
    from bot.console import (
        closures,
        live,
        mail_problems,
        views_auth,
        views_conversation,
        views_queue,
        views_supervisor,
    )
    from bot.console.guard import ROUTES_KEY, Routes
    from bot.console.relay import PgRelay, dsn_of
    from bot.console.state import CONSOLE_KEY, Console

    console = Console.create(service)
    app[CONSOLE_KEY] = console
    routes = Routes(app, console)
    app[ROUTES_KEY] = routes
    for module in (views_auth, views_queue, views_conversation, views_supervisor, mail_problems, live):
        module.add_routes(routes)
    app.router.add_static("/console/static", STATIC, show_index=False)
    relays: list[PgRelay] = []
    followers: list[asyncio.Task[None]] = []

    async def started(app: web.Application) -> None:
        # Follow before loading, so a change made by another instance meanwhile is not missed.
        followers.append(closures.start_following(service))
        await asyncio.sleep(0)  # let it subscribe
        await closures.apply(service)
        if service.store.dialect == "postgresql":
            relay = PgRelay(service.events, dsn_of(service.store.engine.url))
            await relay.start()
            relays.append(relay)

    async def stopped(app: web.Application) -> None:
        while relays:
            await relays.pop().stop()
        while followers:
            await closures.stop_following(followers.pop())

    app.on_startup.append(started)
    app.on_cleanup.append(stopped)
