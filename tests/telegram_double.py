"""A local Telegram Bot API double: an aiohttp server on loopback that python-telegram-bot talks
to through its real HTTP stack (`base_url` / `base_file_url` point here).

It speaks the methods the channel uses (getMe, getUpdates with offsets, setWebhook,
deleteWebhook, sendMessage, answerCallbackQuery, editMessageReplyMarkup, leaveChat, ...),
takes form-encoded requests as the real one does (every value a string), records every call,
and can be told to fail the next N calls of a method with 429 (retry_after) or 5xx. getFile and
every download under /file/ are recorded and refused, so a test can prove media is never fetched.

With a webhook set, `push()` posts the update to it, with the secret-token header, as Telegram
does; otherwise the update waits for getUpdates.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

BOT_ID = 700000001
BOT_USERNAME = "stopitnow_test_bot"
# Longest a getUpdates call is held here: shutdown waits for a pending long poll.
MAX_HOLD = 0.3


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class _Failure:
    status: int
    retry_after: int | None
    count: int


def _cast(value: str) -> Any:
    """Form values arrive as text; JSON-looking ones (numbers, objects) are decoded."""
    try:
        return json.loads(value)
    except ValueError:
        return value


class BotApiDouble:
    def __init__(self, token: str = "123456:TEST-token_for_tests") -> None:
        self.token = token
        self.calls: list[Call] = []        # every request, refused ones included
        self.delivered: list[dict[str, Any]] = []  # messages the Bot API accepted
        self.file_requests: list[str] = []
        self.webhook_deliveries: list[int] = []  # HTTP status of each webhook post
        self._updates: list[dict[str, Any]] = []
        self._confirmed = 0
        self._last_id = 0  # update ids only grow, as on Telegram
        self._message_ids = itertools.count(1000)
        self._arrived = asyncio.Event()
        self._failures: dict[str, _Failure] = {}
        self.webhook: dict[str, Any] | None = None
        self.blocked: set[int] = set()  # chats whose writer blocked the bot (403)
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self.port = 0

    # -- running ---------------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_route("*", "/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._client = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- what a test does ------------------------------------------------------------------
    def fail_next(self, method: str, count: int, status: int = 429, retry_after: int | None = None) -> None:
        """The next `count` calls of `method` answer `status` (429 carries retry_after)."""
        self._failures[method] = _Failure(status, retry_after if status == 429 else None, count)

    async def push(self, update: dict[str, Any]) -> int:
        """Queue an update (an update_id is added); with a webhook set, post it at once.
        Returns the update id."""
        update = dict(update)
        update.setdefault("update_id", self._last_id + 1)
        self._last_id = max(self._last_id, int(update["update_id"]))
        if self.webhook is not None:
            await self.post_webhook(update)
        else:
            self._updates.append(update)
            self._arrived.set()
        return int(update["update_id"])

    def push_raw(self, raw: Any) -> None:
        """Queue anything, even something that is not an update (malformed-input tests)."""
        uid = raw.get("update_id") if isinstance(raw, dict) else None
        if isinstance(uid, int):
            self._last_id = max(self._last_id, uid)
        self._updates.append(raw)
        self._arrived.set()

    async def post_webhook(self, update: Any, secret: str | None = None) -> int:
        assert self.webhook is not None and self._client is not None
        headers = {}
        token = self.webhook.get("secret_token") if secret is None else secret
        if token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        async with self._client.post(self.webhook["url"], json=update, headers=headers) as resp:
            self.webhook_deliveries.append(resp.status)
            return resp.status

    def pending_updates(self) -> int:
        return len(self._updates)

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Every message the Bot API accepted from the bot (for one chat), in order."""
        return [m for m in self.delivered if chat_id is None or m.get("chat_id") == chat_id]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    async def wait_for(self, check: Callable[[], Any], within: float = 5.0) -> Any:
        deadline = time.monotonic() + within
        while True:
            result = check()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {within} s waiting for the Bot API double")
            await asyncio.sleep(0.02)

    async def wait_sent(self, chat_id: int, count: int, within: float = 5.0) -> list[dict[str, Any]]:
        await self.wait_for(lambda: len(self.sent(chat_id)) >= count, within)
        return self.sent(chat_id)

    # -- the Bot API -----------------------------------------------------------------------
    async def _file(self, request: web.Request) -> web.Response:
        self.file_requests.append(request.match_info["path"])
        return web.Response(status=404)

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params: dict[str, Any] = {}
        if request.content_type == "application/json":
            params = await request.json()
        elif request.can_read_body:
            params = {k: _cast(v) for k, v in (await request.post()).items() if isinstance(v, str)}
        failure = self._failures.get(method)
        if failure is not None and failure.count > 0:
            failure.count -= 1
            self.calls.append(Call(f"{method}!{failure.status}", params))
            if failure.status == 429:
                return _error(429, f"Too Many Requests: retry after {failure.retry_after}",
                              {"retry_after": failure.retry_after or 1})
            return _error(failure.status, "Internal Server Error")
        handler = getattr(self, f"_m_{method}", None)
        if method == "getFile":
            self.file_requests.append(str(params.get("file_id")))
        if handler is None:
            self.calls.append(Call(method, params))
            return _error(400, f"Bad Request: method {method} not supported by the double")
        if method != "getUpdates":
            self.calls.append(Call(method, params))
        return await handler(params)

    async def _m_getMe(self, p: dict[str, Any]) -> web.Response:
        return _ok({"id": BOT_ID, "is_bot": True, "first_name": "Stop it Now", "username": BOT_USERNAME,
                    "can_join_groups": False, "can_read_all_group_messages": False,
                    "supports_inline_queries": False})

    async def _m_getUpdates(self, p: dict[str, Any]) -> web.Response:
        if self.webhook is not None:
            return _error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(p.get("offset") or 0)
        if offset:
            self._confirmed = max(self._confirmed, offset)
            self._updates = [u for u in self._updates
                             if not isinstance(u, dict) or not isinstance(u.get("update_id"), int)
                             or u["update_id"] >= offset]
        timeout = float(p.get("timeout") or 0)
        if not self._updates and timeout > 0:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), min(timeout, MAX_HOLD))
            except TimeoutError:
                pass
        limit = int(p.get("limit") or 100)
        batch = self._updates[:limit]
        # Entries without a usable id cannot be confirmed by an offset: they are handed out once.
        self._updates = [u for u in self._updates if u not in batch or
                         (isinstance(u, dict) and isinstance(u.get("update_id"), int))]
        return _ok(batch)

    async def _m_setWebhook(self, p: dict[str, Any]) -> web.Response:
        self.webhook = {"url": str(p["url"]), "secret_token": p.get("secret_token")}
        return _ok(True)

    async def _m_deleteWebhook(self, p: dict[str, Any]) -> web.Response:
        self.webhook = None
        return _ok(True)

    async def _m_sendMessage(self, p: dict[str, Any]) -> web.Response:
        chat_id = p.get("chat_id")
        if not isinstance(chat_id, int):
            return _error(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            return _error(403, "Forbidden: bot was blocked by the user")
        if str(chat_id).startswith("99999"):  # by convention: a chat that does not exist
            return _error(400, "Bad Request: chat not found")
        self.delivered.append(p)
        return _ok({"message_id": next(self._message_ids), "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "Stop it Now"},
                    "text": str(p.get("text", ""))})

    async def _m_answerCallbackQuery(self, p: dict[str, Any]) -> web.Response:
        return _ok(True)

    async def _m_editMessageReplyMarkup(self, p: dict[str, Any]) -> web.Response:
        return _ok(True)

    async def _m_leaveChat(self, p: dict[str, Any]) -> web.Response:
        return _ok(True)

    async def _m_deleteMessage(self, p: dict[str, Any]) -> web.Response:
        return _ok(True)

    async def _m_getFile(self, p: dict[str, Any]) -> web.Response:
        return _ok({"file_id": str(p.get("file_id")), "file_unique_id": "u", "file_path": "photos/x.jpg"})


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


# -- updates as Telegram sends them ----------------------------------------------------------
@dataclass(frozen=True)
class Person:
    """A Telegram user in a private chat (chat id = user id, as on Telegram)."""

    id: int
    first_name: str = "Test"
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None

    def user(self) -> dict[str, Any]:
        u: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                u[key] = getattr(self, key)
        return u

    def chat(self) -> dict[str, Any]:
        c: dict[str, Any] = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            c["last_name"] = self.last_name
        if self.username:
            c["username"] = self.username
        return c


_msg_ids = itertools.count(1)


def message(person: Person, text: str | None = None, **extra: Any) -> dict[str, Any]:
    m: dict[str, Any] = {"message_id": next(_msg_ids), "date": int(time.time()),
                         "chat": person.chat(), "from": person.user()}
    if text is not None:
        m["text"] = text
        if text.startswith("/"):
            m["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    m.update(extra)
    return {"message": m}


def button(person: Person, data: str, message_id: int = 1000) -> dict[str, Any]:
    return {"callback_query": {
        "id": str(next(_msg_ids)), "from": person.user(), "chat_instance": "42", "data": data,
        "message": {"message_id": message_id, "date": int(time.time()), "chat": person.chat(),
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "Stop it Now"}, "text": "…"},
    }}


def group_message(person: Person, chat_id: int, text: str, kind: str = "group") -> dict[str, Any]:
    return {"message": {"message_id": next(_msg_ids), "date": int(time.time()),
                        "chat": {"id": chat_id, "type": kind, "title": "Een groep"},
                        "from": person.user(), "text": text}}


def added_to_group(person: Person, chat_id: int) -> dict[str, Any]:
    return {"my_chat_member": {
        "chat": {"id": chat_id, "type": "supergroup", "title": "Een groep"},
        "from": person.user(), "date": int(time.time()),
        "old_chat_member": {"user": {"id": BOT_ID, "is_bot": True, "first_name": "Stop it Now"},
                            "status": "left"},
        "new_chat_member": {"user": {"id": BOT_ID, "is_bot": True, "first_name": "Stop it Now"},
                            "status": "member"},
    }}


PHOTO = [{"file_id": "PHOTO-FILE-ID", "file_unique_id": "p1", "width": 90, "height": 90, "file_size": 1234}]
MEDIA: dict[str, Any] = {
    "photo": PHOTO,
    "document": {"file_id": "DOC-FILE-ID", "file_unique_id": "d1", "file_name": "x.pdf"},
    "voice": {"file_id": "VOICE-FILE-ID", "file_unique_id": "v1", "duration": 3},
    "video": {"file_id": "VIDEO-FILE-ID", "file_unique_id": "w1", "width": 1, "height": 1, "duration": 1},
    "sticker": {"file_id": "STICKER-ID", "file_unique_id": "s1", "type": "regular", "width": 1, "height": 1,
                "is_animated": False, "is_video": False},
    "contact": {"phone_number": "+31612345678", "first_name": "Contactnaam", "user_id": 5550001},
    "location": {"latitude": 52.37, "longitude": 4.89},
}


# -- a running service with Telegram against the double ---------------------------------------
@dataclass
class TelegramRunning:
    """Like tests.service_fixtures.Running (the console helpers accept it), plus the double."""

    service: Any
    clock: Any
    url: str
    data_dir: Any
    logs: Any
    double: BotApiDouble
    channel: Any
    mode: str

    def db_file(self) -> Any:
        return self.data_dir / "intake.db"


def telegram_overrides(double: BotApiDouble, mode: str, **extra: Any) -> dict[str, Any]:
    return {"telegram.enabled": True, "telegram.token": double.token, "telegram.mode": mode,
            "telegram.base_url": double.base_url, "telegram.base_file_url": double.base_file_url,
            "telegram.poll_timeout": 1, "telegram.request_timeout": 5,
            **{f"telegram.{k}": v for k, v in extra.items()}}


def running_service(tmp_path: Any, mode: str, at: Any,
                    before_start: Callable[[BotApiDouble], None] | None = None, **extra: Any) -> Any:
    """An async context manager: double + started service (SQLite) + its web server, with every
    log line of every logger captured at DEBUG."""
    import contextlib
    import logging

    from aiohttp import web as aioweb

    from bot.clock import FixedClock
    from bot.service import Service
    from bot.web import ACCESS_LOG_FORMAT, build_app
    from tests.service_fixtures import LogLines, free_port, make_settings

    @contextlib.asynccontextmanager
    async def run() -> Any:
        double = BotApiDouble()
        await double.start()
        if before_start is not None:
            before_start(double)
        port = free_port()
        data_dir = tmp_path / "data"
        settings = make_settings(data_dir, "sqlite", port, **telegram_overrides(double, mode, **extra))
        clock = FixedClock(at)
        logs = LogLines()
        root = logging.getLogger()
        old_level = root.level
        root.addHandler(logs)
        root.setLevel(logging.DEBUG)
        service = Service(settings, clock=clock, run_jobs=False)
        runner: aioweb.AppRunner | None = None
        try:
            await service.start()
            runner = aioweb.AppRunner(build_app(service), access_log_format=ACCESS_LOG_FORMAT,
                                      shutdown_timeout=0.5)
            await runner.setup()
            await aioweb.TCPSite(runner, "127.0.0.1", port).start()
            channel = service.channels["telegram"]
            await asyncio.wait_for(channel.ready.wait(), 10)
            yield TelegramRunning(service, clock, f"http://127.0.0.1:{port}", data_dir, logs, double,
                                  channel, mode)
        finally:
            if runner is not None:
                await runner.cleanup()
            await service.stop()
            await double.stop()
            root.removeHandler(logs)
            root.setLevel(old_level)

    return run()
