"""The e-mail channel against real servers on loopback: a throwaway Dovecot (IMAP, one per module,
a fresh mailbox per test) and an aiosmtpd server recording what the service sends."""
from __future__ import annotations

import asyncio
import base64
import itertools
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from bot.clock import FixedClock
from bot.envelope import Reply
from bot.service import Service
from bot.settings import load_settings
from bot.store.models import Conversation, Message, Outbox
from bot.store.models_email import MailProblem
from bot.texts import text
from channels.email import EmailChannel
from tests.service_fixtures import CLOSED, OPEN, LogLines
from tests.test_email_fixtures import (
    PASSWORD,
    Dovecot,
    Mailbox,
    SmtpSink,
    free_port,
    quiet_mail_loggers,
    start_dovecot,
)

HELPLINE = "hulp@stopitnow.test"
_users = itertools.count(1)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    yield from start_dovecot()


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    quiet_mail_loggers()
    sink = SmtpSink("127.0.0.1", free_port())
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@dataclass
class MailService:
    service: Service
    clock: FixedClock
    mailbox: Mailbox
    smtp: SmtpSink
    data_dir: Path
    logs: LogLines
    overrides: dict[str, Any]

    @property
    def channel(self) -> EmailChannel:
        ch = self.service.channels["email"]
        assert isinstance(ch, EmailChannel)
        return ch

    async def receive(self, *mails: EmailMessage | bytes) -> None:
        for m in mails:
            await self.mailbox.append(m)
        await self.channel.sync()

    async def conversations(self) -> list[Conversation]:
        async with self.service.store.sessionmaker() as s:
            return list((await s.execute(select(Conversation).order_by(Conversation.created_at,
                                                                       Conversation.id))).scalars())

    async def messages(self, conversation_id: str, sender: str = "writer") -> list[str]:
        async with self.service.store.sessionmaker() as s:
            rows = (await s.execute(select(Message).where(Message.conversation_id == conversation_id,
                                                          Message.sender == sender)
                                    .order_by(Message.id))).scalars()
            return [m.body or "" for m in rows]

    async def outbox_states(self) -> list[str]:
        async with self.service.store.sessionmaker() as s:
            return list((await s.execute(select(Outbox.state).order_by(Outbox.id))).scalars())

    async def settle(self) -> None:
        """Until nothing in the outbox is due now (delivered, failed or waiting to retry)."""
        for _ in range(200):
            async with self.service.store.sessionmaker() as s:
                due = (await s.execute(select(func.count()).select_from(Outbox).where(
                    Outbox.state.in_(("pending", "sending")),
                    Outbox.next_attempt_at <= self.clock.now()))).scalar_one()
            if not due:
                return
            self.service.sender.wake()
            await asyncio.sleep(0.05)
        raise AssertionError("the outbox did not settle")


def email_settings(data_dir: Path, dovecot: Dovecot, smtp_port: int, user: str,
                   **extra: Any) -> dict[str, Any]:
    return {
        "host": "127.0.0.1", "port": free_port(), "data_dir": str(data_dir),
        "email.enabled": True, "email.imap_host": "127.0.0.1", "email.imap_port": dovecot.port,
        "email.imap_security": "none", "email.imap_user": user, "email.imap_password": PASSWORD,
        "email.smtp_host": "127.0.0.1", "email.smtp_port": smtp_port, "email.smtp_security": "none",
        "email.from_address": HELPLINE, "email.poll_seconds": 2, "email.reconnect_max_seconds": 1,
        **extra,
    }


async def start_service(overrides: dict[str, Any], clock: FixedClock) -> Service:
    service = Service(load_settings(None, env={}, overrides=overrides), clock=clock)
    await service.start()
    return service


@pytest.fixture
async def mail(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink, request: pytest.FixtureRequest
               ) -> AsyncIterator[MailService]:
    extra = dict(getattr(request, "param", {}))
    clock = FixedClock(extra.pop("at", OPEN))
    user = f"helpline{next(_users)}@stopitnow.test"
    overrides = email_settings(tmp_path / "data", dovecot, smtp.port, user, **extra)
    logs = LogLines()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    service = await start_service(overrides, clock)
    ms = MailService(service, clock, Mailbox(dovecot, user), smtp, tmp_path / "data", logs, overrides)
    try:
        yield ms
    finally:
        await ms.service.stop()
        root.removeHandler(logs)
        root.setLevel(old_level)


def letter(body: str, *, sender: str = "writer@example.org", subject: str = "Een vraag",
           msg_id: str | None = "<w1@example.org>", headers: dict[str, str] | None = None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = HELPLINE
    m["Subject"] = subject
    if msg_id:
        m["Message-ID"] = msg_id
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    return m


PLAIN = ("Ik merk dat ik gevoelens heb die me bang maken en ik weet niet met wie ik hierover kan praten. "
         "Bel me gerust op 06-12345678.\n\nMet vriendelijke groet,\nGerrit Kanarievogel\n")


# -- in: a mail becomes a queued conversation ---------------------------------------------------
async def test_mail_becomes_a_queued_conversation_with_scrubbed_text(mail: MailService) -> None:
    await mail.receive(letter(PLAIN + "\nOp ma 1 dec 2026 om 10:00 schreef iemand:\n> oud bericht\n"))
    [conv] = await mail.conversations()
    assert conv.channel == "email" and conv.state == "waiting"
    [body] = await mail.messages(conv.id)
    assert "gevoelens" in body
    assert "12345678" not in body                       # scrubbed
    assert "Kanarievogel" not in body and "groet" not in body   # signature cut
    assert "oud bericht" not in body                    # quoted history cut
    # The mail is marked and moved out of the inbox, not deleted.
    assert await mail.mailbox.listing("INBOX") == []
    [(_uid, flags)] = await mail.mailbox.listing("Verwerkt")
    assert "\\Seen" in flags and "$IntakeDone" in flags


async def test_bot_reply_is_threaded_plain_text_marked_automatic(mail: MailService) -> None:
    await mail.receive(letter(PLAIN, subject="Een vraag", msg_id="<first@example.org>"))
    [sent] = await mail.smtp.wait_for(1)
    assert mail.smtp.rcpts == [["writer@example.org"]]
    assert sent["Subject"] == "Re: Een vraag"
    assert sent["In-Reply-To"] == "<first@example.org>"
    assert "<first@example.org>" in sent["References"]
    assert sent["Message-ID"].endswith("@stopitnow.test>")
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent.get_content_type() == "text/plain" and sent.get_content_charset() == "utf-8"
    assert "Kanarievogel" not in sent.as_string()


async def test_counsellor_reply_is_threaded_and_the_answer_continues_the_conversation(
        mail: MailService) -> None:
    await mail.receive(letter(PLAIN, msg_id="<first@example.org>"))
    [conv] = await mail.conversations()
    await mail.smtp.wait_for(1)
    await mail.service.say(conv.id, "email", Reply("Dank voor je mail. Ik ben Sanne.", kind="counsellor"),
                           sender="counsellor")
    sent = (await mail.smtp.wait_for(2))[1]
    assert "Ik ben Sanne" in sent.get_content()
    assert sent["In-Reply-To"] == "<first@example.org>"
    assert "Auto-Submitted" not in sent     # a person wrote this one
    ours = sent["Message-ID"]
    assert conv.id in ours and ours.endswith("@stopitnow.test>")

    # The writer answers from a mail program that changes the subject and quotes everything.
    answer = letter("Dank je, Sanne. Ik wil graag verder praten.\n\n"
                    "On Wed, Sanne wrote:\n> Dank voor je mail.",
                    subject="AW: Re: Een vraag", msg_id="<second@example.org>",
                    headers={"In-Reply-To": ours, "References": f"<first@example.org> {ours}"})
    await mail.receive(answer)
    assert [c.id for c in await mail.conversations()] == [conv.id]
    last = (await mail.messages(conv.id))[-1]
    assert last.endswith("Ik wil graag verder praten.") and "Dank voor je mail" not in last

    # Someone else answering the same thread (a forwarded mail) does not join the conversation.
    other = letter("Wie is dit?", sender="someone.else@example.net", msg_id="<third@example.net>",
                   headers={"In-Reply-To": ours, "References": ours})
    await mail.receive(other)
    others = [c for c in await mail.conversations() if c.id != conv.id]
    assert len(others) == 1 and await mail.messages(others[0].id) == ["Wie is dit?"]
    assert len(await mail.messages(conv.id)) == 2


async def test_a_made_up_message_id_of_our_domain_is_not_trusted(mail: MailService) -> None:
    await mail.receive(letter(PLAIN, msg_id="<first@example.org>"))
    [conv] = await mail.conversations()
    await mail.service.forget(conv.id)   # closed; a forged id must not reopen or reach it
    forged = f"<{conv.id}.0000000000000000.00000000@stopitnow.test>"
    await mail.receive(letter("Nog een vraag", sender="x@example.net", msg_id="<f@example.net>",
                              headers={"In-Reply-To": forged}))
    others = [c for c in await mail.conversations() if c.id != conv.id]
    assert len(others) == 1 and await mail.messages(others[0].id) == ["Nog een vraag"]


# -- automatic replies: out of hours once a day, never to machines --------------------------
@pytest.mark.parametrize("mail", [{"at": CLOSED}], indirect=True, ids=["closed"])
async def test_out_of_hours_notice_goes_once_per_writer_per_day(mail: MailService) -> None:
    await mail.receive(letter("Ik wil graag met iemand praten over mijn gevoelens.",
                              msg_id="<a@example.org>"))
    await mail.settle()
    assert len(mail.smtp.received) == 1
    first = mail.smtp.received[0].get_content()
    assert "gesloten" in first
    # A second mail the same evening (same open conversation): no second notice.
    await mail.receive(letter("En nog iets.", msg_id="<b@example.org>"))
    # Even after the conversation was closed, a new one the same evening gets no second notice.
    [conv] = await mail.conversations()
    async with mail.service.store.write() as s:
        await s.execute(update(Conversation).where(Conversation.id == conv.id)
                        .values(state="closed", closed_at=mail.clock.now()))
    await mail.receive(letter("Toch nog een vraag.", msg_id="<c@example.org>"))
    await mail.settle()
    assert len(await mail.conversations()) == 2
    assert len(mail.smtp.received) == 1
    # The next evening it is a new day: one notice again.
    mail.clock.advance(days=1)
    for c in await mail.conversations():
        async with mail.service.store.write() as s:
            await s.execute(update(Conversation).where(Conversation.id == c.id)
                            .values(state="closed", closed_at=mail.clock.now()))
    await mail.receive(letter("Een nieuwe dag.", msg_id="<d@example.org>"))
    await mail.settle()
    assert len(mail.smtp.received) == 2


LOOPS = {
    "auto-submitted": {"headers": {"Auto-Submitted": "auto-replied"}},
    "out-of-office": {"headers": {"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"}},
    "precedence-bulk": {"headers": {"Precedence": "bulk"}},
    "precedence-list": {"headers": {"Precedence": "list"}},
    "list-id": {"headers": {"List-Id": "<nieuwsbrief.example.org>"}},
    "mailer-daemon": {"sender": "MAILER-DAEMON@mx.example.org"},
    "postmaster": {"sender": "postmaster@example.org"},
    "no-reply": {"sender": "no-reply@example.org"},
    "noreply": {"sender": "noreply@example.org"},
    "own-address": {"sender": HELPLINE},
}


async def test_loop_cases_are_stored_but_never_answered(mail: MailService) -> None:
    mails: list[EmailMessage | bytes] = [
        letter(f"Automatisch bericht {name}.", msg_id=f"<loop-{name}@example.org>",
               sender=case.get("sender", f"{name}@example.org"), headers=case.get("headers"))
        for name, case in LOOPS.items()]
    bounce = (b"From: mailer-daemon@mx.example.org\r\nTo: hulp@stopitnow.test\r\nSubject: Undelivered\r\n"
              b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
              b"--B\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--B--\r\n")
    bounce2 = bounce.replace(b"mailer-daemon@mx", b"bounces@mx")
    mails += [bounce, bounce2.replace(b"Content-Type: multipart/report",
                                      b"Return-Path: <>\r\nContent-Type: multipart/mixed")]
    await mail.receive(*mails)
    # Every one is kept (the second mailer-daemon mail joins the first one's conversation).
    assert len(await mail.conversations()) == len(LOOPS) + 1
    await asyncio.sleep(0.3)
    assert await mail.outbox_states() == []
    assert mail.smtp.received == []
    assert await mail.mailbox.listing("INBOX") == []


# -- attachments ------------------------------------------------------------------------------
def with_attachment(body: str | None, payload: bytes, filename: str) -> EmailMessage:
    m = letter(body or "", msg_id="<att@example.org>")
    if body is None:
        m.clear_content()
        m.set_content("")
    m.add_attachment(payload, maintype="image", subtype="jpeg", filename=filename)
    return m


async def test_an_attachment_is_never_stored_and_the_writer_is_told(mail: MailService) -> None:
    secret = b"ATTACHMENT-CANARY-" + bytes(range(256))
    await mail.receive(with_attachment("Hierbij een foto van mijn situatie.", secret, "kanarie-foto.jpg"))
    [conv] = await mail.conversations()
    assert await mail.messages(conv.id) == ["Hierbij een foto van mijn situatie."]
    [sent] = await mail.smtp.wait_for(1)
    assert text("nl", "reply.media_refused") in sent.get_content()
    await mail.service.stop()
    mail.service = await start_service(mail.overrides, mail.clock)   # fixture stops it again
    stored = b"".join(p.read_bytes() for p in mail.data_dir.glob("intake.db*"))
    for needle in (b"ATTACHMENT-CANARY", base64.b64encode(secret)[:40], b"kanarie-foto"):
        assert needle not in stored


async def test_only_an_attachment_gets_the_files_notice(mail: MailService) -> None:
    await mail.receive(with_attachment(None, b"\xff\xd8 just bytes", "x.jpg"))
    [sent] = await mail.smtp.wait_for(1)
    assert text("nl", "reply.media_refused") in sent.get_content()


# -- exactly once, nothing lost ---------------------------------------------------------------
@pytest.mark.parametrize("mail", [{"email.processed_folder": ""}], indirect=True, ids=["stay"])
async def test_a_restart_processes_nothing_twice(mail: MailService) -> None:
    await mail.receive(*(letter(f"Vraag nummer {i} over hulp.", sender=f"w{i}@example.org",
                                msg_id=f"<r{i}@example.org>") for i in range(3)))
    assert len(await mail.conversations()) == 3
    assert [f for _u, f in await mail.mailbox.listing()] and all(
        "$IntakeDone" in f for _u, f in await mail.mailbox.listing())
    await mail.service.stop()
    mail.service = await start_service(mail.overrides, mail.clock)
    await mail.receive(letter("Vraag nummer 3 over hulp.", sender="w3@example.org",
                              msg_id="<r3@example.org>"))
    convs = await mail.conversations()
    assert len(convs) == 4
    for c in convs:
        assert len(await mail.messages(c.id)) == 1


@pytest.mark.parametrize("mail", [{"email.max_message_bytes": 2048}], indirect=True, ids=["small"])
async def test_a_mail_that_cannot_be_read_stays_flagged_for_a_person(mail: MailService) -> None:
    with mail.service.events.subscribe() as events:
        await mail.receive(letter("x" * 5000, msg_id="<big@example.org>"),
                           letter("Een gewone vraag.", msg_id="<ok@example.org>"))
        seen = [events.get_nowait() for _ in range(events.qsize())]
    assert {"type": "mail_problem"} in seen
    [(uid, flags)] = await mail.mailbox.listing("INBOX")
    assert "\\Flagged" in flags and "$IntakeUnreadable" in flags and "\\Seen" not in flags
    async with mail.service.store.sessionmaker() as s:
        [problem] = (await s.execute(select(MailProblem))).scalars().all()
    assert (problem.uid, problem.reason) == (uid, "too_large")
    assert len(await mail.conversations()) == 1
    await mail.channel.sync()   # looked at again: still one problem, not counted twice
    async with mail.service.store.sessionmaker() as s:
        assert (await s.execute(select(func.count()).select_from(MailProblem))).scalar_one() == 1


async def test_smtp_down_then_up_delivers(mail: MailService) -> None:
    mail.smtp.stop()
    await mail.receive(letter(PLAIN))
    await mail.settle()
    assert await mail.outbox_states() == ["pending"]
    async with mail.service.store.sessionmaker() as s:
        [row] = (await s.execute(select(Outbox))).scalars().all()
    assert row.attempts == 1 and row.last_error == "TemporaryFailure: smtp unavailable"
    mail.smtp.start()
    mail.clock.advance(minutes=5)
    await mail.settle()
    assert await mail.outbox_states() == ["delivered"]
    assert len(await mail.smtp.wait_for(1)) == 1


async def test_the_reader_reconnects_when_the_server_drops_it(mail: MailService, dovecot: Dovecot) -> None:
    await mail.receive(letter("Eerste vraag.", msg_id="<x1@example.org>"))
    assert mail.channel.connected
    dovecot.kick(mail.mailbox.user)   # as a server restart would
    await mail.mailbox.append(letter("Tweede vraag.", sender="other@example.org", msg_id="<x2@example.org>"))
    for _ in range(100):
        if len(await mail.conversations()) == 2:
            break
        await asyncio.sleep(0.1)
    assert len(await mail.conversations()) == 2
    assert "mailbox not available" in mail.logs.text()
