"""The console's WebSocket: tells open pages to refresh when the queue, a claim or a
conversation changes, and keeps the counsellor's claims alive while a console page is open.

Frames to the page are only {"type": "refresh"}: the page fetches its own regions again, so no
conversation data ever travels over this socket.
"""
from __future__ import annotations

import asyncio
import contextlib
import time

from aiohttp import WSMsgType, web
from sqlalchemy import select

from bot.console.guard import Ctx, Routes
from bot.console.sessions import still_valid
from bot.console.state import Console
from bot.store import claims
from bot.store.models import Conversation

ALWAYS = {"queue", "claims", "callbacks", "closures"}


async def renew_my_claims(console: Console, counsellor_id: int) -> int:
    """Extend every lease this counsellor holds; also return lapsed ones to the queue."""
    now = console.now()
    async with console.service.store.write() as s:
        expired = await claims.expire_leases(s, now)
        mine = (await s.execute(select(Conversation.id).where(
            Conversation.state == "claimed", Conversation.claimed_by == counsellor_id))).scalars().all()
        for cid in mine:
            await claims.renew(s, cid, counsellor_id, now, console.lease_seconds)
    if expired:
        console.publish("queue")
    return len(mine)


def _relevant(event: dict[str, object], page_conversation: str | None) -> bool:
    if page_conversation is None:
        return True  # the queue page shows every conversation
    return event.get("type") in ALWAYS or event.get("conversation_id") == page_conversation


async def _reader(ws: web.WebSocketResponse) -> None:
    async for msg in ws:
        if msg.type == WSMsgType.TEXT and msg.data == "ping":
            await ws.send_str('{"type":"pong"}')
        elif msg.type == WSMsgType.ERROR:
            break


async def live(request: web.Request, ctx: Ctx) -> web.StreamResponse:
    console, me = ctx.console, ctx.me
    page_conversation = request.query.get("c") or None
    ws = web.WebSocketResponse(heartbeat=30.0, max_msg_size=4096)
    await ws.prepare(request)
    every = max(1.0, console.lease_seconds / 3)
    next_renew = 0.0
    with console.service.events.subscribe() as events:
        reader = asyncio.create_task(_reader(ws))
        try:
            while not ws.closed and not reader.done():
                if time.monotonic() >= next_renew:
                    if not await still_valid(console.sessions, me.id):
                        await ws.close(code=4401, message=b"session ended")
                        break
                    await renew_my_claims(console, me.counsellor_id)
                    next_renew = time.monotonic() + every
                getter = asyncio.ensure_future(events.get())
                wait = max(0.1, next_renew - time.monotonic())
                done, _ = await asyncio.wait({getter, reader}, timeout=wait,
                                             return_when=asyncio.FIRST_COMPLETED)
                if getter not in done:
                    getter.cancel()
                    continue
                wanted = _relevant(getter.result(), page_conversation)
                while not events.empty():  # a burst of changes is one refresh
                    wanted = _relevant(events.get_nowait(), page_conversation) or wanted
                if wanted:
                    await ws.send_str('{"type":"refresh"}')
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
    return ws


def add_routes(routes: Routes) -> None:
    routes.add("GET", "/console/live", live, "counsellor")
