"""Where a message goes: read this file top to bottom.

    channel ─► Envelope ─► scrub ─► language ─► urgency ─► FAQ ─► route ─► store ─► outbox ─► channel
                                                                        └─► counsellor queue

Everything raw in the Envelope stops here: the text is scrubbed before anything else sees it,
the reply address goes to the encrypted vault, the sender's thread and identity become keyed
hashes. The inbound message, the conversation's new state and every reply are committed in one
transaction before the channel acknowledges anything (promise 2).
"""
from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.envelope import Envelope, Reply
from bot.replies import ReplyWriter
from bot.routing import Decision, Situation, decide
from bot.store import outbox, persons, vault
from bot.store.claims import queue_position
from bot.store.crypto import Keyring
from bot.store.db import Store
from bot.store.models import Conversation, Message
from bot.store.outbox import OutboxItem
from handlers.faq import match
from handlers.language import detect
from handlers.sanitise import sanitise
from handlers.scrub import scrub
from handlers.urgency import assess


@dataclass(frozen=True)
class ChannelTraits:
    """What the pipeline may promise on a channel."""

    can_push: bool          # can send on its own later ("tell me when you open")
    resume_codes: bool      # continuity by a code the writer keeps (web chat)
    reply_address: bool = True  # needs an address from the vault to reply


@dataclass(frozen=True)
class Outcome:
    conversation_id: str
    message_id: int | None
    replies: tuple[Reply, ...]
    outbox_items: tuple[OutboxItem, ...]
    new_conversation: bool
    resume_code: str | None
    urgent: bool
    state: str
    lang: str
    queue_position: int | None = None
    decision: Decision | None = field(default=None, compare=False)


class Pipeline:
    def __init__(
        self,
        *,
        store: Store,
        keyring: Keyring,
        replies: ReplyWriter,
        is_open: Callable[[datetime], bool],
        now: Callable[[], datetime],
        traits: Mapping[str, ChannelTraits],
        write: Callable[[Callable[[AsyncSession], Awaitable[Outcome]]], Awaitable[Outcome]],
        after_commit: Callable[[Outcome], None] = lambda _o: None,
        claim_seconds: float = 60.0,
    ) -> None:
        self.store = store
        self.write = write
        self.claim_seconds = claim_seconds
        self.keyring = keyring
        self.replies = replies
        self.is_open = is_open
        self.now = now
        self.traits = traits
        self.after_commit = after_commit

    async def handle(self, env: Envelope, *,
                     also: Callable[[AsyncSession, str], Awaitable[None]] | None = None) -> Outcome:
        """Take one inbound message. `also` runs in the same transaction with the conversation
        id (a channel's own bookkeeping, e.g. the mailbox position, commits with the message)."""
        now = env.received_at or self.now()
        traits = self.traits[env.channel]

        # 1. Identifiers out, before the text is looked at, stored or shown anywhere.
        cleaned = scrub(sanitise(env.text), env.lang)
        text = cleaned.text
        guessed = env.lang or detect(text)

        # 2. Acute risk first; then the questions we can answer at once.
        urgency = assess(text) if text.strip() else None
        faq_ids = tuple(m.id for m in match(text, guessed)) if text.strip() else ()
        open_now = self.is_open(now)

        async def unit(s: AsyncSession) -> Outcome:
            conv, is_new = await self._conversation(s, env, guessed, now)
            if also is not None:
                await s.flush()
                await also(s, conv.id)
            # A short "ok" must not flip a conversation's language: unsure means "as before".
            lang = env.lang or (guessed if is_new else detect(text, default=conv.lang))
            found = faq_ids
            if lang != guessed and text.strip():
                found = tuple(m.id for m in match(text, lang))

            # 3. Route: what the writer is told and whether a person is needed.
            decision = decide(Situation(
                open_now=open_now,
                urgent=bool(urgency and urgency.urgent),
                faq_ids=found,
                state=None if is_new else conv.state,
                automatic=env.automatic,
                media_only=bool(env.media) and not text.strip(),
                can_push=traits.can_push,
            ))

            # 4. The conversation's new state and the bot's reply, written once.
            resume_code = self._apply(conv, decision, urgency.reasons if urgency else (), found,
                                      lang, now, is_new and traits.resume_codes and not env.automatic,
                                      open_now)
            if env.reply_address:
                await vault.vault_put(s, conv.id, env.channel, dict(env.reply_address))
            position = None
            if conv.state == "waiting":
                await s.flush()
                position = await queue_position(s, conv.id)
            reply = self.replies.compose(decision, lang, now, position=position, code=resume_code)

            # 5. Store the scrubbed message and the reply as the bot's message (one flush).
            msg = bot_msg = None
            if text.strip():
                msg = Message(conversation_id=conv.id, created_at=now, sender="writer", kind="text",
                              body=text, faq_ids=list(found),
                              finding_kinds=dict(Counter(f.kind for f in cleaned.findings)))
                s.add(msg)
            if reply is not None:
                bot_msg = Message(conversation_id=conv.id, created_at=now, sender="bot",
                                  kind=reply.kind, body=reply.text, faq_ids=list(found))
                s.add(bot_msg)
            await s.flush()
            message_id = msg.id if msg is not None else None

            # 6. The reply goes out through the outbox.
            items: list[OutboxItem] = []
            if reply is not None and bot_msg is not None:
                reply = Reply(text=reply.text, kind=reply.kind, message_id=bot_msg.id,
                              buttons=reply.buttons, extra=reply.extra)
                payload = reply.to_payload()
                # Born claimed by this instance: delivered right after the commit, no second
                # transaction to claim it; another sender takes over only if we die first.
                oid = await outbox.enqueue(s, conv.id, env.channel, payload, message_id=bot_msg.id,
                                           now=now, claim_seconds=self.claim_seconds)
                items.append(OutboxItem(oid, conv.id, bot_msg.id, env.channel, payload, 1))
            return Outcome(
                conversation_id=conv.id, message_id=message_id,
                replies=(reply,) if reply is not None else (), outbox_items=tuple(items),
                new_conversation=is_new, resume_code=resume_code, urgent=conv.urgent,
                state=conv.state, lang=lang, queue_position=position, decision=decision,
            )

        # Committed (shared with concurrent writers' messages) before anyone is told.
        outcome = await self.write(unit)
        self.after_commit(outcome)
        return outcome

    async def _conversation(self, s: AsyncSession, env: Envelope, lang: str,
                            now: datetime) -> tuple[Conversation, bool]:
        """The writer's open conversation on this channel, or a new one."""
        thread_key = self.keyring.lookup_hash(env.channel, env.thread) if env.thread else None
        conv: Conversation | None = None
        if env.conversation_id:
            conv = await s.get(Conversation, env.conversation_id)
        elif thread_key:
            conv = (await s.execute(
                select(Conversation)
                .where(Conversation.thread_key == thread_key, Conversation.state != "closed")
                .order_by(Conversation.created_at.desc()).limit(1)
            )).scalar_one_or_none()
        if conv is not None and conv.state != "closed":
            conv.updated_at = now
            return conv, False
        conv = Conversation(
            id=secrets.token_urlsafe(16), channel=env.channel, lang=lang, state="bot",
            urgent=False, urgent_reasons=[], out_of_hours=False, created_at=now, updated_at=now,
            thread_key=thread_key, connected=env.channel == "webchat", faq_answered=[],
        )
        if env.person:
            conv.person_year, conv.person_hash = await persons.person_hash(s, env.person, now)
        s.add(conv)
        return conv, True

    def _apply(self, conv: Conversation, decision: Decision, reasons: tuple[str, ...],
               faq_ids: tuple[str, ...], lang: str, now: datetime, wants_code: bool,
               open_now: bool) -> str | None:
        """Move the conversation to the decided state; returns a new resume code, if any."""
        if decision.to_queue and conv.state != "waiting":
            conv.waiting_since = now
            conv.out_of_hours = conv.out_of_hours or not open_now
        conv.state = decision.state
        if decision.urgent:
            conv.urgent = True
            conv.urgent_reasons = sorted(set(conv.urgent_reasons or []) | set(reasons))
        if faq_ids:
            conv.faq_answered = [*(conv.faq_answered or []), *faq_ids]
        conv.lang = lang
        if not wants_code:
            return None
        code = new_resume_code()
        conv.resume_code_hash = self.keyring.lookup_hash("resume", normalise_code(code))
        return code


# An alphabet without look-alikes (0/O, 1/I/L): codes are read off a screen and typed back.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_resume_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
