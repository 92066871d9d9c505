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
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.analysis import Analysis, analyse
from bot.envelope import Envelope, Reply
from bot.replies import ReplyWriter
from bot.routing import Decision, Situation, decide
from bot.store import intake, outbox, persons, vault
from bot.store.claims import queue_position
from bot.store.crypto import Keyring
from bot.store.db import Store
from bot.store.intake import ConversationRow
from bot.store.outbox import OutboxItem
from handlers.faq import match
from handlers.language import detect
from handlers.urgency import Assessment


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


@dataclass(frozen=True)
class _Incoming:
    """A message scrubbed and looked at, on its way to the store; raw values only in `env`."""

    env: Envelope
    text: str  # scrubbed
    finding_kinds: dict[str, int]
    guessed: str
    urgency: Assessment | None
    faq_ids: tuple[str, ...]
    open_now: bool
    now: datetime
    thread_key: str | None
    also: Callable[[AsyncSession, str], Awaitable[None]] | None


@dataclass
class _Step:
    """One message's way through routing and the store, within a shared commit."""

    inc: _Incoming
    conv: ConversationRow
    is_new: bool
    lang: str
    found: tuple[str, ...]
    decision: Decision
    resume_code: str | None
    state: str  # the conversation's state and urgency right after this message
    urgent: bool
    position: int | None = None
    reply: Reply | None = None
    message_id: int | None = None
    items: tuple[OutboxItem, ...] = ()

    def outcome(self) -> Outcome:
        return Outcome(
            conversation_id=self.conv.id, message_id=self.message_id,
            replies=(self.reply,) if self.reply is not None else (), outbox_items=self.items,
            new_conversation=self.is_new, resume_code=self.resume_code, urgent=self.urgent,
            state=self.state, lang=self.lang, queue_position=self.position, decision=self.decision,
        )


def _message_row(st: _Step, sender: str, kind: str, body: str, finding_kinds: dict[str, int]
                 ) -> dict[str, Any]:
    return {"conversation_id": st.conv.id, "created_at": st.inc.now, "sender": sender, "kind": kind,
            "body": body, "faq_ids": list(st.found), "finding_kinds": finding_kinds}


async def _analyse_here(text: str, lang: str | None) -> Analysis:
    return analyse(text, lang)


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
        write: Callable[[Callable[[AsyncSession, list[_Incoming]], Awaitable[list[Outcome]]], _Incoming],
                        Awaitable[Outcome]],
        after_commit: Callable[[Outcome], None] = lambda _o: None,
        claim_seconds: float = 60.0,
        analyse: Callable[[str, str | None], Awaitable[Analysis]] | None = None,
    ) -> None:
        self.analyse = analyse or _analyse_here
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

        # 1. Identifiers out, before the text is looked at, stored or shown anywhere; then
        # 2. acute risk first, and the questions we can answer at once (bot/analysis.py; in a
        # worker process when there is one, bot/analysis_pool.py).
        a = await self.analyse(env.text, env.lang)
        incoming = _Incoming(
            env=env, text=a.text, finding_kinds=a.finding_kinds,
            guessed=a.lang, urgency=a.urgency, faq_ids=a.faq_ids, open_now=self.is_open(now), now=now,
            thread_key=self.keyring.lookup_hash(env.channel, env.thread) if env.thread else None,
            also=also,
        )

        # 3–6 run in `_store`, for this message and the others of the same shared commit, which
        # is durable before anyone is told.
        outcome = await self.write(self._store, incoming)
        self.after_commit(outcome)
        return outcome

    async def _store(self, s: AsyncSession, batch: list[_Incoming]) -> list[Outcome]:
        by_id, by_thread = await intake.load_conversations(
            s, (i.env.conversation_id for i in batch if i.env.conversation_id),
            (i.thread_key for i in batch if i.thread_key and not i.env.conversation_id))
        new: set[str] = set()
        steps: list[_Step] = []
        for inc in batch:
            conv = self._conversation(inc, by_id, by_thread)
            created = conv is None
            if conv is None:
                conv = await self._new_conversation(s, inc, by_id, by_thread)
                new.add(conv.id)
            else:
                conv.updated_at = inc.now
            steps.append(self._route(inc, conv, is_new=created))

        # 4. The conversations' new state, then what channels keep with them.
        await intake.save_conversations(s, (st.conv for st in steps), new)
        for st in steps:
            if st.inc.also is not None:
                await st.inc.also(s, st.conv.id)
            if st.inc.env.reply_address:
                await vault.vault_put(s, st.conv.id, st.inc.env.channel, dict(st.inc.env.reply_address))
        for st in steps:
            position = await queue_position(s, st.conv.id) if st.state == "waiting" else None
            st.position = position
            st.reply = self.replies.compose(st.decision, st.lang, st.inc.now, position=position,
                                            code=st.resume_code)

        # 5. The scrubbed messages and the bot's replies, in the order they happened.
        rows: list[dict[str, Any]] = []
        for st in steps:
            if st.inc.text.strip():
                rows.append(_message_row(st, "writer", "text", st.inc.text, st.inc.finding_kinds))
            if st.reply is not None:
                # The resume code is a key to the conversation: the writer gets it, the stored
                # copy (seen by counsellors, shown again on resuming) does not hold it.
                body = st.reply.text.replace(st.resume_code, CODE_MASK) if st.resume_code else st.reply.text
                rows.append(_message_row(st, "bot", st.reply.kind, body, {}))
        ids = iter(await intake.insert_messages(s, rows))
        for st in steps:
            st.message_id = next(ids) if st.inc.text.strip() else None
            if st.reply is not None:
                r = st.reply
                st.reply = Reply(text=r.text, kind=r.kind, message_id=next(ids), buttons=r.buttons,
                                 extra=r.extra)

        # 6. The replies go out through the outbox, born claimed by this instance: delivered right
        # after the commit, no second transaction to claim them; another sender takes over only
        # if we die first.
        sent = [st for st in steps if st.reply is not None]
        oids = await outbox.enqueue_claimed(
            s, [(st.conv.id, st.inc.env.channel, st.reply.to_payload(), st.reply.message_id)
                for st in sent if st.reply is not None],
            now=batch[0].now, claim_seconds=self.claim_seconds)
        for st, oid in zip(sent, oids, strict=True):
            assert st.reply is not None
            st.items = (OutboxItem(oid, st.conv.id, st.reply.message_id, st.inc.env.channel,
                                   st.reply.to_payload(), 1),)
        return [st.outcome() for st in steps]

    @staticmethod
    def _conversation(inc: _Incoming, by_id: dict[str, ConversationRow],
                      by_thread: dict[str, ConversationRow]) -> ConversationRow | None:
        """The writer's open conversation on this channel, if any."""
        if inc.env.conversation_id:
            conv = by_id.get(inc.env.conversation_id)
        else:
            conv = by_thread.get(inc.thread_key) if inc.thread_key else None
        return conv if conv is not None and conv.state != "closed" else None

    async def _new_conversation(self, s: AsyncSession, inc: _Incoming, by_id: dict[str, ConversationRow],
                                by_thread: dict[str, ConversationRow]) -> ConversationRow:
        env = inc.env
        conv = ConversationRow(
            id=secrets.token_urlsafe(16), channel=env.channel, lang=inc.guessed, state="bot",
            created_at=inc.now, updated_at=inc.now, thread_key=inc.thread_key,
            connected=env.channel == "webchat",
        )
        if env.person:
            conv.person_year, conv.person_hash = await persons.person_hash(s, env.person, inc.now)
        # A second message of the same writer in this batch finds it as if it were stored.
        by_id[conv.id] = conv
        if env.conversation_id:
            by_id[env.conversation_id] = conv
        if inc.thread_key:
            by_thread[inc.thread_key] = conv
        return conv

    def _route(self, inc: _Incoming, conv: ConversationRow, *, is_new: bool) -> _Step:
        """3. Decide what the writer is told and whether a person is needed; move the conversation."""
        traits = self.traits[inc.env.channel]
        text = inc.text
        # A short "ok" must not flip a conversation's language: unsure means "as before".
        lang = inc.env.lang or (inc.guessed if is_new else detect(text, default=conv.lang))
        found = inc.faq_ids
        if lang != inc.guessed and text.strip():
            found = tuple(m.id for m in match(text, lang))
        decision = decide(Situation(
            open_now=inc.open_now,
            urgent=bool(inc.urgency and inc.urgency.urgent),
            faq_ids=found,
            state=None if is_new else conv.state,
            automatic=inc.env.automatic,
            media_only=bool(inc.env.media) and not text.strip(),
            can_push=traits.can_push,
            hushed=inc.env.hushed,
        ))
        code = self._apply(conv, decision, inc.urgency.reasons if inc.urgency else (), found, lang,
                           inc.now, is_new and traits.resume_codes and not inc.env.automatic,
                           inc.open_now)
        return _Step(inc=inc, conv=conv, is_new=is_new, lang=lang, found=found, decision=decision,
                     resume_code=code, state=conv.state, urgent=conv.urgent)

    def _apply(self, conv: ConversationRow, decision: Decision, reasons: tuple[str, ...],
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


CODE_MASK = "••••-••••-••••"
# An alphabet without look-alikes (0/O, 1/I/L): codes are read off a screen and typed back.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_resume_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
