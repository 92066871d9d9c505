"""The running service: builds the parts from the configuration and ties them together.

Adding a channel touches `channels/` and the one line in `_channels()` below, nothing else.
"""
from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import callbacks, faq_answers
from bot.analysis_pool import AnalysisPool
from bot.clock import Clock
from bot.envelope import Reply
from bot.events import EventBus
from bot.hours import OpeningHours
from bot.pipeline import Outcome, Pipeline, normalise_code
from bot.replies import ReplyWriter
from bot.scheduler import Jobs
from bot.secrets import load_or_create_secrets
from bot.settings import Settings
from bot.store import claims, outbox, vault
from bot.store.crypto import CryptoError, Keyring
from bot.store.db import Store, open_store
from bot.store.group import GroupWriter
from bot.store.models import Conversation, Message, PersonKey
from bot.store.models import Outbox as OutboxRow
from bot.texts import text
from channels.base import Channel, PermanentFailure

log = logging.getLogger(__name__)
SHOWN_TO_WRITER = ("writer", "bot", "counsellor")
# Adding a channel: its module under channels/ and one line here.
CHANNELS = {
    "webchat": "channels.webchat:WebChat",
    "email": "channels.email:EmailChannel",
    "telegram": "channels.telegram:TelegramChannel",
}


class StartupError(RuntimeError):
    """The service cannot start as configured; the message says why and what to do."""


@dataclass(frozen=True)
class Resumed:
    conversation_id: str
    lang: str
    messages: list[dict[str, Any]]


class Service:
    def __init__(self, settings: Settings, clock: Clock | None = None, *, run_jobs: bool = True) -> None:
        self.settings = settings
        self.run_jobs = run_jobs
        self.clock = clock or Clock()
        self.hours = OpeningHours.from_settings(settings.hours)
        self.events = EventBus()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.store: Store
        self.keyring: Keyring
        self.pipeline: Pipeline
        self.channels: dict[str, Channel] = {}
        self.sender: outbox.OutboxSender

    # -- life cycle ------------------------------------------------------------------------
    async def start(self) -> None:
        data_dir = Path(self.settings.server.data_dir)
        secrets = load_or_create_secrets(data_dir)
        self.keyring = Keyring(secrets.data_key, secrets.lookup_key)
        self.store = await open_store(self.settings.server.database_url, self.keyring)
        await self._check_keys(data_dir)
        self.replies = ReplyWriter(
            service=self.settings.raw.get("service", {}),
            faq_facts=faq_answers.FaqFacts.from_config(self.settings.raw),
            next_opening=self.hours.describe_next_opening,
            open_until=self.hours.describe_open_until,
        )
        self.channels = self._channels()
        self.writer = GroupWriter(self.store)
        a = self.settings.analysis
        self.analysis = AnalysisPool(a.processes, timeout=a.timeout_seconds)
        await self.analysis.start()
        self.pipeline = Pipeline(
            store=self.store, keyring=self.keyring, replies=self.replies,
            is_open=self.hours.is_open, now=self.clock.now,
            traits={name: ch.traits for name, ch in self.channels.items()},
            write=self.writer.run_batched,
            after_commit=self._after_commit,
            analyse=self.analysis.analyse,
        )
        o = self.settings.outbox
        self.sender = outbox.OutboxSender(
            self.store, self._deliver, now=self.clock.now, max_attempts=o.max_attempts,
            base_backoff=o.base_backoff_seconds, max_backoff=o.max_backoff_seconds,
            write=self.writer.run,
            handed_over=self._handed_over,
        )
        for ch in self.channels.values():
            await ch.start()
        await self.sender.start()
        self.jobs = Jobs(self)
        if self.run_jobs:
            self.jobs.start()

    async def stop(self) -> None:
        await self.jobs.stop()
        for ch in self.channels.values():  # no new messages from here on
            await ch.stop()
        await self.sender.stop()
        # Short writes still under way (a writer left the chat) finish before the store closes:
        # cancelled mid-transaction, a connection would be left waiting on a closed store.
        if self._tasks:
            _done, late = await asyncio.wait(set(self._tasks), timeout=5)
            for t in late:
                t.cancel()
        await self.analysis.stop()
        await self.writer.close()
        await self.store.close()

    async def _check_keys(self, data_dir: Path) -> None:
        """Refuse to start on a store sealed with other keys than the ones in `data_dir`: every
        stored text would be unreadable and every new one sealed differently."""
        try:
            async with self.store.sessionmaker() as s:
                await s.execute(select(PersonKey.key).limit(1))
                await s.execute(select(Message.body).where(Message.body.is_not(None)).limit(1))
        except CryptoError:
            await self.store.close()
            raise StartupError(
                f"the keys in {data_dir / 'secrets.json'} do not open this database: use the data "
                "folder (secrets.json) that belongs to it, or an empty database") from None

    def _channels(self) -> dict[str, Channel]:
        """The web chat always; e-mail and Telegram when enabled in their sections."""
        found: list[Channel] = []
        for section, target in CHANNELS.items():
            if section == "webchat" or self.settings.raw.get(section, {}).get("enabled"):
                module, cls = target.split(":")
                found.append(getattr(importlib.import_module(module), cls)(self))
        return {c.name: c for c in found}

    async def forget(self, conversation_id: str) -> bool:
        """The writer asked to end and erase: close now and empty the vault at once."""
        now = self.clock.now()
        async with self.store.write() as s:
            conv = await s.get(Conversation, conversation_id)
            if conv is None:
                return False
            conv.state, conv.closed_at, conv.claimed_by, conv.lease_expires_at = "closed", now, None, None
            await vault.vault_delete(s, conversation_id)
        self.events.publish({"type": "queue", "conversation_id": conversation_id})
        return True

    # -- what the writer sees --------------------------------------------------------------
    async def queue_positions(self) -> dict[str, int]:
        """Every waiting conversation's place in the queue (1 = next)."""
        async with self.store.sessionmaker() as s:
            return {e.conversation_id: e.position for e in await claims.queue(s)}

    def status(self, lang: str) -> dict[str, Any]:
        now = self.clock.now()
        is_open = self.hours.is_open(now)
        key = "chat.status_open" if is_open else "chat.status_closed"
        return {"open": is_open, "text": text(lang, key, **self.replies.facts(lang, now))}

    async def resume(self, code: str) -> Resumed | None:
        if not normalise_code(code):
            return None
        key = self.keyring.lookup_hash("resume", normalise_code(code))
        async with self.store.sessionmaker() as s:
            conv = (await s.execute(
                select(Conversation).where(Conversation.resume_code_hash == key,
                                           Conversation.state != "closed")
            )).scalar_one_or_none()
            if conv is None:
                return None
            rows = (await s.execute(
                select(Message).where(Message.conversation_id == conv.id,
                                      Message.sender.in_(SHOWN_TO_WRITER))
                .order_by(Message.id)
            )).scalars().all()
            return Resumed(conv.id, conv.lang, [
                {"id": m.id, "sender": m.sender, "kind": m.kind, "text": m.body or ""} for m in rows
            ])

    async def resumed(self, conversation_id: str, shown_upto: int) -> None:
        """The history up to message `shown_upto` is on the writer's page: replies to it that
        still wait, failed, or were claimed by an instance that died count as delivered, so
        none of them is sent to the page a second time."""
        async with self.store.write() as s:
            await s.execute(
                update(OutboxRow)
                .where(OutboxRow.conversation_id == conversation_id, OutboxRow.channel == "webchat",
                       OutboxRow.state.in_(("pending", "failed", "sending")),
                       OutboxRow.message_id <= shown_upto)
                .values(state="delivered", delivered_at=self.clock.now(), locked_until=None,
                        payload=outbox.SPENT)
            )

    async def choose(self, channel: str, conversation_id: str | None, choice: str, lang: str,
                     data: Mapping[str, Any]) -> dict[str, Any] | None:
        """A button the writer pressed (FAQ topic, out-of-hours option)."""
        now = self.clock.now()
        if choice.startswith("faq:") and choice[4:] in faq_answers.ids():
            answer = Reply(faq_answers.render(choice[4:], lang, self.replies.faq_facts), kind="faq")
            if conversation_id:
                await self.say(conversation_id, channel, answer, faq_id=choice[4:])
                return {"type": "ok"}
            return {"type": "answer", **answer.to_payload()}
        if conversation_id is None:
            return None
        c = self.settings.callbacks
        if choice in ("callback:phone", "callback:chat"):
            slots = callbacks.upcoming_slots(self.hours, now, c.slot_minutes, c.days_ahead)
            return {"type": "slots", "kind": choice.split(":")[1], "slots": [
                {"value": t.isoformat(), "label": self.hours.describe_moment(t, lang)} for t in slots]}
        if choice in ("book:phone", "book:chat"):
            return await self._book(channel, conversation_id, choice[5:], lang, data, now)
        if choice in ("notify_open", "morning"):
            kind = "notify_open" if choice == "notify_open" else "morning_message"
            async with self.store.write() as s:
                await callbacks.book(s, conversation_id, kind, now)
            key = "reply.notify_open_booked" if choice == "notify_open" else "reply.morning_booked"
            await self.say(conversation_id, channel, self.replies.single(lang, now, key, "callback"))
            return {"type": "ok"}
        return None

    async def _book(self, channel: str, conversation_id: str, kind: str, lang: str,
                    data: Mapping[str, Any], now: datetime) -> dict[str, Any]:
        c = self.settings.callbacks
        offered = {t.isoformat(): t for t in callbacks.upcoming_slots(self.hours, now, c.slot_minutes,
                                                                        c.days_ahead)}
        slot = offered.get(str(data.get("slot", "")))
        if slot is None:
            return {"type": "notice", "key": "invalid_slot",
                    "text": text(lang, "reply.callback_invalid_slot")}
        phone = None
        if kind == "phone":
            phone = callbacks.valid_phone(str(data.get("phone", ""))[:40])
            if phone is None:
                return {"type": "notice", "key": "invalid_phone",
                        "text": text(lang, "reply.callback_invalid_phone")}
        async with self.store.write() as s:
            await callbacks.book(s, conversation_id, callbacks.KINDS[kind], now, slot, c.slot_minutes, phone)
        if kind == "phone":
            key = "reply.callback_booked"
        elif self.channels[channel].traits.resume_codes:
            key = "reply.chat_appointment_booked"  # come back with your code
        else:
            key = "reply.chat_appointment_booked_here"  # the channel finds the writer itself
        reply = self.replies.single(lang, now, key, "callback", slot=self.hours.describe_moment(slot, lang))
        await self.say(conversation_id, channel, reply)
        self.events.publish({"type": "callbacks"})
        return {"type": "ok"}

    async def say(self, conversation_id: str, channel: str, reply: Reply, *, sender: str = "bot",
                  counsellor_id: int | None = None, faq_id: str | None = None) -> int:
        """Store a reply as a message and send it through the outbox; returns the outbox id."""
        now = self.clock.now()
        async with self.store.write() as s:
            msg = Message(conversation_id=conversation_id, created_at=now, sender=sender,
                          counsellor_id=counsellor_id, kind=reply.kind, body=reply.text,
                          faq_ids=[faq_id] if faq_id else [], finding_kinds={})
            s.add(msg)
            await s.flush()
            if faq_id:
                conv = await s.get(Conversation, conversation_id)
                if conv is not None:
                    conv.faq_answered = [*(conv.faq_answered or []), faq_id]
            stored = Reply(reply.text, reply.kind, msg.id, reply.buttons, reply.extra)
            oid = await outbox.enqueue(s, conversation_id, channel, stored.to_payload(),
                                       message_id=msg.id, now=now)
        self.sender.wake()
        self.events.publish({"type": "message", "conversation_id": conversation_id})
        return oid

    # -- delivery --------------------------------------------------------------------------
    async def _deliver(self, item: outbox.OutboxItem) -> None:
        channel = self.channels.get(item.channel)
        if channel is None:
            raise PermanentFailure(f"channel {item.channel} is not configured")
        address: dict[str, Any] = {}
        if channel.traits.reply_address:
            async with self.store.sessionmaker() as s:
                address = (await vault.vault_get(s, item.conversation_id)).get(item.channel, {})
        await channel.deliver(item.conversation_id, Reply.from_payload(item.payload), address)

    def _after_commit(self, outcome: Outcome) -> None:
        # The pipeline claimed these replies for this instance: send them now, no poll, no
        # second transaction to claim them.
        if outcome.outbox_items:
            self.sender.submit(list(outcome.outbox_items))
        # replies_sent: nothing of this message waits in the outbox for a sender to claim it, so
        # a page's watcher need not wake the sender (a poll per message, under load).
        self.events.publish({"type": "queue" if outcome.state == "waiting" else "message",
                             "conversation_id": outcome.conversation_id, "urgent": outcome.urgent,
                             "replies_sent": True})

    def _handed_over(self, conversation_ids: list[str]) -> None:
        # A reply for a writer whose page is open on another instance: that instance's web chat
        # wakes its sender on this event (relayed on PostgreSQL) instead of waiting for a poll.
        for cid in conversation_ids:
            self.events.publish({"type": "message", "conversation_id": cid})

    async def connected_elsewhere(self, conversation_id: str) -> bool:
        """Whether the writer's page is open on some instance (this one has no socket for it)."""
        async with self.store.sessionmaker() as s:
            conv = await s.get(Conversation, conversation_id)
        return bool(conv is not None and conv.connected and conv.state != "closed")

    def set_connected_soon(self, conversation_id: str, connected: bool) -> None:
        self._spawn(self._set_connected(conversation_id, connected))

    async def _set_connected(self, conversation_id: str, connected: bool) -> None:
        async def unit(s: AsyncSession) -> None:
            await s.execute(update(Conversation).where(Conversation.id == conversation_id)
                            .values(connected=connected))

        await self.writer.run(unit)
        self.events.publish({"type": "queue", "conversation_id": conversation_id})

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task failed: %s", type(task.exception()).__name__)
