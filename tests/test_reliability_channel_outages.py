"""Channel outages at once in one service on the real clock: the SMTP server down then up, the
IMAP server (Dovecot) stopped and started again, and the Bot API double answering 429 and 500.
Nothing is lost: every mail and update becomes exactly one stored message, and every writer
gets exactly one answer once the servers are back."""
from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.clock import Clock
from bot.service import Service
from bot.store.models import Conversation, Message, Outbox
from tests.service_fixtures import LogLines, free_port, make_settings
from tests.telegram_double import BotApiDouble, Person, message, telegram_overrides
from tests.test_email_channel import HELPLINE, email_settings
from tests.test_email_fixtures import Dovecot, Mailbox, SmtpSink, quiet_mail_loggers, start_dovecot

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")]
STORY = "Ik heb al een tijd gedachten waar ik van schrik en ik wil er met iemand over praten."


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:  # its own: this test stops and starts it
    yield from start_dovecot()


def restart_dovecot(d: Dovecot) -> None:
    """Stop the Dovecot master (every connection drops) and start it again on the same port."""
    pid = int((d.root / "run" / "master.pid").read_text().strip())
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    time.sleep(0.5)  # the service sees the server gone
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    subprocess.Popen([binary, "-F", "-c", str(d.root / "dovecot.conf")], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)
    while time.monotonic() < deadline + 10:
        try:
            with socket.create_connection(("127.0.0.1", d.port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("dovecot did not come back")


def mail_from(n: int) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = f"schrijver{n}@example.test", HELPLINE, "Vraag"
    m["Message-ID"] = f"<outage{n}.{time.time_ns()}@example.test>"
    m.set_content(STORY)
    return m


async def until(check: object, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if await check():  # type: ignore[operator]
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"not within {within}s: {what}")


async def test_smtp_imap_and_bot_api_outages_lose_nothing(tmp_path: Path, dovecot: Dovecot) -> None:
    quiet_mail_loggers()
    smtp = SmtpSink("127.0.0.1", free_port())
    double = BotApiDouble()
    await double.start()
    data_dir = tmp_path / "data"
    user = "outage-helpline@stopitnow.test"
    mail_keys = {k: v for k, v in email_settings(data_dir, dovecot, smtp.port, user).items()
                 if k.startswith("email.")}
    settings = make_settings(data_dir, "sqlite", free_port(), **mail_keys,
                             **telegram_overrides(double, "polling"),
                             # Quick retries, and enough of them to outlast the outages
                             # (the default budget, 8 tries from 2 s doubling, is about 4 min).
                             **{"outbox.base_backoff_seconds": 0.5, "outbox.max_backoff_seconds": 2,
                                "outbox.max_attempts": 40})
    logs = LogLines()
    logging.getLogger().addHandler(logs)
    service = Service(settings, clock=Clock(), run_jobs=False)
    people = [Person(731250000 + i, first_name="Tester") for i in range(6)]
    mailbox = Mailbox(dovecot, user)
    try:
        await service.start()
        await asyncio.wait_for(service.channels["telegram"].ready.wait(), 10)  # type: ignore[attr-defined]

        async def count(channel: str) -> int:
            async with service.store.sessionmaker() as s:
                return int((await s.execute(
                    select(func.count(Message.id))
                    .join(Conversation, Conversation.id == Message.conversation_id)
                    .where(Message.sender == "writer", Conversation.channel == channel))).scalar_one())

        # SMTP is down (never started yet): three mails arrive, their answers cannot go out.
        for n in range(3):
            await mailbox.append(mail_from(n))
        await until(lambda: _ge(count("email"), 3), 20, "three mails stored while SMTP is down")

        # The IMAP server restarts; mail that arrives afterwards is read by the reconnected reader.
        await asyncio.to_thread(restart_dovecot, dovecot)  # the service keeps running meanwhile
        for n in range(3, 5):
            await mailbox.append(mail_from(n))
        await until(lambda: _ge(count("email"), 5), 30, "mail after the IMAP restart read")

        # The Bot API answers 429 (retry_after) and then 500 to the answers.
        double.fail_next("sendMessage", 2, status=429, retry_after=1)
        for p in people[:3]:
            await double.push(message(p, STORY))
        await double.wait_for(lambda: len(double.calls_of("sendMessage!429")) == 2, within=15)
        double.fail_next("sendMessage", 2, status=500)
        for p in people[3:]:
            await double.push(message(p, STORY))
        await double.wait_for(lambda: len(double.calls_of("sendMessage!500")) == 2, within=15)

        # SMTP comes up: the waiting answers go out.
        smtp.start()
        await smtp.wait_for(5, within=40)
        await double.wait_for(lambda: all(double.sent(p.id) for p in people), within=30)
        await asyncio.sleep(1.0)  # anything sent twice would show now

        assert await count("email") == 5 and await count("telegram") == 6
        assert sorted(r[0] for r in smtp.rcpts) == sorted(f"schrijver{n}@example.test" for n in range(5))
        assert [len(double.sent(p.id)) for p in people] == [1] * 6
        async with service.store.sessionmaker() as s:
            states = list((await s.execute(select(Outbox.state))).scalars())
        assert states and set(states) == {"delivered"}, states
    finally:
        await service.stop()
        await double.stop()
        smtp.stop()
        logging.getLogger().removeHandler(logs)


async def _ge(value: object, n: int) -> bool:
    return int(await value) >= n  # type: ignore[misc]
