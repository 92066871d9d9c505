"""E-mail flood limits against real servers on loopback (Dovecot in, aiosmtpd out): a sender over
`email.messages_per_hour` has every mail stored and queued but gets no automatic answer and no
notice mail; an urgent mail still gets the emergency numbers; other senders are answered as
usual; the limit frees up an hour later on the service's injected clock. Nothing on the flood
path keeps or logs the address."""
from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.service import Service
from bot.settings import load_settings
from bot.store.models import Message
from bot.texts import text
from tests import test_email_channel
from tests.service_fixtures import OPEN, LogLines
from tests.test_email_channel import MailService, email_settings, letter, with_attachment
from tests.test_email_fixtures import Dovecot, Mailbox, SmtpSink

LIMIT = 6  # the default of email.messages_per_hour
QUESTION = "Kost het iets om jullie te mailen?"
URGENT = "Ik wil een eind aan mijn leven maken, vannacht nog."
_users = itertools.count(1)
dovecot = test_email_channel.dovecot   # the same fixtures: a Dovecot for this module, an SMTP sink
smtp = test_email_channel.smtp


@pytest.fixture
async def mail(tmp_path: Path, dovecot: Dovecot, smtp: SmtpSink,
               store_url: str) -> AsyncIterator[MailService]:
    """tests.test_email_channel's `mail`, on the store under test."""
    clock = FixedClock(OPEN)
    user = f"flood{next(_users)}@stopitnow.test"
    overrides = email_settings(tmp_path / "data", dovecot, smtp.port, user)
    env = {} if store_url.startswith("sqlite") else {"INTAKE__SERVER__DATABASE_URL": store_url}
    logs = LogLines()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    service = Service(load_settings(None, env=env, overrides=overrides), clock=clock)
    await service.start()
    ms = MailService(service, clock, Mailbox(dovecot, user), smtp, tmp_path / "data", logs, overrides)
    try:
        yield ms
    finally:
        await ms.service.stop()
        root.removeHandler(logs)
        root.setLevel(old_level)


async def writer_messages(ms: MailService) -> list[str]:
    async with ms.service.store.sessionmaker() as s:
        return [m.body or "" for m in (await s.execute(
            select(Message).where(Message.sender == "writer").order_by(Message.id))).scalars()]


def to(ms: MailService, address: str) -> list[str]:
    return [m.get_content() for m, rcpts in zip(ms.smtp.received, ms.smtp.rcpts, strict=True)
            if rcpts == [address]]


async def test_over_the_limit_is_stored_not_answered_urgent_answered_and_freed_an_hour_later(
        mail: MailService) -> None:
    writer, other = "writer@example.org", "iemand.anders@example.net"
    await mail.receive(*(letter(QUESTION, sender=writer, msg_id=f"<q{i}@example.org>")
                         for i in range(LIMIT)))
    await mail.settle()
    answers = to(mail, writer)
    assert len(answers) == LIMIT and all("gratis" in a for a in answers)

    # The 7th within the hour: stored and queued, no answer and no notice mail.
    await mail.receive(letter(QUESTION + " Ik vraag het voor de zonnebloem.", sender=writer,
                              msg_id="<q7@example.org>"))
    await mail.settle()
    assert len(mail.smtp.received) == LIMIT
    stored = await writer_messages(mail)
    assert len(stored) == LIMIT + 1 and "zonnebloem" in stored[-1]
    # ... and it went where every mail goes: marked and moved out of the inbox.
    assert await mail.mailbox.listing("INBOX") == []
    assert len(await mail.mailbox.listing("Verwerkt")) == LIMIT + 1

    # Someone else is answered as usual meanwhile.
    await mail.receive(letter(QUESTION, sender=other, msg_id="<o1@example.net>"))
    await mail.settle()
    assert len(to(mail, other)) == 1

    # Urgent over the limit: the emergency numbers at once, and the front of the queue.
    await mail.receive(letter(URGENT, sender=writer, msg_id="<u1@example.org>"))
    await mail.settle()
    answers = to(mail, writer)
    assert len(answers) == LIMIT + 1
    assert "112" in answers[-1] and "0800-0113" in answers[-1]
    convs = [c for c in await mail.conversations() if c.urgent]
    assert len(convs) == 1 and convs[0].state == "waiting"

    # An hour later (the service's clock): answered again.
    mail.clock.advance(minutes=61)
    await mail.receive(letter(QUESTION, sender=writer, msg_id="<q8@example.org>"))
    await mail.settle()
    answers = to(mail, writer)
    assert len(answers) == LIMIT + 2 and "gratis" in answers[-1]
    assert len(await writer_messages(mail)) == LIMIT + 4
    assert mail.channel.hushed_mails == 2


async def test_a_hushed_attachment_owes_its_files_notice_to_the_next_answer(mail: MailService) -> None:
    writer = "writer@example.org"
    await mail.receive(*(letter(QUESTION, sender=writer, msg_id=f"<q{i}@example.org>")
                         for i in range(LIMIT)))
    await mail.settle()
    # Over the limit, a mail with a file: no answer now ...
    await mail.receive(with_attachment("Hierbij een foto.", b"\xff\xd8 bytes", "foto.jpg"))
    await mail.settle()
    assert len(mail.smtp.received) == LIMIT
    # ... the next automatic answer says files cannot be received.
    mail.clock.advance(minutes=61)
    await mail.receive(letter(QUESTION, sender=writer, msg_id="<q9@example.org>"))
    await mail.settle()
    assert len(mail.smtp.received) == LIMIT + 1
    assert text("nl", "reply.media_refused") in mail.smtp.received[-1].get_content()


async def test_the_flood_path_keeps_and_logs_no_address(mail: MailService) -> None:
    sender = "kanarie.overloop@kanariedomein-flood.test"
    await mail.receive(*(letter(f"{QUESTION} Nummer {i}.", sender=sender,
                                msg_id=f"<k{i}@kanariedomein-flood.test>") for i in range(LIMIT + 3)))
    await mail.settle()
    assert mail.channel.hushed_mails == 3
    gate_keys = " ".join(mail.channel._flood._writers)
    logs = mail.logs.text()
    await mail.service.store.engine.dispose()
    stored = b"".join(p.read_bytes() for p in mail.data_dir.glob("intake.db*"))
    assert "over 6 mails an hour" in logs      # the capture saw the flood path
    for value in (sender, "kanarie.overloop", "kanariedomein-flood"):
        assert value not in logs, value
        assert value not in gate_keys, value
        if mail.service.settings.server.database_url.startswith("sqlite"):
            assert value.encode() not in stored, value

