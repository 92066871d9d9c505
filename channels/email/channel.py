"""The e-mail channel: the helpline's mailbox in (IMAP), threaded replies out (SMTP).

Reading, per mail, in this order (each mail exactly once, also across restarts):
  fetch → parse and clean → pipeline (scrub, route, store, enqueue replies: one commit)
  → remember the UID as done → mark the mail done and move it to the processed folder.
A mail that cannot be read stays in the inbox, flagged for a person, and counts as a mail problem.

A sender over `email.messages_per_hour` is not refused: the mail is stored and queued as usual
(hushed), only the automatic answer is held back (an urgent mail still gets the emergency
numbers). Deliberately no notice mail about it: see `_flood_check`.

Nothing from a mail's headers is stored or logged: the address, Message-ID, References and
subject needed to reply go to the reply vault only; the writer's address is otherwise only seen
as keyed hashes (the pipeline's thread key and person hash, and this channel's notice key).
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.envelope import Envelope, Reply
from bot.pipeline import ChannelTraits
from bot.store import vault
from bot.store.models import Conversation
from bot.texts import text
from channels.base import PermanentFailure
from channels.email import mail_state as state
from channels.email import smtp_out, threads
from channels.email.config import EmailSettings, load_email_settings
from channels.email.imap_in import ImapError, ImapMailbox
from channels.email.parse import ParsedMail, UnreadableMail, parse_mail
from channels.flood import FloodGate

if TYPE_CHECKING:
    from bot.service import Service

log = logging.getLogger(__name__)
MAX_PIPELINE_ATTEMPTS = 3
PURGE_EVERY_SECONDS = 600.0
TRUNCATED_NOTE = "\n\n[…]"
FLOOD_WINDOW_SECONDS = 3600.0
MAX_FLOOD_SENDERS = 10_000      # senders whose mail rate is tracked at once (keyed hashes only)


class EmailChannel:
    name = "email"
    traits = ChannelTraits(can_push=True, resume_codes=False)

    def __init__(self, service: Service) -> None:
        self.service = service
        self.cfg: EmailSettings = load_email_settings(service.settings.raw)
        self.tz = ZoneInfo(service.settings.hours.timezone)
        self.connected = False
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._cycle_lock = asyncio.Lock()
        self._cycles_started = 0
        self._cycles_done = 0
        self._cycle_done = asyncio.Event()
        self._attempts: dict[tuple[int, int], int] = {}
        self._last_purge: float | None = None
        self._flood = FloodGate(self.cfg.messages_per_hour, FLOOD_WINDOW_SECONDS,
                                max_writers=MAX_FLOOD_SENDERS)
        self.hushed_mails = 0   # a counter for metrics; never who

    # -- life cycle ------------------------------------------------------------------------
    async def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="email-reader")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def sync(self, within: float = 15.0) -> None:
        """Read the mailbox now and return when a full pass that began after this call is done
        (for tests and the CLI; the reader does this on its own on IDLE or every poll)."""
        target = self._cycles_started + 1
        self._wake.set()
        async with asyncio.timeout(within):
            while self._cycles_done < target:
                self._cycle_done.clear()
                await self._cycle_done.wait()

    def request_purge(self) -> None:
        """Delete purged conversations' mail from the mailbox on the next pass (the retention job
        may call this after its purge; otherwise it happens every PURGE_EVERY_SECONDS)."""
        self._last_purge = None
        self._wake.set()

    def status(self) -> dict[str, Any]:
        return {"connected": self.connected}

    async def _run(self) -> None:
        delay = 1.0
        while True:
            box = ImapMailbox(self.cfg)
            try:
                await box.connect()
                self.connected, delay = True, 1.0
                if self.cfg.processed_folder:
                    await box.ensure_folder(self.cfg.processed_folder)
                while True:
                    self._wake.clear()
                    await self._cycle(box)
                    await box.wait_for_mail(self._wake, self.cfg.poll_seconds)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a lost or refused mailbox must not end the reader
                reason = str(exc) if isinstance(exc, ImapError) else type(exc).__name__
                log.warning("e-mail: mailbox not available (%s); trying again in %.0f s", reason, delay)
            finally:
                self.connected = False
                await box.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)
            delay = min(delay * 2, self.cfg.reconnect_max_seconds)

    async def _cycle(self, box: ImapMailbox) -> None:
        async with self._cycle_lock:
            self._cycles_started += 1
            try:
                await self._drain(box)
                loop_time = asyncio.get_running_loop().time()
                if self._last_purge is None or loop_time - self._last_purge >= PURGE_EVERY_SECONDS:
                    self._last_purge = loop_time
                    await self.purge_mailbox(box)
            finally:
                self._cycles_done += 1
                self._cycle_done.set()

    # -- reading ---------------------------------------------------------------------------
    async def _drain(self, box: ImapMailbox) -> None:
        folder, store, now = self.cfg.inbox_folder, self.service.store, self.service.clock.now()
        uidvalidity = await box.select(folder)
        known = await state.position(store, folder)
        if known is None or known[0] != uidvalidity:
            if known is not None:
                log.warning("e-mail: the inbox was rebuilt by the server (new UIDVALIDITY); "
                            "reading every mail not yet marked done")
            await state.set_position(store, folder, uidvalidity, 0, now)
            last = 0
        else:
            last = known[1]
        for uid in await box.new_uids(last):
            await self._one(box, uidvalidity, uid)

    async def _one(self, box: ImapMailbox, uidvalidity: int, uid: int) -> None:
        store, now = self.service.store, self.service.clock.now()
        fetched = await box.fetch(uid)
        if fetched is None:  # gone meanwhile (another client moved it)
            await state.set_position(store, self.cfg.inbox_folder, uidvalidity, uid, now)
            return
        if fetched.raw is None:
            await self._problem(box, uidvalidity, uid, "too_large")
            return
        try:
            mail = parse_mail(fetched.raw, own_address=self.cfg.from_address,
                              max_text_chars=self.cfg.max_text_chars)
        except UnreadableMail:
            await self._problem(box, uidvalidity, uid, "unreadable")
            return
        except Exception as exc:  # a parser bug must not lose the mail or stop the reader
            log.error("e-mail: parsing failed (%s)", type(exc).__name__)
            await self._problem(box, uidvalidity, uid, "unreadable")
            return

        writer_key = self._writer_key(mail.headers.sender) if mail.headers.sender else None
        counted_at = self.service.clock.now().timestamp()
        hushed = self._flood_check(mail, writer_key, counted_at)
        envelope = await self._envelope(mail, hushed=hushed)
        # A hushed mail's files notice is owed too: it goes with the next automatic answer.
        owes_media = bool(mail.attachments and (mail.text.strip() or hushed) and envelope.reply_address
                          and not envelope.automatic)
        if owes_media and writer_key:
            await state.owe_media_notice(store, writer_key, now)
        try:
            outcome = await self.service.pipeline.handle(
                envelope, also=lambda s, _cid: state.move_position(s, self.cfg.inbox_folder, uidvalidity,
                                                                   uid, now))
        except Exception as exc:
            attempts = self._attempts.get((uidvalidity, uid), 0) + 1
            self._attempts[(uidvalidity, uid)] = attempts
            log.warning("e-mail: a mail could not be processed (%s), attempt %d of %d",
                        type(exc).__name__, attempts, MAX_PIPELINE_ATTEMPTS)
            if attempts >= MAX_PIPELINE_ATTEMPTS:
                await self._problem(box, uidvalidity, uid, "not_processed")
                return
            raise
        self._attempts.pop((uidvalidity, uid), None)
        if hushed:
            self.hushed_mails += 1
        if writer_key and mail.automatic is None:
            self._flood.record(writer_key, counted_at)  # once it is stored, not once per try
        if owes_media and not outcome.replies and not hushed:
            # The pipeline had nothing to say now (a person holds the conversation, or it is
            # already waiting): the writer still hears at once that files cannot be received.
            await self.service.say(outcome.conversation_id, self.name, Reply(
                text(outcome.lang, "reply.media_refused"), kind="media_refused"))
        # Committed, with the inbox position past this mail in the same transaction: a crash
        # from here on neither repeats nor loses it. The done keyword and the move tidy the
        # mailbox for a person looking at it.
        await box.mark_done(uid)
        where: tuple[str, str, int, int] | None = (outcome.conversation_id, self.cfg.inbox_folder,
                                                   uidvalidity, uid)
        if self.cfg.processed_folder:
            moved = await box.move(uid, self.cfg.processed_folder)
            where = (outcome.conversation_id, self.cfg.processed_folder, *moved) if moved else None
        await state.done(store, self.cfg.inbox_folder, uidvalidity, uid, now, where)

    def _flood_check(self, mail: ParsedMail, writer_key: str | None, now: float) -> bool:
        """Is this sender over the hourly rate? Mail a machine sent (RFC 3834) is never answered
        anyway and does not count.

        The writer gets no notice mail about it, by choice: mail is not a live conversation
        (nobody waits for each answer the way a chat does), every earlier answer already said a
        counsellor reads the mail, and the senders that go over an hourly limit are mostly
        machines (an auto-responder ignoring RFC 3834, a script). A notice would be one more
        automatic mail to exactly the senders most likely to answer it automatically, which is
        the loop the limit is there to cap. When a media notice is owed, it waits for the next
        automatic answer (mail_state), so that is not lost either."""
        if not writer_key or mail.automatic is not None or not self._flood.over(writer_key, now):
            return False
        if self._flood.claim_notice(writer_key, now):  # a log line once an hour per sender, not per mail
                log.info("e-mail: a sender is over %d mails an hour; their mail is stored and queued, "
                     "not answered", self.cfg.messages_per_hour)
        return True

    async def _envelope(self, mail: ParsedMail, *, hushed: bool = False) -> Envelope:
        h = mail.headers
        automatic = mail.automatic is not None
        conversation_id = None
        if h.sender:
            found = threads.conversation_from(h.references, self.cfg.message_id_domain,
                                              self.service.keyring)
            if found and await self._same_writer(found, h.sender):
                conversation_id = found
        reply_address = None
        if h.reply_to and not automatic:
            reply_address = smtp_out.vault_entry(h.reply_to, h.sender, h.message_id, h.references,
                                                 h.subject)
        body = mail.text + (TRUNCATED_NOTE if mail.truncated else "")
        return Envelope(
            channel=self.name, text=body, conversation_id=conversation_id, thread=h.sender,
            reply_address=reply_address, person=None if automatic else h.sender,
            media=("attachment",) if mail.attachments else (), automatic=automatic, hushed=hushed,
        )

    async def _same_writer(self, conversation_id: str, sender: str) -> bool:
        """Continue a conversation only for the writer it belongs to: a reply forwarded to
        someone else must not steer that person's mail (and our answers) into it."""
        async with self.service.store.sessionmaker() as s:
            entry = (await vault.vault_get(s, conversation_id)).get(self.name, {})
        writer = entry.get("writer") if isinstance(entry, Mapping) else None
        return isinstance(writer, str) and writer.lower() == sender.lower()

    async def _problem(self, box: ImapMailbox, uidvalidity: int, uid: int, reason: str) -> None:
        store, now = self.service.store, self.service.clock.now()
        await box.flag_problem(uid)
        new = await state.add_problem(store, uidvalidity, uid, reason, now)
        await state.set_position(store, self.cfg.inbox_folder, uidvalidity, uid, now)
        if new:
            log.warning("e-mail: one mail could not be read (%s); it stays in the mailbox, flagged "
                        "for a person", reason)
            self.service.events.publish({"type": "mail_problem"})

    # -- the purge: the mailbox keeps no more than the service ----------------------------
    async def purge_mailbox(self, box: ImapMailbox) -> int:
        if not self.cfg.delete_after_purge:
            return 0
        store = self.service.store
        rows = await state.purgeable(store)
        by_folder: dict[tuple[str, int], list[Any]] = {}
        for r in rows:
            by_folder.setdefault((r.folder, r.uidvalidity), []).append(r)
        handled: list[int] = []
        for (folder, uidvalidity), group in by_folder.items():
            done = set(await box.delete(folder, uidvalidity, [r.uid for r in group]))
            handled.extend(r.id for r in group if r.uid in done)
        await state.forget_processed(store, handled)
        await state.prune_writers(store, self.service.clock.now())
        return len(handled)

    # -- replies ---------------------------------------------------------------------------
    def _writer_key(self, address: str) -> str:
        return self.service.keyring.lookup_hash("email.writer", address.lower())

    async def deliver(self, conversation_id: str, reply: Reply, address: Mapping[str, Any]) -> None:
        to = smtp_out.reply_target(address)
        if to is None:
            raise PermanentFailure("no reply address")
        store, now = self.service.store, self.service.clock.now()
        writer = address.get("writer") if isinstance(address.get("writer"), str) else to
        key = self._writer_key(str(writer))
        automatic = reply.kind != "counsellor"
        today = now.astimezone(self.tz).date().isoformat()
        notices: list[str] = []
        media_told = reply.kind == "media_refused"
        is_notice = reply.kind == "out_of_hours"
        if automatic:
            row = await state.writer(store, key)
            owed = bool(row and row.media_owed) and not media_told
            if is_notice and row is not None and row.notice_on == today:
                if not owed:
                    return   # one out-of-hours notice per writer per day
                reply = Reply(text="", kind="media_refused", message_id=reply.message_id)
                is_notice, owed, media_told = False, False, True
                notices.append(await self._media_text(conversation_id))
            if owed:
                notices.append(await self._media_text(conversation_id))
                media_told = True
        references = threads.references(
            [r for r in address.get("references") or () if isinstance(r, str)],
            address.get("message_id") if isinstance(address.get("message_id"), str) else None)
        msg = smtp_out.build_message(
            cfg=self.cfg, body=smtp_out.render_text(reply, notices), to=to,
            subject=threads.reply_subject(str(address.get("subject") or ""),
                                          self.service.settings.service.name),
            message_id=threads.new_message_id(conversation_id, self.cfg.message_id_domain,
                                              self.service.keyring),
            in_reply_to=address.get("message_id") if isinstance(address.get("message_id"), str) else None,
            references=references, automatic=automatic, now=now)
        await smtp_out.send(self.cfg, msg, to)
        if is_notice or media_told:
            await state.after_send(store, key, now, notice_on=today if is_notice else None,
                                   media_told=media_told)

    async def _media_text(self, conversation_id: str) -> str:
        async with self.service.store.sessionmaker() as s:
            conv = await s.get(Conversation, conversation_id)
        return text(conv.lang if conv else "nl", "reply.media_refused")

