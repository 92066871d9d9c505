"""The Telegram channel: private chats with the helpline's bot, through python-telegram-bot.

Who writes stays unknown here: the chat id goes only to the reply vault (and, as a keyed hash,
finds the conversation again), the user id only becomes the yearly keyed person hash. Names,
usernames, language codes, photos, contacts and locations that Telegram sends are never read
into anything that is stored or logged. Media is never downloaded. Groups and channels are
refused and left.

Long polling by default; in webhook mode Telegram posts to this service's own web server and
every request must carry the secret token. An update is acknowledged (webhook: answered 200)
only after its message is committed by the pipeline.

A chat sending more than `telegram.messages_per_minute` messages (a bot, a script, or someone in
distress typing line after line) is not refused: every message is stored and queued as usual,
but the bot stops answering each one (the pipeline's `hushed`; urgent messages still get the
emergency numbers) and says once per minute, kindly, that everything arrives and is read.
"""
from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import secrets
import time
import warnings
from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web
from sqlalchemy import select
from telegram import InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.envelope import Envelope, Reply
from bot.pipeline import ChannelTraits
from bot.store.models import Conversation
from bot.texts import text
from channels.base import PermanentFailure, TemporaryFailure
from channels.flood import FloodGate
from channels.telegram import config, keyboards
from channels.telegram.quiet import quiet_library_logging
from channels.telegram.safebot import SafeBot
from channels.telegram.updates import command_of, media_kind

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger("channels.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member", "channel_post")
MAX_TEXT = 4096                 # Telegram's limit for one message
PHONE_WAIT_SECONDS = 15 * 60    # how long a chosen call-back slot waits for the number
PHONE_TRIES = 3
MAX_REMEMBERED_CHATS = 10_000   # explicit language choices kept in memory (never stored)
FLOOD_WINDOW_SECONDS = 60.0
MAX_FLOOD_CHATS = 10_000        # chats whose message rate is tracked at once (keyed hashes only)
STOP_COMMANDS = ("stop", "verwijder", "delete", "wis")


@dataclass
class _PendingPhone:
    """A call-back slot was chosen; the next text from this chat is the number (vault only)."""

    conversation_id: str
    slot: str
    lang: str
    deadline: float
    tries: int = 0


class _NotSaved(Exception):
    """The pipeline could not commit the message (the store is unreachable)."""


class _ChatLocks:
    """One chat's updates one at a time, in order; other chats side by side."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, list[int]]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        lock, users = self._locks.setdefault(chat_id, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:
                self._locks.pop(chat_id, None)


class TelegramChannel:
    name = "telegram"
    traits = ChannelTraits(can_push=True, resume_codes=False)

    def __init__(self, service: Service) -> None:
        self.service = service
        self.settings = config.load(service.settings.raw.get("telegram", {}),
                                    service.settings.server.public_url)
        self.secret = self.settings.webhook_secret or secrets.token_urlsafe(32)
        self.app: Application[Any, Any, Any, Any, Any, Any] | None = None
        self.bot: SafeBot | None = None
        self.ready = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._locks = _ChatLocks()
        self._lang: OrderedDict[int, str] = OrderedDict()
        self._pending: dict[int, _PendingPhone] = {}
        self._failed: set[int] = set()
        self._flood = FloodGate(self.settings.messages_per_minute, FLOOD_WINDOW_SECONDS,
                                max_writers=MAX_FLOOD_CHATS)
        # Counters (the metrics issue exports them); none holds anything about a person.
        self.ignored_updates = 0
        self.handled_updates = 0
        self.media_refused = 0
        self.groups_left = 0
        self.refused_webhook_requests = 0
        self.poll_errors = 0
        self.hushed_messages = 0
        self.flood_notices = 0

    # -- life cycle ------------------------------------------------------------------------
    def add_routes(self, app: web.Application) -> None:
        if self.settings.mode == "webhook":
            app.router.add_post(self.settings.webhook_path, self._webhook)

    async def start(self) -> None:
        quiet_library_logging()
        # The rest of the service must run while Telegram is unreachable: connect in the background.
        self._runner = asyncio.get_running_loop().create_task(self._connect_loop(), name="telegram")

    async def stop(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._runner
            self._runner = None
        await self._teardown()

    async def _connect_loop(self) -> None:
        delay = 1.0
        while True:
            try:
                await self._connect()
                self.ready.set()
                log.info("telegram: connected (%s)", self.settings.mode)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("telegram: cannot reach the Bot API (%s); next try in %.0f s",
                            type(exc).__name__, delay)
                await self._teardown()
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60.0)

    async def _connect(self) -> None:
        s = self.settings
        self.bot = SafeBot(s.token, base_url=s.base_url, base_file_url=s.base_file_url,
                           request_timeout=s.request_timeout, pool_size=max(8, s.concurrent_updates * 2),
                           on_unreadable=self._count_ignored)
        builder = Application.builder().bot(self.bot).job_queue(None).concurrent_updates(
            s.concurrent_updates)
        if s.mode == "webhook":
            builder = builder.updater(None)
        app = builder.build()
        app.add_handler(TypeHandler(Update, self._on_update))
        app.add_error_handler(self._on_error)
        self.app = app
        await app.initialize()
        await app.start()
        if s.mode == "polling":
            assert app.updater is not None
            await app.updater.start_polling(timeout=s.poll_timeout, allowed_updates=list(ALLOWED_UPDATES),
                                            drop_pending_updates=False, error_callback=self._poll_error)
        else:
            await self.bot.set_webhook(s.webhook_url, secret_token=self.secret,
                                       allowed_updates=list(ALLOWED_UPDATES), drop_pending_updates=False)

    async def _teardown(self) -> None:
        self.ready.clear()
        app, self.app = self.app, None
        if app is None:
            return
        with contextlib.suppress(Exception):
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
        with contextlib.suppress(Exception):
            if app.running:
                await app.stop()
        with contextlib.suppress(Exception):
            await app.shutdown()

    # -- delivery (called by the outbox) ---------------------------------------------------
    async def deliver(self, conversation_id: str, reply: Reply, address: Mapping[str, Any]) -> None:
        chat_id = address.get("chat_id")
        if not isinstance(chat_id, int) or isinstance(chat_id, bool):
            raise PermanentFailure("no chat to reply to")
        bot = self.bot
        if bot is None or not self.ready.is_set():
            raise TemporaryFailure("telegram not connected", retry_after=5.0)
        lang = await self._conversation_lang(conversation_id)
        body = reply.text
        if reply.kind == "counsellor":
            body = f"{text(lang, 'telegram.counsellor')}:\n{body}"
        parts = _split(body)
        keyboard = keyboards.markup(keyboards.reply_rows(reply.buttons, lang))
        try:
            for i, part in enumerate(parts):
                await bot.send_message(chat_id, part,
                                       reply_markup=keyboard if i == len(parts) - 1 else None)
        except RetryAfter as exc:
            raise TemporaryFailure("rate limited by Telegram", retry_after=_seconds(exc)) from None
        except Forbidden:
            raise PermanentFailure("the writer blocked the bot or left the chat") from None
        except ChatMigrated:
            raise PermanentFailure("not a private chat") from None
        except BadRequest as exc:
            reason = "chat not found" if "chat not found" in exc.message.lower() else "refused by Telegram"
            raise PermanentFailure(reason) from None
        except InvalidToken:
            raise TemporaryFailure("bot token refused") from None
        except NetworkError:  # includes TimedOut and Telegram's 5xx answers
            raise TemporaryFailure("Telegram unreachable") from None
        except TelegramError:
            raise TemporaryFailure("Telegram error") from None

    async def _conversation_lang(self, conversation_id: str) -> str:
        async with self.service.store.sessionmaker() as s:
            lang = (await s.execute(select(Conversation.lang).where(Conversation.id == conversation_id)
                                    )).scalar_one_or_none()
        return lang or "nl"

    # -- webhook ---------------------------------------------------------------------------
    async def _webhook(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.refused_webhook_requests += 1
            return web.Response(status=403)
        app, bot = self.app, self.bot
        if app is None or bot is None or not self.ready.is_set():
            return web.Response(status=503)  # Telegram tries again later
        try:
            raw = await request.json()
        except ValueError:
            self._count_ignored()
            return web.Response(status=200)  # unreadable now, unreadable when sent again
        update = bot.parse_update(raw)
        if update is None:
            return web.Response(status=200)
        await app.process_update(update)
        if update.update_id in self._failed:
            self._failed.discard(update.update_id)
            return web.Response(status=500)  # not committed: Telegram sends it again
        return web.Response(status=200)

    # -- updates ---------------------------------------------------------------------------
    def _count_ignored(self) -> None:
        self.ignored_updates += 1

    def _poll_error(self, exc: TelegramError) -> None:
        self.poll_errors += 1
        log.warning("telegram: polling failed (%s); python-telegram-bot retries", type(exc).__name__)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram: handling an update failed (%s)", type(context.error).__name__)

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            handled = await self._dispatch(update)
        except _NotSaved:
            handled = True
            if self.settings.mode == "webhook":
                self._failed.add(update.update_id)
            elif update.effective_chat is not None:
                await self._send(update.effective_chat.id, text(self._chosen_lang(update.effective_chat.id),
                                                                 "telegram.not_saved"))
        except Exception as exc:  # never the update itself in a log line
            handled = True
            log.error("telegram: update not handled (%s)", type(exc).__name__)
        if handled:
            self.handled_updates += 1
        else:
            self.ignored_updates += 1

    async def _dispatch(self, update: Update) -> bool:
        if update.callback_query is not None:
            return await self._button(update)
        chat = update.effective_chat
        if chat is not None and chat.type != "private":
            if update.my_chat_member is not None and update.my_chat_member.new_chat_member.status in (
                    "left", "kicked"):
                return False
            await self._leave(chat.id)
            return True
        msg = update.message
        if msg is None or chat is None:
            return False  # edits, membership changes, kinds we do not handle: counted, ignored
        async with self._locks.hold(chat.id):
            return await self._message(update, chat.id)

    async def _message(self, update: Update, chat_id: int) -> bool:
        msg = update.message
        assert msg is not None
        user_id = msg.from_user.id if msg.from_user is not None else None
        kind = media_kind(msg)
        if kind is not None:
            self.media_refused += 1
            self._pending.pop(chat_id, None)
            caption = msg.caption or ""
            hushed = await self._intake(chat_id, user_id, caption, media=(kind,))
            if caption.strip() and not hushed:  # the caption was taken as a message; say what was not
                await self._send(chat_id, text(await self._lang_of(chat_id), "telegram.only_text"))
            return True
        if msg.text is None:
            return False
        command = command_of(msg.text)
        if command is not None:
            await self._command(chat_id, command)
            return True
        pending = self._pending.get(chat_id)
        if pending is not None and pending.deadline > time.monotonic():
            await self._book_phone(chat_id, pending, msg.text)
            return True
        self._pending.pop(chat_id, None)
        await self._intake(chat_id, user_id, msg.text)
        return True

    async def _intake(self, chat_id: int, user_id: int | None, body: str,
                      media: tuple[str, ...] = ()) -> bool:
        """Store one message; True when it came over the chat's rate (hushed: not answered)."""
        # Only a keyed hash of the chat id is kept by the flood gate (in memory, never logged).
        flood_key = self.service.keyring.lookup_hash("telegram.flood", str(chat_id))
        now = self.service.clock.now().timestamp()
        hushed = self._flood.over(flood_key, now)
        env = Envelope(channel=self.name, text=body, thread=str(chat_id),
                       reply_address={"chat_id": chat_id},
                       person=str(user_id) if user_id is not None else None,
                       lang=self._lang.get(chat_id), media=media, hushed=hushed)
        for attempt in range(3):
            try:
                outcome = await self.service.pipeline.handle(env)
                break
            except Exception as exc:  # the store may be briefly busy or unreachable
                log.warning("telegram: storing a message failed (%s), try %d", type(exc).__name__,
                            attempt + 1)
                await asyncio.sleep(0.2 * 2 ** attempt)
        else:
            raise _NotSaved
        self._flood.record(flood_key, now)  # counted once it is stored, not once per try
        if hushed:
            self.hushed_messages += 1
            # An urgent message was answered (the emergency numbers); the notice waits for the
            # next unanswered one, so the writer learns why the bot went quiet.
            if not outcome.replies and self._flood.claim_notice(flood_key, now):
                self.flood_notices += 1
                log.info("telegram: a chat is over %d messages a minute; its messages are stored "
                         "and queued, not answered one by one", self.settings.messages_per_minute)
                lang = self._lang.get(chat_id) or outcome.lang
                # Through the outbox and into the conversation: retried like any reply, and the
                # counsellor sees what the writer was told.
                await self.service.say(outcome.conversation_id, self.name, Reply(
                    text(lang, "telegram.many_messages", **self._facts(lang)), kind="flood_notice"))
        return hushed

    # -- commands --------------------------------------------------------------------------
    async def _command(self, chat_id: int, command: str) -> None:
        if command in ("english", "en"):
            await self._set_lang(chat_id, "en")
        elif command in ("nederlands", "nl", "dutch"):
            await self._set_lang(chat_id, "nl")
        elif command == "start":
            await self._welcome(chat_id, await self._lang_of(chat_id))
        elif command in STOP_COMMANDS:
            await self._stop(chat_id)
        elif command in ("annuleer", "cancel") and chat_id in self._pending:
            self._pending.pop(chat_id, None)
            await self._send(chat_id, text(await self._lang_of(chat_id), "telegram.phone_cancelled"))
        else:
            lang = await self._lang_of(chat_id)
            await self._send(chat_id, text(lang, "telegram.help", **self._facts(lang)))

    async def _welcome(self, chat_id: int, lang: str) -> None:
        await self._send(chat_id, text(lang, "telegram.welcome", **self._facts(lang)),
                         keyboards.markup(keyboards.welcome_rows(lang)))

    async def _set_lang(self, chat_id: int, lang: str) -> None:
        self._lang[chat_id] = lang
        self._lang.move_to_end(chat_id)
        while len(self._lang) > MAX_REMEMBERED_CHATS:
            self._lang.popitem(last=False)
        await self._send(chat_id, text(lang, "telegram.lang_set"))

    async def _stop(self, chat_id: int) -> None:
        lang = await self._lang_of(chat_id)
        found = await self._open_conversation(chat_id)
        self._pending.pop(chat_id, None)
        self._lang.pop(chat_id, None)
        if found is not None:
            await self.service.forget(found[0])
            await self._send(chat_id, text(lang, "telegram.stop_done", **self._facts(lang)))
        else:
            await self._send(chat_id, text(lang, "telegram.stop_nothing"))

    # -- buttons ---------------------------------------------------------------------------
    async def _button(self, update: Update) -> bool:
        q = update.callback_query
        assert q is not None
        with contextlib.suppress(TelegramError):
            await q.answer()
        chat = q.message.chat if q.message is not None else None
        if chat is None or not q.data:
            return False
        if chat.type != "private":
            await self._leave(chat.id)
            return True
        async with self._locks.hold(chat.id):
            await self._choice(chat.id, q.data, q.message.message_id if q.message is not None else None)
        return True

    async def _choice(self, chat_id: int, data: str, message_id: int | None) -> None:
        svc = self.service
        found = await self._open_conversation(chat_id)
        conv_id = found[0] if found else None
        lang = self._lang.get(chat_id) or (found[1] if found else "nl")
        if data.startswith("lang:"):
            chosen = "en" if data == "lang:en" else "nl"
            self._lang[chat_id] = chosen
            await self._welcome(chat_id, chosen)
        elif data == keyboards.FAQ_LIST:
            await self._send(chat_id, text(lang, "telegram.faq_topics"),
                             keyboards.markup(keyboards.faq_rows(lang)))
        elif data.startswith("faq:"):
            result = await svc.choose(self.name, conv_id, data, lang, {})
            if result is None:
                await self._send(chat_id, text(lang, "telegram.button_expired"))
            elif result.get("type") == "answer":
                await self._send(chat_id, str(result.get("text", "")))
        elif conv_id is None:
            await self._send(chat_id, text(lang, "telegram.write_first"))
        elif data in ("callback:phone", "callback:chat"):
            await self._clear_keyboard(chat_id, message_id)
            result = await svc.choose(self.name, conv_id, data, lang, {})
            slots = (result or {}).get("slots") or []
            kind = data.split(":")[1]
            if not slots:
                await self._send(chat_id, text(lang, "telegram.no_slots", **self._facts(lang)))
            else:
                await self._send(chat_id, text(lang, f"telegram.choose_slot_{kind}"),
                                 keyboards.markup(keyboards.slot_rows(kind, slots, lang)))
        elif data.startswith("slot:phone:"):
            await self._clear_keyboard(chat_id, message_id)
            self._pending[chat_id] = _PendingPhone(conv_id, data[len("slot:phone:"):], lang,
                                                   time.monotonic() + PHONE_WAIT_SECONDS)
            await self._send(chat_id, text(lang, "telegram.ask_phone"),
                             keyboards.markup([(text(lang, "telegram.cancel_button"), "cancel")]))
        elif data.startswith("slot:chat:"):
            await self._clear_keyboard(chat_id, message_id)
            result = await svc.choose(self.name, conv_id, "book:chat", lang,
                                      {"slot": data[len("slot:chat:"):]})
            await self._notice(chat_id, lang, result)
        elif data in ("notify_open", "morning"):
            await self._clear_keyboard(chat_id, message_id)
            result = await svc.choose(self.name, conv_id, data, lang, {})
            await self._notice(chat_id, lang, result)
        elif data == "cancel":
            await self._clear_keyboard(chat_id, message_id)
            self._pending.pop(chat_id, None)
            await self._send(chat_id, text(lang, "telegram.phone_cancelled"))
        else:
            await self._send(chat_id, text(lang, "telegram.button_expired"))

    async def _book_phone(self, chat_id: int, pending: _PendingPhone, number: str) -> None:
        # The number goes to the vault only: never through the pipeline, never into a message.
        result = await self.service.choose(self.name, pending.conversation_id, "book:phone", pending.lang,
                                           {"slot": pending.slot, "phone": number})
        if result is None or result.get("type") != "notice":
            self._pending.pop(chat_id, None)
            await self._notice(chat_id, pending.lang, result)
            return
        pending.tries += 1
        await self._notice(chat_id, pending.lang, result)
        if result.get("key") != "invalid_phone" or pending.tries >= PHONE_TRIES:
            self._pending.pop(chat_id, None)
            if result.get("key") == "invalid_phone":
                await self._send(chat_id, text(pending.lang, "telegram.phone_cancelled"))

    async def _notice(self, chat_id: int, lang: str, result: Mapping[str, Any] | None) -> None:
        """What service.choose answered, when it is not already on its way through the outbox."""
        if result is None:
            await self._send(chat_id, text(lang, "telegram.button_expired"))
        elif result.get("type") == "notice":
            await self._send(chat_id, str(result.get("text", "")))

    # -- helpers ---------------------------------------------------------------------------
    async def _open_conversation(self, chat_id: int) -> tuple[str, str] | None:
        """(id, lang) of this chat's open conversation, found by the keyed hash of the chat id."""
        key = self.service.keyring.lookup_hash(self.name, str(chat_id))
        async with self.service.store.sessionmaker() as s:
            row = (await s.execute(
                select(Conversation.id, Conversation.lang)
                .where(Conversation.thread_key == key, Conversation.state != "closed")
                .order_by(Conversation.created_at.desc()).limit(1)
            )).first()
        return (row[0], row[1]) if row else None

    def _chosen_lang(self, chat_id: int) -> str:
        return self._lang.get(chat_id, "nl")

    async def _lang_of(self, chat_id: int) -> str:
        if chat_id in self._lang:
            return self._lang[chat_id]
        found = await self._open_conversation(chat_id)
        return found[1] if found else "nl"

    def _facts(self, lang: str) -> dict[str, Any]:
        svc = self.service
        return svc.replies.facts(lang, svc.clock.now(), status=svc.status(lang)["text"],
                                 message_text_days=svc.settings.retention.message_text_days)

    async def _leave(self, chat_id: int) -> None:
        """Groups, supergroups and channels: say so once, then leave."""
        # Nobody there chose a language: both.
        both = (text("nl", "telegram.group_refused"), text("en", "telegram.group_refused"))
        await self._send(chat_id, "\n\n".join(both))
        bot = self.bot
        if bot is not None:
            try:
                await bot.leave_chat(chat_id)
                self.groups_left += 1
            except TelegramError as exc:
                log.warning("telegram: leaving a group failed (%s)", type(exc).__name__)

    async def _clear_keyboard(self, chat_id: int, message_id: int | None) -> None:
        """A chosen option's buttons go away, so it is not chosen twice."""
        if self.bot is None or message_id is None:
            return
        with contextlib.suppress(TelegramError):
            await self.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)

    async def _send(self, chat_id: int, body: str, keyboard: InlineKeyboardMarkup | None = None) -> bool:
        """A direct message outside the outbox (welcome, help, choices, confirmations after the
        vault entry is gone): a few quick tries, then given up with a log line."""
        bot = self.bot
        if bot is None:
            return False
        for attempt in range(3):
            try:
                parts = _split(body)
                for i, part in enumerate(parts):
                    await bot.send_message(chat_id, part,
                                           reply_markup=keyboard if i == len(parts) - 1 else None)
                return True
            except RetryAfter as exc:
                await asyncio.sleep(min(_seconds(exc), 5.0))
            except (Forbidden, BadRequest, ChatMigrated, InvalidToken) as exc:
                log.warning("telegram: message not sent (%s)", type(exc).__name__)
                return False
            except TelegramError as exc:
                log.info("telegram: send failed (%s), try %d", type(exc).__name__, attempt + 1)
                await asyncio.sleep(0.2 * (attempt + 1))
        log.warning("telegram: message not sent after retries")
        return False


def _seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


def _split(body: str) -> list[str]:
    """Telegram takes at most 4096 characters per message: split at paragraphs, then lines."""
    if len(body) <= MAX_TEXT:
        return [body or "…"]
    parts: list[str] = []
    current = ""
    for piece in body.replace("\n\n", "\n\n\0").split("\0"):
        while len(piece) > MAX_TEXT:
            cut = piece.rfind("\n", 0, MAX_TEXT)
            cut = cut if cut > 0 else MAX_TEXT
            if current:
                parts.append(current)
                current = ""
            parts.append(piece[:cut])
            piece = piece[cut:]
        if len(current) + len(piece) > MAX_TEXT:
            parts.append(current)
            current = ""
        current += piece
    if current:
        parts.append(current)
    return [p.strip() or "…" for p in parts]
