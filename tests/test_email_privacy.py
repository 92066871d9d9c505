"""Nothing identifying is kept: planted addresses, names and header values of a mail appear nowhere
in the database file (with its WAL), the logs or the console pages; broken mail through the whole
channel is never lost; processed mail leaves the mailbox when its conversation is purged."""
from __future__ import annotations

import itertools
import logging
import random
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import func, select, update

from bot.clock import FixedClock
from bot.envelope import Reply
from bot.store.models import Conversation
from bot.store.models_email import MailProblem, MailProcessed
from bot.web import ACCESS_LOG_FORMAT, build_app
from tests.console_helpers import add_account, client, sign_in
from tests.service_fixtures import OPEN, LogLines, Running
from tests.test_email_channel import MailService, email_settings, start_service
from tests.test_email_fixtures import Dovecot, Mailbox, SmtpSink, free_port, quiet_mail_loggers, start_dovecot

_USERS = itertools.count(1)
CANARIES = [
    "canary.schrijver", "kanarie-domein", "Displaynaam", "203.0.113.77", "198.51.100.23",
    "kanarie-bericht-4711", "KanarieMail", "KanarieMailer", "KANARIEDKIM", "kanarie-host",
    "Kanarievogel", "Kanarielaan", "kanarie-bijlage", "Kanariezang",
]

CANARY_MAIL = (
    b"Received: from kanarie-host.kanarie-domein.test ([203.0.113.77])\r\n"
    b"\tby mx.stopitnow.test with ESMTPS; Wed, 2 Dec 2026 14:00:00 +0100\r\n"
    b"X-Originating-IP: [198.51.100.23]\r\n"
    b"DKIM-Signature: v=1; a=rsa-sha256; d=kanarie-domein.test; s=sel; b=KANARIEDKIMHANDTEKENING==\r\n"
    b'From: "Canary Displaynaam" <canary.schrijver@kanarie-domein.test>\r\n'
    b"To: hulp@stopitnow.test\r\n"
    b"Subject: Kanariezang en een vraag\r\n"
    b"Message-ID: <kanarie-bericht-4711@kanarie-domein.test>\r\n"
    b"User-Agent: KanarieMail/9.9\r\n"
    b"X-Mailer: KanarieMailer 7\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="grens"\r\n'
    b"\r\n"
    b"--grens\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Ik maak me zorgen over mijn gedachten en wil graag met iemand praten.\r\n"
    b"\r\n"
    b"Met vriendelijke groet,\r\n"
    b"Gerrit Kanarievogel\r\n"
    b"Kanarielaan 12\r\n"
    b"--grens\r\n"
    b'Content-Type: application/pdf; name="kanarie-bijlage.pdf"\r\n'
    b'Content-Disposition: attachment; filename="kanarie-bijlage.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b"\r\n"
    b"JVBERi0xLjQKS2FuYXJpZXZvZ2VsCg==\r\n"
    b"--grens--\r\n"
)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    yield from start_dovecot()


@pytest.fixture
async def web_mail(tmp_path: Path, dovecot: Dovecot) -> AsyncIterator[tuple[MailService, Running]]:
    quiet_mail_loggers()
    smtp = SmtpSink("127.0.0.1", free_port())
    smtp.start()
    clock = FixedClock(OPEN)
    user = f"privacy{next(_USERS)}@stopitnow.test"
    overrides = email_settings(tmp_path / "data", dovecot, smtp.port, user)
    logs = LogLines()
    root = logging.getLogger()
    old = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    service = await start_service(overrides, clock)
    runner = web.AppRunner(build_app(service), access_log_format=ACCESS_LOG_FORMAT, shutdown_timeout=0.5)
    await runner.setup()
    port = overrides["port"]
    await web.TCPSite(runner, "127.0.0.1", port).start()
    ms = MailService(service, clock, Mailbox(dovecot, user), smtp, tmp_path / "data", logs, overrides)
    try:
        yield ms, Running(service, clock, f"http://127.0.0.1:{port}", tmp_path / "data", logs)
    finally:
        await runner.cleanup()
        await ms.service.stop()
        smtp.stop()
        root.removeHandler(logs)
        root.setLevel(old)


async def test_planted_identifiers_appear_nowhere(web_mail: tuple[MailService, Running]) -> None:
    mail, running = web_mail
    await mail.receive(CANARY_MAIL)
    [conv] = await mail.conversations()
    await mail.settle()
    await mail.service.say(conv.id, "email", Reply("Fijn dat je schrijft.", kind="counsellor"),
                           sender="counsellor")
    await mail.settle()
    sent = await mail.smtp.wait_for(2)
    ours = sent[1]["Message-ID"]
    answer = CANARY_MAIL.replace(b"<kanarie-bericht-4711@", b"<kanarie-bericht-4712@").replace(
        b"MIME-Version", f"In-Reply-To: {ours}\r\nMIME-Version".encode())
    await mail.receive(answer)
    assert [c.id for c in await mail.conversations()] == [conv.id]
    assert len(await mail.messages(conv.id)) == 2
    # Replies reached the writer: the address is in the vault, sealed.
    assert mail.smtp.rcpts[0] == ["canary.schrijver@kanarie-domein.test"]

    pages = []
    await add_account(running, "sanne")
    async with client() as http:
        pages.append(await sign_in(http, running, "sanne", {}))
        async with http.get(f"{running.url}/console/c/{conv.id}") as r:
            assert r.status == 200
            page = await r.text()
            assert "gedachten" in page          # the scrubbed text is shown
            pages.append(page)
    await mail.service.stop()   # checkpoint nothing away: read the WAL as it is, too
    mail.service = await start_service(mail.overrides, mail.clock)
    stored = b"".join(p.read_bytes() for p in mail.data_dir.glob("intake.db*")).lower()
    logs = mail.logs.text().lower()
    shown = "\n".join(pages).lower()
    for canary in CANARIES:
        c = canary.lower()
        assert c.encode() not in stored, f"{canary} in the database"
        assert c not in logs, f"{canary} in the logs"
        assert c not in shown, f"{canary} in a console page"


def _broken_mails(n: int) -> list[bytes]:
    rnd = random.Random(20261202)
    pieces = [b"From: ", b"a@b.nl", b"<x@y>", b"=?utf-8?q?=C3?=", b"Content-Type: ",
              b"multipart/mixed; boundary=B",
              b"text/html", b"message/rfc822", b"charset=utf-7", b"--B", b"--B--", b"\r\n", b"\r\n\r\n",
              b"Content-Transfer-Encoding: base64", b"=ZZ", b"\xff\xfe", b"<p>", b"&#99999999;", b"Subject: ",
              b"Content-Disposition: attachment", b"Auto-Submitted: "]
    out = [b"Subject: nothing else\r\n\r\n", b"\xff\xfe\xfd garbage without any header at all",
           b"From: \r\nContent-Type: multipart/alternative; boundary=X\r\n\r\n--X\r\n--X--"]
    for _ in range(n - len(out)):
        out.append(b"".join(rnd.choice(pieces) if rnd.random() < 0.8 else bytes(rnd.randrange(1, 256)
                                                                                for _ in range(6))
                            for _ in range(rnd.randrange(3, 60))))
    return [m.replace(b"\x00", b"") + b"\r\n" for m in out]


async def test_broken_mail_never_stops_the_channel_or_gets_lost(
        web_mail: tuple[MailService, Running]) -> None:
    mail, _running = web_mail
    appended = 0
    for raw in _broken_mails(25):
        try:
            await mail.mailbox.append(raw)
            appended += 1
        except AssertionError:   # the server itself refused it: it never reached the mailbox
            continue
    await mail.channel.sync()
    await mail.receive(b"From: jan@example.org\r\nSubject: gewoon\r\n\r\nEen gewone vraag.\r\n")
    inbox = await mail.mailbox.listing("INBOX")
    processed = await mail.mailbox.listing("Verwerkt")
    assert all("$IntakeUnreadable" in f for _u, f in inbox)   # left only when flagged for a person
    assert len(inbox) + len(processed) == appended + 1
    async with mail.service.store.sessionmaker() as s:
        problems = (await s.execute(select(func.count()).select_from(MailProblem))).scalar_one()
    assert problems == len(inbox)
    assert mail.channel.connected


async def test_processed_mail_is_deleted_when_its_conversation_is_purged(
        web_mail: tuple[MailService, Running]) -> None:
    mail, _running = web_mail
    await mail.receive(b"From: jan@example.org\r\nSubject: a\r\n\r\nEerste vraag.\r\n",
                       b"From: piet@example.org\r\nSubject: b\r\n\r\nTweede vraag.\r\n")
    assert len(await mail.mailbox.listing("Verwerkt")) == 2
    first, _second = await mail.conversations()
    mail.channel.request_purge()
    await mail.channel.sync()
    assert len(await mail.mailbox.listing("Verwerkt")) == 2   # nothing purged yet: nothing deleted
    async with mail.service.store.write() as s:
        await s.execute(update(Conversation).where(Conversation.id == first.id)
                        .values(state="closed", closed_at=mail.clock.now(), text_purged_at=mail.clock.now()))
    mail.channel.request_purge()
    await mail.channel.sync()
    assert len(await mail.mailbox.listing("Verwerkt")) == 1
    async with mail.service.store.sessionmaker() as s:
        rows = (await s.execute(select(MailProcessed))).scalars().all()
    assert [r.conversation_id for r in rows] != [] and first.id not in [r.conversation_id for r in rows]
