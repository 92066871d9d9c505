"""E-mail intake throughput: a mailbox of 2,000 mails (a throwaway Dovecot on loopback) read by
the e-mail channel into queued conversations (parse, clean, scrub, route, store, enqueue the
reply, mark and move each mail), on SQLite by default.

Usage: .venv/bin/python benchmarks/email_intake.py [--mails 2000] [--database-url URL]
Needs `dovecot` (Debian dovecot-imapd). Replies go to an aiosmtpd sink on loopback.
Last line: email_mails_per_s=<x> conversations=<n>
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import FixedClock
from bot.service import Service
from bot.settings import load_settings
from bot.store.models import Conversation, Message
from tests.service_fixtures import OPEN
from tests.test_email_channel import email_settings
from tests.test_email_fixtures import Mailbox, SmtpSink, free_port, quiet_mail_loggers, start_dovecot

BODIES = [
    "Ik merk dat ik gevoelens heb voor kinderen en ik schaam me. Met wie kan ik hierover praten?\n\n"
    "Met vriendelijke groet,\nJan\n06-12345678",
    "Hoi, ik maak me zorgen over mijn broer. Hij kijkt volgens mij naar verboden beelden. Wat kan ik doen?",
    "Is het echt anoniem als ik jullie mail? Ik durf niet te bellen.\n\nVerzonden vanaf mijn iPhone",
    "Hello, I am worried about my own thoughts and would like to talk to someone in English.\n\n"
    "On Mon, 1 Dec 2026, Stop it Now <hulp@stopitnow.test> wrote:\n> Thank you for your message.",
]


def mail(i: int) -> bytes:
    m = EmailMessage()
    m["From"] = f"schrijver{i}@example.org"
    m["To"] = "hulp@stopitnow.test"
    m["Subject"] = f"Vraag {i}"
    m["Message-ID"] = f"<bench-{i}@example.org>"
    m.set_content(BODIES[i % len(BODIES)])
    if i % 10 == 0:
        m.add_alternative(f"<p>{BODIES[i % len(BODIES)]}</p>", subtype="html")
    return m.as_bytes()


async def fill(box: Mailbox, n: int) -> None:
    imap = await box._client()
    try:
        for i in range(n):
            r = await imap.append(mail(i), mailbox="INBOX")
            assert r.result == "OK", r
    finally:
        await imap.logout()


async def run(n: int, database_url: str) -> None:
    quiet_mail_loggers()
    logging.basicConfig(level=logging.WARNING)
    for dovecot in start_dovecot():
        smtp = SmtpSink("127.0.0.1", free_port())
        smtp.start()
        data = Path(tempfile.mkdtemp(prefix="intake-bench-"))
        user = "bench@stopitnow.test"
        box = Mailbox(dovecot, user)
        t = time.perf_counter()
        await fill(box, n)
        print(f"mailbox filled with {n} mails in {time.perf_counter() - t:.1f} s")
        overrides = email_settings(data / "data", dovecot, smtp.port, user, **{"email.poll_seconds": 60})
        env = {"INTAKE__SERVER__DATABASE_URL": database_url} if database_url else {}
        service = Service(load_settings(None, env=env, overrides=overrides), clock=FixedClock(OPEN))
        start = time.perf_counter()
        await service.start()
        channel = service.channels["email"]
        try:
            await channel.sync(within=3600)  # type: ignore[attr-defined]
            elapsed = time.perf_counter() - start
            async with service.store.sessionmaker() as s:
                convs = (await s.execute(select(func.count()).select_from(Conversation)
                                         .where(Conversation.state == "waiting"))).scalar_one()
                msgs = (await s.execute(select(func.count()).select_from(Message)
                                        .where(Message.sender == "writer"))).scalar_one()
        finally:
            await service.stop()
            smtp.stop()
        left = await box.listing("INBOX")
        print(f"{msgs} writer messages in {convs} queued conversations; {len(left)} mails left in the inbox")
        print(f"{n} mails in {elapsed:.1f} s (service start included)")
        print(f"email_mails_per_s={n / elapsed:.1f} conversations={convs}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mails", type=int, default=2000)
    p.add_argument("--database-url", default="")
    args = p.parse_args()
    asyncio.run(run(args.mails, args.database_url))


if __name__ == "__main__":
    main()
