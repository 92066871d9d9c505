"""The web chat: a small page at /chat and a WebSocket at /chat/ws.

No cookies, no third-party resources, no IP address or User-Agent kept: the only way back to a
conversation is the code shown to the writer. Text only; each connection is limited in message
length and rate, with a clear notice instead of a silent drop.
"""
from __future__ import annotations

import asyncio
import html
import json
import logging
import secrets
import time
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from bot.envelope import Envelope, Reply
from bot.pipeline import ChannelTraits
from bot.texts import lang_or_default, section, text
from channels.base import NotHere, TemporaryFailure

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("webchat_static")
# A frame this big is refused by aiohttp itself (close 1009); below it, our own length check
# answers with a notice the writer can read.
MAX_FRAME = 256 * 1024


class _Connection:
    def __init__(self, ws: web.WebSocketResponse, lang: str) -> None:
        self.ws = ws
        self.id = secrets.token_urlsafe(12)
        self.lang = lang
        self.conversation_id: str | None = None
        self.sent_times: deque[float] = deque()
        self.resume_attempts = 0
        self.told_hushed = False  # told this minute that the bot will not answer every message
        # Message ids already on this page: a reply is never shown twice, whatever the outbox
        # retries after a crash.
        self.shown: set[int] = set()

    async def send(self, data: Mapping[str, Any]) -> None:
        if not self.ws.closed:
            await self.ws.send_json(data)


class WebChat:
    name = "webchat"
    # Replies find the writer's open socket by conversation id: nothing to keep in the vault.
    traits = ChannelTraits(can_push=False, resume_codes=True, reply_address=False)

    def __init__(self, service: Service) -> None:
        self.service = service
        self.settings = service.settings.webchat
        self._by_conversation: dict[str, set[_Connection]] = {}
        self.hushed_messages = 0  # over the flood limit since start; a count for metrics, never who

    # -- the channel interface -------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/chat", self.page)
        app.router.add_get("/chat/ws", self.socket)
        app.router.add_static("/chat/static", STATIC, show_index=False)

    async def start(self) -> None:
        self._watcher = asyncio.get_running_loop().create_task(self._watch_queue(), name="webchat-queue")

    async def _watch_queue(self) -> None:
        """Keep every waiting writer's place in the queue up to date on their page."""
        with self.service.events.subscribe() as events:
            while True:
                event = await events.get()
                if event.get("type") == "message" and event.get("conversation_id") in self._by_conversation:
                    # A reply for a writer on this instance, perhaps written on another one:
                    # our sender takes it now rather than at its next poll.
                    if not event.get("replies_sent"):
                        self.service.sender.wake()
                    continue
                if event.get("type") != "queue" or not self._by_conversation:
                    continue
                await asyncio.sleep(0.2)  # one refresh for a burst of queue changes
                while not events.empty():
                    events.get_nowait()
                try:
                    await self._push_positions()
                except Exception as exc:  # a failed refresh must not end the watcher
                    log.warning("queue refresh failed: %s", type(exc).__name__)

    async def _push_positions(self) -> None:
        positions = await self.service.queue_positions()
        for cid, conns in list(self._by_conversation.items()):
            position = positions.get(cid)
            for c in list(conns):
                await c.send({"type": "status", **self.service.status(c.lang), "position": position,
                              "position_text": text(c.lang, "chat.position", position=position)
                              if position else ""})

    async def stop(self) -> None:
        watcher = getattr(self, "_watcher", None)
        if watcher is not None:
            watcher.cancel()
        for conns in list(self._by_conversation.values()):
            for c in list(conns):
                await c.ws.close(code=1001, message=b"service stopping")

    async def deliver(self, conversation_id: str, reply: Reply, address: Mapping[str, Any]) -> None:
        conns = self._by_conversation.get(conversation_id)
        if not conns:
            if await self.service.connected_elsewhere(conversation_id):
                raise NotHere("writer connected to another instance")
            # The writer is not on this page now; the reply waits in the outbox and is shown
            # in the history when they come back with their code.
            raise TemporaryFailure(retry_after=30.0)
        for c in list(conns):
            if reply.message_id is not None:
                if reply.message_id in c.shown:
                    continue
                c.shown.add(reply.message_id)
            await c.send(_message_frame(reply, sender="counsellor" if reply.kind == "counsellor" else "bot"))

    def connected(self, conversation_id: str) -> bool:
        return bool(self._by_conversation.get(conversation_id))

    # -- the page --------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.Response:
        lang = lang_or_default(request.query.get("lang"))
        labels = section(lang, "chat")
        status = self.service.status(lang)
        other = "en" if lang == "nl" else "nl"
        body = (STATIC / "chat.html").read_text(encoding="utf-8")
        values = {k: html.escape(v) for k, v in labels.items()}
        values.update(
            lang=lang,
            other_lang=other,
            status=html.escape(status["text"]),
            status_class="open" if status["open"] else "closed",
            texts_json=html.escape(json.dumps(labels, ensure_ascii=False), quote=False),
            max_chars=str(self.settings.max_message_chars),
            exit_url=html.escape(self.service.settings.raw.get("webchat", {}).get(
                "exit_url", "https://www.google.com/")),
        )
        page = body.format_map(values)
        return web.Response(text=page, content_type="text/html", charset="utf-8")

    # -- the socket ------------------------------------------------------------------------
    async def socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_FRAME, heartbeat=30.0)
        await ws.prepare(request)
        conn = _Connection(ws, lang_or_default(request.query.get("lang")))
        await conn.send({"type": "status", **self.service.status(conn.lang)})
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    try:
                        await self._frame(conn, msg.data)
                    except Exception as exc:  # one bad frame must not end the writer's chat
                        log.error("web-chat frame failed: %s", type(exc).__name__)
                        await self._notice(conn, "failed")
                elif msg.type == WSMsgType.BINARY:
                    await self._notice(conn, "invalid")
                elif msg.type == WSMsgType.ERROR:
                    break
        finally:
            await self._detach(conn)
        return ws

    async def _frame(self, conn: _Connection, raw: str) -> None:
        try:
            data = json.loads(raw)
            kind = data["type"] if isinstance(data, dict) else None
        except (ValueError, KeyError, TypeError, RecursionError):  # deeply nested JSON, too
            kind = None
        if kind == "message":
            await self._message(conn, data.get("text"), data.get("client_id"))
        elif kind == "resume":
            await self._resume(conn, str(data.get("code", ""))[:64])
        elif kind == "choose":
            await self._choose(conn, str(data.get("data", ""))[:64], data)
        elif kind == "lang":
            conn.lang = lang_or_default(str(data.get("lang")))
            await conn.send({"type": "status", **self.service.status(conn.lang)})
        elif kind == "ping":
            await conn.send({"type": "pong"})
        else:
            await self._notice(conn, "invalid")

    async def _message(self, conn: _Connection, body: Any, client_id: Any) -> None:
        if not isinstance(body, str) or not body.strip():
            await self._notice(conn, "empty")
            return
        limit = self.settings.max_message_chars
        if len(body) > limit:
            await self._notice(conn, "too_long", max_chars=limit)
            return
        # Over the rate a message is still stored and read, but the bot stays quiet (urgent ones
        # still get the emergency numbers); the writer is told so once a minute. Only far over
        # it (a script, a stuck key) is a message refused, and the page marks it not sent.
        rate = self._rate(conn)
        if rate == "refuse":
            await self._notice(conn, "too_fast", client_id=client_id)
            return
        if rate == "hush":
            self.hushed_messages += 1
        if rate == "hush" and not conn.told_hushed:
            conn.told_hushed = True
            await conn.send({"type": "notice", "key": "many_messages",
                             "text": text(conn.lang, "chat.many_messages",
                                          **self.service.replies.facts(conn.lang, self.service.clock.now()))})
        outcome = await self.service.pipeline.handle(Envelope(
            channel=self.name, text=body, conversation_id=conn.conversation_id,
            lang=conn.lang if conn.conversation_id else None, hushed=rate == "hush",
        ))
        if conn.conversation_id != outcome.conversation_id:
            self._attach(conn, outcome.conversation_id)
        conn.lang = outcome.lang
        # Acknowledge only now: the message is committed (promise 2).
        await conn.send({"type": "ack", "client_id": client_id if isinstance(client_id, str) else None,
                         "id": outcome.message_id})

    async def _resume(self, conn: _Connection, code: str) -> None:
        conn.resume_attempts += 1
        found = await self.service.resume(code) if conn.resume_attempts <= 5 else None
        if found is None:
            await self._notice(conn, "resume_failed")
            return
        self._attach(conn, found.conversation_id)
        conn.lang = found.lang
        conn.shown.update(m["id"] for m in found.messages)
        await self.service.resumed(found.conversation_id, max(conn.shown, default=0))
        await conn.send({"type": "history", "messages": found.messages,
                         "text": text(conn.lang, "chat.resume_ok")})
        await self._push_positions()

    async def _choose(self, conn: _Connection, choice: str, data: Mapping[str, Any]) -> None:
        if self._rate(conn) != "ok":  # a button needs no answer in a flood
            await self._notice(conn, "too_fast")
            return
        result = await self.service.choose(self.name, conn.conversation_id, choice, conn.lang, data)
        if result is None:
            await self._notice(conn, "invalid")
            return
        await conn.send(result)

    def _rate(self, conn: _Connection) -> str:
        """"ok", "hush" over messages_per_minute, "refuse" over three times that."""
        now = time.monotonic()
        while conn.sent_times and now - conn.sent_times[0] > 60:
            conn.sent_times.popleft()
        limit = self.settings.messages_per_minute
        if len(conn.sent_times) < limit:
            conn.told_hushed = False
        elif len(conn.sent_times) >= 3 * limit:
            return "refuse"
        conn.sent_times.append(now)
        return "ok" if len(conn.sent_times) <= limit else "hush"

    async def _notice(self, conn: _Connection, key: str, client_id: Any = None, **values: Any) -> None:
        frame = {"type": "notice", "key": key, "text": text(conn.lang, f"chat.{key}", **values)}
        if isinstance(client_id, str):
            frame["client_id"] = client_id  # the page marks that message as not sent
        await conn.send(frame)

    def _attach(self, conn: _Connection, conversation_id: str) -> None:
        if conn.conversation_id:
            self._by_conversation.get(conn.conversation_id, set()).discard(conn)
        conn.conversation_id = conversation_id
        self._by_conversation.setdefault(conversation_id, set()).add(conn)
        self.service.set_connected_soon(conversation_id, True)

    async def _detach(self, conn: _Connection) -> None:
        cid = conn.conversation_id
        if not cid:
            return
        conns = self._by_conversation.get(cid, set())
        conns.discard(conn)
        if not conns:
            self._by_conversation.pop(cid, None)
            self.service.set_connected_soon(cid, False)
        await asyncio.sleep(0)


def _message_frame(reply: Reply, sender: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": reply.message_id,
        "sender": sender,
        "kind": reply.kind,
        "text": reply.text,
        "buttons": [{"label": b.label, "data": b.data} for b in reply.buttons],
        "code": reply.extra.get("code"),
    }
