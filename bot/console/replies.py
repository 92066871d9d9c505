"""A counsellor's reply, stored only while the counsellor still holds the conversation.

The holder check, the message and its outbox item are one write transaction: the check is a
conditional UPDATE that also renews the lease, so on PostgreSQL it takes the row lock until the
commit (a colleague's claim of a lapsed lease waits for it, then finds the lease renewed) and
on SQLite the write transaction excludes everyone else. A reply after the lease ran out, or
after a colleague took over, is refused and nothing is stored or sent. What is stored is stripped
of identifiers like any message; what is sent is the text as typed.

Mirrors `Service.say` (message, outbox item, wake the sender, publish the event) with the
check inside; the audit entry commits with the reply.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.console import audit
from bot.console.state import Console
from bot.envelope import Reply
from bot.store import outbox
from bot.store.models import Conversation, Message
from handlers.scrub import scrub


class NotHolder(Exception):
    """The counsellor no longer holds the conversation (lease lapsed, released, taken over)."""


async def hold(s: AsyncSession, conversation_id: str, counsellor_id: int, now: datetime,
               lease_seconds: float) -> str | None:
    """In the caller's write transaction: if `counsellor_id` holds the conversation with a lease
    still running at `now`, renew the lease and return the conversation's channel; else None."""
    result = await s.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id, Conversation.state == "claimed",
               Conversation.claimed_by == counsellor_id, Conversation.lease_expires_at > now)
        .values(lease_expires_at=now + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    channel: str = (await s.execute(select(Conversation.channel)
                                    .where(Conversation.id == conversation_id))).scalar_one()
    return channel


async def send_reply(console: Console, conversation_id: str, counsellor_id: int, text: str) -> int:
    """Store and send the reply; returns the outbox item's id. Raises NotHolder (nothing stored)."""
    service = console.service
    now = console.now()
    async with service.store.write() as s:
        channel = await hold(s, conversation_id, counsellor_id, now, console.lease_seconds)
        if channel is None:
            raise NotHolder(conversation_id)
        # The writer gets the reply as typed; the stored copy is stripped like every message
        # ("Hoi Kevin" is kept as "Hoi [naam 1]"). As typed, it lives only in the sealed outbox
        # payload, which is emptied once delivered (bot/store/outbox.py).
        stored = scrub(text)
        msg = Message(conversation_id=conversation_id, created_at=now, sender="counsellor",
                      counsellor_id=counsellor_id, kind="counsellor", body=stored.text, faq_ids=[],
                      finding_kinds=dict(Counter(f.kind for f in stored.findings)))
        s.add(msg)
        await s.flush()
        payload = Reply(text, kind="counsellor", message_id=msg.id).to_payload()
        oid = await outbox.enqueue(s, conversation_id, channel, payload, message_id=msg.id, now=now)
        audit.record(s, now, counsellor_id, "replied", conversation_id)
    service.sender.wake()
    service.events.publish({"type": "message", "conversation_id": conversation_id})
    return oid
