"""Soak: web-chat writers, e-mails (Dovecot + aiosmtpd) and Telegram updates (the Bot API double)
at once against one service, for a bounded time. Loopback only.

    .venv/bin/python benchmarks/soak.py                # 10 minutes
    .venv/bin/python benchmarks/soak.py --minutes 2

Prints inbound messages per second (stored), p50/p99 from sending to the first answer per
channel, the process's memory (RSS) at start and end, and lost messages: sent minus stored,
which must be 0 (the run exits 1 otherwise). The service runs in this process on SQLite in a
temporary folder (its RSS includes the load generators, which are small); Dovecot must be
installed (Debian dovecot-imapd).
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import logging
import random
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bot.clock import Clock  # noqa: E402
from bot.service import Service  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.store.models import Conversation, Message  # noqa: E402
from bot.web import build_app  # noqa: E402
from tests.telegram_double import BotApiDouble, Person, message, telegram_overrides  # noqa: E402
from tests.test_email_fixtures import PASSWORD, Mailbox, SmtpSink, free_port, start_dovecot  # noqa: E402

QUESTIONS = ["is het gratis?", "ben ik wel echt anoniem?", "wanneer zijn jullie bereikbaar?",
             "welke hulp is er voor mij?", "komt de politie bij mij langs als ik jullie mail?"]
HELPLINE = "hulp@stopitnow.test"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


class Soak:
    def __init__(self, until: float, writers: int, tg_people: int, mail_every: float) -> None:
        self.until = until
        self.writers = writers
        self.tg_people = tg_people
        self.mail_every = mail_every
        self.latency: dict[str, list[float]] = {"webchat": [], "telegram": [], "email": []}
        self.sent: dict[str, int] = {"webchat": 0, "telegram": 0, "email": 0}
        self.acked = 0

    async def webchat_writer(self, url: str) -> None:
        async with aiohttp.ClientSession() as http:
            while time.monotonic() < self.until:
                async with http.ws_connect(f"{url}/chat/ws") as ws:
                    await ws.receive_json()  # status
                    for i in range(random.randint(3, 8)):  # one conversation, then a new page
                        if time.monotonic() >= self.until:
                            break
                        t0 = time.perf_counter()
                        await ws.send_json({"type": "message", "text": QUESTIONS[i % len(QUESTIONS)],
                                            "client_id": str(i)})
                        self.sent["webchat"] += 1
                        answered = False
                        while not answered:
                            msg = await asyncio.wait_for(ws.receive_json(), 60)
                            if msg.get("type") == "ack":
                                self.acked += 1
                            elif msg.get("type") == "message":
                                self.latency["webchat"].append(time.perf_counter() - t0)
                                answered = True
                        await asyncio.sleep(random.uniform(0.5, 1.5))

    async def telegram_person(self, double: BotApiDouble, person: Person) -> None:
        while time.monotonic() < self.until:
            before = len(double.sent(person.id))
            t0 = time.perf_counter()
            await double.push(message(person, random.choice(QUESTIONS)))
            self.sent["telegram"] += 1
            with contextlib.suppress(Exception):
                await double.wait_for(lambda b=before: len(double.sent(person.id)) > b, within=60)
                self.latency["telegram"].append(time.perf_counter() - t0)
            await asyncio.sleep(random.uniform(1.0, 3.0))

    async def mailer(self, mailbox: Mailbox, smtp: SmtpSink) -> None:
        waiting: dict[str, float] = {}
        n = itertools.count(1)

        async def watch() -> None:
            seen = 0
            while time.monotonic() < self.until + 30 and (waiting or time.monotonic() < self.until):
                for rcpts in smtp.rcpts[seen:]:
                    for r in rcpts:
                        if r in waiting:
                            self.latency["email"].append(time.perf_counter() - waiting.pop(r))
                seen = len(smtp.rcpts)
                await asyncio.sleep(0.05)

        watcher = asyncio.create_task(watch())
        while time.monotonic() < self.until:
            i = next(n)
            sender = f"schrijver{i}@example.test"
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = sender, HELPLINE, "Vraag"
            m["Message-ID"] = f"<soak{i}.{random.randint(0, 10**9)}@example.test>"
            m.set_content(random.choice(QUESTIONS))
            waiting[sender] = time.perf_counter()
            await mailbox.append(m)
            self.sent["email"] += 1
            await asyncio.sleep(self.mail_every)
        await watcher


async def stored_by_channel(service: Service) -> dict[str, int]:
    async with service.store.sessionmaker() as s:
        rows = (await s.execute(
            select(Conversation.channel, func.count(Message.id))
            .join(Message, Message.conversation_id == Conversation.id)
            .where(Message.sender == "writer").group_by(Conversation.channel))).all()
    return {ch: int(n) for ch, n in rows}


async def run(minutes: float, writers: int, tg_people: int, mail_every: float) -> int:
    from aiohttp import web

    logging.basicConfig(level=logging.WARNING)
    dovecot_gen = start_dovecot()
    dovecot = next(dovecot_gen)
    smtp = SmtpSink("127.0.0.1", free_port())
    smtp.start()
    double = BotApiDouble()
    await double.start()
    tmp = Path(tempfile.mkdtemp(prefix="intake-soak-"))
    port = free_port()
    user = "helpline@stopitnow.test"
    overrides: dict[str, Any] = {
        "host": "127.0.0.1", "port": port, "data_dir": str(tmp / "data"),
        # Every message must be answered for its time to count: the writers here are faster than
        # a person, so the flood limits are off (they are tested in tests/test_flood_*.py).
        "webchat.messages_per_minute": 1000, "telegram.messages_per_minute": 0,
        "email.messages_per_hour": 0,
        "email.enabled": True, "email.imap_host": "127.0.0.1", "email.imap_port": dovecot.port,
        "email.imap_security": "none", "email.imap_user": user, "email.imap_password": PASSWORD,
        "email.smtp_host": "127.0.0.1", "email.smtp_port": smtp.port, "email.smtp_security": "none",
        "email.from_address": HELPLINE, "email.poll_seconds": 2,
        **telegram_overrides(double, "polling"),
    }
    service = Service(load_settings(None, env={}, overrides=overrides), clock=Clock())
    await service.start()
    runner = web.AppRunner(build_app(service), access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    rss_start = rss_mb()
    started = time.monotonic()
    soak = Soak(started + minutes * 60, writers, tg_people, mail_every)
    url = f"http://127.0.0.1:{port}"
    people = [Person(880000000 + i, first_name="Soak") for i in range(tg_people)]
    try:
        await asyncio.gather(
            *(soak.webchat_writer(url) for _ in range(writers)),
            *(soak.telegram_person(double, p) for p in people),
            soak.mailer(Mailbox(dovecot, user), smtp),
        )
        # Drain: mail still in the mailbox, updates still in the double.
        for _ in range(120):
            stored = await stored_by_channel(service)
            if all(stored.get(ch, 0) >= n for ch, n in soak.sent.items()):
                break
            await asyncio.sleep(0.5)
        elapsed = time.monotonic() - started
        stored = await stored_by_channel(service)
        rss_end = rss_mb()
    finally:
        await runner.cleanup()
        await service.stop()
        await double.stop()
        smtp.stop()
        with contextlib.suppress(StopIteration):
            next(dovecot_gen)
    total = sum(stored.values())
    lost = {ch: max(0, n - stored.get(ch, 0)) for ch, n in soak.sent.items()}
    print(f"duration_s         {elapsed:.0f}")
    print(f"messages_stored    {total}  ({', '.join(f'{k} {v}' for k, v in sorted(stored.items()))})")
    print(f"messages_per_s     {total / elapsed:.1f}")
    for ch, lat in soak.latency.items():
        print(f"first_answer_{ch:<8} n={len(lat):<5} p50={pct(lat, .5) * 1000:.0f} ms  "
              f"p99={pct(lat, .99) * 1000:.0f} ms")
    every = [x for lat in soak.latency.values() for x in lat]
    print(f"first_answer_all   p99={pct(every, .99) * 1000:.0f} ms")
    print(f"rss_mb             start {rss_start:.0f}  end {rss_end:.0f}")
    print(f"lost_messages      {sum(lost.values())}  {lost}")
    return 1 if sum(lost.values()) else 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--writers", type=int, default=20, help="concurrent web-chat writers")
    p.add_argument("--telegram", type=int, default=10, help="concurrent Telegram writers")
    p.add_argument("--mail-every", type=float, default=1.0, help="seconds between incoming mails")
    a = p.parse_args()
    return asyncio.run(run(a.minutes, a.writers, a.telegram, a.mail_every))


if __name__ == "__main__":
    raise SystemExit(main())
